// Réglages → Hub: the sync's state (shared/sync/sync-status-view.ts) in the sentences a
// secretary reads. Pure: takes `t` and the moment the screen is drawn, so "aujourd'hui" and
// "hier" are said of the kiosk's own day.
import type {
  SyncConflictView,
  SyncErrorKind,
  SyncStatusView,
} from '../../../shared/sync/sync-status-view';
import type { Translate } from './error-message';
import { frenchHour } from './time';

export type EnrolledSyncView = Extract<SyncStatusView, { enrolled: true }>;

/** One sentence of the state, with how it reads: fine, something waits, or something is wrong. */
export interface SyncStatusLine {
  /** Which fact it says (data-sync-line in the page, for tests and styles). */
  fact: 'last-success' | 'waiting' | 'failing' | 'advice' | 'next-try' | 'not-shared';
  tone: 'ok' | 'waiting' | 'problem';
  text: string;
}

const DAY_AND_MONTH = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long' });
const FULL_DATE = new Intl.DateTimeFormat('fr-FR', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

const dayNumber = (date: Date) =>
  Math.round(new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime() / 86_400_000);

type Moment = 'today' | 'yesterday' | 'tomorrow' | 'other';

function momentOf(iso: string, now: Date): { moment: Moment; time: string; date: string } {
  const at = new Date(iso);
  const days = dayNumber(at) - dayNumber(now);
  const moment: Moment =
    days === 0 ? 'today' : days === -1 ? 'yesterday' : days === 1 ? 'tomorrow' : 'other';
  const date = (at.getFullYear() === now.getFullYear() ? DAY_AND_MONTH : FULL_DATE).format(at);
  return { moment, time: frenchHour(at), date };
}

/** "aujourd'hui à 10 h 42", "hier à 9 h 15", "le 3 décembre à 8 h 00". */
export function syncMoment(t: Translate, iso: string, now: Date): string {
  const { moment, time, date } = momentOf(iso, now);
  return t(`desk.hub.moment.${moment}`, { time, date });
}

/** After "depuis": "9 h 15" today, else as syncMoment ("hier à 9 h 15"). */
export function syncSince(t: Translate, iso: string, now: Date): string {
  const { moment, time } = momentOf(iso, now);
  return moment === 'today' ? time : syncMoment(t, iso, now);
}

const FAILING_KINDS: readonly SyncErrorKind[] = [
  'unreachable',
  'tls',
  'revoked',
  'protocol',
  'hub-error',
  'credential-missing',
  'restored',
];

/** The state of an enrolled kiosk, most important first when something is wrong. */
export function syncStatusLines(t: Translate, view: EnrolledSyncView, now: Date): SyncStatusLine[] {
  const lines: SyncStatusLine[] = [];
  const kind = view.lastError && FAILING_KINDS.includes(view.lastError) ? view.lastError : null;
  if (kind) {
    if (view.unreachableSince) {
      lines.push({
        fact: 'failing',
        tone: 'problem',
        text: t(`desk.hub.failing.${kind}`, { since: syncSince(t, view.unreachableSince, now) }),
      });
    }
    lines.push({ fact: 'advice', tone: 'problem', text: t(`desk.hub.advice.${kind}`) });
  }
  lines.push(
    view.lastSuccessAt
      ? {
          fact: 'last-success',
          tone: kind ? 'waiting' : 'ok',
          text: t('desk.hub.lastSuccess', { when: syncMoment(t, view.lastSuccessAt, now) }),
        }
      : { fact: 'last-success', tone: 'waiting', text: t('desk.hub.neverSynced') },
  );
  lines.push(
    view.waitingEvents > 0
      ? {
          fact: 'waiting',
          tone: 'waiting',
          text: t('desk.hub.waiting', view.waitingEvents),
        }
      : { fact: 'waiting', tone: 'ok', text: t('desk.hub.nothingWaiting') },
  );
  // Another school's roster (the demo one, typically): its activations never reach the hub.
  for (const roster of view.rostersNotShared) {
    lines.push({
      fact: 'not-shared',
      tone: 'waiting',
      text: roster.demo
        ? t('desk.hub.notShared.demo', { uai: roster.uai, school: view.schoolUai })
        : t('desk.hub.notShared.other', { uai: roster.uai, school: view.schoolUai }),
    });
  }
  // While it works the loop tries every few seconds: the next try is only news after a failure.
  if (kind && view.nextTryAt) {
    lines.push({
      fact: 'next-try',
      tone: 'waiting',
      text: t('desk.hub.nextTry', { when: syncMoment(t, view.nextTryAt, now) }),
    });
  }
  return lines;
}

/** "Inscrit le 6 octobre 2025". */
export const enrolledOn = (iso: string): string => FULL_DATE.format(new Date(iso));

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value : null;

/**
 * A conflict the hub decided, with its facts (the hub's rules put them in `detail`: identifiers
 * kept and retired, masked mobiles). A fact missing says the conflict without it.
 */
export function conflictSentence(t: Translate, conflict: SyncConflictView): string {
  const sentence = conflictFacts(t, conflict);
  // "un responsable" may open the sentence.
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

function conflictFacts(t: Translate, conflict: SyncConflictView): string {
  const guardian = conflict.guardian?.displayName ?? t('desk.hub.conflicts.someGuardian');
  const detail = conflict.detail;
  switch (conflict.kind) {
    case 'same-guardian-activated-twice': {
      const kept = text(detail.keptIdentifier);
      const retired = text(detail.retiredIdentifier);
      // Both kiosks gave the hub's one reservation: one identifier, the first password stays.
      if (kept && kept === retired) {
        return t('desk.hub.conflicts.activatedTwiceSameIdentifier', { guardian, identifier: kept });
      }
      return kept && retired
        ? t('desk.hub.conflicts.activatedTwice', { guardian, kept, retired })
        : t('desk.hub.conflicts.activatedTwiceNoFacts', { guardian });
    }
    case 'concurrent-mobile': {
      const kept = text(detail.keptMobile);
      const lost = text(detail.lostMobile);
      return kept && lost
        ? t('desk.hub.conflicts.mobile', { guardian, kept, lost })
        : t('desk.hub.conflicts.mobileNoFacts', { guardian });
    }
    case 'concurrent-password': {
      const identifier = text(detail.identifier);
      return identifier
        ? t('desk.hub.conflicts.password', { guardian, identifier })
        : t('desk.hub.conflicts.passwordNoFacts', { guardian });
    }
  }
}

/** What to do about it, one sentence per kind. */
export const conflictAdvice = (t: Translate, conflict: SyncConflictView): string =>
  conflict.kind === 'same-guardian-activated-twice' &&
  text(conflict.detail.keptIdentifier) !== null &&
  conflict.detail.keptIdentifier === conflict.detail.retiredIdentifier
    ? t('desk.hub.conflicts.adviceSameIdentifier')
    : t(`desk.hub.conflicts.advice.${conflict.kind}`);

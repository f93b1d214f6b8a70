// Réglages → Hub: what a secretary reads of the sync's state, for each state the kiosk can be in.
import { describe, expect, it } from 'vitest';
import type { SyncConflictView, SyncErrorKind } from '../../../shared/sync/sync-status-view';
import { enrolmentFieldOf } from '../../../renderer/src/format/sync-enrolment-field';
import {
  conflictAdvice,
  conflictSentence,
  syncStatusLines,
  type EnrolledSyncView,
} from '../../../renderer/src/format/sync-status-words';
import { createKioskI18n } from '../../../renderer/src/i18n';

const t = createKioskI18n().global.t as (key: string, ...args: unknown[]) => string;

// The kiosk's local time: "aujourd'hui" is the kiosk's own day.
const NOW = new Date(2026, 11, 6, 10, 45);
const at = (day: number, hour: number, minute: number) =>
  new Date(2026, 11, day, hour, minute).toISOString();

const enrolled = (facts: Partial<EnrolledSyncView> = {}): EnrolledSyncView => ({
  enrolled: true,
  hubUrl: 'https://hub.exemple.fr',
  schoolUai: '0751234A',
  schoolName: 'Collège Victor Hugo',
  kioskLabel: 'Kiosque du hall',
  enrolledAt: at(1, 9, 0),
  lastSuccessAt: at(6, 10, 42),
  waitingEvents: 0,
  unreachableSince: null,
  lastError: null,
  nextTryAt: null,
  conflicts: [],
  rostersNotShared: [],
  ...facts,
});

const texts = (view: EnrolledSyncView) => syncStatusLines(t, view, NOW).map((line) => line.text);

describe("a roster of another school than the hub's", () => {
  it('says that what is done with the demo roster stays on this kiosk', () => {
    const lines = syncStatusLines(
      t,
      enrolled({ rostersNotShared: [{ uai: '0000000D', demo: true }] }),
      NOW,
    );
    expect(lines.find((line) => line.fact === 'not-shared')?.text).toBe(
      'Ce poste a encore la liste de démonstration (établissement 0000000D) : ce qui s’y fait reste sur ce poste, rien n’en est partagé avec les autres postes de l’établissement 0751234A. Importez la liste de l’établissement pour la partager.',
    );
  });

  it("says nothing when every roster is the hub school's", () => {
    expect(syncStatusLines(t, enrolled(), NOW).map((line) => line.fact)).not.toContain(
      'not-shared',
    );
  });
});

describe('the sync working', () => {
  it('says when the last sync succeeded and that nothing waits', () => {
    expect(texts(enrolled())).toEqual([
      'Dernière synchronisation réussie : aujourd’hui à 10 h 42.',
      'Toutes les modifications de ce poste ont été envoyées au hub.',
    ]);
    expect(syncStatusLines(t, enrolled(), NOW).every((line) => line.tone === 'ok')).toBe(true);
  });

  it('counts the changes waiting to be sent, singular and plural', () => {
    expect(texts(enrolled({ waitingEvents: 3 }))).toContain(
      '3 modifications en attente d’envoi au hub.',
    );
    expect(texts(enrolled({ waitingEvents: 1 }))).toContain(
      '1 modification en attente d’envoi au hub.',
    );
  });

  it('says "hier" and a date for an older success', () => {
    expect(texts(enrolled({ lastSuccessAt: at(5, 17, 30) }))[0]).toBe(
      'Dernière synchronisation réussie : hier à 17 h 30.',
    );
    expect(texts(enrolled({ lastSuccessAt: at(3, 8, 0) }))[0]).toBe(
      'Dernière synchronisation réussie : le 3 décembre à 8 h 00.',
    );
  });

  it('says a freshly enrolled kiosk has not synced yet', () => {
    expect(texts(enrolled({ lastSuccessAt: null }))[0]).toBe(
      'Aucune synchronisation réussie pour l’instant.',
    );
  });
});

describe('the hub not answering', () => {
  const failing = enrolled({
    lastError: 'unreachable',
    unreachableSince: at(6, 9, 15),
    nextTryAt: at(6, 10, 47),
    waitingEvents: 3,
  });

  it('says since when first, what happens meanwhile, what waits and the next try', () => {
    expect(texts(failing)).toEqual([
      'Le hub ne répond pas depuis 9 h 15.',
      'Le poste continue de fonctionner seul et enverra ses modifications dès que le hub répondra. Si cela dure, vérifiez la connexion à Internet du poste ou prévenez le responsable informatique.',
      'Dernière synchronisation réussie : aujourd’hui à 10 h 42.',
      '3 modifications en attente d’envoi au hub.',
      'Prochain essai automatique : aujourd’hui à 10 h 47.',
    ]);
    expect(syncStatusLines(t, failing, NOW)[0]?.tone).toBe('problem');
  });

  it('says the day when it stopped answering before today', () => {
    expect(texts({ ...failing, unreachableSince: at(5, 18, 5) })[0]).toBe(
      'Le hub ne répond pas depuis hier à 18 h 05.',
    );
  });

  it('says no next try while the sync works (the loop tries every few seconds)', () => {
    const lines = syncStatusLines(t, enrolled({ nextTryAt: at(6, 10, 46) }), NOW);
    expect(lines.map((line) => line.fact)).not.toContain('next-try');
  });
});

describe('each reason the sync fails, worded for a secretary', () => {
  const cases: [SyncErrorKind, string, RegExp][] = [
    ['unreachable', 'Le hub ne répond pas depuis 9 h 15.', /connexion à Internet/u],
    [
      'tls',
      'Depuis 9 h 15, ce poste ne reconnaît plus le certificat de sécurité du hub.',
      /certificat du hub/u,
    ],
    [
      'revoked',
      'Depuis 9 h 15, le hub refuse ce poste : son accès a été retiré.',
      /Demandez à l’administrateur du hub/u,
    ],
    [
      'protocol',
      'Depuis 9 h 15, ce kiosque et le hub n’ont plus la même version.',
      /mettre à jour le kiosque/u,
    ],
    [
      'hub-error',
      'Depuis 9 h 15, le hub a un problème de son côté.',
      /prévenez l’administrateur du hub/u,
    ],
    [
      'credential-missing',
      'Depuis 9 h 15, ce poste ne retrouve plus sa clé d’accès au hub.',
      /trousseau de clés/u,
    ],
  ];
  it.each(cases)('%s', (kind, since, advice) => {
    const [first, second] = texts(enrolled({ lastError: kind, unreachableSince: at(6, 9, 15) }));
    expect(first).toBe(since);
    expect(second).toMatch(advice);
  });
});

describe('conflicts to look at', () => {
  const conflict = (facts: Partial<SyncConflictView>): SyncConflictView => ({
    id: '6f1c2a8e-3b4d-4c5e-9f60-7a8b9c0d1e2f',
    kind: 'same-guardian-activated-twice',
    recordedAt: at(6, 9, 0),
    guardian: { id: 7, displayName: 'Patrick DUPONT' },
    detail: {},
    ...facts,
  });

  it('says which identifier to use when one guardian activated at two kiosks', () => {
    const twice = conflict({
      detail: { keptIdentifier: 'patrick.dupont1', retiredIdentifier: 'patrick.dupont10001' },
    });
    expect(conflictSentence(t, twice)).toBe(
      'Patrick DUPONT a activé son compte sur deux postes pendant qu’ils étaient hors ligne. L’identifiant à utiliser est patrick.dupont1 ; l’identifiant patrick.dupont10001 est retiré.',
    );
    expect(conflictAdvice(t, twice)).toMatch(/le kiosque lui indique celui à utiliser/u);
  });

  it('says the first password stays when both kiosks gave the same reserved identifier', () => {
    const twice = conflict({
      detail: {
        keptIdentifier: 'patrick.dupont1',
        retiredIdentifier: 'patrick.dupont1',
        firstPasswordKept: true,
      },
    });
    expect(conflictSentence(t, twice)).toBe(
      'Patrick DUPONT a activé son compte sur deux postes pendant qu’ils étaient hors ligne, avec le même identifiant patrick.dupont1 mais deux mots de passe. Le premier mot de passe arrivé au hub est gardé ; l’autre ne fonctionne plus.',
    );
    expect(conflictAdvice(t, twice)).toMatch(/Identifiant ou mot de passe incorrect/u);
  });

  it('shows both masked mobiles when two were recorded at once', () => {
    const mobile = conflict({
      kind: 'concurrent-mobile',
      detail: { keptMobile: '06 •• •• •• 78', lostMobile: '07 •• •• •• 12' },
    });
    expect(conflictSentence(t, mobile)).toBe(
      'Deux portables différents ont été enregistrés pour Patrick DUPONT sur deux postes en même temps : le 06 •• •• •• 78 est gardé, le 07 •• •• •• 12 est écarté.',
    );
    expect(conflictAdvice(t, mobile)).toMatch(/Vérifiez le bon numéro/u);
  });

  it('names the account whose password was changed at two kiosks', () => {
    const password = conflict({
      kind: 'concurrent-password',
      detail: { identifier: 'patrick.dupont1' },
    });
    expect(conflictSentence(t, password)).toBe(
      'Le mot de passe du compte patrick.dupont1 (Patrick DUPONT) a été changé sur deux postes en même temps : le dernier changement arrivé au hub est gardé.',
    );
    expect(conflictAdvice(t, password)).toMatch(/Mot de passe perdu/u);
  });

  it('still says what happened when a fact or the guardian is missing', () => {
    expect(conflictSentence(t, conflict({ guardian: null }))).toBe(
      'Un responsable a activé son compte sur deux postes pendant qu’ils étaient hors ligne. Le premier compte arrivé au hub est gardé, l’autre est retiré.',
    );
    expect(conflictSentence(t, conflict({ kind: 'concurrent-mobile' }))).toMatch(
      /^Deux portables différents .* le dernier arrivé au hub est gardé\.$/u,
    );
  });
});

describe('where an enrolment refusal is shown', () => {
  it('puts each refusal next to the field it is about, the others under the form', () => {
    expect(enrolmentFieldOf('HUB_URL_NOT_HTTPS')).toBe('hubUrl');
    expect(enrolmentFieldOf('HUB_UNREACHABLE')).toBe('hubUrl');
    expect(enrolmentFieldOf('HUB_TLS_FAILED')).toBe('hubUrl');
    expect(enrolmentFieldOf('ENROLMENT_CODE_INVALID')).toBe('code');
    expect(enrolmentFieldOf('KIOSK_LABEL_INVALID')).toBe('kioskLabel');
    expect(enrolmentFieldOf('HUB_SCHOOL_HAS_KIOSKS_WITH_ACCOUNTS')).toBeNull();
    expect(enrolmentFieldOf('HUB_PROTOCOL_MISMATCH')).toBeNull();
  });
});

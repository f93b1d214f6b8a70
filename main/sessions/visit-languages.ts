// The language of each kiosk session's visit, as the parent chose it (issue 14), for the SMS
// the visit sends and nothing else. Held in memory for one kiosk session: forgotten when the
// session is reset (the next visit starts in French) and never shared with another session.
import { DEFAULT_LANGUAGE, type ParentLanguage } from '../../shared/parent-languages';

export interface VisitLanguages {
  choose(sessionId: string, language: ParentLanguage): void;
  /** French until the session chose another language. */
  of(sessionId: string): ParentLanguage;
  forget(sessionId: string): void;
  clear(): void;
}

export function createVisitLanguages(): VisitLanguages {
  const bySession = new Map<string, ParentLanguage>();
  return {
    choose(sessionId, language) {
      // French is the default: a session back in French holds nothing.
      if (language === DEFAULT_LANGUAGE) bySession.delete(sessionId);
      else bySession.set(sessionId, language);
    },
    of: (sessionId) => bySession.get(sessionId) ?? DEFAULT_LANGUAGE,
    forget: (sessionId) => void bySession.delete(sessionId),
    clear: () => bySession.clear(),
  };
}

import type { RequestOf, ResponseOf } from '../../shared/ipc-contract';
import { fail, ok, type Result } from '../../shared/result';
import type { CallContext } from '../ipc/ipc-handlers';
import type { RequireStaff, StaffIdentity } from './desk-staff';
import type { DeskSettingsService } from './desk-settings';
import type { IdentifierIssuer } from './issue-identifier';
import type { MobileCorrections } from './mobile-corrections';
import type { SaveLetterPdf } from './save-letter-pdf';

type DeskChannel =
  | 'console.recordMobile'
  | 'console.mobileCorrections'
  | 'console.issueIdentifier'
  | 'console.saveLetterPdf'
  | 'console.settings'
  | 'console.saveSettings';

export type DeskHandlers = {
  [C in DeskChannel]: (call: CallContext, request: RequestOf<C>) => Promise<Result<ResponseOf<C>>>;
};

const MESSAGES = {
  GUARDIAN_NOT_FOUND: 'No such guardian in the roster',
  PHONE_INVALID: 'The number is not a mobile number',
  MOBILE_ALREADY_REGISTERED: 'The roster already has this mobile for this guardian',
  GUARDIAN_ALREADY_ACTIVATED: 'The guardian already has an account',
  GUARDIAN_NOT_LEGAL: 'The guardian is legal guardian of no enrolled student',
} as const;

/**
 * The console's front-desk channels. Every one asks requireStaff first (S-SEC-1): without a
 * staff login nothing is read or written. Settings are absent when the host has no data
 * directory (an embedded core), and say so.
 */
export function createDeskHandlers(deps: {
  requireStaff: RequireStaff;
  mobileCorrections: MobileCorrections;
  issueIdentifier: IdentifierIssuer;
  settings: DeskSettingsService | null;
  /** Electron only: the letter printed to a PDF the secretary saves (null in the browser host). */
  saveLetterPdf: SaveLetterPdf | null;
}): DeskHandlers {
  const asStaff =
    <Req, Res>(work: (staff: StaffIdentity, request: Req) => Promise<Result<Res>> | Result<Res>) =>
    async (call: CallContext, request: Req): Promise<Result<Res>> => {
      const staff = await deps.requireStaff(call);
      if (!staff.ok) return staff;
      return work(staff.value, request);
    };
  const noSettings = () =>
    fail('SETTINGS_UNAVAILABLE', 'This kiosk core was started without a settings file');

  return {
    'console.recordMobile': asStaff((staff, request: RequestOf<'console.recordMobile'>) => {
      const outcome = deps.mobileCorrections.record(staff, request.guardianId, request.mobile);
      return outcome.ok ? ok(outcome.correction) : fail(outcome.code, MESSAGES[outcome.code]);
    }),
    'console.mobileCorrections': asStaff(() => ok(deps.mobileCorrections.list())),
    'console.issueIdentifier': asStaff(
      async (staff, request: RequestOf<'console.issueIdentifier'>) => {
        const outcome = await deps.issueIdentifier(staff, request.guardianId);
        if (!outcome.ok) return fail(outcome.code, MESSAGES[outcome.code]);
        return ok({ ...outcome.issued, loginUrl: deps.settings?.letterLoginUrl() ?? null });
      },
    ),
    'console.saveLetterPdf': asStaff(async (_staff, request: RequestOf<'console.saveLetterPdf'>) =>
      deps.saveLetterPdf
        ? ok(await deps.saveLetterPdf(request.letter))
        : fail('LETTER_PDF_UNAVAILABLE', 'This host cannot print to PDF; print the HTML preview'),
    ),
    'console.settings': asStaff(() => (deps.settings ? ok(deps.settings.view()) : noSettings())),
    'console.saveSettings': asStaff((staff, request: RequestOf<'console.saveSettings'>) => {
      if (!deps.settings) return noSettings();
      const outcome = deps.settings.save(staff, request);
      return outcome.ok
        ? ok(outcome.view)
        : fail('SETTINGS_INVALID', `Invalid setting ${outcome.field}`, { reason: outcome.field });
    }),
  };
}

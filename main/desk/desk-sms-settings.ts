// The console's SMS gateway panel (issue 4): which secrets are set (never a value, S-DATA-1),
// write-only secret entry into the OS keychain, the last failed send, and a test SMS. Every
// channel asks requireStaff first (S-SEC-1) and every change is audited without its value.
import type { RequestOf, ResponseOf } from '../../shared/ipc-contract';
import { fail, ok, type Result } from '../../shared/result';
import { smsFailureReason } from '../../shared/sms-failure-reasons';
import {
  SMS_SECRET_NAMES,
  type SmsSettingsView,
  type TestSmsView,
} from '../../shared/sms-settings-view';
import type { CallContext } from '../ipc/ipc-handlers';
import type { Journal } from '../journal/journal';
import type { Clock } from '../platform/clock';
import type { SecretRefusal, SecretSettings } from '../secrets/secret-settings';
import type { SmsDiagnostics } from '../sms/sms-diagnostics';
import { staffActor, type RequireStaff, type StaffIdentity } from './desk-staff';

type SmsSettingsChannel =
  | 'console.smsSettings'
  | 'console.setSmsSecret'
  | 'console.deleteSmsSecret'
  | 'console.sendTestSms';

export type DeskSmsSettingsHandlers = {
  [C in SmsSettingsChannel]: (
    call: CallContext,
    request: RequestOf<C>,
  ) => Promise<Result<ResponseOf<C>>>;
};

export function createDeskSmsSettingsHandlers(deps: {
  requireStaff: RequireStaff;
  /** Absent in a core built without a keychain (tests, embedded cores): secrets are refused. */
  secretSettings: SecretSettings | null;
  diagnostics: SmsDiagnostics;
  journal: Journal;
  clock: Clock;
}): DeskSmsSettingsHandlers {
  const { journal, clock } = deps;
  const asStaff =
    <Req, Res>(work: (staff: StaffIdentity, request: Req) => Promise<Result<Res>>) =>
    async (call: CallContext, request: Req): Promise<Result<Res>> => {
      const staff = await deps.requireStaff(call);
      if (!staff.ok) return staff;
      return work(staff.value, request);
    };
  const audit = (staff: StaffIdentity, action: string, details: Record<string, unknown>) =>
    journal.audit(clock.now(), staffActor(staff), action, null, {
      staffName: staff.displayName,
      ...details,
    });

  const view = async (): Promise<SmsSettingsView> => {
    const last = deps.diagnostics.lastError();
    const lastError = last
      ? {
          kind: last.kind,
          detail: last.detail,
          at: last.at,
          provider: last.provider,
          uncertain: last.status === 'uncertain',
        }
      : null;
    if (!deps.secretSettings) {
      const secrets = SMS_SECRET_NAMES.map((name) => ({
        name,
        inKeychain: false,
        inEnvironment: false,
      }));
      return { keychain: 'unavailable', secrets, lastError };
    }
    const status = await deps.secretSettings.status();
    // Only the SMS secrets: the generated keys are none of the secretariat's business.
    const secrets = SMS_SECRET_NAMES.map((name) => {
      const state = status.secrets.find((secret) => secret.name === name);
      return {
        name,
        inKeychain: state?.inKeychain ?? false,
        inEnvironment: state?.inEnvironment ?? false,
      };
    });
    return { keychain: status.keychain, secrets, lastError };
  };

  const refusal = (refused: SecretRefusal) =>
    refused.problem === 'keychain-unavailable'
      ? fail('KEYCHAIN_UNAVAILABLE', `No OS keychain: ${refused.message}`)
      : fail('SECRET_INVALID', `Refused secret: ${refused.message}`, {
          reason: refused.problem,
        });
  const noKeychain = () =>
    fail('KEYCHAIN_UNAVAILABLE', 'This kiosk core was started without a secret store');

  return {
    'console.smsSettings': asStaff(async () => ok(await view())),

    'console.setSmsSecret': asStaff(async (staff, request: RequestOf<'console.setSmsSecret'>) => {
      if (!deps.secretSettings) return noKeychain();
      const written = await deps.secretSettings.setSmsSecret(request.name, request.value);
      if (!written.ok) return refusal(written);
      // The name only: the value goes to the keychain and nowhere else (S-DATA-1).
      audit(staff, 'settings.secretSet', { secret: request.name });
      return ok(await view());
    }),

    'console.deleteSmsSecret': asStaff(
      async (staff, request: RequestOf<'console.deleteSmsSecret'>) => {
        if (!deps.secretSettings) return noKeychain();
        const removed = await deps.secretSettings.deleteSmsSecret(request.name);
        if (!removed.ok) return refusal(removed);
        if (removed.removed) audit(staff, 'settings.secretDeleted', { secret: request.name });
        return ok(await view());
      },
    ),

    'console.sendTestSms': asStaff(async (staff, request: RequestOf<'console.sendTestSms'>) => {
      const outcome = await deps.diagnostics.sendTestSms(request.mobile);
      if (!outcome.ok && outcome.reason === 'InvalidPhone') {
        return fail('PHONE_INVALID', 'The number is not a mobile number');
      }
      if (!outcome.ok && outcome.reason === 'LimitReached') {
        return fail('SMS_RATE_LIMITED', 'S-RATE-2 limit reached for the test SMS', {
          retryAfterSeconds: outcome.retryAfterSeconds,
        });
      }
      const result: TestSmsView = outcome.ok
        ? { sent: true, provider: outcome.provider, maskedTo: outcome.to }
        : {
            sent: false,
            reason: smsFailureReason(outcome.reason, outcome.uncertain),
            detail: outcome.detail,
          };
      audit(staff, 'settings.testSms', {
        sent: result.sent,
        ...(result.sent ? { provider: result.provider, to: result.maskedTo } : {}),
        ...(!result.sent ? { reason: result.reason } : {}),
      });
      return ok(result);
    }),
  };
}

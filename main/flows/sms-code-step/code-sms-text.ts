import { smsText } from '../../../shared/sms-texts';
import { codeValidityMinutes } from '../../policy/code-timing';
import type { PreparedCodeSend } from './code-sender';
import type { SmsCodeContext } from './sms-code-context';

/**
 * The SMS carrying a flow's code (S-OTP-6: the service, the code, how long it lasts), in the
 * language of the visit that asked for it (issue 14).
 */
export function codeSmsText(
  context: SmsCodeContext,
  kind: 'activation-code' | 'recovery-code',
  prepared: PreparedCodeSend,
): string {
  return smsText(kind, context.visitLanguageOf(prepared.sessionId), {
    serviceName: context.settings.serviceName,
    code: prepared.code,
    validityMinutes: codeValidityMinutes(context.settings.codeTtlSeconds),
  });
}

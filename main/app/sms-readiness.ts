// What the person starting the kiosk must know about SMS before a parent needs a code: a real
// roster with the demo phone (no code can be sent), a real gateway on the demo roster (nothing
// is sent), or a gateway that does not answer or refuses the credentials. English, for the
// console; nothing personal.
import { SmsGatewayError, type SmsGateway } from '../sms/sms-gateway';
import { smsSendRefusal } from '../sms/sms-send-refusal';

export interface SmsReadiness {
  ready: boolean;
  message: string;
}

export async function checkSmsReadiness(
  gateway: SmsGateway,
  options: { demoMode: boolean; smsUrl?: string | undefined },
): Promise<SmsReadiness> {
  if (gateway.provider === 'demo') {
    return options.demoMode
      ? { ready: true, message: 'SMS: demo phone on screen (demo roster).' }
      : {
          ready: false,
          message:
            'SMS: a real roster is loaded but KIOSK_SMS_PROVIDER is "demo": parents cannot receive codes. ' +
            'Configure the SMS gateway (see docs/operators/sms-gateways.md) and restart.',
        };
  }
  const connection = await checkConnection(gateway, options.smsUrl);
  if (smsSendRefusal(gateway.provider, options.demoMode) === null) return connection;
  return {
    ready: false,
    message:
      `${connection.message} But the demo roster is still loaded: no SMS is sent to its ` +
      "fictional families (their numbers may be real people's). Import the school's roster " +
      '(see docs/operators/roster-import.md).',
  };
}

async function checkConnection(
  gateway: SmsGateway,
  smsUrl: string | undefined,
): Promise<SmsReadiness> {
  if (!gateway.checkConnection) {
    return { ready: true, message: `SMS: ${gateway.provider} (not checked at start).` };
  }
  const where = smsUrl ? ` at ${smsUrl}` : '';
  try {
    await gateway.checkConnection();
    return {
      ready: true,
      message: `SMS: ${gateway.provider}${where} answers and accepts the credentials.`,
    };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const hint =
      gateway.provider !== 'android-gateway'
        ? error instanceof SmsGatewayError && error.kind === 'Auth'
          ? 'check the keys named above'
          : 'check the settings named above, the base URL and the internet connection'
        : error instanceof SmsGatewayError && error.kind === 'Auth'
          ? 'check KIOSK_SMS_USERNAME and KIOSK_SMS_PASSWORD'
          : 'check KIOSK_SMS_URL and that the phone is on, on this network, with the app in local server mode';
    return {
      ready: false,
      message: `SMS: ${gateway.provider}${where} is not usable (${reason}): ${hint}. Parents cannot receive codes until it is.`,
    };
  }
}

// An optional second gateway for when the first is down (../shared/docs/sms-gateways.md and
// issue 4): only when the first surely did not take the SMS and might work again later
// (unreachable, refused connection). Never on an invalid number, no credit, bad credentials or
// rate limiting (the second would refuse too, or it is the school's to fix), and never after an
// uncertain outcome (the parent could get the code twice).
import { SmsGatewayError, type SmsGateway } from './sms-gateway';

/** True when the first gateway is down and surely sent nothing. */
export function isGatewayDown(error: SmsGatewayError): boolean {
  const mayWorkLater = error.kind === 'Transient' || error.kind === 'ProviderError';
  return mayWorkLater && error.retryable && !error.outcomeUncertain;
}

export function withFallback(
  primary: SmsGateway,
  fallback: SmsGateway,
  log: (line: string) => void = () => {},
): SmsGateway {
  return {
    provider: primary.provider,
    // A retry may go to the other gateway: only safe when both de-duplicate by client id.
    idempotentSends: primary.idempotentSends === true && fallback.idempotentSends === true,
    ...(primary.checkConnection ? { checkConnection: primary.checkConnection.bind(primary) } : {}),
    async send(message) {
      try {
        return await primary.send(message);
      } catch (error) {
        if (!(error instanceof SmsGatewayError) || !isGatewayDown(error)) throw error;
        log(`${primary.provider} is down (${error.message}); sending through ${fallback.provider}`);
        try {
          const receipt = await fallback.send(message);
          return { ...receipt, provider: receipt.provider ?? fallback.provider };
        } catch (second) {
          if (!(second instanceof SmsGatewayError)) throw second;
          throw new SmsGatewayError(
            second.kind,
            `${primary.provider} down (${error.message}); fallback ${fallback.provider}: ${second.message}`,
            second.retryable,
            second.retryAfterSeconds,
            second.outcomeUncertain,
          );
        }
      }
    },
  };
}

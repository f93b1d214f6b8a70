// OVHcloud API request signing (../shared/docs/sms-gateways.md, "OVHcloud SMS"): every call
// carries the application key, the consumer key, OVH's own clock and a SHA-1 over all of it.
import { createHash } from 'node:crypto';

export interface OvhCredentials {
  applicationKey: string;
  applicationSecret: string;
  consumerKey: string;
}

/** "$1$" + sha1hex(AS+CK+METHOD+fullURL+body+timestamp, joined by "+"); body is the exact string sent. */
export function ovhSignature(
  credentials: OvhCredentials,
  method: string,
  fullUrl: string,
  body: string,
  timestamp: number,
): string {
  const signed = [
    credentials.applicationSecret,
    credentials.consumerKey,
    method.toUpperCase(),
    fullUrl,
    body,
    String(timestamp),
  ].join('+');
  return `$1$${createHash('sha1').update(signed).digest('hex')}`;
}

export function ovhHeaders(
  credentials: OvhCredentials,
  method: string,
  fullUrl: string,
  body: string,
  timestamp: number,
): Record<string, string> {
  return {
    'X-Ovh-Application': credentials.applicationKey,
    'X-Ovh-Consumer': credentials.consumerKey,
    'X-Ovh-Timestamp': String(timestamp),
    'X-Ovh-Signature': ovhSignature(credentials, method, fullUrl, body, timestamp),
  };
}

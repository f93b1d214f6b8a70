// Each provider's failure answers mapped to what happened (../shared/docs/sms-gateways.md): a
// refusal for want of credit is never told as wrong credentials, even when it comes with the
// 403 of a refused key; a provider's own failure (5xx) is not "no answer"; a request it refused
// is not "it does not answer".
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { errorFromStatus } from '../../../main/sms/android-gateway-protocol';
import { brevoError } from '../../../main/sms/brevo-gateway';
import { ovhError } from '../../../main/sms/ovh-protocol';
import { parseAccepted } from '../../../main/sms/parse-accepted';
import { smsmodeError } from '../../../main/sms/smsmode-gateway';
import { twilioError } from '../../../main/sms/twilio-protocol';
import { smsFailureReason } from '../../../shared/sms-failure-reasons';

const NOW = Date.parse('2026-12-07T08:00:00Z');

describe('a refusal for want of credit is InsufficientCredit, whatever its status', () => {
  it('OVHcloud: a 403 Client::Forbidden "Not enough credits"', () => {
    const error = ovhError(
      403,
      { class: 'Client::Forbidden', message: 'Not enough credits to send this message' },
      { 'x-ovh-queryid': 'FR.ws-1' },
      NOW,
    );
    expect(error.kind).toBe('InsufficientCredit');
    expect(error.message).not.toMatch(/KIOSK_OVH/);
  });

  it('OVHcloud: a refused key stays Auth, even when its message speaks of credentials', () => {
    const error = ovhError(
      403,
      { errorCode: 'INVALID_CREDENTIAL', message: 'This credential does not exist' },
      {},
      NOW,
    );
    expect(error.kind).toBe('Auth');
  });

  it('Brevo: not_enough_credits with a 403', () => {
    const error = brevoError(
      403,
      { code: 'not_enough_credits', message: 'Not enough credits' },
      {},
    );
    expect(error.kind).toBe('InsufficientCredit');
    expect(brevoError(403, { code: 'permission_denied', message: 'Denied' }, {}).kind).toBe('Auth');
  });

  it('smsmode: a 403 whose message speaks of credit', () => {
    expect(
      smsmodeError(403, { message: 'Insufficient credit on the account' }, undefined).kind,
    ).toBe('InsufficientCredit');
    expect(smsmodeError(403, { message: 'Forbidden' }, undefined).kind).toBe('Auth');
  });
});

describe('a provider failing is not a provider that does not answer', () => {
  const fiveHundreds = [
    ['OVHcloud', ovhError(500, { class: 'Server::InternalServerError', message: 'x' }, {}, NOW)],
    ['Twilio', twilioError(500, { code: 20500, message: 'Internal Server Error' }, undefined, NOW)],
    ['Brevo', brevoError(500, { code: 'internal_error', message: 'x' }, {})],
    ['smsmode', smsmodeError(502, { message: 'Bad gateway' }, undefined)],
    ['Android gateway', errorFromStatus(500, { message: 'x' }, undefined, NOW)],
  ] as const;

  it.each(fiveHundreds)(
    '%s: a 5xx is ProviderError, uncertain, told as the provider failing',
    (_, error) => {
      expect(error.kind).toBe('ProviderError');
      expect(error.outcomeUncertain).toBe(true);
      // Not 'Uncertain' ("a mis trop de temps à répondre"): it answered at once, with a failure.
      expect(smsFailureReason(error.kind, error.outcomeUncertain)).toBe('ProviderError');
    },
  );

  const refusals = [
    ['OVHcloud', ovhError(400, { class: 'Client::BadRequest', message: 'Invalid tag' }, {}, NOW)],
    [
      'Twilio',
      twilioError(400, { code: 21602, message: 'Message body is required' }, undefined, NOW),
    ],
    ['Brevo', brevoError(400, { code: 'invalid_parameter', message: 'sender is invalid' }, {})],
    ['smsmode', smsmodeError(400, { message: 'Bad request' }, undefined)],
    ['Android gateway', errorFromStatus(400, { message: 'invalid body' }, undefined, NOW)],
  ] as const;

  it.each(refusals)('%s: a 4xx of no other kind is Rejected, surely not sent', (_, error) => {
    expect(error.kind).toBe('Rejected');
    expect(error.outcomeUncertain).toBe(false);
    expect(smsFailureReason(error.kind, error.outcomeUncertain)).toBe('Rejected');
  });

  it('no answer in time is still told as "Uncertain"', () => {
    expect(smsFailureReason('Transient', true)).toBe('Uncertain');
    expect(smsFailureReason('Transient', false)).toBe('Transient');
  });
});

describe('an "accepted" answer in a shape the kiosk does not know', () => {
  it('is the provider’s failure, uncertain (the SMS may have left), named after the provider', () => {
    const schema = z.object({ messageId: z.number() });
    expect(parseAccepted(schema, { messageId: 7 }, 'Brevo')).toEqual({ messageId: 7 });
    let caught: unknown;
    try {
      parseAccepted(schema, { id: 'x' }, 'Brevo');
    } catch (error) {
      caught = error;
    }
    expect(caught).toMatchObject({
      kind: 'ProviderError',
      outcomeUncertain: true,
      message: 'Brevo answered in an unexpected shape',
    });
  });
});

// Nom, prénom and mobile as typed on an identity form (activation, "Identifiant perdu",
// "Mot de passe perdu" by name): format checks only, nothing about the roster or accounts.
// IDENTITY_INVALID names the field (details.reason) so the screen can point at it.
import { fail, ok, type Result } from '../../../shared/result';
import { normalisePhone } from '../../matching/normalise-phone';

export interface TypedNameAndMobile {
  lastName: string;
  firstName: string;
  phoneE164: string;
}

export function readNameAndMobile(typed: {
  lastName?: string | undefined;
  firstName?: string | undefined;
  mobile?: string | undefined;
}): Result<TypedNameAndMobile> {
  const lastName = (typed.lastName ?? '').trim();
  const firstName = (typed.firstName ?? '').trim();
  if (lastName === '') return fail('IDENTITY_INVALID', 'Empty last name', { reason: 'lastName' });
  if (firstName === '') {
    return fail('IDENTITY_INVALID', 'Empty first name', { reason: 'firstName' });
  }
  const phoneE164 = normalisePhone(typed.mobile);
  if (!phoneE164) return fail('IDENTITY_INVALID', 'Not a phone number', { reason: 'mobile' });
  return ok({ lastName, firstName, phoneE164 });
}

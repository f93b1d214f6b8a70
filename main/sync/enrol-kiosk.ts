// Enrolment (docs/developers/sync.md, "Secrets and transport"): the one-time code exchanged for
// this kiosk's credential. The credential goes to the keychain and the link row to the database
// only once the hub has answered; any refusal before that changes nothing on the kiosk.
import { fail, ok, type Result } from '../../shared/result';
import type { EnrolResponse } from '../../shared/sync/sync-protocol';
import { inTransaction } from '../database/in-transaction';
import type { KioskDatabase } from '../database/open-database';
import type { Clock } from '../platform/clock';
import { KeychainUnavailableError } from '../secrets/secret-store';
import { readExistingIdentifiers } from './existing-identifiers';
import { createHubClient } from './hub-client/hub-client';
import type { HubFailure } from './hub-client/hub-failure';
import { credentialKioskId, type HubCredentialStore } from './hub-credential';
import type { HubLinkStore } from './hub-link';

export interface EnrolInput {
  hubUrl: string;
  code: string;
  kioskLabel: string;
  /**
   * Take the keychain's place even when it holds another kiosk's credential (a kiosk of this
   * machine that no longer exists). Only the command line offers it.
   */
  replaceCredential?: boolean;
}

export interface EnrolDeps {
  db: KioskDatabase;
  links: HubLinkStore;
  credentials: HubCredentialStore;
  clock: Clock;
  caFile?: string | undefined;
}

function refusal(failure: HubFailure): Result<never> {
  switch (failure.hubError) {
    case 'enrolment-code-invalid':
      return fail('ENROLMENT_CODE_INVALID', failure.message);
    case 'school-already-has-kiosks-with-accounts':
      return fail('HUB_SCHOOL_HAS_KIOSKS_WITH_ACCOUNTS', failure.message);
    default:
      break;
  }
  switch (failure.kind) {
    case 'unreachable':
      return fail('HUB_UNREACHABLE', failure.message);
    case 'tls':
      return fail('HUB_TLS_FAILED', failure.message);
    case 'protocol':
      return fail('HUB_PROTOCOL_MISMATCH', failure.message);
    default:
      return fail('HUB_ERROR', failure.message);
  }
}

export async function enrolKiosk(
  deps: EnrolDeps,
  input: EnrolInput,
): Promise<Result<EnrolResponse & { hubUrl: string }>> {
  if (deps.links.read()) return fail('SYNC_ALREADY_ENROLLED', 'This kiosk already has a hub');
  const made = createHubClient({
    hubUrl: input.hubUrl,
    ...(deps.caFile ? { caFile: deps.caFile } : {}),
  });
  if (!made.ok) {
    return made.problem === 'not-https'
      ? fail('HUB_URL_NOT_HTTPS', made.failure.message)
      : fail('HUB_URL_INVALID', made.failure.message);
  }
  // Before the hub spends its one-time code and lists this kiosk: a kiosk that cannot keep its
  // credential would be a kiosk the hub waits for in vain.
  try {
    const heldBy = await deps.credentials.heldKioskId();
    if (heldBy !== null && input.replaceCredential !== true) {
      // Enrolling would overwrite it: that kiosk would stop syncing ("credential missing").
      return fail(
        'HUB_CREDENTIAL_OF_ANOTHER_KIOSK',
        `the OS keychain of this account already holds the hub credential of kiosk ${heldBy}, ` +
          "another kiosk run by the same account (one keychain keeps one kiosk's credential). " +
          'Run this kiosk as another OS account (or on its own machine), or let the other kiosk ' +
          'leave its hub first (npm run config -- hub leave --data-dir ITS_DIR). If that kiosk ' +
          `no longer exists, pass --replace and ask the hub's administrator to revoke kiosk ${heldBy}. ` +
          'The hub was not contacted: its enrolment code is still valid',
      );
    }
    await deps.credentials.checkWritable();
  } catch (error) {
    if (!(error instanceof KeychainUnavailableError)) throw error;
    return fail(
      'KEYCHAIN_UNAVAILABLE',
      `${error.message}. The hub was not contacted: its enrolment code is still valid`,
    );
  }
  const answer = await made.client.enrol({
    code: input.code.trim(),
    kioskLabel: input.kioskLabel.trim(),
    existingIdentifiers: readExistingIdentifiers(deps.db),
  });
  if (!answer.ok) return refusal(answer.failure);
  const enrolled = answer.value;
  if (credentialKioskId(enrolled.credential) !== enrolled.kioskId) {
    return fail('HUB_ERROR', 'the hub gave a credential that does not name the kiosk it enrolled');
  }
  try {
    await deps.credentials.write(enrolled.credential);
  } catch (error) {
    if (!(error instanceof KeychainUnavailableError)) throw error;
    // The keychain took the probe a moment ago and refuses now (locked meanwhile): the hub lists
    // a kiosk that will never call, which its administrator can revoke.
    return fail('KEYCHAIN_UNAVAILABLE', error.message);
  }
  const stored = inTransaction(deps.db, () => {
    if (deps.links.read()) return false;
    deps.links.insert({
      hubUrl: made.client.baseUrl,
      kioskId: enrolled.kioskId,
      kioskNumber: enrolled.kioskNumber,
      kioskLabel: input.kioskLabel.trim(),
      schoolUai: enrolled.schoolUai,
      schoolName: enrolled.schoolName,
      enrolledAt: deps.clock.now().toISOString(),
    });
    return true;
  });
  if (!stored) return fail('SYNC_ALREADY_ENROLLED', 'This kiosk was enrolled meanwhile');
  return ok({ ...enrolled, hubUrl: made.client.baseUrl });
}

/**
 * Leaves the hub: forgets the link and the credential. The accounts, the roster and the journal
 * stay; events the hub never acknowledged are not sent any more (the caller says how many).
 */
export async function leaveHub(deps: {
  links: HubLinkStore;
  credentials: HubCredentialStore;
}): Promise<{ left: boolean }> {
  const link = deps.links.read();
  const left = deps.links.remove();
  try {
    if (link) await deps.credentials.removeFor(link.kioskId);
  } catch (error) {
    if (!(error instanceof KeychainUnavailableError)) throw error;
  }
  return { left };
}

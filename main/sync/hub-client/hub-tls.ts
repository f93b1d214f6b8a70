// S-SYNC-3: the certificates a kiosk trusts for its hub: the system's, plus the CA file a school
// or group that runs its own CA configures (hubCaFile). Node keeps its own copy of the public
// CAs; where it can also read the OS's store (Node 22.15+, so the Electron kiosk) it does.
import { Agent } from 'node:https';
import { readFileSync } from 'node:fs';
import tls from 'node:tls';

type CaReader = { getCACertificates?: (store: 'default' | 'system') => string[] };

function systemCertificates(): string[] {
  const reader = tls as unknown as CaReader;
  if (typeof reader.getCACertificates !== 'function') return [...tls.rootCertificates];
  return [...reader.getCACertificates('default'), ...reader.getCACertificates('system')];
}

export class HubCaFileError extends Error {
  override name = 'HubCaFileError';
}

/**
 * An https agent trusting the system's CAs and the file's. No keep-alive: a connection kept
 * from the last try (15 s ago, or before the hub restarted) would fail the next one for nothing.
 */
export function hubHttpsAgent(caFile: string | undefined): Agent {
  if (caFile === undefined) return new Agent({ ca: systemCertificates(), keepAlive: false });
  let pem: string;
  try {
    pem = readFileSync(caFile, 'utf8');
  } catch (error) {
    throw new HubCaFileError(
      `hubCaFile ${caFile} cannot be read: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (!pem.includes('-----BEGIN CERTIFICATE-----')) {
    throw new HubCaFileError(`hubCaFile ${caFile} holds no PEM certificate`);
  }
  return new Agent({ ca: [...systemCertificates(), pem], keepAlive: false });
}

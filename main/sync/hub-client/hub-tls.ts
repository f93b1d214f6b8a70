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

/** An https agent trusting the system's CAs and the file's; undefined: Node's defaults. */
export function hubHttpsAgent(caFile: string | undefined): Agent | undefined {
  if (caFile === undefined) {
    const reader = tls as unknown as CaReader;
    return typeof reader.getCACertificates === 'function'
      ? new Agent({ ca: systemCertificates(), keepAlive: true })
      : undefined;
  }
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
  return new Agent({ ca: [...systemCertificates(), pem], keepAlive: true });
}

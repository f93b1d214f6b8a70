// The `x-sync-protocol` header: the hub accepts the current version and the previous one, so
// kiosks can be updated after the hub; anything else is refused with a word saying which side
// to update.
import { SYNC_PROTOCOL_HEADER, SYNC_PROTOCOL_VERSION } from '../../shared/sync/sync-protocol';
import type { IncomingHttpHeaders } from 'node:http';
import { hubFail, hubOk, type HubResult } from '../errors/hub-result';

export function checkSyncProtocol(headers: IncomingHttpHeaders): HubResult<number> {
  const raw = headers[SYNC_PROTOCOL_HEADER];
  const version = typeof raw === 'string' && /^\d{1,6}$/u.test(raw) ? Number(raw) : 0;
  if (version < SYNC_PROTOCOL_VERSION - 1 || version === 0) {
    return hubFail(
      'protocol-too-old',
      `sync protocol ${typeof raw === 'string' ? raw : '(none)'} is too old: this hub speaks ${SYNC_PROTOCOL_VERSION}; update the kiosk`,
    );
  }
  if (version > SYNC_PROTOCOL_VERSION) {
    return hubFail(
      'protocol-too-new',
      `sync protocol ${version} is newer than this hub's ${SYNC_PROTOCOL_VERSION}; update the hub`,
    );
  }
  return hubOk(version);
}

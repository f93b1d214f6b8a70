// What happens when a page starts a download (Electron's session 'will-download'). Without a
// handler Electron opens a save dialog: on a kiosk, a file browser over the whole machine.
// The only download the kiosk makes is the console's CSV export (a blob: link made by the
// kiosk page itself); it is saved, without a dialog, under a sanitised name in the data
// folder's exports/ (where the IT person collects it). Anything else is cancelled.
// Structural types, so unit tests drive this with fakes.
import { basename, extname, join } from 'node:path';
import { isKioskUrl } from './window-policy';

/** Folder under the data directory where the console's exports are written. */
export const EXPORTS_FOLDER = 'exports';

const EXPORT_EXTENSIONS = new Set(['.csv']);
const NAME_MAX_LENGTH = 100;

/** The part of Electron's DownloadItem this uses. */
export interface DownloadItemLike {
  getURL(): string;
  getFilename(): string;
  setSavePath(path: string): void;
  once(event: 'done', listener: (event: unknown, state: string) => void): unknown;
}

/** The part of Electron's Session this uses. */
export interface DownloadSession {
  on(
    event: 'will-download',
    listener: (event: { preventDefault(): void }, item: DownloadItemLike) => void,
  ): unknown;
}

export interface DownloadPolicyDeps {
  /** The kiosk's data directory (userData or KIOSK_DATA_DIR). */
  dataDir: string;
  makeDirectory: (path: string) => void;
  exists: (path: string) => boolean;
  log?: (message: string) => void;
}

/** True for a download the kiosk page made itself: `blob:app://kiosk/…`. */
export const isKioskBlobUrl = (url: string): boolean =>
  url.startsWith('blob:') && isKioskUrl(url.slice('blob:'.length));

/**
 * The file name an export is saved under: no folder part, Latin letters, digits, dot, dash
 * and underscore only (accents dropped), a known extension; null when it is not an export.
 */
export function exportFileName(suggested: string): string | null {
  const name = basename(suggested.replaceAll('\\', '/'));
  const extension = extname(name).toLowerCase();
  if (!EXPORT_EXTENSIONS.has(extension)) return null;
  const stem = name
    .slice(0, name.length - extension.length)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[.-]+/, '')
    .slice(0, NAME_MAX_LENGTH);
  return `${stem || 'export'}${extension}`;
}

/** `name`, or `name-2`, `name-3`… : an earlier export is never overwritten. */
function freePath(dir: string, name: string, exists: (path: string) => boolean): string {
  const extension = extname(name);
  const stem = name.slice(0, name.length - extension.length);
  let candidate = join(dir, name);
  for (let n = 2; exists(candidate); n += 1) candidate = join(dir, `${stem}-${n}${extension}`);
  return candidate;
}

export function handleDownloads(session: DownloadSession, deps: DownloadPolicyDeps): void {
  const log = deps.log ?? console.log;
  const exportsDir = join(deps.dataDir, EXPORTS_FOLDER);
  session.on('will-download', (event, item) => {
    const url = item.getURL();
    const name = isKioskBlobUrl(url) ? exportFileName(item.getFilename()) : null;
    if (name === null) {
      event.preventDefault();
      log(`Download cancelled (not a console export): ${url.slice(0, 120)}`);
      return;
    }
    deps.makeDirectory(exportsDir);
    const path = freePath(exportsDir, name, deps.exists);
    item.setSavePath(path);
    item.once('done', (_event, state) =>
      log(
        state === 'completed'
          ? `Console export saved to ${path}`
          : `Console export ${state}: ${path}`,
      ),
    );
  });
}

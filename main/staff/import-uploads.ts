// The export files a secretary picked in the console, staged for the import engine: one private
// directory per kiosk process (0700, under the OS temp dir), one sub-directory per file so the
// engine's problems name the file as the secretary knows it. Files belong to the kiosk session
// that sent them and are deleted after apply, cancel, logout and idle reset (S-DATA-2: exports
// hold personal data and must not linger).
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IMPORT_FILE_MAX_BYTES, IMPORT_MAX_FILES } from '../../shared/import-view';
import { fail, ok, type Result } from '../../shared/result';

export interface StagedUpload {
  fileId: string;
  name: string;
  size: number;
  path: string;
}

export interface ImportUploads {
  stage(sessionId: string, name: string, contentBase64: string): Result<StagedUpload>;
  /** The staged paths of these ids, in order, or null when one is not (any more) staged. */
  pathsOf(sessionId: string, fileIds: readonly string[]): string[] | null;
  /** Deletes the session's staged files. */
  clear(sessionId: string): void;
  /** Deletes everything, the directory included (kiosk shutdown). */
  close(): void;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const MAX_NAME_LENGTH = 100;

/**
 * A file name safe on every OS, shown back to the secretary: the last path segment only, no
 * control or reserved characters, no leading dot, bounded length, the extension kept.
 */
export function sanitiseUploadName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  let safe = base
    .normalize('NFC')
    .replace(/[\p{Cc}<>:"|?*]/gu, '_')
    .replace(/^[.\s]+/, '')
    .trim();
  if (safe.length > MAX_NAME_LENGTH) {
    const dot = safe.lastIndexOf('.');
    const extension = dot > 0 && safe.length - dot <= 10 ? safe.slice(dot) : '';
    safe = safe.slice(0, MAX_NAME_LENGTH - extension.length) + extension;
  }
  return safe === '' ? 'fichier' : safe;
}

export function createImportUploads(
  options: { maxFileBytes?: number; parentDir?: string } = {},
): ImportUploads {
  const maxFileBytes = options.maxFileBytes ?? IMPORT_FILE_MAX_BYTES;
  let root: string | null = null;
  const bySession = new Map<string, Map<string, StagedUpload>>();

  const rootDir = (): string => {
    root ??= mkdtempSync(join(options.parentDir ?? tmpdir(), 'kiosk-import-'));
    return root;
  };

  const remove = (upload: StagedUpload) =>
    rmSync(join(upload.path, '..'), { recursive: true, force: true });

  return {
    stage(sessionId, name, contentBase64) {
      // Checked on the text first: a file far over the cap is never decoded.
      if (contentBase64.length > Math.ceil(maxFileBytes / 3) * 4) {
        return fail('IMPORT_FILE_TOO_LARGE', `The file is over ${maxFileBytes} bytes`);
      }
      if (!BASE64.test(contentBase64) || contentBase64.length % 4 !== 0) {
        return fail('IMPORT_FILE_INVALID', 'The file content is not base64');
      }
      const bytes = Buffer.from(contentBase64, 'base64');
      if (bytes.length > maxFileBytes) {
        return fail('IMPORT_FILE_TOO_LARGE', `The file is over ${maxFileBytes} bytes`);
      }
      if (bytes.length === 0) return fail('IMPORT_FILE_INVALID', 'The file is empty');
      const staged = bySession.get(sessionId) ?? new Map<string, StagedUpload>();
      if (staged.size >= IMPORT_MAX_FILES) {
        return fail('IMPORT_FILE_INVALID', `At most ${IMPORT_MAX_FILES} files may be staged`);
      }
      const fileId = randomUUID();
      const dir = join(rootDir(), fileId);
      mkdirSync(dir, { mode: 0o700 });
      const safeName = sanitiseUploadName(name);
      const path = join(dir, safeName);
      writeFileSync(path, bytes, { mode: 0o600, flag: 'wx' });
      const upload = { fileId, name: safeName, size: bytes.length, path };
      staged.set(fileId, upload);
      bySession.set(sessionId, staged);
      return ok(upload);
    },
    pathsOf(sessionId, fileIds) {
      const staged = bySession.get(sessionId);
      const paths: string[] = [];
      for (const id of fileIds) {
        const upload = staged?.get(id);
        if (!upload) return null;
        paths.push(upload.path);
      }
      return paths;
    },
    clear(sessionId) {
      const staged = bySession.get(sessionId);
      if (!staged) return;
      bySession.delete(sessionId);
      for (const upload of staged.values()) remove(upload);
    },
    close() {
      bySession.clear();
      if (root !== null) rmSync(root, { recursive: true, force: true });
      root = null;
    },
  };
}

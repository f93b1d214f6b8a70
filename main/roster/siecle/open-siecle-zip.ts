// The zips SIECLE's export tool produces (ExportXML_ElevesSansAdresses.zip …) hold one XML file.
// Entries are streamed out of the archive, never extracted to disk or inflated whole in memory.
import { basename } from 'node:path';
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import type { XmlSource } from './stream-xml-file';

// A real export is one entry of a few hundred MB at most (an académie's ~1 GB); anything far
// beyond, or inflating far more than XML does, is a zip bomb or not an export.
export const MAX_ZIP_ENTRIES = 16;
export const MAX_ZIP_ENTRY_BYTES = 4 * 1024 ** 3;
// XML compresses about 10–30×; deflate's own maximum is about 1032×.
export const MAX_ZIP_RATIO = 200;

export interface OpenedZip {
  /** One source per XML entry, named "archive.zip/entry.xml". */
  sources: XmlSource[];
  /** Why an entry was refused or the archive could not be read (English), fatal. */
  errors: string[];
  /** Entries left out that are not XML (English). */
  ignored: string[];
  close(): void;
}

const openZip = (path: string) =>
  new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(
      path,
      { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false },
      (error, zip) => (error ? reject(error) : resolve(zip)),
    ),
  );

const listEntries = (zip: yauzl.ZipFile) =>
  new Promise<yauzl.Entry[]>((resolve, reject) => {
    const entries: yauzl.Entry[] = [];
    zip.on('entry', (entry: yauzl.Entry) => {
      entries.push(entry);
      // Stop reading the directory early: the archive is refused anyway.
      if (entries.length > MAX_ZIP_ENTRIES) resolve(entries);
      else zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', reject);
    zip.readEntry();
  });

/** Why this entry cannot be read as an export, or null when it may be streamed. */
function refusalOf(entry: yauzl.Entry): string | null {
  if (entry.isEncrypted()) return 'is encrypted: export it again without a password';
  if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) {
    return `uses compression method ${entry.compressionMethod}, which is not supported (only stored or deflate)`;
  }
  if (entry.uncompressedSize > MAX_ZIP_ENTRY_BYTES) {
    return `would inflate to ${entry.uncompressedSize} bytes, more than any export (zip bomb?)`;
  }
  if (entry.uncompressedSize > Math.max(entry.compressedSize, 1) * MAX_ZIP_RATIO) {
    return `would inflate ${Math.round(entry.uncompressedSize / Math.max(entry.compressedSize, 1))} times, far more than XML does (zip bomb?)`;
  }
  return null;
}

/**
 * Opens a zip archive and lists its XML entries as sources. Never throws: an unreadable archive
 * or a refused entry is in `errors`. The caller closes it once the sources are read.
 */
export async function openSiecleZip(path: string): Promise<OpenedZip> {
  const archive = basename(path);
  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(path);
  } catch (error) {
    return {
      sources: [],
      errors: [`cannot read the zip archive: ${(error as Error).message}`],
      ignored: [],
      close: () => undefined,
    };
  }
  const close = () => zip.close();
  const errors: string[] = [];
  const ignored: string[] = [];
  let entries: yauzl.Entry[];
  try {
    entries = await listEntries(zip);
  } catch (error) {
    close();
    return {
      sources: [],
      errors: [`the zip archive is damaged or hostile: ${(error as Error).message}`],
      ignored: [],
      close: () => undefined,
    };
  }
  if (entries.length > MAX_ZIP_ENTRIES) {
    errors.push(`holds more than ${MAX_ZIP_ENTRIES} entries: not a SIECLE export`);
  }
  const sources: XmlSource[] = [];
  for (const entry of entries.slice(0, MAX_ZIP_ENTRIES)) {
    if (entry.fileName.endsWith('/')) continue; // a directory
    const name = `${archive}/${entry.fileName}`;
    if (!/\.xml$/i.test(entry.fileName)) {
      ignored.push(`${name}: not an XML file; ignored`);
      continue;
    }
    const refusal = refusalOf(entry);
    if (refusal !== null) {
      errors.push(`${entry.fileName} ${refusal}`);
      continue;
    }
    sources.push({
      name,
      location: { kind: 'zip', path, entry: entry.fileName },
      bytes: entry.uncompressedSize,
      open: () =>
        new Promise<Readable>((resolve, reject) =>
          zip.openReadStream(entry, (error, stream) => (error ? reject(error) : resolve(stream))),
        ),
    });
  }
  if (sources.length === 0 && errors.length === 0) {
    errors.push('holds no XML file: give the zip the SIECLE export tool produced');
  }
  return { sources, errors, ignored, close };
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const EMPTY_ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x05, 0x06]);

/** Whether these first bytes of a file are a zip archive's. */
export const looksLikeZip = (head: Buffer): boolean =>
  head.subarray(0, 4).equals(ZIP_MAGIC) || head.subarray(0, 4).equals(EMPTY_ZIP_MAGIC);

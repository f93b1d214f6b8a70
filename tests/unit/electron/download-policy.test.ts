// The session's 'will-download' policy: the console's CSV export is saved in <data>/exports/
// under a sanitised name, without a save dialog; any other download is cancelled.
import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportFileName, handleDownloads } from '../../../main/electron/download-policy';

class FakeItem extends EventEmitter {
  savePath: string | null = null;
  constructor(
    private readonly url: string,
    private readonly filename: string,
  ) {
    super();
  }
  getURL() {
    return this.url;
  }
  getFilename() {
    return this.filename;
  }
  setSavePath(path: string) {
    this.savePath = path;
  }
}

function setup(existing: string[] = []) {
  const session = new EventEmitter();
  const made: string[] = [];
  const logged: string[] = [];
  handleDownloads(session, {
    dataDir: '/var/lib/kiosque',
    makeDirectory: (path) => made.push(path),
    exists: (path) => existing.includes(path),
    log: (message) => logged.push(message),
  });
  const download = (url: string, filename: string) => {
    const item = new FakeItem(url, filename);
    let cancelled = false;
    session.emit('will-download', { preventDefault: () => (cancelled = true) }, item);
    return { item, cancelled };
  };
  return { download, made, logged };
}

const EXPORTS = join('/var/lib/kiosque', 'exports');

describe('downloads in the Electron kiosk', () => {
  it('saves the console export in the data folder, with no dialog', () => {
    const { download, made, logged } = setup();
    const { item, cancelled } = download(
      'blob:app://kiosk/7f9c1c52-1f7e-4a59-9d7e-08d0f0a8c2b1',
      'journal-audit-2026-12-06.csv',
    );
    expect(cancelled).toBe(false);
    expect(made).toEqual([EXPORTS]);
    expect(item.savePath).toBe(join(EXPORTS, 'journal-audit-2026-12-06.csv'));
    item.emit('done', {}, 'completed');
    expect(logged).toContain(`Console export saved to ${item.savePath}`);
  });

  it('never overwrites an earlier export', () => {
    const { download } = setup([join(EXPORTS, 'journal-audit-2026-12-06.csv')]);
    const { item } = download('blob:app://kiosk/1', 'journal-audit-2026-12-06.csv');
    expect(item.savePath).toBe(join(EXPORTS, 'journal-audit-2026-12-06-2.csv'));
  });

  it.each([
    ['a page of another origin', 'https://example.com/setup.exe', 'setup.exe'],
    ['a remote CSV', 'https://example.com/list.csv', 'list.csv'],
    ['a blob of another origin', 'blob:https://example.com/1', 'list.csv'],
    ['a file that is not an export', 'blob:app://kiosk/1', 'run.sh'],
  ])('cancels %s', (_what, url, filename) => {
    const { download, made } = setup();
    const { item, cancelled } = download(url, filename);
    expect(cancelled).toBe(true);
    expect(item.savePath).toBeNull();
    expect(made).toEqual([]);
  });

  it('keeps only a plain file name: no folder, no path trick, no odd characters', () => {
    expect(exportFileName('../../.bashrc.csv')).toBe('bashrc.csv');
    expect(exportFileName('..\\..\\Windows\\evil.csv')).toBe('evil.csv');
    expect(exportFileName('Élèves de 6e A.CSV')).toBe('Eleves-de-6e-A.csv');
    expect(exportFileName('.csv')).toBe(null);
    expect(exportFileName('journal.csv.exe')).toBe(null);
  });
});

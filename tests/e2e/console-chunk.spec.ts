// Issue 14, "Installed once, left alone": the parent screens load no console code. The console
// is a chunk of its own, fetched only once staff press the shortcut, and the start page's JS
// stays within its budget. Reads the built renderer (dist/renderer, as `npm run build` leaves it).
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test, expect } from './support/kiosk-test';
import { FR, heading, openKiosk, startActivation } from './support/activation-steps';
import { CONSOLE_FR, createFirstStaffAccount } from './support/console-steps';

interface RendererStartSize {
  START_PAGE_JS_BUDGET_BYTES: number;
  startPageScripts(rendererDir: string): { file: string; gzipBytes: number }[];
  lazyChunkFiles(rendererDir: string, source: string): string[];
}

const projectDir = resolve(import.meta.dirname, '..', '..');
const rendererDir = join(projectDir, 'dist', 'renderer');
const CONSOLE_SOURCE = 'src/console/ConsoleScreen.vue';

const loadScript = async (): Promise<RendererStartSize> =>
  (await import(
    pathToFileURL(join(projectDir, 'scripts', 'renderer-start-size.mjs')).href
  )) as RendererStartSize;

test("the start page's JS is at most 120 kB gzip, and none of it is the console's", async () => {
  const size = await loadScript();
  const scripts = size.startPageScripts(rendererDir);
  const consoleFiles = size.lazyChunkFiles(rendererDir, CONSOLE_SOURCE);
  expect(consoleFiles.length).toBeGreaterThan(0);
  expect(scripts.map((script) => script.file)).not.toEqual(
    expect.arrayContaining([consoleFiles[0]]),
  );
  const total = scripts.reduce((sum, script) => sum + script.gzipBytes, 0);
  expect(total).toBeLessThanOrEqual(size.START_PAGE_JS_BUDGET_BYTES);
});

test('the console chunk is fetched only after Ctrl+Alt+S, and the console works', async ({
  page,
  startKiosk,
}) => {
  const consoleFiles = (await loadScript()).lazyChunkFiles(rendererDir, CONSOLE_SOURCE);
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  const consoleRequested = () =>
    requested.filter((path) => consoleFiles.some((file) => path.endsWith(`/${file}`)));

  const kiosk = await startKiosk();
  await openKiosk(page, kiosk.url);
  // A parent's way through several screens loads scripts, but none of the console's.
  await startActivation(page);
  await page.getByLabel(FR.identity.lastName, { exact: true }).fill('Dupont');
  expect(requested.some((path) => path.endsWith('.js'))).toBe(true);
  expect(consoleRequested()).toEqual([]);

  await page.keyboard.press('Control+Alt+KeyS');
  await createFirstStaffAccount(page, kiosk);
  await expect(heading(page, CONSOLE_FR.searchTitle)).toBeVisible();
  expect(consoleRequested().length).toBeGreaterThan(0);
});

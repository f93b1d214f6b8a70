// architecture.md's layering and S-EL-5 are enforced by the project's ESLint config: a wrong
// import in the wrong folder fails `npm test`. Each case lints a line as if it were in a file of
// that folder.
import { readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedRules(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const used = probe;\n`, { filePath });
  return (result?.messages ?? [])
    .map((m) => m.ruleId ?? m.message)
    .filter((rule) => rule.startsWith('no-restricted'));
}

describe('layering rules (architecture.md) and S-EL-5', () => {
  it.each([
    ['shared/example.ts', "import probe from 'node:fs';"],
    ['shared/example.ts', "import probe from '../main/config/kiosk-config';"],
    ['main/flows/example.ts', "import probe from 'electron';"],
    ['main/flows/example.ts', "import probe from '../../renderer/src/i18n/fr';"],
    ['preload/example.ts', "import probe from 'better-sqlite3';"],
    ['renderer/src/example.ts', "import probe from '../../main/core/create-kiosk-core';"],
    ['renderer/src/example.ts', "import probe from 'axios';"],
    ['main/electron/example.ts', "import { shell as probe } from 'electron';"],
    [
      'main/app/example.ts',
      'const probe = (x: { openExternal(u: string): void }) => x.openExternal("u");',
    ],
  ])('%s: refuses %s', async (filePath, code) => {
    expect(await restrictedRules(filePath, code)).not.toEqual([]);
  });

  it.each([
    ['main/electron/example.ts', "import { BrowserWindow as probe } from 'electron';"],
    ['main/flows/example.ts', "import probe from '../../shared/result';"],
    ['renderer/src/example.ts', "import probe from '../../shared/result';"],
    ['preload/example.ts', "import { contextBridge as probe } from 'electron';"],
  ])('%s: allows %s', async (filePath, code) => {
    expect(await restrictedRules(filePath, code)).toEqual([]);
  });
});

// Issue 12: inside main/, a folder imports only from its own layer or lower ones (MAIN_LAYERS:
// foundations < records < accounts/sms/roster < flows/desk/staff/demo < core/ipc < app < hosts).
describe('main/ layers: lower folders cannot import upper ones', () => {
  it.each([
    ['main/accounts/example.ts', "import probe from '../flows/engine/flow-repository';"],
    ['main/sms/example.ts', "import probe from '../flows/sms-code-step/code-sender';"],
    ['main/policy/example.ts', "import probe from '../accounts/login-throttle';"],
    ['main/database/example.ts', "import probe from '../journal/journal';"],
    ['main/roster/example.ts', "import probe from '../desk/desk-handlers';"],
    ['main/flows/activation/example.ts', "import probe from '../../core/create-kiosk-core';"],
    ['main/accounts/example.ts', "import probe from '../ipc/dispatch-ipc-call';"],
    ['main/core/example.ts', "import probe from '../app/compose-kiosk';"],
    ['main/app/example.ts', "import probe from '../browser-host/browser-host';"],
    // The roster sits below the desk (issue 12 item 4: the import no longer reads main/desk/).
    ['main/roster/roster-import.ts', "import probe from '../desk/mobile-corrections';"],
    // The main/ rules still hold in a layered folder.
    ['main/accounts/example.ts', "import probe from 'electron';"],
  ])('%s: refuses %s', async (filePath, code) => {
    expect(await restrictedRules(filePath, code)).not.toEqual([]);
  });

  it.each([
    [
      'main/accounts/example.ts',
      "import type { CallContext as probe } from '../ipc/ipc-handlers';",
    ],
    ['main/flows/activation/example.ts', "import probe from '../../accounts/login-service';"],
    ['main/sms/example.ts', "import probe from '../policy/security-limits';"],
    ['main/staff/example.ts', "import probe from '../desk/desk-handlers';"],
    ['main/core/example.ts', "import probe from '../ipc/dispatch-ipc-call';"],
  ])('%s: allows %s', async (filePath, code) => {
    expect(await restrictedRules(filePath, code)).toEqual([]);
  });

  it('places every folder of main/ in exactly one layer', async () => {
    // eslint.config.js is plain JavaScript: its layers are read as data.
    const config = pathToFileURL('eslint.config.js').href;
    const { MAIN_LAYERS } = (await import(config)) as { MAIN_LAYERS: string[][] };
    const folders = readdirSync('main', { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(MAIN_LAYERS.flat().sort()).toEqual(folders);
  });
});

// The sync hub (docs/developers/sync.md, "The hub's code"): hub/ imports shared/ and its own
// folders in layer order (HUB_LAYERS), never the kiosk's main/, the renderer, preload or tests.
describe('hub/ layers', () => {
  it.each([
    ['hub/sync/example.ts', "import probe from '../../main/journal/journal';"],
    ['hub/http/example.ts', "import probe from '../../main/sync/sync-service';"],
    ['hub/cli/example.ts', "import probe from '../../renderer/src/i18n/fr';"],
    ['hub/database/example.ts', "import probe from '../../tests/support/throwaway-postgres';"],
    ['hub/directory/example.ts', "import probe from 'better-sqlite3';"],
    ['hub/database/example.ts', "import probe from '../sync/push-batch';"],
    ['hub/sync/example.ts', "import probe from '../directory/authenticate-kiosk';"],
    ['hub/directory/example.ts', "import probe from '../http/hub-server';"],
    ['hub/http/example.ts', "import probe from '../cli/serve-hub';"],
  ])('%s: refuses %s', async (filePath, code) => {
    expect(await restrictedRules(filePath, code)).not.toEqual([]);
  });

  it.each([
    ['hub/sync/example.ts', "import probe from '../../shared/sync/sync-protocol';"],
    ['hub/sync/example.ts', "import probe from '../database/in-hub-transaction';"],
    ['hub/directory/example.ts', "import probe from '../sync/school-lock';"],
    ['hub/http/example.ts', "import probe from '../directory/authenticate-kiosk';"],
    ['hub/cli/example.ts', "import probe from '../http/hub-server';"],
    ['hub/cli/example.ts', "import probe from 'node:fs';"],
  ])('%s: allows %s', async (filePath, code) => {
    expect(await restrictedRules(filePath, code)).toEqual([]);
  });

  it('places every folder of hub/ in exactly one layer', async () => {
    const config = pathToFileURL('eslint.config.js').href;
    const { HUB_LAYERS } = (await import(config)) as { HUB_LAYERS: string[][] };
    const layered = HUB_LAYERS.flat();
    expect(new Set(layered).size).toBe(layered.length);
    const folders = readdirSync('hub', { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    for (const folder of folders) expect(layered).toContain(folder);
  });
});

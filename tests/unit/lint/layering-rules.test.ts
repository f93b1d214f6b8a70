// architecture.md's layering and S-EL-5 are enforced by the project's ESLint config: a wrong
// import in the wrong folder fails `npm test`. Each case lints a line as if it were in a file of
// that folder.
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

// electron-builder.yml, read with electron-builder's own YAML reader (js-yaml) and checked
// against electron-builder's own schema (app-builder-lib/scheme.json) with ajv, so a setting it
// would reject or ignore fails here, where no Electron binary is needed. Which files end up in
// the package is checked with electron-builder's own file matcher.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { SIECLE_STAGE_WORKER_FILE } from '../../../main/roster/siecle/stage-siecle-in-worker';

const root = resolve(__dirname, '..', '..', '..');
const builderRequire = createRequire(require.resolve('app-builder-lib/package.json'));
const yaml = builderRequire('js-yaml') as { load(text: string): unknown };

interface FileMatcherLike {
  createFilter(): (file: string, stat: FakeStat) => boolean;
}
interface FakeStat {
  isDirectory(): boolean;
  moduleFullFilePath?: string;
}
const { FileMatcher } = builderRequire('./out/fileMatcher') as {
  FileMatcher: new (
    from: string,
    to: string,
    macroExpander: (s: string) => string,
    patterns: string[],
  ) => FileMatcherLike;
};

interface BuilderConfig {
  files: string[];
  asar: boolean;
  asarUnpack: string[];
  npmRebuild: boolean;
  electronFuses: Record<string, boolean>;
  directories: { output: string; buildResources: string };
  linux: { target: string[]; executableName: string; category: string; maintainer: string };
  deb: { fpm: string[] };
  win: { target: string[] };
  nsis: { oneClick: boolean; perMachine: boolean; include: string };
  appId: string;
  productName: string;
}

const configText = readFileSync(join(root, 'electron-builder.yml'), 'utf8');
const config = yaml.load(configText) as BuilderConfig;
const schema = JSON.parse(readFileSync(builderRequire.resolve('./scheme.json'), 'utf8')) as Record<
  string,
  unknown
>;
const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);

const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  main: string;
};

/** The main files matcher, as electron-builder builds it from `files` (its own defaults aside). */
const shipsFile = (path: string): boolean =>
  new FileMatcher(root, '/app', (s) => s, config.files).createFilter()(join(root, path), {
    isDirectory: () => false,
  });

/** The node_modules matcher: electron-builder keeps only the exclusions of `files`, after all. */
const shipsModuleFile = (path: string): boolean =>
  new FileMatcher(root, '/app', (s) => s, [
    '**/*',
    ...config.files.filter((pattern) => pattern.startsWith('!')),
  ]).createFilter()(join(root, path), { isDirectory: () => false, moduleFullFilePath: path });

describe('electron-builder.yml', () => {
  it("is valid against electron-builder's own schema", () => {
    expect(validate(config), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('would reject a misspelt setting (the schema check is not a formality)', () => {
    const misspelt = { ...config, electronFuses: { ...config.electronFuses, runAsnode: false } };
    expect(validate(misspelt)).toBe(false);
    expect(validate({ ...config, asarUnpak: ['x'] })).toBe(false);
  });

  it('sets the fuses of S-EL-6', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('ships what the Electron app runs, and neither the CLIs, the browser host nor source maps', () => {
    for (const shipped of [
      packageJson.main,
      'dist/preload/preload.cjs',
      `dist/main/${SIECLE_STAGE_WORKER_FILE}`,
      'dist/renderer/index.html',
      'dist/renderer/assets/index-abc123.js',
      'package.json',
    ]) {
      expect(shipsFile(shipped), shipped).toBe(true);
    }
    for (const left of [
      'dist/main/roster-cli.cjs',
      'dist/main/config-cli.cjs',
      'dist/main/browser-host.cjs',
      'dist/main/electron-main.cjs.map',
      'dist/renderer/assets/index-abc123.js.map',
      'main/electron/electron-main.ts',
    ]) {
      expect(shipsFile(left), left).toBe(false);
    }
  });

  it('does not ship a second copy of the dependencies esbuild has bundled', () => {
    for (const native of [
      'node_modules/better-sqlite3/lib/database.js',
      'node_modules/better-sqlite3/build/Release/better_sqlite3.node',
      'node_modules/bindings/bindings.js',
      'node_modules/file-uri-to-path/index.js',
      'node_modules/keytar/build/Release/keytar.node',
    ]) {
      expect(shipsModuleFile(native), native).toBe(true);
    }
    for (const bundled of [
      'node_modules/axios/index.js',
      'node_modules/zod/index.js',
      'node_modules/vue/index.js',
      'node_modules/@vue/shared/index.js',
      'node_modules/prebuild-install/index.js',
    ]) {
      expect(shipsModuleFile(bundled), bundled).toBe(false);
    }
  });

  it('packs an asar, with the native modules and the import worker unpacked from it', () => {
    expect(config.asar).toBe(true);
    expect(config.npmRebuild).toBe(true);
    expect(config.asarUnpack).toEqual(
      expect.arrayContaining([
        'node_modules/better-sqlite3/**',
        'node_modules/keytar/**',
        'node_modules/bindings/**',
        'node_modules/file-uri-to-path/**',
        `dist/main/${SIECLE_STAGE_WORKER_FILE}`,
      ]),
    );
  });

  it('makes the .deb start the kiosk at every log-in (system-wide XDG autostart)', () => {
    expect(config.linux.target[0]).toBe('deb');
    const mapping = config.deb.fpm.find((arg) => arg.includes('=/etc/xdg/autostart/'));
    expect(mapping).toBeDefined();
    const [source] = (mapping ?? '').split('=');
    const entry = readFileSync(join(root, source ?? ''), 'utf8');
    expect(entry).toMatch(/^\[Desktop Entry\]$/m);
    expect(entry).toMatch(/^Type=Application$/m);
    // The .deb links /usr/bin/<executableName> to the app.
    expect(entry).toMatch(new RegExp(`^Exec=/usr/bin/${config.linux.executableName}$`, 'm'));
  });

  it('makes the per-machine NSIS installer add a start-up entry, removed on uninstall', () => {
    expect(config.win.target).toEqual(['nsis']);
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: true });
    const script = join(root, config.nsis.include);
    expect(existsSync(script)).toBe(true);
    const text = readFileSync(script, 'utf8');
    const run = 'HKLM "Software\\Microsoft\\Windows\\CurrentVersion\\Run" "KiosqueActivation"';
    expect(text).toMatch(/!macro customInstall\s+WriteRegStr /);
    expect(text).toContain(`WriteRegStr ${run} '"$INSTDIR\\\${APP_EXECUTABLE_FILENAME}"'`);
    expect(text).toMatch(/!macro customUnInstall[\s\S]*DeleteRegValue /);
    expect(text).toContain(`DeleteRegValue ${run}`);
  });

  it('names the app and writes the packages to release/', () => {
    expect(config.appId).toBe('fr.kiosque.activation');
    expect(config.productName).toBeTruthy();
    expect(config.directories.output).toBe('release');
    expect(config.linux.category).toBe('Education');
    expect(config.linux.maintainer).toBeTruthy();
  });
});

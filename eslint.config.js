// Flat ESLint config. The layering rules below enforce ../shared/docs/architecture.md:
// shared/ is pure, only main/electron/ touches Electron, the renderer reaches the main process
// only through the preload bridge, and inside main/ a folder imports only from its own layer or
// lower ones (MAIN_LAYERS).
import tseslint from 'typescript-eslint';
import pluginVue from 'eslint-plugin-vue';
import prettierConfig from 'eslint-config-prettier';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const serverOnlyPackages = ['better-sqlite3', 'axios', 'saxes', 'iconv-lite', 'keytar'];

const NO_OUTSIDE = 'S-EL-5: a kiosk opens nothing outside itself (no shell.openExternal).';

/**
 * The layers of main/, lowest first: a folder may import from its own layer and the ones before
 * it, never from a later one. shared/ is below them all. main/ipc/ipc-handlers.ts is the handler
 * contract (plain types over shared/): every layer may import it; the rest of main/ipc/ is the
 * call pipeline, in the core layer.
 */
export const MAIN_LAYERS = [
  ['platform', 'database', 'config', 'policy', 'security', 'matching'], // foundations
  ['journal', 'sessions', 'secrets', 'renderer-files'], // records and stores
  ['accounts', 'sms', 'roster'], // domain services
  ['flows', 'desk', 'staff', 'demo', 'printing', 'sync'], // the areas people use, the sync
  ['core', 'ipc'], // the kiosk core and its call pipeline
  ['app'], // composition
  ['electron', 'browser-host', 'cli'], // hosts
];

/**
 * The layers of hub/ (the sync hub, a Node service on PostgreSQL), lowest first, as for main/.
 * hub/ imports shared/ and its own folders, never main/, renderer/, preload/ or tests/.
 */
export const HUB_LAYERS = [
  ['errors', 'database', 'local'], // foundations
  ['sync', 'rules'], // push and pull, the hub's decisions on pushed events
  ['directory'], // schools, enrolment, kiosks and their credentials
  ['http'], // the endpoints
  ['cli'], // hosts: serve, administration, the local hub
];

const HUB_BASE_MESSAGE =
  'hub/ imports shared/ and its own folders only (never main/, renderer/, preload/ or tests/).';

/** The rule for a folder of hub/ at layer `index`: the hub's base rule, and no later layer. */
function hubLayerRule(index) {
  return {
    'no-restricted-imports': [
      'error',
      {
        paths: ['electron', 'vue', 'pinia', 'better-sqlite3', 'keytar'].map((name) => ({
          name,
          message: HUB_BASE_MESSAGE,
        })),
        patterns: [
          {
            group: ['**/main/**', '**/renderer/**', '**/preload/**', '**/tests/**'],
            message: HUB_BASE_MESSAGE,
          },
          ...HUB_LAYERS.slice(index + 1)
            .flat()
            .map((folder) => ({
              regex: `^(\\.\\./)+${folder}(/|$)`,
              message: `hub/${folder}/ is a later layer than this folder (HUB_LAYERS in eslint.config.js).`,
            })),
        ],
      },
    ],
  };
}

/** A relative import that reaches main/<folder>/ (main/ipc/ipc-handlers excepted). */
const importOf = (folder) =>
  folder === 'ipc' ? '^(\\.\\./)+ipc/(?!ipc-handlers$)' : `^(\\.\\./)+${folder}(/|$)`;

const mainBaseRule = {
  message: 'Only main/electron/ may import electron; main/ never imports the renderer or preload.',
  paths: ['electron', 'vue', 'pinia'],
  patterns: ['**/renderer/**', '**/preload/**'],
};

/** The rule for a folder of layer `index`: the main/ base rule, and no later layer. */
function mainLayerRule(index, allowed = []) {
  const upper = MAIN_LAYERS.slice(index + 1)
    .flat()
    .filter((folder) => !allowed.includes(folder));
  return {
    'no-restricted-imports': [
      'error',
      {
        paths: mainBaseRule.paths.map((name) => ({ name, message: mainBaseRule.message })),
        patterns: [
          ...mainBaseRule.patterns.map((group) => ({
            group: [group],
            message: mainBaseRule.message,
          })),
          ...upper.map((folder) => ({
            regex: importOf(folder),
            message: `main/${folder}/ is a later layer than this folder (MAIN_LAYERS in eslint.config.js).`,
          })),
        ],
      },
    ],
  };
}

const layer = (message, { paths = [], patterns = [] }) => ({
  'no-restricted-imports': [
    'error',
    {
      paths: paths.map((name) => ({ name, message })),
      patterns: patterns.map((group) => ({ group: [group], message })),
    },
  ],
});

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'vue/multi-word-component-names': 'off',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: layer('shared/ is plain TypeScript: no runtime APIs, no other project folder.', {
      paths: [...nodeBuiltins, 'electron', 'vue', 'pinia', ...serverOnlyPackages],
      patterns: ['**/main/**', '**/renderer/**', '**/preload/**', 'node:*'],
    }),
  },
  {
    files: ['main/**/*.ts'],
    ignores: ['main/electron/**'],
    rules: layer(mainBaseRule.message, mainBaseRule),
  },
  ...MAIN_LAYERS.flatMap((folders, index) =>
    folders
      .filter((folder) => folder !== 'electron')
      .map((folder) => ({ files: [`main/${folder}/**/*.ts`], rules: mainLayerRule(index) })),
  ),
  ...HUB_LAYERS.flatMap((folders, index) =>
    folders.map((folder) => ({ files: [`hub/${folder}/**/*.ts`], rules: hubLayerRule(index) })),
  ),
  {
    files: ['main/electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', importNames: ['shell'], message: NO_OUTSIDE }],
          patterns: [
            {
              group: ['**/renderer/**', '**/preload/**'],
              message: 'main/ never imports the renderer or preload.',
            },
          ],
        },
      ],
    },
  },
  {
    // S-EL-5, whatever the variable is called.
    files: ['main/**/*.ts', 'preload/**/*.ts'],
    rules: {
      'no-restricted-properties': ['error', { property: 'openExternal', message: NO_OUTSIDE }],
    },
  },
  {
    files: ['preload/**/*.ts'],
    rules: layer('preload/ imports shared/ and electron only.', {
      paths: [...nodeBuiltins, ...serverOnlyPackages, 'vue', 'pinia'],
      patterns: ['**/main/**', '**/renderer/**', 'node:*'],
    }),
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.vue'],
    rules: layer('The renderer talks to the main process only through the preload bridge.', {
      paths: [...nodeBuiltins, 'electron', ...serverOnlyPackages],
      patterns: ['**/main/**', '**/preload/**', 'node:*'],
    }),
  },
  prettierConfig,
);

// The tests that need a real OS keychain (tests/keychain/): run by `npm run test:keychain`
// inside a throwaway D-Bus session with gnome-keyring (scripts/with-test-keychain.mjs).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/keychain/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
  },
});

import { defineConfig } from '@playwright/test';

// Debian's Chromium: Playwright's own browser download cannot work on these machines.
const executablePath = process.env.KIOSK_CHROMIUM ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: 'list',
  use: {
    locale: 'fr-FR',
    viewport: { width: 1920, height: 1080 },
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
        '--disable-quic',
      ],
    },
    trace: 'retain-on-failure',
  },
  // The page-reload specs take minutes on their own: listed first, they start on one worker
  // while the other worker runs everything else, instead of adding their time at the end.
  projects: [
    { name: 'long', testMatch: 'page-reloads.spec.ts' },
    { name: 'kiosk', testIgnore: 'page-reloads.spec.ts' },
  ],
});

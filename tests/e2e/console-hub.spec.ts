// Réglages → « Synchronisation avec le hub » as a secretary meets it on the browser host: the
// enrolment form, its refusals next to the field they are about (focus there, axe-clean); then,
// against a real local hub (its HTTP server on a throwaway PostgreSQL), the enrolment with the
// administrator's code, the first successful sync, and the hub gone quiet said in words.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { button, expectNoAxeViolations, heading, openKiosk } from './support/activation-steps';
import {
  CONSOLE_FR,
  createFirstStaffAccount,
  openSection,
  tapConsoleCorner,
} from './support/console-steps';
import { startKioskHost } from './support/kiosk-host';
import { addTestSchool, enrolmentCodeFor, freshHubDatabase } from '../support/hub-fixture';
import { startTestHub } from '../support/test-hub-server';
import { startThrowawayPostgres } from '../support/throwaway-postgres';

const HUB_SECTION = 'Synchronisation avec le hub';

/** A loopback port nothing listens on: a hub that does not answer. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (typeof address !== 'object' || address === null) throw new Error('no port');
  return address.port;
}

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });

test('a secretary meets the hub’s enrolment form in Réglages: refusals next to the address, nothing enrolled', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const dataDir = mkdtempSync(join(tmpdir(), 'kiosk-e2e-hub-form-'));
  // A keychain that works: enrolment checks it before it calls the hub, so without one every
  // enrolment is refused for the keychain whatever the address.
  const keychainDir = mkdtempSync(join(tmpdir(), 'kiosk-e2e-hub-form-keyring-'));
  const host = await startKioskHost({ KIOSK_NAME: 'Kiosque du hall' }, { dataDir, keychainDir });
  try {
    await openKiosk(page, host.url);
    await tapConsoleCorner(page);
    await createFirstStaffAccount(page, host);
    await openSection(page, CONSOLE_FR.sections.settings);
    await expect(heading(page, HUB_SECTION)).toBeVisible();
    await expect(field(page, 'Nom de ce poste')).toHaveValue('Kiosque du hall');
    await expectNoAxeViolations(page, 'hub enrolment form');

    // S-SYNC-3: plain http:// to another machine is refused before anything leaves the kiosk.
    await field(page, 'Adresse du hub').fill('http://hub.exemple.fr');
    await field(page, 'Code d’inscription').fill('ABCDEFGHJKMNPQRS');
    await button(page, 'Relier ce poste au hub').click();
    const address = field(page, 'Adresse du hub');
    await expect(address).toHaveAttribute('aria-invalid', 'true');
    await expect(address).toBeFocused();
    await expect(page.getByRole('alert')).toContainText('doit commencer par https://');
    await expectNoAxeViolations(page, 'hub enrolment refused');

    await address.fill(`https://127.0.0.1:${await closedPort()}`);
    await button(page, 'Relier ce poste au hub').click();
    await expect(page.getByRole('alert')).toContainText('Le hub ne répond pas à cette adresse');
    await expect(address).toBeFocused();

    // A code too short to be one is said on the code's field.
    await field(page, 'Code d’inscription').fill('ABC');
    await button(page, 'Relier ce poste au hub').click();
    await expect(field(page, 'Code d’inscription')).toHaveAttribute('aria-invalid', 'true');
    await expect(address).not.toHaveAttribute('aria-invalid', 'true');
    await expect(button(page, 'Synchroniser maintenant')).toHaveCount(0);
  } finally {
    await host.stop();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(keychainDir, { recursive: true, force: true });
  }
});

// The browser host's demo school: the hub serves the school the kiosk holds.
const DEMO_SCHOOL = '0000000D';

test('a secretary enrols the kiosk from Réglages against a real local hub and sees « Dernière synchronisation réussie »', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const postgres = await startThrowawayPostgres();
  const dataDir = mkdtempSync(join(tmpdir(), 'kiosk-e2e-hub-'));
  const keychainDir = mkdtempSync(join(tmpdir(), 'kiosk-e2e-hub-keyring-'));
  const { pool } = await freshHubDatabase(postgres);
  let hub = null as Awaited<ReturnType<typeof startTestHub>> | null;
  let host = null as Awaited<ReturnType<typeof startKioskHost>> | null;
  try {
    await addTestSchool(pool, DEMO_SCHOOL);
    hub = await startTestHub(pool);
    // What the hub's administrator gives the school (the hub CLI prints it so).
    const code = await enrolmentCodeFor(pool, DEMO_SCHOOL);
    host = await startKioskHost({ KIOSK_NAME: 'Kiosque du hall' }, { dataDir, keychainDir });

    await openKiosk(page, host.url);
    await tapConsoleCorner(page);
    await createFirstStaffAccount(page, host);
    await openSection(page, CONSOLE_FR.sections.settings);
    await expect(heading(page, HUB_SECTION)).toBeVisible();

    // http:// is accepted to this machine only (S-SYNC-3): the local hub listens on loopback.
    await field(page, 'Adresse du hub').fill(hub.url);
    await field(page, 'Code d’inscription').fill(code);
    await button(page, 'Relier ce poste au hub').click();

    await expect(page.locator('[data-hub-notice]')).toHaveText(
      'Ce poste est relié au hub. Il s’y synchronise désormais tout seul.',
    );
    await expect(heading(page, HUB_SECTION)).toBeFocused();
    // The first sync starts at once; the section reads the state again every few seconds.
    await expect(page.locator('[data-sync-line="last-success"]')).toHaveText(
      /^Dernière synchronisation réussie : aujourd’hui à \d{1,2} h \d{2}\.$/u,
      { timeout: 30_000 },
    );
    await expect(page.locator('[data-sync-line="waiting"]')).toHaveText(
      'Toutes les modifications de ce poste ont été envoyées au hub.',
    );
    await expect(page.locator('[data-conflicts="none"]')).toHaveText('Aucun conflit à examiner.');
    await expect(page.getByText(`École ${DEMO_SCHOOL} (${DEMO_SCHOOL})`)).toBeVisible();
    await expectNoAxeViolations(page, 'hub enrolled');

    // The hub goes quiet: « Synchroniser maintenant » says so, and since when.
    await hub.close();
    hub = null;
    await button(page, 'Synchroniser maintenant').click();
    await expect(page.locator('[data-sync-line="failing"]')).toHaveText(
      /^Le hub ne répond pas depuis \d{1,2} h \d{2}\.$/u,
    );
    await expect(page.locator('[data-sync-line="advice"]')).toContainText(
      'Le poste continue de fonctionner seul',
    );
    await expect(page.locator('[data-sync-line="last-success"]')).toContainText(
      'Dernière synchronisation réussie : aujourd’hui à',
    );
    await expectNoAxeViolations(page, 'hub unreachable');
  } finally {
    await host?.stop();
    await hub?.close();
    await pool.end();
    await postgres.stop();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(keychainDir, { recursive: true, force: true });
  }
});

// Réglages → « Synchronisation avec le hub » as a secretary meets it on the browser host: the
// enrolment form, its refusals next to the field they are about (focus there, axe-clean).
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
  const host = await startKioskHost({ KIOSK_NAME: 'Kiosque du hall' }, { dataDir });
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
  }
});

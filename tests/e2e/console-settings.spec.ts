// The console's Settings as a school's IT person uses them (issue 3 "Settings", issue 4): choose
// Brevo and point it at the loopback fake, type its API key (into a real, throwaway OS keychain,
// never shown again, S-DATA-1), restart as the screen says, send one test SMS, then read the
// last error after a send the provider refuses. axe on each screen.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { startFakeBrevo } from '../fakes/fake-brevo';
import { button, expectNoAxeViolations, heading, openKiosk } from './support/activation-steps';
import {
  CONSOLE_FR,
  createFirstStaffAccount,
  openSection,
  staffLogin,
  tapConsoleCorner,
} from './support/console-steps';
import { startKioskHost } from './support/kiosk-host';

const API_KEY = 'xkeysib-e2e-0123456789abcdef';
const SETTINGS = 'Réglages du kiosque';

test('a secretary sets Brevo up in the console: key in the keychain, restart, one test SMS, then the last error', async ({
  page,
}) => {
  // Two starts with scrypt at full cost and axe on three screens.
  test.setTimeout(180_000);
  const fake = await startFakeBrevo({ apiKey: API_KEY });
  const dataDir = mkdtempSync(join(tmpdir(), 'kiosk-e2e-settings-'));
  const keychainDir = mkdtempSync(join(tmpdir(), 'kiosk-e2e-keyring-'));
  const start = () => startKioskHost({}, { dataDir, keychainDir });
  try {
    let host = await start();
    try {
      await openKiosk(page, host.url);
      await tapConsoleCorner(page);
      await createFirstStaffAccount(page, host);
      await openSection(page, CONSOLE_FR.sections.settings);
      await expect(heading(page, SETTINGS)).toBeVisible();
      await expect(page.locator('[data-running-provider]')).toHaveText(
        'Démonstration (aucun vrai SMS)',
      );
      await expectNoAxeViolations(page, 'console settings');

      // One question per screen: name, code validity, idle delay kept as they are.
      await button(page, 'Modifier les réglages').click();
      for (let i = 0; i < 3; i++) await button(page, 'Continuer').click();
      // The parents' login address for the identifier letter: https only.
      const loginUrl = page.getByLabel('Adresse de connexion des parents', { exact: true });
      await loginUrl.fill('http://ent.college.fr');
      await button(page, 'Continuer').click();
      await button(page, 'Brevo').click();
      await button(page, 'Continuer').click();
      await page.getByLabel('Expéditeur affiché', { exact: true }).fill('COLLEGE');
      await page.getByLabel('Adresse de l’API Brevo', { exact: true }).fill(fake.url);
      await expectNoAxeViolations(page, 'Brevo settings');
      await button(page, 'Continuer').click();
      await expect(button(page, 'Aucun')).toHaveAttribute('aria-pressed', 'true');
      await button(page, 'Continuer').click();
      await expect(page.locator('[data-summary="provider"]')).toHaveText('Brevo');
      await button(page, 'Enregistrer').click();
      // Refused: back to its question, with a French sentence; then an https address.
      await expect(loginUrl).toBeVisible();
      await expect(
        page.getByText('Saisissez une adresse complète commençant par https://'),
      ).toBeVisible();
      await loginUrl.fill('https://ent.college.fr');
      for (let i = 0; i < 4; i++) await button(page, 'Continuer').click();
      await expect(page.locator('[data-summary="loginUrl"]')).toHaveText('https://ent.college.fr');
      await button(page, 'Enregistrer').click();
      await expect(page.getByText('Réglages enregistrés.')).toContainText('prochain démarrage');
      await button(page, 'Terminer').click();
      await expect(page.locator('[data-restart-needed]')).toBeVisible();

      // The key: write-only, shown only as "définie".
      const secret = page.locator('[data-secret="brevo-api-key"]');
      await expect(secret.locator('[data-secret-state]')).toHaveText('non définie');
      await page.getByLabel('Nouvelle valeur : Clé d’API Brevo', { exact: true }).fill(API_KEY);
      await button(page, 'Enregistrer la clé').click();
      await expect(secret.locator('[data-secret-state]')).toHaveText('définie');
      await expect(
        page.getByLabel('Nouvelle valeur : Clé d’API Brevo', { exact: true }),
      ).toHaveValue('');
      expect(await page.content()).not.toContain(API_KEY);
      await expectNoAxeViolations(page, 'SMS gateway keys');
    } finally {
      await host.stop();
    }
    expect(host.output()).not.toContain(API_KEY);

    // The next start: the saved settings and the key from the keychain are in service.
    host = await start();
    try {
      await openKiosk(page, host.url);
      await tapConsoleCorner(page);
      await staffLogin(page);
      await openSection(page, CONSOLE_FR.sections.settings);
      await expect(page.locator('[data-running-provider]')).toHaveText('Brevo');
      await expect(page.locator('[data-restart-needed]')).toHaveCount(0);
      await expect(page.locator('[data-last-error="none"]')).toBeVisible();

      const mobile = page.getByLabel('Numéro de portable pour le test', { exact: true });
      await mobile.fill('06 12 34 56 78');
      await button(page, 'Envoyer un SMS de test').click();
      await expect(page.locator('[data-test-outcome="sent"]')).toContainText(
        'SMS de test envoyé par Brevo',
      );
      expect(fake.received).toHaveLength(1);
      expect(fake.received[0]?.to).toBe('33612345678');
      expect(fake.received[0]?.sender).toBe('COLLEGE');

      // …0402: Brevo answers 402 not_enough_credits.
      await mobile.fill('06 12 34 04 02');
      await button(page, 'Envoyer un SMS de test').click();
      await expect(page.locator('[data-test-outcome="failed"]')).toContainText(
        'Crédit de SMS épuisé',
      );
      const lastError = page.locator('[data-last-error]');
      await expect(lastError.locator('[data-last-error-kind]')).toContainText(
        'Crédit de SMS épuisé',
      );
      await expect(lastError.locator('code')).toContainText(/brevo/i);
      expect(fake.received).toHaveLength(1);
      await expectNoAxeViolations(page, 'SMS last error and test');
    } finally {
      await host.stop();
    }
  } finally {
    await fake.close();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(keychainDir, { recursive: true, force: true });
  }
});

test('without an OS keychain the key is refused with a French message and stored nowhere', async ({
  page,
}) => {
  test.setTimeout(120_000);
  // No session bus: libsecret finds no keychain, as on a machine without one.
  const host = await startKioskHost({
    DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/bus',
    DISPLAY: '',
    KIOSK_SMS_PROVIDER: 'brevo',
    KIOSK_SMS_SENDER: 'COLLEGE',
    KIOSK_BREVO_API_KEY: 'from-the-environment',
    KIOSK_PASSWORD_PEPPER: 'e2e-pepper-0123456789-abcdefghijklmnopqrstuvwxyz',
  });
  try {
    await openKiosk(page, host.url);
    await tapConsoleCorner(page);
    await createFirstStaffAccount(page, host);
    await openSection(page, CONSOLE_FR.sections.settings);
    await expect(page.getByText('Ce poste n’a pas de trousseau de clés sécurisé')).toBeVisible();
    await page.getByLabel('Nouvelle valeur : Clé d’API Brevo', { exact: true }).fill(API_KEY);
    await button(page, 'Enregistrer la clé').click();
    // The refusal shows by the key's own button, not scrolled away at the top of the section.
    await expect(page.locator('[data-secret="brevo-api-key"]').getByRole('alert')).toContainText(
      "n'a pas de trousseau de clés sécurisé",
    );
    // The key this kiosk runs with comes from the environment: said so, not "non définie".
    await expect(page.locator('[data-secret="brevo-api-key"] [data-secret-state]')).toHaveText(
      'définie par la configuration du poste',
    );
    await expectNoAxeViolations(page, 'no keychain');
  } finally {
    await host.stop();
  }
  expect(host.output()).not.toContain(API_KEY);
});

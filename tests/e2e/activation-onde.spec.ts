// An école's set-up: the ONDE exports (CSV) imported by the roster CLI with --uai into a fresh
// data dir, then a parent activates at the kiosk, SMS through the (fake, loopback) gateway.
import { test, expect } from './support/kiosk-test';
import {
  FR,
  GOOD_PASSWORD,
  acknowledgeIdentifier,
  choosePassword,
  confirmChildren,
  enterCode,
  login,
  logout,
  openKiosk,
  requestCode,
  startActivation,
} from './support/activation-steps';
import { importOndeRosterIntoNewDataDir } from './support/onde-roster-fixture';
import { startRealKioskOn } from './support/real-kiosk';
import { AMELIE, CAMILLE, EMMA, HUGO, NOEMIE } from '../fixtures/onde/onde-school';

test('imported ONDE roster: a parent of three activates with one SMS, then logs in', async ({
  page,
}) => {
  const kiosk = await startRealKioskOn(await importOndeRosterIntoNewDataDir());
  try {
    await openKiosk(page, kiosk.url);
    await expect(page.getByText(FR.demoBanner)).toHaveCount(0);

    await startActivation(page);
    await requestCode(page, { lastName: 'Dupont', firstName: 'Patrick', mobile: '06 12 34 56 78' });
    expect(kiosk.gateway.received).toHaveLength(1);
    expect(kiosk.gateway.received[0]!.phoneNumbers).toEqual(['+33612345678']);
    const code = kiosk.gateway.lastCodeFor('+33612345678');
    expect(code).toMatch(/^\d{6}$/);
    await enterCode(page, code!);

    // The three children of the guardians export's child groups, with ONDE's birth dates.
    const identifier = await confirmChildren(
      page,
      [CAMILLE, HUGO, EMMA].map((child) => ({
        firstName: child.firstName,
        birthDate: child.birthDate,
      })),
    );
    expect(identifier).toBe('patrick.dupont1');
    await acknowledgeIdentifier(page);
    await choosePassword(page, GOOD_PASSWORD);
    await login(page, identifier, GOOD_PASSWORD, 'Patrick');
    for (const child of [CAMILLE, HUGO, EMMA]) {
      await expect(page.getByText(child.firstName)).toBeVisible();
    }
    await logout(page);
  } finally {
    await kiosk.close();
  }
});

test('ONDE accents and a "0033" mobile survive the Windows-1252 export (S-ENUM-2)', async ({
  page,
}) => {
  const kiosk = await startRealKioskOn(await importOndeRosterIntoNewDataDir());
  try {
    await openKiosk(page, kiosk.url);
    await startActivation(page);
    // Typed without accents, the mobile as "+33 6 …" while the export says "0033 6 …".
    await requestCode(page, {
      lastName: 'Lefevre',
      firstName: 'Amelie',
      mobile: '+33 6 11 22 33 44',
    });
    const code = kiosk.gateway.lastCodeFor('+33611223344');
    expect(code, `no SMS for ${AMELIE.firstName}`).toMatch(/^\d{6}$/);
    await enterCode(page, code!);
    await expect(page.getByRole('heading', { name: 'Noémie', exact: true })).toBeVisible();
    const identifier = await confirmChildren(page, [
      { firstName: NOEMIE.firstName, birthDate: NOEMIE.birthDate },
    ]);
    expect(identifier).toBe('amelie.lefevre1');
  } finally {
    await kiosk.close();
  }
});

// Seed, Étape 4: "Vous pouvez également signaler un rattachement erroné en cliquant sur « non »".
// Two children, one "non": the account holds only the confirmed child and the report is stored
// for the secretariat.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { test, expect, reachChildren, rightBirthDate } from './support/kiosk-test';
import { CAMILLE, HUGO, PATRICK } from './support/roster-fixture';
import {
  GOOD_PASSWORD,
  acknowledgeIdentifier,
  choosePassword,
  confirmChildren,
  login,
  openKiosk,
} from './support/activation-steps';

test('one child confirmed, one reported with "Non": only the confirmed child is linked', async ({
  page,
  startKiosk,
}) => {
  const kiosk = await startKiosk();
  await openKiosk(page, kiosk.url);
  await reachChildren(page, kiosk, PATRICK, { lastName: 'Dupont', firstName: 'Patrick' });

  const identifier = await confirmChildren(page, [
    rightBirthDate(CAMILLE),
    { firstName: HUGO.firstName, birthDate: 'non' },
  ]);
  await acknowledgeIdentifier(page);
  await choosePassword(page, GOOD_PASSWORD);
  await login(page, identifier, GOOD_PASSWORD, PATRICK.firstName);

  await expect(page.getByText(CAMILLE.firstName, { exact: true })).toBeVisible();
  await expect(page.getByText(`Classe : ${CAMILLE.className}`)).toBeVisible();
  await expect(page.getByText(HUGO.firstName, { exact: true })).toHaveCount(0);

  // The report, as the secretariat's console will read it from the kiosk's own database.
  await kiosk.stopHost();
  const db = new Database(join(kiosk.dataDir, 'kiosk.db'), { readonly: true, fileMustExist: true });
  try {
    const reports = db
      .prepare(
        `SELECT s.source_id AS student, g.source_id AS guardian, r.handled_at AS handledAt
           FROM wrong_link_reports r
           JOIN students s ON s.id = r.student_id
           JOIN guardians g ON g.id = r.guardian_id`,
      )
      .all();
    expect(reports).toEqual([{ student: HUGO.id, guardian: PATRICK.id, handledAt: null }]);
    const linked = db
      .prepare(
        `SELECT s.source_id AS student FROM account_students l
           JOIN students s ON s.id = l.student_id
           JOIN accounts a ON a.id = l.account_id
          WHERE a.identifier = ?`,
      )
      .all(identifier);
    expect(linked).toEqual([{ student: CAMILLE.id }]);
  } finally {
    db.close();
  }
});

// Seed, Étape 4: « non » to "Je suis le représentant légal de cet élève" for every child listed
// ends the flow on "Aucun enfant rattaché": no account, the secretariat is told, and the way out
// is "Retour à l'accueil". Demo mode, Mme Isabelle FONTAINE (Louise, and Adam linked by mistake).
import { test, expect } from './support/kiosk-test';
import {
  FR,
  answerChild,
  childCard,
  loginHeading,
  openKiosk,
  readDemoCode,
  requestCode,
  startActivation,
  enterCode,
  heading,
  button,
} from './support/activation-steps';

test('"Non" for every child ends on "Aucun enfant rattaché", with no account created', async ({
  page,
  startDemoKiosk,
}) => {
  const kiosk = await startDemoKiosk();
  await openKiosk(page, kiosk.url);
  await startActivation(page);
  await requestCode(page, {
    lastName: 'Fontaine',
    firstName: 'Isabelle',
    mobile: '06 12 34 56 10',
  });
  await enterCode(page, await readDemoCode(page));

  await answerChild(page, { firstName: 'Louise', birthDate: 'non' });
  // The last one: "Non", then the report confirmed; the flow ends at once.
  const adam = childCard(page, 'Adam');
  await adam.getByRole('button', { name: FR.children.no, exact: true }).click();
  await adam.getByRole('button', { name: FR.children.report, exact: true }).click();

  await expect(heading(page, FR.ended.allChildrenRejected)).toBeVisible();
  await expect(page.getByText(FR.ended.allChildrenRejectedText)).toBeVisible();
  await expect(heading(page, FR.children.title)).toHaveCount(0);
  await expect(heading(page, FR.identifier.title)).toHaveCount(0);
  await expect(page.getByText(/Étape \d sur 5/)).toHaveCount(0);
  // The text sends the parent to the secretariat: "Retour à l'accueil" leads.
  const home = button(page, FR.ended.home);
  await expect(home).toHaveAttribute('data-primary', '');
  await home.click();
  await expect(loginHeading(page)).toBeVisible();
});

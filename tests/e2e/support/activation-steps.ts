// Page-level steps of the walkthrough (the seed document), driven the way a parent does: by the
// French labels on screen (renderer/src/i18n/fr.ts), roles and visible text. Each step waits for
// the screen it leads to, so a spec reads as the seed reads.
import { expect, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';

/** The exact French texts the steps and specs rely on (renderer/src/i18n/fr.ts). */
export const FR = {
  demoBanner: 'Mode démonstration',
  demoPhone: 'Téléphone de démonstration',
  login: {
    title: 'Connexion',
    identifier: 'Identifiant',
    password: 'Mot de passe',
    submit: 'Se connecter',
    noIdentifier: "Je n'ai pas encore d'identifiant",
    failed: 'Identifiant ou mot de passe incorrect.',
    missingIdentifier: 'Saisissez votre identifiant.',
    missingPassword: 'Saisissez votre mot de passe.',
    lostIdentifier: 'Identifiant perdu',
    lostPassword: 'Mot de passe perdu',
    assistance: 'Assistance',
    legal: 'Mentions légales',
  },
  /** The information pages behind the seed's links (titles, and a sentence of each). */
  info: {
    assistance: {
      title: 'Assistance',
      text: "Le secrétariat de l'établissement peut vous aider à créer votre compte ou à vous connecter.",
    },
    legal: { title: 'Mentions légales', text: 'Responsable du traitement' },
    student: {
      title: 'Vous êtes élève',
      text: "Vos identifiants d'élève vous sont fournis par votre établissement",
    },
    phoneNotRegistered: {
      title: "Votre portable n'est pas enregistré",
      /** The seed's opening rule. */
      text: "Le numéro de téléphone portable utilisé lors de la procédure d'activation doit être identique à celui fourni à l'établissement.",
    },
  },
  common: { back: 'Retour' },
  /** "Étape N sur 5 — name", above every activation step's title. */
  stepOf: (n: number) => `Étape ${n} sur 5`,
  choice: {
    title: 'Quelle est votre situation ?',
    create: 'Créer mon compte',
    /** The seed's "Étape 2" sentences. */
    guardian:
      "Je suis représentant légal d'élève(s) scolarisé(s) : je peux créer mon compte en recevant un code d'activation par SMS.",
    phoneNotRegistered: "Mon portable n'est pas enregistré",
    phoneNotRegisteredText:
      "Si mon portable n'est pas enregistré, je peux contacter l'établissement d'un de mes enfants pour obtenir mes identifiants.",
    student: 'Je suis un(e) élève',
    studentText:
      'Je suis un(e) élève : je contacte mon établissement qui me fournira mes identifiants.',
  },
  identity: {
    title: 'Vos informations',
    lastName: 'Nom',
    firstName: 'Prénom',
    mobile: 'Numéro de téléphone portable',
    submit: 'Recevoir mon code SMS',
    missingLastName: 'Saisissez votre nom.',
    /** The seed's rule, the mobile field's hint. */
    mobileRule:
      "Le numéro de téléphone portable utilisé lors de la procédure d'activation doit être identique à celui fourni à l'établissement.",
  },
  /** S-ENUM-1: the seed's single message, whatever was wrong. */
  mismatch:
    "Si les informations saisies ne permettent pas de poursuivre l'auto-inscription par SMS, veuillez vérifier les données saisies ou contactez le secrétariat",
  confirmSend: {
    title: "Confirmez l'envoi du code",
    submit: 'Valider',
    smsRateLimited: 'Trop de SMS ont déjà été envoyés à ce numéro ou depuis ce kiosque.',
  },
  /** smsFailure.*: why the SMS could not be sent (SMS_FAILED's reason). */
  smsFailure: {
    RateLimited: "Le service d'envoi de SMS reçoit trop de demandes. Réessayez dans un moment.",
    Uncertain:
      "Le service d'envoi de SMS a mis trop de temps à répondre : le SMS est peut-être quand même en route.",
    InsufficientCredit: "Le crédit de SMS de l'établissement est épuisé",
    ProviderError:
      "Le service d'envoi de SMS a signalé une panne de son côté : le SMS est peut-être quand même en route.",
  },
  code: {
    title: 'Code reçu par SMS',
    label: 'Code de validation',
    submit: 'Valider',
    resend: 'Renvoyer le code',
    invalid: "Ce code n'est pas le bon.",
    resent: 'Un nouveau code a été envoyé.',
    cooldown: "Un code vient d'être envoyé. Patientez un peu avant d'en demander un nouveau.",
    changeNumber: 'Modifier mon numéro',
    /** The seed's validity sentence (Étape 3) with the kiosk's default 30 minutes. */
    validity:
      'Ce code est valable pendant une durée de 30 min. Passé ce délai, il vous faudra recommencer la procédure de saisie de numéro de téléphone afin de recevoir un nouveau code.',
  },
  children: {
    title: 'Vos enfants',
    question: 'Je suis le représentant légal de cet élève',
    yes: 'Oui',
    no: 'Non',
    birthDate: 'Date de naissance (jj/mm/aaaa)',
    confirmDate: 'Confirmer la date de naissance',
    report: 'Signaler un rattachement erroné',
    continue: 'Continuer',
    statusConfirmed: 'Confirmé',
    statusRejected: 'Signalé',
    /** errors.BIRTHDATE_MISMATCH (S-ENUM-3), followed by the attempts left. */
    wrongBirthDate: 'Cette date de naissance ne correspond pas.',
    /** The seed's Étape 4 sentences. */
    intro:
      "La liste de vos enfants s'affiche. Il vous faut maintenant saisir l'ensemble des dates de naissances de vos enfants pour valider leur rattachement.",
    reportHint:
      'Vous pouvez également signaler un rattachement erroné en cliquant sur « non » à la question « Je suis le représentant légal de cet élève ».',
  },
  identifier: {
    title: 'Votre identifiant',
    acknowledge: 'Je prends note de mon identifiant',
  },
  password: {
    title: 'Je crée mon mot de passe',
    password: 'Saisir un mot de passe',
    confirmation: 'Confirmer le mot de passe',
    submit: 'Terminer',
    show: 'Afficher le mot de passe',
    hide: 'Masquer le mot de passe',
    tooShort: 'Le mot de passe doit comporter au moins 12 caractères.',
    mismatch: 'Les deux mots de passe ne sont pas identiques.',
    common:
      'Ce mot de passe est trop courant : il fait partie des mots de passe faciles à deviner.',
    identifier: 'Le mot de passe ne doit pas contenir votre identifiant.',
  },
  done: {
    title: 'Votre compte est créé',
    login: 'Se connecter',
    finish: "J'ai terminé",
    /** The seed's last section. */
    nextTimeTitle: 'Et à la prochaine connexion ?',
    nextTimeText:
      "Une fois arrivé(e) sur la page d'authentification, il suffira de renseigner l'identifiant et le mot de passe.",
  },
  alreadyActivated: { title: 'Vous avez déjà un compte', login: 'Se connecter' },
  ended: {
    restart: 'Recommencer',
    home: "Retour à l'accueil",
    tooManyCodes: 'Trop de codes erronés',
    tooManyBirthDates: 'Trop de dates de naissance erronées',
    expiredTitle: 'Le délai est dépassé',
    allChildrenRejected: 'Aucun enfant rattaché',
    allChildrenRejectedText:
      "Vous avez indiqué n'être le représentant légal d'aucun des élèves affichés.",
    /** The seed's instruction after expiry (Étape 3). */
    restartInstruction:
      'Passé ce délai, il vous faudra recommencer la procédure de saisie de numéro de téléphone afin de recevoir un nouveau code.',
  },
  account: { logout: 'Se déconnecter', childrenTitle: 'Vos enfants' },
  idle: { title: 'Êtes-vous toujours là ?', continue: 'Continuer' },
  abandon: {
    button: 'Abandonner',
    title: 'Abandonner la création du compte ?',
    confirm: 'Oui, abandonner',
    cancel: 'Non, continuer',
  },
  keyboard: { region: "Clavier à l'écran", close: 'Fermer le clavier' },
} as const;

/** A password no blocklist rule refuses for the fixture and demo families. */
export const GOOD_PASSWORD = 'Tartine beurrée du matin 47';

export interface Identity {
  lastName: string;
  firstName: string;
  /** As the parent types it. */
  mobile: string;
}

export interface ChildAnswer {
  firstName: string;
  /** jj/mm/aaaa, or 'non' to report a wrong link. */
  birthDate: string | 'non';
}

/** A heading by its exact French text. */
export const heading = (page: Page, name: string) =>
  page.getByRole('heading', { name, exact: true });
/** A button by its exact French label. */
export const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

export const loginHeading = (page: Page): Locator => heading(page, FR.login.title);

export async function openKiosk(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(loginHeading(page)).toBeVisible();
}

/** Login → "Je n'ai pas encore d'identifiant" → "Créer mon compte" → identity form. */
export async function startActivation(page: Page): Promise<void> {
  await button(page, FR.login.noIdentifier).click();
  await expect(button(page, FR.choice.create)).toBeVisible();
  await button(page, FR.choice.create).click();
  await expect(heading(page, FR.identity.title)).toBeVisible();
}

export async function fillIdentity(page: Page, identity: Identity): Promise<void> {
  await page.getByLabel(FR.identity.lastName, { exact: true }).fill(identity.lastName);
  await page.getByLabel(FR.identity.firstName, { exact: true }).fill(identity.firstName);
  await page.getByLabel(FR.identity.mobile, { exact: true }).fill(identity.mobile);
}

/** "Recevoir mon code SMS": leads to the confirmation screen (the SMS is not sent yet). */
export async function submitIdentity(page: Page): Promise<void> {
  await button(page, FR.identity.submit).click();
}

/** Identity form → confirmation → "Valider" → the code screen. */
export async function requestCode(page: Page, identity: Identity): Promise<void> {
  await fillIdentity(page, identity);
  await submitIdentity(page);
  await expect(heading(page, FR.confirmSend.title)).toBeVisible();
  await button(page, FR.confirmSend.submit).click();
  await expect(heading(page, FR.code.title)).toBeVisible();
}

/**
 * "Valider" on the confirmation screen, tapped again until the code screen shows. A second SMS
 * to one number waits out the per-number gap (S-RATE-2), which only the server's clock knows:
 * a tap too early is refused with the rate-limit message and sends nothing.
 */
export async function confirmSendWhenAllowed(
  page: Page,
  options: { tap?: boolean; timeout?: number } = {},
): Promise<void> {
  const codeTitle = heading(page, FR.code.title);
  const valider = button(page, FR.confirmSend.submit);
  await expect(async () => {
    if (!(await codeTitle.isVisible())) {
      if (options.tap) await valider.tap({ timeout: 2_000 });
      else await valider.click({ timeout: 2_000 });
    }
    await expect(codeTitle).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: options.timeout ?? 15_000 });
}

/** Identity form → confirmation → "Valider" (again after the per-number gap) → code screen. */
export async function requestCodeWhenAllowed(page: Page, identity: Identity): Promise<void> {
  await fillIdentity(page, identity);
  await submitIdentity(page);
  await expect(heading(page, FR.confirmSend.title)).toBeVisible();
  await confirmSendWhenAllowed(page);
}

export async function typeCode(page: Page, code: string): Promise<void> {
  await page.getByLabel(FR.code.label, { exact: true }).fill(code);
  await button(page, FR.code.submit).click();
}

/** Types the right code and waits for the children screen. */
export async function enterCode(page: Page, code: string): Promise<void> {
  await typeCode(page, code);
  await expect(heading(page, FR.children.title)).toBeVisible();
}

/** The card (list item, named by the child's first name) of one child on the children screen. */
export function childCard(page: Page, firstName: string): Locator {
  return page.getByRole('listitem', { name: firstName, exact: true });
}

export async function answerChild(page: Page, answer: ChildAnswer): Promise<void> {
  const card = childCard(page, answer.firstName);
  if (answer.birthDate === 'non') {
    await card.getByRole('button', { name: FR.children.no, exact: true }).click();
    await card.getByRole('button', { name: FR.children.report, exact: true }).click();
    await expect(card.getByText(FR.children.statusRejected)).toBeVisible();
    return;
  }
  await card.getByRole('button', { name: FR.children.yes, exact: true }).click();
  await card.getByLabel(FR.children.birthDate, { exact: true }).fill(answer.birthDate);
  await card.getByRole('button', { name: FR.children.confirmDate, exact: true }).click();
  await expect(card.getByText(FR.children.statusConfirmed)).toBeVisible();
}

/** Answers every child, then "Continuer": the identifier screen. Returns the identifier shown. */
export async function confirmChildren(page: Page, answers: ChildAnswer[]): Promise<string> {
  for (const answer of answers) await answerChild(page, answer);
  await button(page, FR.children.continue).click();
  await expect(heading(page, FR.identifier.title)).toBeVisible();
  return readIdentifier(page);
}

/** The identifier shown on the identifier screen ("patrick.dupont1"). */
export async function readIdentifier(page: Page): Promise<string> {
  const text = await page.locator('[data-screen]').innerText();
  const match = /\b[a-z0-9-]+\.[a-z0-9-]+\d+\b/.exec(text);
  if (!match) throw new Error(`no identifier on the identifier screen:\n${text}`);
  return match[0];
}

export async function acknowledgeIdentifier(page: Page): Promise<void> {
  await button(page, FR.identifier.acknowledge).click();
  await expect(heading(page, FR.password.title)).toBeVisible();
}

export async function typePasswords(page: Page, password: string, confirmation = password) {
  await page.getByLabel(FR.password.password, { exact: true }).fill(password);
  await page.getByLabel(FR.password.confirmation, { exact: true }).fill(confirmation);
  await button(page, FR.password.submit).click();
}

/**
 * For a screen that comes after password hashing (S-PWD-3: scrypt with N = 2^17, r = 8, at full
 * cost in every spec). One hash takes about 0.5 s on an idle core but several seconds when both
 * cores of a CI machine run two workers' browsers and hosts; a password change does three (check
 * the current one, refuse an unchanged one, hash the new one), so 10 s is not enough there.
 */
export const AFTER_PASSWORD_HASHING = { timeout: 30_000 };

/** Password twice → "Terminer" → the account is created. */
export async function choosePassword(page: Page, password: string): Promise<void> {
  await typePasswords(page, password);
  await expect(heading(page, FR.done.title)).toBeVisible(AFTER_PASSWORD_HASHING);
}

/** From the "done" screen (or the login screen), logs in and waits for the account screen. */
export async function login(
  page: Page,
  identifier: string,
  password: string,
  firstName: string,
): Promise<void> {
  if (!(await loginHeading(page).isVisible())) {
    await button(page, FR.done.login).click();
    await expect(loginHeading(page)).toBeVisible();
  }
  await page.getByLabel(FR.login.identifier, { exact: true }).fill(identifier);
  await page.getByLabel(FR.login.password, { exact: true }).fill(password);
  await button(page, FR.login.submit).click();
  await expect(heading(page, `Bonjour ${firstName}`)).toBeVisible(AFTER_PASSWORD_HASHING);
}

export async function logout(page: Page): Promise<void> {
  await button(page, FR.account.logout).click();
  await expect(loginHeading(page)).toBeVisible();
}

/** Demo mode: the on-screen demo phone (a complementary region). */
export const demoPhone = (page: Page): Locator =>
  page.getByRole('complementary', { name: FR.demoPhone, exact: true });

/**
 * Demo mode: the code of the SMS that just arrived on the on-screen demo phone, i.e. the one
 * whose code is not among `alreadySeen` (codes read before).
 */
export async function readDemoCode(
  page: Page,
  alreadySeen: readonly string[] = [],
): Promise<string> {
  let code: string | undefined;
  await expect
    .poll(async () => {
      const texts = await demoPhone(page).getByRole('listitem').allInnerTexts();
      const codes = texts.flatMap((text) => [...text.matchAll(/\b(\d{6})\b/g)].map((m) => m[1]!));
      code = codes.find((c) => !alreadySeen.includes(c));
      return code;
    })
    .toMatch(/^\d{6}$/);
  return code!;
}

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

// axe-core's own bundle, read once per worker. @axe-core/playwright's AxeBuilder (used before) re-evaluated it
// (about 0.5 MB) on every scan and opens a blank page per scan for axe.finishRun: with some twenty
// scans in a walkthrough, that alone took more than half of the 60 s test budget on a loaded
// 2-core machine. The kiosk is one document without frames, so axe.run in the page itself checks
// exactly what the frame-by-frame run checked.
let axeSource: string | undefined;
const readAxeSource = (): string =>
  (axeSource ??= readFileSync(
    createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
    'utf8',
  ));

/** S-A11Y-4: axe-core finds no WCAG 2.1 A/AA violation on what is on screen now. */
export async function expectNoAxeViolations(page: Page, screen: string): Promise<void> {
  const injected = await page.evaluate(() => 'axe' in window);
  if (!injected) await page.evaluate(readAxeSource());
  const results = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run: (...args: unknown[]) => Promise<AxeResults> } }).axe.run(
        document,
        { runOnly: { type: 'tag', values: tags } },
      ),
    WCAG_TAGS,
  );
  const found = results.violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => n.target.join(' ')),
  }));
  expect(found, `axe violations on the ${screen} screen`).toEqual([]);
}

// The SMS a parent receives during a visit, in the visit's language (issue 14). S-OTP-6: each
// names the service and says the validity, nothing personal but what the parent asked for. The
// French texts are the ones the flows have always sent. Every text must fit in 2 SMS with the
// longest realistic values (tests/unit/shared/sms-texts.test.ts counts them).
import type { ParentLanguage } from './parent-languages';
import { PLURAL_RULES } from './plural-rules';

export const SMS_KINDS = [
  'activation-code',
  'recovery-code',
  'identifier',
  'password-changed',
] as const;

export type SmsKind = (typeof SMS_KINDS)[number];

interface CodeValues {
  /** The service's name (configuration `serviceName`, at most 40 characters). */
  serviceName: string;
  code: string;
  validityMinutes: number;
}

export interface SmsTextValues {
  'activation-code': CodeValues;
  'recovery-code': CodeValues;
  identifier: { serviceName: string; identifier: string };
  'password-changed': { serviceName: string };
}

type Catalogue = { [Kind in SmsKind]: (values: SmsTextValues[Kind]) => string };

/** "30 minutes" with the language's plural (forms as in shared/plural-rules.ts). */
const MINUTE_FORMS: Record<Exclude<ParentLanguage, 'fr'>, readonly string[]> = {
  en: ['minute', 'minutes'],
  ar: ['دقيقة', 'دقيقة', 'دقيقتين', 'دقائق', 'دقيقة', 'دقيقة'],
  es: ['minuto', 'minutos'],
  pt: ['minuto', 'minutos'],
  tr: ['dakika'],
  ro: ['minut', 'minute', 'de minute'],
  'zh-Hans': ['分钟'],
};

function minutes(language: Exclude<ParentLanguage, 'fr'>, count: number): string {
  const forms = MINUTE_FORMS[language];
  return `${count} ${forms[PLURAL_RULES[language](count, forms.length)] ?? forms[0]}`;
}

const SMS_TEXTS: Record<ParentLanguage, Catalogue> = {
  fr: {
    'activation-code': ({ serviceName, code, validityMinutes }) =>
      `${serviceName} : votre code d'activation est ${code}. Il est valable ${validityMinutes} minutes. Ne le communiquez à personne.`,
    'recovery-code': ({ serviceName, code, validityMinutes }) =>
      `${serviceName} : votre code de récupération est ${code}. Il est valable ${validityMinutes} minutes. Ne le communiquez à personne.`,
    identifier: ({ serviceName, identifier }) =>
      `${serviceName} : votre identifiant est ${identifier}.`,
    // GSM-7 only ("être" would send it in UCS-2: 3 SMS with a 40-character service name).
    'password-changed': ({ serviceName }) =>
      `${serviceName} : le mot de passe de votre compte a été changé à l'instant. Si ce n'est pas vous, contactez le secrétariat de l'établissement.`,
  },
  en: {
    'activation-code': ({ serviceName, code, validityMinutes }) =>
      `${serviceName}: your activation code is ${code}. It is valid for ${minutes('en', validityMinutes)}. Do not share it with anyone.`,
    'recovery-code': ({ serviceName, code, validityMinutes }) =>
      `${serviceName}: your recovery code is ${code}. It is valid for ${minutes('en', validityMinutes)}. Do not share it with anyone.`,
    identifier: ({ serviceName, identifier }) =>
      `${serviceName}: your identifier is ${identifier}.`,
    'password-changed': ({ serviceName }) =>
      `${serviceName}: the password of your account has just been changed. If this was not you, contact the school office.`,
  },
  ar: {
    'activation-code': ({ serviceName, code, validityMinutes }) =>
      `${serviceName}: رمز التفعيل الخاص بك هو ${code}. صالح لمدة ${minutes('ar', validityMinutes)}. لا تُطلع عليه أحدًا.`,
    'recovery-code': ({ serviceName, code, validityMinutes }) =>
      `${serviceName}: رمز الاسترجاع الخاص بك هو ${code}. صالح لمدة ${minutes('ar', validityMinutes)}. لا تُطلع عليه أحدًا.`,
    identifier: ({ serviceName, identifier }) => `${serviceName}: مُعرّفك هو ${identifier}.`,
    'password-changed': ({ serviceName }) =>
      `${serviceName}: تمّ للتو تغيير كلمة مرور حسابك. إن لم تكن أنت من فعل ذلك، فتواصل مع أمانة المؤسسة.`,
  },
  es: {
    'activation-code': ({ serviceName, code, validityMinutes }) =>
      `${serviceName}: su código de activación es ${code}. Válido durante ${minutes('es', validityMinutes)}. No lo comparta con nadie.`,
    'recovery-code': ({ serviceName, code, validityMinutes }) =>
      `${serviceName}: su código de recuperación es ${code}. Válido durante ${minutes('es', validityMinutes)}. No lo comparta con nadie.`,
    identifier: ({ serviceName, identifier }) =>
      `${serviceName}: su identificador es ${identifier}.`,
    'password-changed': ({ serviceName }) =>
      `${serviceName}: la contraseña de su cuenta ha cambiado. Si no fue usted, contacte con la secretaría.`,
  },
  pt: {
    'activation-code': ({ serviceName, code, validityMinutes }) =>
      `${serviceName}: o seu código de ativação é ${code}, válido durante ${minutes('pt', validityMinutes)}. Não o divulgue a ninguém.`,
    'recovery-code': ({ serviceName, code, validityMinutes }) =>
      `${serviceName}: o seu código de recuperação é ${code}, válido durante ${minutes('pt', validityMinutes)}. Não o divulgue a ninguém.`,
    identifier: ({ serviceName, identifier }) =>
      `${serviceName}: o seu identificador é ${identifier}.`,
    'password-changed': ({ serviceName }) =>
      `${serviceName}: a palavra-passe da sua conta foi alterada. Se não foi você, contacte a secretaria da escola.`,
  },
  tr: {
    'activation-code': ({ serviceName, code, validityMinutes }) =>
      `${serviceName}: etkinleştirme kodunuz ${code}. ${minutes('tr', validityMinutes)} geçerlidir. Kimseyle paylaşmayın.`,
    'recovery-code': ({ serviceName, code, validityMinutes }) =>
      `${serviceName}: hesap kurtarma kodunuz ${code}. ${minutes('tr', validityMinutes)} geçerlidir. Kimseyle paylaşmayın.`,
    identifier: ({ serviceName, identifier }) => `${serviceName}: kullanıcı adınız ${identifier}.`,
    'password-changed': ({ serviceName }) =>
      `${serviceName}: hesabınızın şifresi değiştirildi. Bunu siz yapmadıysanız okulun sekreterliğine başvurun.`,
  },
  ro: {
    'activation-code': ({ serviceName, code, validityMinutes }) =>
      `${serviceName}: codul dvs. de activare este ${code}. Este valabil ${minutes('ro', validityMinutes)}. Nu îl comunicați nimănui.`,
    'recovery-code': ({ serviceName, code, validityMinutes }) =>
      `${serviceName}: codul dvs. de recuperare este ${code}. Este valabil ${minutes('ro', validityMinutes)}. Nu îl comunicați nimănui.`,
    identifier: ({ serviceName, identifier }) =>
      `${serviceName}: identificatorul dvs. este ${identifier}.`,
    'password-changed': ({ serviceName }) =>
      `${serviceName}: parola contului dvs. a fost schimbată. Dacă nu ați fost dvs., contactați secretariatul.`,
  },
  'zh-Hans': {
    'activation-code': ({ serviceName, code, validityMinutes }) =>
      `${serviceName}：您的激活验证码为 ${code}，有效期 ${minutes('zh-Hans', validityMinutes)}。请勿告诉任何人。`,
    'recovery-code': ({ serviceName, code, validityMinutes }) =>
      `${serviceName}：您的账户找回验证码为 ${code}，有效期 ${minutes('zh-Hans', validityMinutes)}。请勿告诉任何人。`,
    identifier: ({ serviceName, identifier }) => `${serviceName}：您的用户名为 ${identifier}。`,
    'password-changed': ({ serviceName }) =>
      `${serviceName}：您账户的密码刚刚已被修改。如非本人操作，请联系学校秘书处。`,
  },
};

/** The text of a parent's SMS in the visit's language (French when the visit stayed French). */
export function smsText<Kind extends SmsKind>(
  kind: Kind,
  language: ParentLanguage,
  values: SmsTextValues[Kind],
): string {
  const catalogue: Catalogue = SMS_TEXTS[language];
  return catalogue[kind](values);
}

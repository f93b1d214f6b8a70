// Every French text of the kiosk. Components never hold French literals; they call t('…').
// vue-i18n message syntax: {name} is a parameter, "a | b" is a plural; avoid @ $ | { } in text.
import type { ErrorCode } from '../../../shared/error-codes';
import type { ActivationEndReason } from '../../../shared/activation-view';
import type { RecoveryEndReason } from '../../../shared/recovery-view';
import type { SmsFailureReason } from '../../../shared/sms-failure-reasons';

const errors: Record<ErrorCode, string> = {
  INVALID_REQUEST: "Ce qui a été saisi n'a pas pu être lu. Vérifiez les champs et réessayez.",
  FORBIDDEN_SENDER: "Cette demande n'a pas été acceptée. Demandez de l'aide au secrétariat.",
  INTERNAL:
    "Un problème technique empêche de continuer pour l'instant. Réessayez dans un moment ou demandez de l'aide au secrétariat.",
  FLOW_NOT_FOUND: "Cette démarche n'est plus disponible. Recommencez depuis le début.",
  FLOW_WRONG_STEP:
    "L'écran n'était plus à jour. Recommencez depuis le début si le problème continue.",
  FLOW_EXPIRED:
    'Le délai pour terminer la démarche est dépassé. Recommencez la saisie de votre numéro de téléphone pour recevoir un nouveau code.',
  FLOW_ENDED: 'Cette démarche est terminée. Recommencez depuis le début.',
  IDENTITY_INVALID: 'Un champ est vide ou mal rempli.',
  IDENTITY_MISMATCH:
    "Si les informations saisies ne permettent pas de poursuivre l'auto-inscription par SMS, veuillez vérifier les données saisies ou contactez le secrétariat du collège.",
  IDENTITY_COOLDOWN:
    'Trop de tentatives ont échoué sur ce kiosque. Patientez un moment avant de réessayer, ou adressez-vous au secrétariat.',
  SMS_RATE_LIMITED:
    'Trop de SMS ont déjà été envoyés à ce numéro ou depuis ce kiosque. Réessayez plus tard ou adressez-vous au secrétariat.',
  SMS_RESEND_COOLDOWN:
    "Un code vient d'être envoyé. Patientez un peu avant d'en demander un nouveau.",
  SMS_FAILED: "Le SMS n'a pas pu être envoyé. Réessayez dans un moment.",
  SMS_NOT_CONFIGURED:
    "L'envoi de SMS n'est pas disponible sur ce kiosque. Adressez-vous au secrétariat.",
  CODE_FORMAT: 'Il manque des chiffres : le code en comporte 6.',
  CODE_INVALID: "Ce code n'est pas le bon. Vérifiez le SMS et saisissez le code à nouveau.",
  // Shown as the "ended" screen (ended.reasons.expired), which says the kiosk's validity.
  CODE_EXPIRED:
    "Ce code n'est plus valable. Recommencez la saisie de votre numéro de téléphone pour recevoir un nouveau code.",
  CODE_TOO_MANY_ATTEMPTS:
    'Trop de codes erronés ont été saisis. Par sécurité, la démarche est arrêtée : recommencez depuis le début.',
  GUARDIAN_LOCKED:
    'Par sécurité, ce compte est bloqué après trop de tentatives. Adressez-vous au secrétariat pour le débloquer.',
  CHILD_UNKNOWN: 'Cet élève ne fait pas partie de cette démarche. Recommencez depuis le début.',
  BIRTHDATE_FORMAT: 'Saisissez une date réelle au format jj/mm/aaaa, par exemple 03/09/2014.',
  BIRTHDATE_MISMATCH: 'Cette date de naissance ne correspond pas.',
  BIRTHDATE_TOO_MANY_ATTEMPTS:
    'Trop de dates de naissance erronées. Par sécurité, la démarche est arrêtée : adressez-vous au secrétariat.',
  CHILDREN_PENDING: 'Répondez pour chacun de vos enfants avant de continuer.',
  NO_CONFIRMED_CHILD: 'Il faut confirmer au moins un enfant pour créer votre compte.',
  PASSWORD_TOO_SHORT: 'Le mot de passe doit comporter au moins 12 caractères.',
  PASSWORD_TOO_LONG: 'Le mot de passe doit comporter au plus 128 caractères.',
  PASSWORD_MISMATCH: 'Les deux mots de passe ne sont pas identiques. Saisissez-les à nouveau.',
  PASSWORD_BLOCKLISTED: 'Ce mot de passe ne peut pas être utilisé.',
  LOGIN_FAILED: 'Identifiant ou mot de passe incorrect.',
  LOGIN_THROTTLED: 'Trop de tentatives de connexion.',
  NOT_LOGGED_IN: "Vous n'êtes plus connecté. Connectez-vous à nouveau.",
  NOT_DEMO_MODE: "Le téléphone de démonstration n'est disponible qu'en mode démonstration.",
  PRINT_FAILED:
    "L'impression n'a pas fonctionné : notez votre identifiant ou prenez cet écran en photo.",
  GUARDIAN_NOT_FOUND: "Ce responsable n'est pas dans la liste des élèves de l'établissement.",
  PHONE_INVALID: "Ce numéro n'est pas un numéro de portable. Vérifiez-le avec le parent.",
  MOBILE_ALREADY_REGISTERED:
    'Ce portable est déjà enregistré pour ce responsable : il peut activer son compte par SMS au kiosque.',
  GUARDIAN_ALREADY_ACTIVATED:
    'Ce responsable a déjà un identifiant : il se connecte avec son identifiant et son mot de passe.',
  GUARDIAN_NOT_LEGAL:
    "Ce responsable n'est représentant légal d'aucun élève inscrit : il ne peut pas recevoir d'identifiant.",
  SETTINGS_INVALID: "Un réglage n'est pas dans les limites permises. Corrigez-le puis enregistrez.",
  SETTINGS_UNAVAILABLE: 'Les réglages ne peuvent pas être modifiés depuis ce poste.',
  KEYCHAIN_UNAVAILABLE:
    "Ce poste n'a pas de trousseau de clés sécurisé : la clé n'a pas été enregistrée. Demandez au responsable informatique de l'installer (voir docs/operators/secrets.md), ou de la définir dans la configuration du poste.",
  SECRET_INVALID:
    "Cette clé n'est pas acceptée. Copiez-la de nouveau depuis le site du fournisseur.",
  LETTER_PDF_UNAVAILABLE:
    'Ce poste ne peut pas enregistrer la lettre en PDF : utilisez « Imprimer la lettre ».',
  ACCOUNT_RETIRED:
    'Ce compte a été remplacé : votre compte a été créé deux fois, et c’est l’identifiant {identifier} qui est gardé. Connectez-vous avec lui et le mot de passe choisi pour lui ; en cas d’oubli, choisissez « Mot de passe perdu ».',
  ACCOUNT_DISABLED:
    "Votre compte n'est plus actif : l'établissement ne vous compte plus parmi les responsables de ses élèves. Adressez-vous au secrétariat de l'établissement.",
  CURRENT_PASSWORD_WRONG: "Ce n'est pas votre mot de passe actuel. Saisissez-le à nouveau.",
  PASSWORD_UNCHANGED: "C'est déjà votre mot de passe : choisissez-en un nouveau.",
  STAFF_NOT_LOGGED_IN: "Vous n'êtes plus connecté à la console. Connectez-vous à nouveau.",
  STAFF_ALREADY_SET_UP: 'Le premier compte du secrétariat existe déjà. Connectez-vous avec lui.',
  SETUP_CODE_INVALID:
    "Ce code d'installation n'est pas le bon, ou il a été remplacé par un plus récent. Demandez au responsable informatique le dernier code affiché au démarrage du kiosque (ou par « npm run config -- console setup-code »).",
  STAFF_USERNAME_INVALID:
    "L'identifiant doit comporter de 3 à 40 caractères : lettres sans accent, chiffres, point, tiret ou tiret bas.",
  STAFF_NAME_INVALID: 'Saisissez votre nom (80 caractères au plus).',
  GUARDIAN_NOT_LOCKED: "Ce représentant n'est pas bloqué.",
  REPORT_NOT_FOUND: "Ce signalement n'existe plus.",
  REPORT_ALREADY_HANDLED: 'Ce signalement a déjà été traité.',
  COMMENT_REQUIRED: 'Saisissez un commentaire (500 caractères au plus).',
  AUDIT_FILTER_INVALID: 'La date de fin est avant la date de début.',
  STAFF_PASSWORD_CHANGE_REQUIRED:
    'Votre mot de passe est provisoire : choisissez le vôtre avant de continuer.',
  STAFF_NOT_FOUND: "Ce compte du secrétariat n'existe plus.",
  STAFF_USERNAME_TAKEN:
    'Un autre compte du secrétariat a déjà cet identifiant. Choisissez-en un autre.',
  STAFF_LAST_ENABLED:
    "C'est le dernier compte actif du secrétariat : sans lui, plus personne ne pourrait se connecter à la console.",
  STAFF_SELF_DISABLE:
    'Vous ne pouvez pas désactiver votre propre compte. Demandez-le à une autre personne du secrétariat.',
  STAFF_SELF_RESET:
    'Pour votre propre mot de passe, utilisez « Changer mon mot de passe » (il demande le mot de passe actuel).',
  IMPORT_FILE_TOO_LARGE:
    'Ce fichier dépasse 64 Mo : ce n’est pas un export SIECLE ou ONDE. Choisissez les fichiers exportés.',
  IMPORT_FILE_INVALID:
    'Ce fichier n’a pas pu être lu (vide ou trop de fichiers). Choisissez à nouveau les fichiers exportés.',
  IMPORT_FILES_GONE:
    'Les fichiers choisis ne sont plus disponibles (import annulé ou console inactive). Choisissez-les à nouveau.',
  IMPORT_PREVIEW_STALE:
    'Cet aperçu n’est plus à jour : rien n’a été importé. Vérifiez à nouveau les fichiers.',
  SYNC_CHANGE_INVALID:
    'Le hub a envoyé une modification que ce kiosque refuse : rien n’a été appliqué. Prévenez le responsable informatique.',
  CONFLICT_NOT_FOUND: 'Ce conflit n’est plus à examiner : il a déjà été marqué comme vu.',
  HUB_URL_INVALID:
    'Ce n’est pas une adresse de hub. Saisissez l’adresse complète donnée par l’administrateur du hub, par exemple https://hub.exemple.fr.',
  HUB_URL_NOT_HTTPS:
    'L’adresse du hub doit commencer par https:// : le poste refuse d’envoyer les comptes sans chiffrement. Demandez l’adresse en https:// à l’administrateur du hub.',
  HUB_UNREACHABLE:
    'Le hub ne répond pas à cette adresse. Vérifiez l’adresse et la connexion à Internet du poste, puis réessayez.',
  HUB_TLS_FAILED:
    'Le certificat de sécurité du hub n’est pas reconnu par ce poste (ou n’est pas celui de cette adresse). Demandez au responsable informatique de vérifier le certificat du hub.',
  HUB_PROTOCOL_MISMATCH:
    'Ce kiosque et le hub n’ont pas la même version : le responsable informatique doit mettre à jour le kiosque (ou le hub).',
  HUB_ERROR:
    'Le hub a rencontré un problème de son côté. Réessayez dans quelques minutes ; si cela continue, prévenez l’administrateur du hub.',
  ENROLMENT_CODE_FORMAT:
    'Saisissez le code d’inscription en entier, tel que l’administrateur du hub l’a donné : 16 lettres et chiffres, par exemple ABCD-EFGH-JKMN-PQRS.',
  ENROLMENT_CODE_INVALID:
    'Le hub a refusé ce code d’inscription : il est erroné, a déjà servi ou a expiré (il vaut 24 heures). Demandez un nouveau code à l’administrateur du hub.',
  KIOSK_LABEL_INVALID:
    'Donnez un nom à ce poste (80 caractères au plus), par exemple « Kiosque du hall ».',
  HUB_SCHOOL_HAS_KIOSKS_WITH_ACCOUNTS:
    'D’autres postes de l’établissement sont déjà inscrits et ce poste a déjà des comptes de parents : le hub refuse de mélanger deux listes de comptes. Le responsable informatique doit inscrire un poste vide, qui recevra tout du hub.',
  SYNC_ALREADY_ENROLLED: 'Ce poste est déjà inscrit auprès d’un hub.',
  HUB_CREDENTIAL_OF_ANOTHER_KIOSK:
    'Un autre kiosque, lancé par la même session de cette machine, est déjà relié à un hub, et une session ne garde la clé de connexion au hub que d’un seul kiosque. Rien n’a été changé et le code d’inscription reste valable. Le responsable informatique doit lancer ce poste sous une autre session (ou sur sa propre machine).',
  SYNC_UNAVAILABLE: 'La synchronisation avec un hub n’est pas disponible sur ce poste.',
};

// SMS_FAILED by details.reason: what the parent can do, never the provider's own text.
const smsFailure: Record<SmsFailureReason, string> = {
  InvalidNumber:
    "Le SMS n'a pas pu être envoyé : ce numéro de portable ne peut pas recevoir de SMS. Adressez-vous au secrétariat pour vérifier le numéro enregistré.",
  Auth: "L'envoi de SMS ne fonctionne pas sur ce kiosque pour le moment (réglage à corriger). Adressez-vous au secrétariat.",
  NotConfigured:
    "L'envoi de SMS ne fonctionne pas sur ce kiosque pour le moment (réglage à corriger). Adressez-vous au secrétariat.",
  InsufficientCredit:
    "Le crédit de SMS de l'établissement est épuisé : aucun code ne peut être envoyé pour le moment. Adressez-vous au secrétariat.",
  RateLimited: "Le service d'envoi de SMS reçoit trop de demandes. Réessayez dans un moment.",
  Transient:
    "Le service d'envoi de SMS ne répond pas. Le SMS n'est pas parti : réessayez dans un moment.",
  ProviderError:
    "Le service d'envoi de SMS a signalé une panne de son côté : le SMS est peut-être quand même en route. Attendez-le quelques minutes ; s'il n'arrive pas, recommencez ou adressez-vous au secrétariat.",
  Rejected:
    "Le service d'envoi de SMS a refusé la demande du kiosque : le SMS n'est pas parti. Adressez-vous au secrétariat.",
  Uncertain:
    "Le service d'envoi de SMS a mis trop de temps à répondre : le SMS est peut-être quand même en route. Attendez-le quelques minutes ; s'il n'arrive pas, recommencez ou adressez-vous au secrétariat.",
};

const endReasons: Record<ActivationEndReason, { title: string; text: string }> = {
  'flow-expired': {
    title: 'La démarche a été interrompue',
    text: "Le temps prévu pour créer votre compte est dépassé, ou le kiosque a redémarré entre-temps. Rien n'a été enregistré : vous pouvez recommencer depuis le début.",
  },
  expired: {
    title: 'Le délai est dépassé',
    text: 'Ce code est valable pendant une durée de {minutes} min. Passé ce délai, il vous faudra recommencer la procédure de saisie de numéro de téléphone afin de recevoir un nouveau code.',
  },
  'too-many-codes': {
    title: 'Trop de codes erronés',
    text: 'Le code a été mal saisi trop de fois. Par sécurité, la démarche est arrêtée. Vous pouvez recommencer : un nouveau code vous sera envoyé.',
  },
  'too-many-birthdates': {
    title: 'Trop de dates de naissance erronées',
    text: "Une date de naissance a été mal saisie trop de fois. Par sécurité, la démarche est arrêtée. Vérifiez les dates de naissance de vos enfants ou adressez-vous au secrétariat de l'établissement.",
  },
  'all-children-rejected': {
    title: 'Aucun enfant rattaché',
    text: "Vous avez indiqué n'être le représentant légal d'aucun des élèves affichés. Le secrétariat en sera informé. Votre compte ne peut pas être créé ici : adressez-vous au secrétariat de l'établissement.",
  },
  'guardian-locked': {
    title: 'Compte bloqué par sécurité',
    text: "Trop de tentatives ont échoué pour ce compte. Par sécurité, il est bloqué. Adressez-vous au secrétariat de l'établissement pour le débloquer.",
  },
  abandoned: {
    title: 'Démarche abandonnée',
    text: "La démarche a été abandonnée. Rien n'a été enregistré. Vous pouvez recommencer quand vous le souhaitez.",
  },
};

// "Identifiant perdu" / "Mot de passe perdu" end for these reasons (shared/recovery-view.ts).
const recoveryEndReasons: Record<RecoveryEndReason, { title: string; text: string }> = {
  'flow-expired': {
    title: 'La démarche a été interrompue',
    text: "Le temps prévu pour la démarche est dépassé, ou le kiosque a redémarré entre-temps. Rien n'a été changé : vous pouvez recommencer depuis le début.",
  },
  expired: {
    title: 'Le délai est dépassé',
    text: 'Ce code est valable pendant une durée de {minutes} min. Passé ce délai, il vous faut recommencer pour recevoir un nouveau code.',
  },
  'too-many-codes': {
    title: 'Trop de codes erronés',
    text: "Le code a été mal saisi trop de fois. Par sécurité, la démarche est arrêtée. Vous pouvez recommencer. Si vous n'avez pas encore de compte, créez-le avec « Je n'ai pas encore d'identifiant ».",
  },
  'too-many-birthdates': {
    title: 'Trop de dates de naissance erronées',
    text: "La date de naissance a été mal saisie trop de fois. Par sécurité, la démarche est arrêtée et votre mot de passe n'a pas changé. Adressez-vous au secrétariat de l'établissement.",
  },
  'guardian-locked': endReasons['guardian-locked'],
  abandoned: {
    title: 'Démarche arrêtée',
    text: "La démarche est arrêtée. Rien n'a été changé. Vous pouvez recommencer quand vous le souhaitez.",
  },
};

export const fr = {
  app: {
    title: 'Kiosque — Activation de compte',
    brand: 'Kiosque des parents',
    loading: 'Chargement…',
    loadingFailed:
      "Le kiosque n'arrive pas à démarrer. Nouvel essai dans quelques secondes. Si cela dure, prévenez le secrétariat.",
    schools: 'Établissements : {names}',
    kioskName: 'Kiosque : {name}',
  },
  demo: {
    banner: 'Mode démonstration',
    bannerDetail: "Élèves fictifs — aucun vrai SMS n'est envoyé.",
    bannerRealGateway:
      "Élèves fictifs — aucun SMS n'est envoyé : la passerelle SMS de l'établissement est configurée, mais la liste des élèves est encore celle de démonstration. Importez l'export de l'établissement depuis la console du secrétariat.",
    phoneTitle: 'Téléphone de démonstration',
    phoneEmpty: 'Aucun SMS reçu pour le moment.',
    to: 'À : {to}',
    receivedAt: 'Reçu à {time}',
    messages: 'Messages reçus',
  },
  common: {
    back: 'Retour',
    abandon: 'Abandonner',
    continue: 'Continuer',
    restart: 'Recommencer',
    home: "Retour à l'accueil",
    stepOf: 'Étape {n} sur {total}',
    stepNav: 'Progression',
    busy: 'Veuillez patienter…',
  },
  abandon: {
    title: 'Abandonner la création du compte ?',
    text: 'Ce que vous avez saisi sera effacé.',
    confirm: 'Oui, abandonner',
    cancel: 'Non, continuer',
  },
  activation: {
    startFailedTitle: "La création du compte n'a pas pu commencer",
  },
  steps: {
    identity: 'Identité',
    code: 'Code SMS',
    children: 'Vos enfants',
    identifier: 'Votre identifiant',
    password: 'Mot de passe',
  },
  field: {
    showPassword: 'Afficher le mot de passe',
    hidePassword: 'Masquer le mot de passe',
    errorPrefix: 'Erreur :',
  },
  login: {
    title: 'Connexion',
    intro: 'Renseignez votre identifiant et votre mot de passe.',
    identifier: 'Identifiant',
    identifierPlaceholder: 'Saisissez un identifiant',
    password: 'Mot de passe',
    passwordPlaceholder: 'Saisissez un mot de passe',
    submit: 'Se connecter',
    lostIdentifier: 'Identifiant perdu',
    lostPassword: 'Mot de passe perdu',
    or: 'OU',
    noIdentifier: "Je n'ai pas encore d'identifiant",
    assistance: 'Assistance',
    legal: 'Mentions légales',
    moreLinks: 'Autres liens',
    missingIdentifier: 'Saisissez votre identifiant.',
    missingPassword: 'Saisissez votre mot de passe.',
  },
  info: {
    assistance: {
      title: 'Assistance',
      paragraphs: [
        "Le secrétariat de l'établissement peut vous aider à créer votre compte ou à vous connecter.",
        "Pensez à apporter : une pièce d'identité, le téléphone portable dont vous avez donné le numéro à l'établissement, et les dates de naissance de vos enfants.",
        "Si votre numéro de portable a changé, le secrétariat doit d'abord le mettre à jour : vous pourrez ensuite créer votre compte ici.",
        "Ce kiosque ne garde rien de ce que vous saisissez : après quelques instants sans action, l'écran est remis à zéro.",
      ],
    },
    legal: {
      title: 'Mentions légales',
      sections: [
        {
          heading: 'Responsable du traitement',
          text: "L'établissement scolaire qui met ce kiosque à disposition, représenté par son chef d'établissement.",
        },
        {
          heading: 'Finalité',
          text: "Permettre aux représentants légaux des élèves de créer leur compte et de s'y connecter.",
        },
        {
          heading: 'Données utilisées',
          text: "Vos nom, prénom et numéro de téléphone portable, ainsi que le prénom, la classe et la date de naissance de vos enfants, tels qu'ils figurent dans la liste des élèves de l'établissement. Ces informations servent uniquement à vérifier votre identité et le rattachement de vos enfants.",
        },
        {
          heading: 'Sur cet écran',
          text: "Rien de ce que vous saisissez n'est conservé sur ce kiosque : l'écran est effacé à la fin de la démarche, après un temps sans action, ou quand vous abandonnez.",
        },
        {
          heading: 'Vos droits',
          text: "Conformément au règlement général sur la protection des données (RGPD) et à la loi Informatique et Libertés, vous pouvez accéder à vos données, les faire rectifier ou demander la limitation de leur traitement. Adressez-vous au délégué à la protection des données (DPO) de l'établissement, dont les coordonnées sont disponibles au secrétariat. Vous pouvez aussi adresser une réclamation à la CNIL.",
        },
      ],
    },
    student: {
      title: 'Vous êtes élève',
      paragraphs: [
        'Ce kiosque sert à créer les comptes des représentants légaux des élèves.',
        "Vos identifiants d'élève vous sont fournis par votre établissement : demandez-les au secrétariat ou à votre professeur principal.",
      ],
    },
    phoneNotRegistered: {
      title: "Votre portable n'est pas enregistré",
      paragraphs: [
        "Le numéro de téléphone portable utilisé lors de la procédure d'activation doit être identique à celui fourni à l'établissement.",
        "Adressez-vous au secrétariat de l'établissement d'un de vos enfants : il peut enregistrer votre numéro ou vous donner vos identifiants.",
        'Une fois votre numéro enregistré, vous pourrez créer votre compte sur ce kiosque.',
      ],
    },
  },
  choice: {
    title: 'Quelle est votre situation ?',
    guardian:
      "Je suis représentant légal d'élève(s) scolarisé(s) : je peux créer mon compte en recevant un code d'activation par SMS.",
    create: 'Créer mon compte',
    otherCases: 'Autres situations',
    phoneNotRegistered: "Mon portable n'est pas enregistré",
    phoneNotRegisteredText:
      "Si mon portable n'est pas enregistré, je peux contacter l'établissement d'un de mes enfants pour obtenir mes identifiants.",
    student: 'Je suis un(e) élève',
    studentText:
      'Je suis un(e) élève : je contacte mon établissement qui me fournira mes identifiants.',
  },
  identity: {
    title: 'Vos informations',
    intro:
      "Saisissez votre nom, prénom et le numéro de mobile que vous avez communiqué à l'établissement scolaire de vos enfants.",
    lastName: 'Nom',
    firstName: 'Prénom',
    mobile: 'Numéro de téléphone portable',
    // The seed's rule first, then how to type it.
    mobileHint:
      "Le numéro de téléphone portable utilisé lors de la procédure d'activation doit être identique à celui fourni à l'établissement. Par exemple : 06 12 34 56 78. Les espaces sont acceptés.",
    submit: 'Recevoir mon code SMS',
    invalid: {
      lastName: 'Saisissez votre nom.',
      firstName: 'Saisissez votre prénom.',
      mobile: 'Saisissez un numéro de téléphone portable, par exemple 06 12 34 56 78.',
      identifier: 'Saisissez votre identifiant.',
    },
  },
  confirmSend: {
    title: "Confirmez l'envoi du code",
    text: 'Un code va être envoyé au {phone}',
    help: 'Vérifiez que ce numéro est bien celui de votre téléphone portable, puis validez.',
    submit: 'Valider',
  },
  code: {
    title: 'Code reçu par SMS',
    intro: 'Saisissez le code de validation reçu par SMS.',
    sentTo: 'Le code a été envoyé au {phone}.',
    changeNumber: 'Modifier mon numéro',
    label: 'Code de validation',
    hint: 'Le code comporte 6 chiffres.',
    // The seed's sentence (Étape 3), said once; the minutes follow the kiosk's setting.
    validity:
      'Ce code est valable pendant une durée de {minutes} min. Passé ce délai, il vous faudra recommencer la procédure de saisie de numéro de téléphone afin de recevoir un nouveau code.',
    submit: 'Valider',
    resend: 'Renvoyer le code',
    resendAt: 'Vous pourrez demander un nouveau code à partir de {time}.',
    resendNow: "Vous n'avez rien reçu ? Vous pouvez demander un nouveau code.",
    resent: 'Un nouveau code a été envoyé.',
  },
  children: {
    title: 'Vos enfants',
    intro:
      "La liste de vos enfants s'affiche. Il vous faut maintenant saisir l'ensemble des dates de naissances de vos enfants pour valider leur rattachement.",
    reportHint:
      'Vous pouvez également signaler un rattachement erroné en cliquant sur « non » à la question « Je suis le représentant légal de cet élève ».',
    listLabel: 'Élèves rattachés à votre numéro',
    noClass: 'Classe non renseignée',
    className: 'Classe : {name}',
    question: 'Je suis le représentant légal de cet élève',
    yes: 'Oui',
    no: 'Non',
    birthDate: 'Date de naissance (jj/mm/aaaa)',
    birthDatePlaceholder: 'jj/mm/aaaa',
    birthDateHint: 'Les barres obliques sont ajoutées pour vous.',
    confirmDate: 'Confirmer la date de naissance',
    reportTitle: 'Signaler un rattachement erroné',
    reportText:
      "Vous allez indiquer que vous n'êtes pas le représentant légal de {name}. Le secrétariat de l'établissement en sera informé.",
    reportConfirm: 'Signaler un rattachement erroné',
    reportCancel: 'Annuler',
    status: {
      pending: 'À compléter',
      confirmed: 'Confirmé',
      rejected: 'Signalé',
    },
    continueHint: 'Répondez pour chacun de vos enfants pour pouvoir continuer.',
    continue: 'Continuer',
  },
  identifier: {
    title: 'Votre identifiant',
    intro:
      "Votre identifiant EduConnect s'affiche. Veillez à noter cet identifiant. Il vous permettra de vous connecter via la page d'authentification.",
    label: 'Votre identifiant',
    keepTip: 'Notez-le sur papier ou prenez cet écran en photo avec votre téléphone.',
    acknowledge: 'Je prends note de mon identifiant',
  },
  // "Imprimer mon identifiant": the button, its messages, and the printed ticket's wording.
  ticket: {
    print: 'Imprimer mon identifiant',
    printing: 'Impression en cours…',
    printed: 'Votre ticket est imprimé. Prenez-le à la sortie de l’imprimante.',
    heading: 'Votre identifiant EduConnect',
    loginAt: 'Pour vous connecter, allez sur :',
    loginSteps:
      'Sur la page d’authentification, saisissez cet identifiant et votre mot de passe, puis « Se connecter ».',
    printedOn: 'Imprimé le {date}',
    keep: 'Gardez ce ticket. Votre mot de passe n’y figure pas : ne le notez pas dessus.',
  },
  passwordStep: {
    title: 'Je crée mon mot de passe',
    rule: 'Au moins 12 caractères. Les espaces sont acceptés : une petite phrase facile à retenir fonctionne très bien.',
    example: 'Par exemple : « mon chat dort sur le canapé bleu ».',
    password: 'Saisir un mot de passe',
    confirmation: 'Confirmer le mot de passe',
    count: '{n} caractère saisi | {n} caractères saisis',
    identifierReminder: 'Identifiant : {identifier}',
    submit: 'Terminer',
    blocklist: {
      common:
        'Ce mot de passe est trop courant : il fait partie des mots de passe faciles à deviner. Choisissez-en un autre, par exemple une phrase.',
      identifier: 'Le mot de passe ne doit pas contenir votre identifiant.',
      personal:
        'Le mot de passe ne doit pas contenir votre nom, votre prénom ni le prénom de vos enfants.',
      service:
        'Le mot de passe ne doit pas contenir le nom du service, par exemple « educonnect ».',
    },
  },
  done: {
    title: 'Votre compte est créé',
    text: 'Votre compte est prêt, {name}. Vous pourrez vous connecter avec cet identifiant et le mot de passe que vous venez de choisir.',
    identifierLabel: 'Votre identifiant',
    nextTimeTitle: 'Et à la prochaine connexion ?',
    nextTimeText:
      "Une fois arrivé(e) sur la page d'authentification, il suffira de renseigner l'identifiant et le mot de passe.",
    finish: "J'ai terminé",
    login: 'Se connecter',
  },
  alreadyActivated: {
    title: 'Vous avez déjà un compte',
    text: 'Bonjour {name}, votre compte est déjà activé. Connectez-vous avec votre identifiant et votre mot de passe.',
    identifierLabel: 'Votre identifiant',
    lostPassword:
      "Mot de passe oublié ? Choisissez « Mot de passe perdu » sur l'écran de connexion : un code vous sera envoyé par SMS.",
    login: 'Se connecter',
  },
  ended: {
    reasons: endReasons,
    restart: 'Recommencer',
  },
  account: {
    title: 'Bonjour {name}',
    identifierLabel: 'Votre identifiant',
    childrenTitle: 'Vos enfants',
    noChildren: 'Aucun enfant rattaché.',
    className: 'Classe : {name}',
    noClass: 'Classe non renseignée',
    logout: 'Se déconnecter',
    privacy: 'Pensez à vous déconnecter avant de quitter le kiosque.',
    changePassword: 'Changer mon mot de passe',
    passwordChanged: 'Votre mot de passe a été changé.',
  },
  changePassword: {
    title: 'Changer mon mot de passe',
    forcedTitle: 'Choisissez votre mot de passe',
    forcedIntro:
      'Le secrétariat vous a donné un mot de passe provisoire. Choisissez maintenant votre propre mot de passe : vous vous connecterez avec lui la prochaine fois.',
    current: 'Mot de passe actuel',
    password: 'Nouveau mot de passe',
    confirmation: 'Confirmer le nouveau mot de passe',
    submit: 'Enregistrer le mot de passe',
    otherSessions: 'Les autres connexions à votre compte seront fermées.',
  },
  recovery: {
    identifier: {
      title: 'Identifiant perdu',
      intro:
        "Saisissez votre nom, votre prénom et le numéro de portable que vous avez donné à l'établissement. Vous recevrez un code par SMS pour afficher votre identifiant.",
      doneTitle: 'Votre identifiant',
      doneText: 'Il vous a aussi été envoyé par SMS. Notez-le ou prenez cet écran en photo.',
    },
    password: {
      title: 'Mot de passe perdu',
      intro:
        'Vous allez recevoir un code par SMS, puis choisir un nouveau mot de passe. Indiquez votre identifiant, ou votre nom, votre prénom et votre numéro de portable.',
      byIdentifier: 'Avec mon identifiant',
      byName: 'Avec mon nom et mon numéro de portable',
      chooseWay: 'Comment voulez-vous être reconnu ?',
      doneTitle: 'Votre mot de passe est changé',
      doneText:
        'Vous pouvez maintenant vous connecter avec votre nouveau mot de passe. Un SMS vous en informe, et les autres connexions à votre compte ont été fermées.',
    },
    steps: {
      identity: 'Identité',
      code: 'Code SMS',
      identifier: 'Votre identifiant',
      birthDate: 'Vérification',
      password: 'Nouveau mot de passe',
    },
    identifierLabel: 'Identifiant',
    submitIdentity: 'Recevoir mon code SMS',
    confirmTitle: "Confirmez l'envoi du code",
    confirmToPhone: 'Un code va être envoyé au {phone}',
    confirmToKnownPhone:
      "Si cet identifiant correspond à un compte, un code va être envoyé au numéro de portable que l'établissement a enregistré.",
    confirmHelp: 'Vérifiez ce que vous avez saisi, puis validez.',
    codeIntro: 'Saisissez le code reçu par SMS.',
    codeSentToKnownPhone:
      "Le code a été envoyé au numéro de portable que l'établissement a enregistré, si l'identifiant correspond à un compte.",
    changeDetails: "Modifier ce que j'ai saisi",
    noAccountHint: "Pas de SMS ? Si vous n'avez pas encore de compte, il faut d'abord le créer.",
    createAccount: 'Créer mon compte',
    birthDateTitle: 'Une dernière vérification',
    birthDateIntro: 'Pour protéger votre compte, saisissez la date de naissance de {name}.',
    birthDateIntroClass:
      'Pour protéger votre compte, saisissez la date de naissance de {name} (classe : {className}).',
    birthDateSubmit: 'Valider',
    newPasswordTitle: 'Je choisis un nouveau mot de passe',
    newPasswordSubmit: 'Enregistrer le mot de passe',
    login: 'Se connecter',
    finish: "J'ai terminé",
    ended: recoveryEndReasons,
  },
  idle: {
    title: 'Êtes-vous toujours là ?',
    text: "Sans action de votre part, l'écran sera effacé dans {n} seconde et ce que vous avez saisi sera perdu. | Sans action de votre part, l'écran sera effacé dans {n} secondes et ce que vous avez saisi sera perdu.",
    continue: 'Continuer',
  },
  keyboard: {
    label: "Clavier à l'écran",
    close: 'Fermer le clavier',
    backspace: 'Effacer',
    space: 'Espace',
    shift: 'Majuscules',
    numbers: '123 ?!',
    letters: 'ABC',
    // Shown above the keyboard when the parent chose another language than French.
    latinLayout:
      "Clavier en lettres latines : les noms s'écrivent comme dans la liste des élèves de l'établissement.",
  },
  // The language choice on every parent screen; each language is named in its own script.
  language: {
    choose: 'Langue',
    listLabel: 'Choisissez votre langue',
  },
  // The console's front-desk sections (record a mobile, issue an identifier, settings).
  desk: {
    recordMobile: {
      title: 'Enregistrer un portable',
      intro:
        "Quand le fichier de l'établissement ne donne pas de portable pour {name}, ou plus le bon : après avoir vérifié son identité, enregistrez le numéro que ce parent vous donne. Il pourra ensuite activer son compte par SMS au kiosque avec ce numéro.",
      mobile: 'Numéro de portable du responsable',
      mobileHint: 'Par exemple 06 12 34 56 78.',
      next: 'Continuer',
      confirmTitle: 'Vérifiez le numéro avec le parent',
      confirmText: 'Le numéro enregistré pour {name} sera :',
      confirm: 'Enregistrer ce numéro',
      change: 'Corriger le numéro',
      doneTitle: 'Portable enregistré',
      doneText:
        '{name} peut maintenant activer son compte au kiosque avec le portable {mobile}. Ce numéro est une correction locale : il sera vérifié au prochain import des fichiers de l’établissement.',
      listTitle: 'Portables enregistrés au secrétariat',
      listEmpty: 'Aucun portable enregistré au secrétariat.',
      localCorrection: 'Correction locale',
      recordedBy: 'Enregistré par {name} le {date}',
      exportHad: 'Numéro du fichier de l’établissement à ce moment : {mobile}',
      exportHadNone: 'Le fichier de l’établissement ne donnait aucun numéro.',
      status: {
        active: 'En vigueur',
        confirmed: 'Repris par le fichier de l’établissement',
        superseded: 'Remplacé par le fichier de l’établissement : à vérifier',
      },
      supersededBy: 'Le dernier import donne un autre numéro : {mobile}.',
    },
    issue: {
      title: 'Remettre un identifiant',
      intro:
        '{name} ne peut pas activer son compte par SMS. Après avoir vérifié son identité, vous pouvez créer son identifiant avec un mot de passe provisoire, imprimé sur une lettre à lui remettre.',
      children: 'Représentant légal de : {names}',
      warning:
        "Le mot de passe provisoire ne s'affiche qu'une fois. Imprimez la lettre avant de quitter cet écran.",
      confirm: "Créer l'identifiant",
      doneTitle: 'Identifiant créé',
      print: 'Imprimer la lettre',
      savePdf: 'Enregistrer en PDF',
      pdfSaved:
        'Lettre enregistrée : {file}. Elle contient le mot de passe provisoire : supprimez le fichier une fois la lettre imprimée.',
      finish: "J'ai remis la lettre",
      finishConfirmTitle: 'La lettre a-t-elle été imprimée ?',
      finishConfirmText:
        'Le mot de passe provisoire ne pourra plus être affiché. Sans la lettre, il faudra en créer un nouveau.',
      finishConfirm: 'Oui, terminer',
      finishCancel: 'Non, revenir à la lettre',
    },
    letter: {
      title: 'Vos identifiants',
      school: '{school}',
      date: 'Le {date}',
      greeting: 'Bonjour {name},',
      intro:
        'Le secrétariat de l’établissement a créé votre compte de responsable légal pour {children}. Voici vos identifiants.',
      identifier: 'Identifiant',
      temporaryPassword: 'Mot de passe provisoire',
      whereTitle: 'Où vous connecter',
      openAddress:
        '1. Sur un ordinateur, une tablette ou un téléphone, ouvrez un navigateur internet et saisissez cette adresse :',
      chooseParent:
        '2. Sur cette page d’authentification, choisissez de vous connecter comme représentant légal (parent) avec EduConnect, puis renseignez l’identifiant et le mot de passe ci-dessus.',
      askForAddress:
        'Demandez au secrétariat de l’établissement l’adresse de la page d’authentification où vous connecter, puis renseignez-y l’identifiant et le mot de passe ci-dessus.',
      firstLoginTitle: 'À votre première connexion',
      firstLogin:
        'Sur la page d’authentification, renseignez l’identifiant et le mot de passe provisoire ci-dessus, puis choisissez votre propre mot de passe : au moins 12 caractères, par exemple une petite phrase facile à retenir.',
      nextTimeTitle: 'Et à la prochaine connexion ?',
      nextTime:
        "Une fois arrivé(e) sur la page d'authentification, il suffira de renseigner l'identifiant et le mot de passe.",
      keepSafe:
        'Gardez cette lettre en lieu sûr et ne communiquez votre mot de passe à personne : le secrétariat ne vous le demandera jamais.',
      footer: 'Lettre remise par le secrétariat le {date}.',
    },
    settings: {
      title: 'Réglages du kiosque',
      nextStart: 'Les modifications prennent effet au prochain démarrage du kiosque.',
      overridden:
        'Ce réglage est imposé par la configuration du poste (variable d’environnement) : la valeur enregistrée ici ne sera pas utilisée.',
      kioskName: 'Nom du kiosque',
      kioskNameHint: 'Affiché en bas de l’écran d’accueil, par exemple « Kiosque du hall ».',
      codeTtl: 'Durée de validité du code SMS',
      codeTtlHint: 'Le parent doit saisir le code reçu avant la fin de ce délai.',
      idle: 'Délai avant effacement de l’écran sans action',
      idleHint: 'Au-delà, le kiosque demande « Êtes-vous toujours là ? » puis revient à l’accueil.',
      loginUrl: 'Adresse de connexion des parents',
      loginUrlHint:
        'Imprimée sur la lettre d’identifiant : la page où les parents se connectent, par exemple l’ENT de l’établissement ou EduConnect (https://…). Elle figure sur les lettres dès son enregistrement. Laissez vide : la lettre dit de la demander au secrétariat.',
      loginUrlRefused:
        'Saisissez une adresse complète commençant par https://, par exemple https://educonnect.education.gouv.fr.',
      sms: 'Envoi des SMS',
      minutes: '{n} minute | {n} minutes',
      seconds: '{n} seconde | {n} secondes',
      next: 'Continuer',
      back: 'Retour',
      save: 'Enregistrer',
      saved: 'Réglages enregistrés. Ils prendront effet au prochain démarrage du kiosque.',
      current: 'Valeur actuelle : {value}',
      summaryTitle: 'Vérifiez avant d’enregistrer',
      editTitle: 'Modifier les réglages',
      edit: 'Modifier les réglages',
      finish: 'Terminer',
      restartNeeded:
        'Des réglages enregistrés ne sont pas encore appliqués : redémarrez le kiosque pour qu’ils prennent effet.',
      runningProvider: 'Envoi des SMS en service actuellement',
      smsHint:
        'Le fournisseur par lequel partent les codes envoyés aux parents. La page docs/operators/sms-gateways.md explique comment ouvrir un compte chez chacun.',
      providerSettings: 'Réglages de {provider}',
      secretsElsewhere:
        'Les clés et mots de passe du fournisseur se saisissent après l’enregistrement, dans la partie « Clés du fournisseur SMS » des réglages.',
      fallback: 'Fournisseur de secours',
      fallbackHint:
        'Utilisé seulement quand le premier ne répond pas (jamais pour un numéro refusé). Facultatif.',
      noFallback: 'Aucun',
      notSet: 'Non renseigné',
      fieldRefused:
        'Cette valeur n’est pas acceptée ou manque pour ce fournisseur : vérifiez-la (voir docs/operators/sms-gateways.md).',
      providers: {
        demo: 'Démonstration (aucun vrai SMS)',
        'android-gateway': 'Téléphone Android passerelle SMS',
        twilio: 'Twilio',
        ovh: 'OVHcloud',
        smsmode: 'smsmode',
        brevo: 'Brevo',
      },
      fields: {
        smsUrl: 'Adresse de la passerelle',
        smsSender: 'Expéditeur affiché',
        twilioAccountSid: 'Account SID Twilio',
        twilioMessagingServiceSid: 'Messaging Service SID Twilio (facultatif)',
        twilioBaseUrl: 'Adresse de l’API Twilio',
        ovhServiceName: 'Nom du compte SMS OVHcloud',
        ovhApplicationKey: 'Application Key OVHcloud',
        ovhBaseUrl: 'Adresse de l’API OVHcloud',
        smsmodeBaseUrl: 'Adresse de l’API smsmode',
        brevoBaseUrl: 'Adresse de l’API Brevo',
      },
      hints: {
        smsUrl: 'Par exemple http://192.168.1.20:8080 (sans identifiant ni mot de passe).',
        smsSender:
          'Jusqu’à 11 lettres ou chiffres (par exemple COLLEGE), ou un numéro au format international. Obligatoire pour Brevo.',
        twilioAccountSid: 'Commence par AC, suivi de 32 caractères (console Twilio).',
        twilioMessagingServiceSid:
          'Commence par MG. Sans lui, l’expéditeur affiché est obligatoire.',
        twilioBaseUrl: 'Laissez la valeur proposée, sauf indication du responsable informatique.',
        ovhServiceName: 'Par exemple sms-ab12345-1 (espace client OVHcloud).',
        ovhApplicationKey: 'Fournie à la création de l’application (lettres et chiffres).',
        ovhBaseUrl: 'Laissez la valeur proposée, sauf indication du responsable informatique.',
        smsmodeBaseUrl: 'Laissez la valeur proposée, sauf indication du responsable informatique.',
        brevoBaseUrl: 'Laissez la valeur proposée, sauf indication du responsable informatique.',
      },
    },
    sms: {
      secretsTitle: 'Clés du fournisseur SMS',
      secretsIntro:
        'Ces clés sont rangées dans le trousseau sécurisé du poste. Elles ne sont jamais réaffichées : pour en changer, saisissez la nouvelle.',
      noSecrets: 'Le fournisseur choisi ne demande aucune clé.',
      noKeychain:
        'Ce poste n’a pas de trousseau de clés sécurisé : aucune clé ne peut être enregistrée ici. Le responsable informatique doit l’installer (voir docs/operators/secrets.md).',
      secrets: {
        'sms-password': 'Mot de passe de la passerelle Android',
        'twilio-auth-token': 'Auth Token Twilio',
        'ovh-application-secret': 'Application Secret OVHcloud',
        'ovh-consumer-key': 'Consumer Key OVHcloud',
        'smsmode-api-key': 'Clé d’API smsmode',
        'brevo-api-key': 'Clé d’API Brevo',
      },
      set: 'définie',
      notSet: 'non définie',
      setByEnvironment: 'définie par la configuration du poste',
      inEnvironment:
        'Une valeur est imposée par la configuration du poste (variable d’environnement) : c’est elle qui est utilisée.',
      newValue: 'Nouvelle valeur : {name}',
      newValueHint: 'Collez la valeur copiée depuis le site du fournisseur.',
      store: 'Enregistrer la clé',
      stored: 'Clé enregistrée dans le trousseau. Elle servira au prochain démarrage du kiosque.',
      delete: 'Supprimer la clé',
      lastErrorTitle: 'Dernière erreur d’envoi',
      noError: 'Aucune erreur d’envoi enregistrée.',
      when: 'Quand',
      provider: 'Fournisseur',
      what: 'Erreur',
      detail: 'Détail technique (pour le responsable informatique)',
      kinds: {
        InvalidNumber: 'Numéro refusé par le fournisseur : ce numéro ne peut pas recevoir de SMS.',
        Auth: 'Identifiants refusés par le fournisseur : vérifiez les clés et le compte.',
        InsufficientCredit: 'Crédit de SMS épuisé : rechargez le compte chez le fournisseur.',
        RateLimited: 'Le fournisseur limite le nombre d’envois : réessayez dans un moment.',
        Transient: 'Le fournisseur ne répond pas (injoignable) : le SMS n’est pas parti.',
        ProviderError:
          'Le fournisseur a signalé une panne de son côté (erreur 5xx ou réponse illisible) : le SMS est peut-être quand même parti.',
        Rejected:
          'Le fournisseur a refusé la demande (voir le détail technique) : le SMS n’est pas parti.',
        NotConfigured: 'Envoi de SMS mal configuré : vérifiez les réglages et les clés.',
        Uncertain:
          'Le fournisseur a mis trop de temps à répondre : le SMS est peut-être quand même parti.',
      },
      testTitle: 'Envoyer un SMS de test',
      testIntro:
        'Le SMS de test part par le fournisseur en service ({provider}), avec les mêmes limites que les codes des parents.',
      testMobile: 'Numéro de portable pour le test',
      testMobileHint: 'Par exemple 06 12 34 56 78.',
      testSend: 'Envoyer un SMS de test',
      testSent: 'SMS de test envoyé par {provider} au {to}. Vérifiez qu’il est bien arrivé.',
    },
    hub: {
      title: 'Synchronisation avec le hub',
      intro:
        'Le hub relie les postes de l’établissement : un parent qui a activé son compte à un kiosque se connecte à tous les autres, une liste d’élèves importée sur un poste arrive sur tous.',
      notEnrolled:
        'Ce poste n’est relié à aucun hub : il fonctionne seul. Pour le relier, demandez à l’administrateur du hub son adresse et un code d’inscription (valable 24 heures, une seule fois).',
      hubUrl: 'Adresse du hub',
      hubUrlHint: 'Donnée par l’administrateur du hub, par exemple https://hub.exemple.fr.',
      code: 'Code d’inscription',
      codeHint:
        'Les 16 lettres et chiffres donnés par l’administrateur du hub, par exemple ABCD-EFGH-JKMN-PQRS (tirets facultatifs).',
      kioskLabel: 'Nom de ce poste',
      kioskLabelHint:
        'Pour reconnaître ce poste dans la liste du hub, par exemple « Kiosque du hall ».',
      enrol: 'Relier ce poste au hub',
      enrolling: 'Connexion au hub…',
      enrolled: 'Ce poste est relié au hub. Il s’y synchronise désormais tout seul.',
      stateTitle: 'État de la synchronisation',
      hub: 'Hub',
      school: 'Établissement',
      schoolNamed: '{name} ({uai})',
      kioskName: 'Nom de ce poste',
      enrolledOn: 'Relié le',
      syncNow: 'Synchroniser maintenant',
      syncing: 'Synchronisation en cours…',
      moment: {
        today: 'aujourd’hui à {time}',
        yesterday: 'hier à {time}',
        tomorrow: 'demain à {time}',
        other: 'le {date} à {time}',
      },
      lastSuccess: 'Dernière synchronisation réussie : {when}.',
      neverSynced: 'Aucune synchronisation réussie pour l’instant.',
      waiting:
        '{n} modification en attente d’envoi au hub. | {n} modifications en attente d’envoi au hub.',
      nothingWaiting: 'Toutes les modifications de ce poste ont été envoyées au hub.',
      nextTry: 'Prochain essai automatique : {when}.',
      notShared: {
        demo: 'Ce poste a encore la liste de démonstration (établissement {uai}) : ce qui s’y fait reste sur ce poste, rien n’en est partagé avec les autres postes de l’établissement {school}. Importez la liste de l’établissement pour la partager.',
        other:
          'Ce poste a aussi la liste d’un autre établissement ({uai}) : ce qui s’y fait reste sur ce poste, rien n’en est partagé par le hub de l’établissement {school}.',
      },
      failing: {
        unreachable: 'Le hub ne répond pas depuis {since}.',
        tls: 'Depuis {since}, ce poste ne reconnaît plus le certificat de sécurité du hub.',
        revoked: 'Depuis {since}, le hub refuse ce poste : son accès a été retiré.',
        protocol: 'Depuis {since}, ce kiosque et le hub n’ont plus la même version.',
        'hub-error': 'Depuis {since}, le hub a un problème de son côté.',
        'credential-missing': 'Depuis {since}, ce poste ne retrouve plus sa clé d’accès au hub.',
        restored:
          'Depuis {since}, le hub refuse les modifications de ce poste : sa base de données a été restaurée depuis une copie plus ancienne que ce que le hub a déjà reçu de lui.',
      },
      advice: {
        unreachable:
          'Le poste continue de fonctionner seul et enverra ses modifications dès que le hub répondra. Si cela dure, vérifiez la connexion à Internet du poste ou prévenez le responsable informatique.',
        tls: 'Rien n’est envoyé tant que le certificat n’est pas reconnu. Prévenez le responsable informatique : il doit vérifier le certificat du hub.',
        revoked:
          'Rien n’est envoyé ni reçu. Demandez à l’administrateur du hub pourquoi ce poste a été retiré ; pour le relier de nouveau, il vous donnera un nouveau code d’inscription.',
        protocol:
          'Rien n’est envoyé ni reçu. Le responsable informatique doit mettre à jour le kiosque (ou le hub).',
        'hub-error': 'Le poste réessaie tout seul. Si cela dure, prévenez l’administrateur du hub.',
        'credential-missing':
          'Rien n’est envoyé ni reçu. Prévenez le responsable informatique : le trousseau de clés du poste a perdu la clé du hub, et le poste doit être relié de nouveau.',
        restored:
          'Rien n’est envoyé ni reçu, pour que rien ne soit perdu en silence. Prévenez le responsable informatique : ce poste doit repartir d’un dossier de données neuf et être relié de nouveau au hub (les comptes créés sur ce poste depuis la restauration sont à refaire).',
      },
      conflicts: {
        title: 'Conflits à examiner',
        intro:
          'Des postes hors ligne ont fait des choix différents. Le hub a décidé selon ses règles ; rien n’est perdu (tout est dans le journal d’audit). Vérifiez chaque cas, puis cliquez sur « Vu ».',
        none: 'Aucun conflit à examiner.',
        recordedOn: 'Décidé par le hub le {date}',
        someGuardian: 'un responsable',
        activatedTwice:
          '{guardian} a activé son compte sur deux postes pendant qu’ils étaient hors ligne. L’identifiant à utiliser est {kept} ; l’identifiant {retired} est retiré.',
        activatedTwiceSameIdentifier:
          '{guardian} a activé son compte sur deux postes pendant qu’ils étaient hors ligne, avec le même identifiant {identifier} mais deux mots de passe. Le premier mot de passe arrivé au hub est gardé ; l’autre ne fonctionne plus.',
        adviceSameIdentifier:
          'Prévenez-le : avec l’autre mot de passe, le kiosque répond « Identifiant ou mot de passe incorrect ». S’il ne se souvient pas du premier, il en choisit un nouveau avec « Mot de passe perdu » au kiosque.',
        activatedTwiceNoFacts:
          '{guardian} a activé son compte sur deux postes pendant qu’ils étaient hors ligne. Le premier compte arrivé au hub est gardé, l’autre est retiré.',
        mobile:
          'Deux portables différents ont été enregistrés pour {guardian} sur deux postes en même temps : le {kept} est gardé, le {lost} est écarté.',
        mobileNoFacts:
          'Deux portables différents ont été enregistrés pour {guardian} sur deux postes en même temps : le dernier arrivé au hub est gardé.',
        password:
          'Le mot de passe du compte {identifier} ({guardian}) a été changé sur deux postes en même temps : le dernier changement arrivé au hub est gardé.',
        passwordNoFacts:
          'Le mot de passe du compte de {guardian} a été changé sur deux postes en même temps : le dernier changement arrivé au hub est gardé.',
        advice: {
          'same-guardian-activated-twice':
            'S’il se connecte avec l’identifiant retiré, le kiosque lui indique celui à utiliser. Prévenez-le si vous le pouvez.',
          'concurrent-mobile':
            'Vérifiez le bon numéro avec le responsable, et enregistrez-le de nouveau si le numéro gardé n’est pas le bon.',
          'concurrent-password':
            'Si le parent ne peut plus se connecter, il choisit un nouveau mot de passe avec « Mot de passe perdu » au kiosque.',
        },
        openGuardian: 'Voir la fiche de {name}',
        seen: 'Vu',
        seenLabel: 'Vu : conflit concernant {guardian}',
        acknowledged: 'Conflit marqué comme vu.',
      },
    },
  },
  console: {
    kicker: 'Console du secrétariat',
    title: 'Console du secrétariat',
    leave: 'Quitter la console',
    logout: 'Se déconnecter',
    loggedInAs: 'Console du secrétariat — connecté : {name}',
    menu: 'Sections de la console',
    yes: 'Oui',
    no: 'Non',
    noClass: 'Sans classe',
    sections: {
      search: 'Rechercher un parent',
      wrongLinks: 'Rattachements signalés',
      dashboard: 'Tableau de bord',
      audit: "Journal d'audit",
      settings: 'Réglages',
      mobileCorrections: 'Portables enregistrés',
      import: 'Importer les élèves',
      staffAccounts: 'Comptes du secrétariat',
    },
    setup: {
      title: 'Créer le premier compte du secrétariat',
      intro:
        "C'est le premier démarrage de la console. Créez le compte de la personne qui l'administre : il servira à se connecter à la console, jamais au compte d'un parent.",
      displayName: 'Votre nom',
      displayNameHint: 'Tel qu’il apparaîtra dans le journal, par exemple : Martine Durand',
      username: 'Identifiant de connexion',
      usernameHint: 'Lettres sans accent, chiffres, point ou tiret, par exemple : secretariat',
      password: 'Mot de passe',
      passwordHint:
        'Au moins 12 caractères. Une phrase facile à retenir convient, sans votre nom ni celui du service.',
      confirmation: 'Confirmez le mot de passe',
      setupCode: "Code d'installation",
      setupCodeHint:
        "Donné par le responsable informatique : il s'affiche au démarrage du kiosque, ou avec « npm run config -- console setup-code ». Il ne sert qu'une fois.",
      submit: 'Créer le compte',
    },
    staff: {
      title: 'Comptes du secrétariat',
      intro:
        'Chaque personne du secrétariat a son propre compte : le journal d’audit dit qui a fait quoi.',
      add: 'Ajouter un compte',
      changeOwn: 'Changer mon mot de passe',
      you: 'Vous',
      username: 'Identifiant : {username}',
      createdOn: 'Créé le {date}',
      createdBy: 'Créé le {date} par {name}',
      lastLogin: 'Dernière connexion le {date}',
      neverLoggedIn: 'Jamais connecté',
      enabled: 'Actif',
      disabled: 'Désactivé le {date}',
      temporary: 'Mot de passe provisoire',
      disable: 'Désactiver',
      enable: 'Réactiver',
      resetPassword: 'Nouveau mot de passe provisoire',
      created:
        'Le compte de {name} est créé. Donnez-lui son mot de passe provisoire : il en choisira un à sa première connexion.',
      disabledNotice: 'Le compte de {name} est désactivé : ses connexions en cours sont terminées.',
      enabledNotice: 'Le compte de {name} est de nouveau actif.',
      resetNotice:
        'Le mot de passe de {name} est remplacé. Donnez-lui le mot de passe provisoire : il en choisira un à sa prochaine connexion.',
      ownChanged: 'Votre mot de passe est changé.',
      addTitle: 'Ajouter un compte du secrétariat',
      addIntro:
        'Saisissez un mot de passe provisoire et donnez-le à la personne : elle devra choisir le sien à sa première connexion.',
      displayName: 'Nom de la personne',
      displayNameHint: 'Tel qu’il apparaîtra dans le journal, par exemple : Karim Benali',
      newUsername: 'Identifiant de connexion',
      usernameHint: 'Lettres sans accent, chiffres, point ou tiret, par exemple : k.benali',
      temporaryPassword: 'Mot de passe provisoire',
      temporaryPasswordHint:
        'Au moins 12 caractères, sans le nom de la personne ni celui du service.',
      temporaryConfirmation: 'Confirmez le mot de passe provisoire',
      create: 'Créer le compte',
      resetTitle: 'Nouveau mot de passe provisoire pour {name}',
      resetIntro:
        'Ses connexions en cours se terminent. Donnez-lui ce mot de passe : elle devra choisir le sien à sa prochaine connexion.',
      resetSubmit: 'Remplacer le mot de passe',
      ownTitle: 'Changer mon mot de passe',
      forcedTitle: 'Choisissez votre mot de passe',
      forcedIntro:
        'Vous vous êtes connecté avec un mot de passe provisoire. Choisissez le vôtre : vous seul le connaîtrez.',
      currentPassword: 'Mot de passe actuel',
      newPassword: 'Nouveau mot de passe',
      newPasswordHint:
        'Au moins 12 caractères. Une phrase facile à retenir convient, sans votre nom ni celui du service.',
      confirmation: 'Confirmez le nouveau mot de passe',
      save: 'Enregistrer le mot de passe',
      passwordRefused: {
        identifier: 'Le mot de passe ne doit pas contenir l’identifiant de connexion du compte.',
        personal: 'Le mot de passe ne doit pas contenir le nom de la personne titulaire du compte.',
      },
    },
    login: {
      title: 'Connexion à la console',
      intro: 'Réservé au personnel du secrétariat.',
      username: 'Identifiant',
      password: 'Mot de passe',
      submit: 'Se connecter',
    },
    status: {
      notActivated: 'Non activé',
      activatedOn: 'Activé le {date}',
      locked: 'Bloqué',
      disabled: 'Compte désactivé',
      gone: 'Absent du dernier import',
    },
    search: {
      title: 'Rechercher un parent',
      query: 'Nom ou numéro de téléphone portable',
      hint: 'Par exemple : Dupont Patrick, ou 06 12 34 56 78',
      submit: 'Rechercher',
      resultCount: '{n} résultat | {n} résultats',
      backToResults: 'Retour aux résultats',
      mobile: 'Portable',
      // Said of the export: a number recorded at the desk shows apart (localMobile).
      noMobile: 'Pas de portable dans le fichier de l’établissement',
      notLegalGuardian:
        'Représentant légal d’aucun élève inscrit : ce responsable ne peut pas avoir de compte, ni par SMS ni par une lettre du secrétariat.',
      localMobile: 'Portable donné au secrétariat',
      deskMobileInList: 'Donné au secrétariat : {mobile}',
      identifier: 'Identifiant',
      lockedSince: 'Bloqué depuis le',
      unlock: 'Débloquer ce parent',
      unlocked: 'Le parent est débloqué : il peut de nouveau se connecter et activer son compte.',
      children: 'Enfants',
      child: 'Élève',
      className: 'Classe',
      legalLevel: 'Lien',
      legalGuardian: 'Représentant légal',
      otherLevel: 'Autre responsable (niveau {level})',
      linked: 'Rattaché au compte',
      leftSchool: 'A quitté l’établissement',
      noChildren: 'Aucun enfant dans le dernier import.',
      flows: 'Démarches récentes au kiosque',
      noFlows: 'Aucune démarche récente.',
      sms: 'SMS envoyés',
      noSms: 'Aucun SMS récent vers ce numéro.',
      flowStates: {
        identity: 'Saisie de l’identité',
        confirm_send: 'Avant l’envoi du code',
        code: 'Code envoyé',
        children: 'Confirmation des enfants',
        identifier: 'Identifiant affiché',
        password: 'Choix du mot de passe',
        done: 'Compte créé',
        already_activated: 'Compte déjà activé',
        ended: 'Interrompue',
      },
      endReasons: {
        expired: 'code expiré',
        flow_expired: 'délai dépassé',
        too_many_codes: 'trop de codes erronés',
        too_many_birthdates: 'trop de dates erronées',
        all_children_rejected: 'aucun enfant confirmé',
        guardian_locked: 'parent bloqué',
        abandoned: 'abandonnée',
      },
      smsPurposes: {
        activation_code: 'Code d’activation',
      },
      smsStatuses: {
        accepted: 'envoyé',
        failed: 'échec de l’envoi',
      },
    },
    import: {
      title: 'Importer la liste des élèves',
      intro:
        'Choisissez les fichiers exportés de SIECLE (élèves et responsables, en XML ou en zip) ou de ONDE (élèves et responsables, en CSV). Rien n’est importé avant votre confirmation.',
      files: 'Fichiers exportés',
      filesHint: 'Sélectionnez les deux fichiers ensemble (touche Ctrl maintenue).',
      pick: 'Choisir les fichiers',
      noneChosen: 'Aucun fichier choisi.',
      noFiles: 'Choisissez d’abord les fichiers exportés.',
      tooManyFiles: 'Choisissez au plus {max} fichiers : les élèves et les responsables.',
      fileTooLarge:
        'Le fichier « {name} » dépasse 64 Mo : ce n’est pas un export SIECLE ou ONDE. Rien n’a été envoyé.',
      ondeUai: 'Numéro UAI de l’école',
      ondeUaiHint: '7 chiffres et une lettre, par exemple : 0751234A',
      ondeUaiMissing:
        'Saisissez le numéro UAI de l’école : 7 chiffres et une lettre, par exemple 0751234A. Les fichiers de ONDE ne le donnent pas.',
      ondeName: 'Nom de l’école',
      check: 'Vérifier les fichiers',
      checking: 'Vérification en cours…',
      previewTitle: 'Aperçu de l’import',
      previewLead: 'Établissement {uai}{year}. Voici ce que l’import changera :',
      schoolYear: ', année scolaire {from}-{to}',
      inFiles: 'Dans les fichiers',
      added: 'Ajoutés',
      changed: 'Modifiés',
      gone: 'Partis',
      students: 'Élèves',
      guardians: 'Responsables',
      links: 'Liens élève-responsable',
      enrolled: 'Élèves : {n} inscrit | Élèves : {n} inscrits',
      enrolledAll: '{enrolled}, aucun n’a quitté l’établissement.',
      enrolledSomeLeft:
        '{enrolled} ; {n} a quitté l’établissement (date de sortie ou radié) : ses responsables ne pourront pas activer de compte pour lui. | {enrolled} ; {n} ont quitté l’établissement (date de sortie ou radiés) : leurs responsables ne pourront pas activer de compte pour eux.',
      legalLinks:
        'Dont {n} lien avec un représentant légal (seuls ceux-ci peuvent activer un compte). | Dont {n} liens avec un représentant légal (seuls ceux-ci peuvent activer un compte).',
      demoWillLeave:
        'La liste de démonstration sera supprimée : la borne quittera le mode démonstration.',
      nothingToChange: 'La borne contient déjà exactement cette liste : rien ne changera.',
      refused:
        'Ces fichiers ne peuvent pas être importés : corrigez les problèmes bloquants ci-dessous (ou refaites l’export). Rien n’a été modifié.',
      problemsTitle: '{n} problème trouvé | {n} problèmes trouvés',
      blocking: 'Bloquant',
      warning: 'À vérifier',
      problemFile: 'fichier {name}',
      problemLine: 'ligne {line}',
      problemElement: 'élément <{element}>',
      problemWhole: 'l’ensemble des fichiers',
      detail: 'Détail technique : {reason}',
      moreProblems: '… et {n} autre problème. | … et {n} autres problèmes.',
      apply: 'Importer',
      cancel: 'Annuler',
      cancelled: 'Import annulé : rien n’a été modifié et les fichiers envoyés ont été effacés.',
      appliedTitle: 'Liste des élèves importée',
      appliedLead: 'L’import de l’établissement {uai}{year} est terminé.',
      appliedCounts:
        'La borne contient maintenant {students} élèves, {guardians} responsables et {legalLinks} liens avec un représentant légal.',
      unchanged: 'Rien n’a changé : la borne contenait déjà cette liste.',
      accountsDisabled:
        '{n} compte désactivé : son responsable n’est plus dans la liste. | {n} comptes désactivés : leurs responsables ne sont plus dans la liste.',
      demoLeft:
        'La liste de démonstration a été supprimée : la borne a quitté le mode démonstration.',
      goLiveTitle: 'Avant que les parents puissent activer leur compte',
      goLiveLead:
        'La borne envoie encore les SMS par le téléphone de démonstration, qui refuse une vraie liste d’élèves. Demandez à la personne qui installe la borne de :',
      goLivePepper:
        'conserver le secret des mots de passe (« npm run config -- pepper show ») et le mettre sur chaque borne de l’établissement ;',
      goLiveSms:
        'configurer une vraie passerelle SMS et son secret (« npm run config -- sms set »), voir docs/operators/sms-gateways.md ;',
      goLiveRestart:
        'redémarrer la borne : la console dira alors si les parents peuvent recevoir les codes.',
      another: 'Importer d’autres fichiers',
      reasons: {
        notWellFormed: 'Le fichier est abîmé ou a été modifié : une balise XML est mal écrite.',
        twoSchools:
          'Les fichiers viennent de deux établissements : {first} est celui de {firstUai}, {second} celui de {secondUai}.',
        twoYears:
          'Les fichiers sont de deux années scolaires différentes : refaites les deux exports.',
        noStudentsFile: 'Il manque le fichier des élèves (ElevesSansAdresses.xml ou son zip).',
        noGuardiansFile:
          'Il manque le fichier des responsables (ResponsablesAvecAdresses.xml ou son zip).',
        severalStudentsFiles: 'Plusieurs fichiers d’élèves ont été choisis : gardez-en un seul.',
        severalGuardiansFiles:
          'Plusieurs fichiers de responsables ont été choisis : gardez-en un seul.',
        notSiecle: 'Ce fichier n’est pas un export SIECLE des élèves ou des responsables.',
        empty: 'Le fichier est vide.',
        zip: 'Ce fichier est une archive zip mal nommée : refaites l’export.',
        unreadable: 'Le fichier n’a pas pu être lu : refaites l’export.',
        noSchool: 'Le fichier n’indique pas un numéro d’établissement (UAI) valide.',
        ondeUaiInvalid:
          'Le numéro UAI saisi pour l’école n’est pas valable : 7 chiffres et une lettre, par exemple 0751234A.',
        studentNoFamilyName: 'Élève sans nom de famille.',
        studentNoFirstName: 'Élève sans prénom.',
        studentNoBirthDate: 'Élève sans date de naissance.',
        guardianNoName: 'Responsable sans nom ou sans prénom : il est ignoré.',
        guardianNoMobile:
          'Représentant légal sans numéro de portable : il ne pourra pas activer son compte par SMS. Au secrétariat, enregistrez son portable ou remettez-lui un identifiant.',
        guardianMobileInvalid:
          'Représentant légal dont le numéro de portable n’est pas valide : il ne pourra pas activer son compte par SMS. Au secrétariat, enregistrez son portable ou remettez-lui un identifiant.',
        guardianMobileLandline:
          'Représentant légal dont le numéro « portable » est un fixe : il ne pourra pas activer son compte par SMS. Au secrétariat, enregistrez son portable ou remettez-lui un identifiant.',
        guardianCannotSms:
          'Représentant légal sans numéro de portable utilisable : il ne pourra pas activer son compte par SMS. Au secrétariat, enregistrez son portable ou remettez-lui un identifiant.',
        notOnde:
          'Ce fichier n’est ni la liste des élèves ni l’export des responsables de ONDE (CSV).',
        cutShort:
          'Le fichier est incomplet (copie ou téléchargement interrompu) : refaites l’export.',
        tooLarge: 'Le fichier est bien trop gros pour être l’export ONDE d’une école.',
        notCsv: 'Le fichier n’est pas un export CSV lisible : refaites l’export depuis ONDE.',
        wrongEncoding:
          'Les lettres accentuées du fichier sont mal codées : il a sans doute été modifié puis réenregistré. Refaites l’export.',
        zipDamaged: 'L’archive zip est abîmée : refaites l’export.',
        zipTooManyFiles: 'Cette archive zip contient trop de fichiers pour être un export SIECLE.',
        zipNoXml:
          'L’archive zip ne contient aucun fichier XML : choisissez l’archive produite par l’export SIECLE.',
        zipEntryIgnored: 'Un fichier de l’archive n’est pas un fichier XML : il est ignoré.',
        zipEntryRefused:
          'Un fichier de l’archive zip ne peut pas être ouvert (protégé par un mot de passe, compressé autrement ou de taille anormale) : refaites l’export.',
        ondeNoSchool:
          'Les fichiers de ONDE ne donnent pas le numéro UAI de l’école : saisissez-le.',
        ondeMissingColumns:
          'Il manque une ou plusieurs colonnes ({columns}) : refaites l’export depuis ONDE.',
        ondeChildColumnsIncomplete:
          'Les colonnes des enfants sont incomplètes : refaites l’export des responsables depuis ONDE.',
        ondeUnknownColumn:
          'La colonne « {column} » n’est pas une colonne connue de ONDE : elle n’est pas lue. Vérifiez que le fichier est bien un export ONDE.',
        ondeNoRows: 'Le fichier ne contient aucune ligne : refaites l’export depuis ONDE.',
        studentNoId: 'Élève sans identifiant (ELEVE_ID) : refaites l’export.',
        invalidBirthDate:
          'La date de naissance « {date} » n’est pas valable (attendu : jj/mm/aaaa).',
        duplicatePupil:
          'Le même élève (noms et date de naissance) figure déjà ligne {line} : supprimez la ligne en double.',
        duplicateId: 'Le même identifiant ({id}) figure deux fois dans le fichier.',
        unknownState:
          'État « {state} » inconnu (admis, inscrit ou radié attendu) : l’élève est importé comme inscrit.',
        twoDivisions:
          'Élève inscrit dans deux classes (« {first} » et « {second} ») : la classe « {kept} » est gardée.',
        classWithoutStudent: 'Une classe est donnée sans identifiant d’élève : elle est ignorée.',
        guardianNoId: 'Responsable sans identifiant (PERSONNE_ID) : refaites l’export.',
        guardianNoPupil:
          'Aucun des enfants de ce responsable n’est dans la liste des élèves : il n’est pas importé.',
        childNoName: 'Enfant sans prénom ou sans nom : il n’est rattaché à aucun élève.',
        childAmbiguous:
          'Cet enfant correspond à plusieurs élèves de la même classe : il n’est pas rattaché.',
        childOtherClass:
          'Cet enfant correspond par son nom à un élève de la classe {className} dans la liste des élèves : il n’est pas rattaché.',
        childUnknown:
          'Cet enfant ne correspond à aucun élève de la liste des élèves : il n’est pas rattaché.',
        linkNoId:
          'Un lien élève-responsable n’a pas d’identifiant d’élève ou de responsable : refaites l’export.',
        linkNoLevel:
          'Un lien élève-responsable n’indique pas le niveau de responsabilité : refaites l’export.',
        linkUnknownGuardian:
          'Lien vers un responsable absent du fichier des responsables : il est ignoré.',
        linkUnknownStudent: 'Lien vers un élève absent du fichier des élèves : il est ignoré.',
        moreOfTheSame: '… et {n} autres problèmes du même genre.',
      },
    },
    reports: {
      title: 'Rattachements signalés',
      none: 'Aucun signalement à traiter.',
      showHandled: 'Afficher aussi les signalements traités',
      reportedBy: 'Signalé par {guardian}',
      className: 'classe {name}',
      reportedOn: 'Le {date}',
      markHandled: 'Marquer comme traité',
      handled: 'Traité',
      handledBy: 'par {name} le {date}',
      handleTitle: 'Traiter le signalement',
      summary: '{guardian} a répondu « non » pour {student} le {date}.',
      comment: 'Commentaire',
      commentHint: 'Ce qui a été fait, par exemple : lien corrigé dans SIECLE après appel.',
      save: 'Enregistrer',
      handledNotice: 'Le signalement concernant {student} est traité.',
      openGuardian: 'Voir la fiche de {guardian}',
    },
    dashboard: {
      title: "Tableau de bord de l'activation",
      // The count is of legal guardians of at least one enrolled student: say so.
      total:
        '{percent} % des représentants légaux ont activé leur compte : {activated} sur {total} représentants légaux d’élèves inscrits.',
      row: '{percent} % — {activated} sur {total} représentant légal a activé son compte | {percent} % — {activated} sur {total} représentants légaux ont activé leur compte',
      empty: "Aucun élève dans la base : importez d'abord la liste des élèves.",
      pendingTitle: 'Familles à relancer',
      pendingClass: 'Classe {name}',
      family: '{student} : {guardians}',
    },
    audit: {
      title: "Journal d'audit",
      from: 'Du (jj/mm/aaaa)',
      to: 'Au (jj/mm/aaaa)',
      dayHint: 'Laissez vide pour ne pas limiter.',
      dayInvalid: 'Saisissez une date réelle au format jj/mm/aaaa.',
      action: 'Action',
      actor: 'Auteur',
      any: 'Toutes',
      guardian: 'Représentant',
      student: 'Élève',
      openGuardian: 'Fiche',
      openGuardianOf: 'Voir la fiche de {name}',
      guardianFilter: 'Seulement : {name}',
      clearGuardian: 'Tous les représentants',
      apply: 'Filtrer',
      export: 'Exporter en CSV',
      exported: 'Fichier CSV enregistré ({n} ligne). | Fichier CSV enregistré ({n} lignes).',
      count: '{shown} entrées affichées sur {total}.',
      when: 'Date',
      actors: {
        kiosk: 'Borne (parent)',
        cli: 'Ligne de commande',
        sync: 'Synchronisation avec le hub',
      },
    },
    actions: {
      staff_created: 'Compte du secrétariat créé',
      staff_disabled: 'Compte du secrétariat désactivé',
      staff_enabled: 'Compte du secrétariat réactivé',
      staff_password_reset: 'Mot de passe provisoire donné à un compte du secrétariat',
      staff_password_changed: 'Mot de passe du secrétariat changé',
      staff_password_change_refused: 'Changement de mot de passe du secrétariat refusé',
      staff_login: 'Connexion à la console',
      staff_login_failed: 'Connexion à la console refusée',
      staff_logout: 'Déconnexion de la console',
      console_guardian_search: 'Recherche de parent',
      console_guardian_viewed: 'Fiche parent consultée',
      console_audit_exported: 'Journal exporté',
      guardian_locked: 'Parent bloqué',
      guardian_unlocked: 'Parent débloqué',
      wrong_link_handled: 'Signalement traité',
      login_failed: 'Connexion parent refusée',
      login_succeeded: 'Connexion parent',
      logout: 'Déconnexion parent',
      account_created: 'Compte parent créé',
      wrong_link_reported: 'Rattachement signalé comme erroné',
      activation_started: 'Activation commencée',
      activation_identity_submitted: 'Identité saisie',
      activation_identity_matched: 'Identité reconnue',
      activation_identity_mismatch: 'Identité non reconnue',
      activation_identity_cooldown: 'Kiosque en pause (trop d’échecs)',
      activation_code_sent: 'Code SMS envoyé',
      activation_code_resend_requested: 'Nouveau code demandé',
      activation_code_accepted: 'Code SMS accepté',
      activation_code_wrong: 'Code SMS erroné',
      activation_code_expired: 'Code SMS expiré',
      activation_birthdate_confirmed: 'Date de naissance confirmée',
      activation_birthdate_wrong: 'Date de naissance erronée',
      activation_all_children_rejected: 'Aucun enfant confirmé',
      activation_identifier_reserved: 'Identifiant réservé',
      activation_identifier_acknowledged: 'Identifiant noté par le parent',
      activation_identifier_reallocated: 'Identifiant réattribué',
      activation_password_refused: 'Mot de passe refusé',
      activation_already_activated: 'Compte déjà activé',
      activation_guardian_locked: 'Activation refusée : parent bloqué',
      activation_sms_rate_limited: 'Trop de SMS',
      activation_sms_not_configured: 'SMS non configurés',
      activation_abandoned: 'Activation abandonnée',
      activation_expired: 'Activation expirée',
      activation_back: 'Retour en arrière',
      activation_ended_at_start: 'Activation interrompue au démarrage',
      account_issued_at_desk: 'Identifiant remis par le secrétariat',
      account_password_changed: 'Mot de passe parent changé',
      account_password_change_refused: 'Changement de mot de passe refusé',
      guardian_mobile_corrected: 'Portable enregistré par le secrétariat',
      console_import_previewed: 'Fichiers d’import vérifiés',
      console_import_cancelled: 'Import annulé',
      console_import_unchanged: 'Import sans changement',
      roster_imported: 'Liste des élèves importée',
      roster_purged: 'Anciens élèves et responsables supprimés',
      settings_changed: 'Réglages modifiés',
      settings_secretSet: 'Clé du fournisseur SMS enregistrée',
      settings_secretDeleted: 'Clé du fournisseur SMS supprimée',
      settings_testSms: 'SMS de test envoyé',
      sync_enrolled: 'Poste relié au hub',
      account_retired: 'Compte retiré par le hub (activé deux fois)',
      identifier_reserved: 'Identifiant réservé par le hub',
      conflict_recorded: 'Conflit de synchronisation décidé par le hub',
      conflict_acknowledged: 'Conflit de synchronisation marqué comme vu',
      recovery_started: 'Récupération commencée',
      recovery_identity_submitted: 'Récupération : identité saisie',
      recovery_account_found: 'Récupération : compte trouvé',
      recovery_code_withheld: 'Récupération : aucun code envoyé',
      recovery_code_accepted: 'Récupération : code SMS accepté',
      recovery_code_wrong: 'Récupération : code SMS erroné',
      recovery_identifier_shown: 'Identifiant perdu : identifiant affiché',
      recovery_birthdate_confirmed: 'Récupération : date de naissance confirmée',
      recovery_birthdate_wrong: 'Récupération : date de naissance erronée',
      recovery_no_child_left: 'Récupération : plus aucun enfant inscrit',
      recovery_password_refused: 'Récupération : mot de passe refusé',
      recovery_account_disabled_meanwhile: 'Récupération : compte désactivé entre-temps',
      recovery_notice_sent: 'SMS d’avis de changement de mot de passe envoyé',
      recovery_notice_skipped: 'SMS d’avis de changement de mot de passe non envoyé (limite)',
      recovery_sms_failed: 'Récupération : échec de l’envoi du SMS',
      recovery_sms_not_configured: 'Récupération : SMS non configurés',
      recovery_sms_rate_limited: 'Récupération : trop de SMS',
      recovery_abandoned: 'Récupération abandonnée',
    },
  },
  errors,
  smsFailure,
  errorDetails: {
    remainingAttempts: 'Il vous reste {n} essai. | Il vous reste {n} essais.',
    waitFor: 'Patientez {duration} avant de réessayer.',
    retryAtTime: 'Réessayez à partir de {time}.',
    retryTomorrow: 'Réessayez demain à partir de {time}.',
    retryAtDate: 'Réessayez le {date} à partir de {time}.',
  },
  units: {
    seconds: '{n} seconde | {n} secondes',
    minutes: '{n} minute | {n} minutes',
    and: '{first} et {second}',
  },
};

export type MessageSchema = typeof fr;

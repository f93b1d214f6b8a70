// English: the parent screens (parent-catalogue.ts). The ministry's button names a parent will
// meet again on the EduConnect web page are given in French beside the translation.
import type { ParentMessages } from './parent-catalogue';

type EndReasons = ParentMessages['ended']['reasons'];
type RecoveryEndReasons = ParentMessages['recovery']['ended'];

const endReasons: EndReasons = {
  'flow-expired': {
    title: 'The process was interrupted',
    text: 'The time allowed to create your account has run out, or the kiosk restarted in the meantime. Nothing was saved: you can start again from the beginning.',
  },
  expired: {
    title: 'The time limit has passed',
    text: 'This code is valid for {minutes} min. After that, you will need to enter your phone number again to receive a new code.',
  },
  'too-many-codes': {
    title: 'Too many wrong codes',
    text: 'The code was entered wrongly too many times. For your security, the process has been stopped. You can start again: a new code will be sent to you.',
  },
  'too-many-birthdates': {
    title: 'Too many wrong dates of birth',
    text: "A date of birth was entered wrongly too many times. For your security, the process has been stopped. Check your children's dates of birth or ask the school office for help.",
  },
  'all-children-rejected': {
    title: 'No child linked',
    text: 'You said you are not the legal guardian of any of the pupils shown. The school office will be informed. Your account cannot be created here: please go to the school office.',
  },
  'guardian-locked': {
    title: 'Account locked for security',
    text: 'Too many attempts failed for this account. For your security, it has been locked. Please go to the school office to unlock it.',
  },
  abandoned: {
    title: 'Process cancelled',
    text: 'The process was cancelled. Nothing was saved. You can start again whenever you wish.',
  },
};

const recoveryEndReasons: RecoveryEndReasons = {
  'flow-expired': {
    title: 'The process was interrupted',
    text: 'The time allowed for the process has run out, or the kiosk restarted in the meantime. Nothing was changed: you can start again from the beginning.',
  },
  expired: {
    title: 'The time limit has passed',
    text: 'This code is valid for {minutes} min. After that, you need to start again to receive a new code.',
  },
  'too-many-codes': {
    title: 'Too many wrong codes',
    text: "The code was entered wrongly too many times. For your security, the process has been stopped. You can start again. If you do not have an account yet, create it with “I don't have an identifier yet” («Je n'ai pas encore d'identifiant»).",
  },
  'too-many-birthdates': {
    title: 'Too many wrong dates of birth',
    text: 'The date of birth was entered wrongly too many times. For your security, the process has been stopped and your password has not changed. Please go to the school office.',
  },
  'guardian-locked': endReasons['guardian-locked'],
  abandoned: {
    title: 'Process stopped',
    text: 'The process has been stopped. Nothing was changed. You can start again whenever you wish.',
  },
};

export const en: ParentMessages = {
  app: {
    title: 'Kiosk — Account activation',
    brand: "Parents' kiosk",
    loading: 'Loading…',
    loadingFailed:
      'The kiosk cannot start. Trying again in a few seconds. If this goes on, tell the school office.',
    schools: 'Schools: {names}',
    kioskName: 'Kiosk: {name}',
  },
  demo: {
    banner: 'Demonstration mode',
    bannerDetail: 'Fictitious pupils — no real SMS is sent.',
    bannerRealGateway:
      "Fictitious pupils — no SMS is sent: the school's SMS gateway is set up, but the list of pupils is still the demonstration one. Import the school's export from the school office's console.",
    phoneTitle: 'Demonstration phone',
    phoneEmpty: 'No SMS received yet.',
    to: 'To: {to}',
    receivedAt: 'Received at {time}',
    messages: 'Messages received',
  },
  common: {
    back: 'Back',
    abandon: 'Cancel',
    continue: 'Continue',
    restart: 'Start again',
    home: 'Back to the start',
    stepOf: 'Step {n} of {total}',
    stepNav: 'Progress',
    busy: 'Please wait…',
  },
  abandon: {
    title: 'Cancel creating the account?',
    text: 'What you have entered will be erased.',
    confirm: 'Yes, cancel',
    cancel: 'No, continue',
  },
  activation: {
    startFailedTitle: 'Creating the account could not start',
  },
  steps: {
    identity: 'Identity',
    code: 'SMS code',
    children: 'Your children',
    identifier: 'Your identifier',
    password: 'Password',
  },
  field: {
    showPassword: 'Show the password',
    hidePassword: 'Hide the password',
    errorPrefix: 'Error:',
  },
  login: {
    title: 'Log in',
    intro: 'Enter your identifier and your password.',
    identifier: 'Identifier (Identifiant)',
    identifierPlaceholder: 'Enter an identifier',
    password: 'Password (Mot de passe)',
    passwordPlaceholder: 'Enter a password',
    submit: 'Log in («Se connecter»)',
    lostIdentifier: 'Lost identifier («Identifiant perdu»)',
    lostPassword: 'Lost password («Mot de passe perdu»)',
    or: 'OR',
    noIdentifier: "I don't have an identifier yet («Je n'ai pas encore d'identifiant»)",
    assistance: 'Help',
    legal: 'Legal notice',
    moreLinks: 'Other links',
    missingIdentifier: 'Enter your identifier.',
    missingPassword: 'Enter your password.',
  },
  info: {
    assistance: {
      title: 'Help',
      paragraphs: [
        'The school office can help you create your account or log in.',
        'Remember to bring: an identity document, the mobile phone whose number you gave to the school, and your children’s dates of birth.',
        'If your mobile number has changed, the school office must first update it: you will then be able to create your account here.',
        'This kiosk keeps nothing you enter: after a few moments without any action, the screen is cleared.',
      ],
    },
    legal: {
      title: 'Legal notice',
      sections: [
        {
          heading: 'Data controller',
          text: 'The school that provides this kiosk, represented by its head teacher.',
        },
        {
          heading: 'Purpose',
          text: "To let pupils' legal guardians create their account and log in to it.",
        },
        {
          heading: 'Data used',
          text: "Your surname, first name and mobile phone number, and your children's first names, classes and dates of birth, as they appear in the school's list of pupils. This information is used only to check your identity and the link with your children.",
        },
        {
          heading: 'On this screen',
          text: 'Nothing you enter is kept on this kiosk: the screen is cleared at the end of the process, after a time without any action, or when you cancel.',
        },
        {
          heading: 'Your rights',
          text: 'Under the General Data Protection Regulation (GDPR) and the French Data Protection Act (loi Informatique et Libertés), you can access your data, have it corrected or ask for its processing to be restricted. Contact the school’s data protection officer (DPO), whose contact details are available at the school office. You can also lodge a complaint with the CNIL.',
        },
      ],
    },
    student: {
      title: 'You are a pupil',
      paragraphs: [
        "This kiosk is used to create the accounts of pupils' legal guardians.",
        'Your pupil identifiers are given to you by your school: ask the school office or your form teacher for them.',
      ],
    },
    phoneNotRegistered: {
      title: 'Your mobile is not registered',
      paragraphs: [
        'The mobile phone number used for the activation must be the same as the one given to the school.',
        "Go to the school office of one of your children's schools: they can register your number or give you your identifiers.",
        'Once your number is registered, you will be able to create your account on this kiosk.',
      ],
    },
  },
  choice: {
    title: 'What is your situation?',
    guardian:
      'I am the legal guardian of one or more pupils at school: I can create my account by receiving an activation code by SMS.',
    create: 'Create my account («Créer mon compte»)',
    otherCases: 'Other situations',
    phoneNotRegistered: 'My mobile is not registered',
    phoneNotRegisteredText:
      'If my mobile is not registered, I can contact the school of one of my children to get my identifiers.',
    student: 'I am a pupil',
    studentText: 'I am a pupil: I contact my school, which will give me my identifiers.',
  },
  identity: {
    title: 'Your details',
    intro:
      "Enter your surname, first name and the mobile number you gave to your children's school.",
    lastName: 'Surname',
    firstName: 'First name',
    mobile: 'Mobile phone number',
    mobileHint:
      'The mobile phone number used for the activation must be the same as the one given to the school. For example: 06 12 34 56 78. Spaces are accepted.',
    submit: 'Receive my SMS code («Recevoir mon code SMS»)',
    invalid: {
      lastName: 'Enter your surname.',
      firstName: 'Enter your first name.',
      mobile: 'Enter a mobile phone number, for example 06 12 34 56 78.',
      identifier: 'Enter your identifier.',
    },
  },
  confirmSend: {
    title: 'Confirm sending the code',
    text: 'A code will be sent to {phone}',
    help: 'Check that this is the number of your mobile phone, then confirm.',
    submit: 'Confirm',
  },
  code: {
    title: 'Code received by SMS',
    intro: 'Enter the validation code received by SMS.',
    sentTo: 'The code was sent to {phone}.',
    changeNumber: 'Change my number',
    label: 'Validation code',
    hint: 'The code has 6 digits.',
    validity:
      'This code is valid for {minutes} min. After that, you will need to enter your phone number again to receive a new code.',
    submit: 'Confirm',
    resend: 'Send the code again',
    resendAt: 'You can ask for a new code from {time}.',
    resendNow: 'Nothing received? You can ask for a new code.',
    resent: 'A new code has been sent.',
  },
  children: {
    title: 'Your children',
    intro:
      "The list of your children is shown. Now enter each of your children's dates of birth to confirm the link with them.",
    reportHint:
      'You can also report a wrong link by answering “No” to the question “I am the legal guardian of this pupil”.',
    listLabel: 'Pupils linked to your number',
    noClass: 'Class not given',
    className: 'Class: {name}',
    question: 'I am the legal guardian of this pupil',
    yes: 'Yes',
    no: 'No',
    birthDate: 'Date of birth (dd/mm/yyyy)',
    birthDatePlaceholder: 'dd/mm/yyyy',
    birthDateHint: 'The slashes are added for you.',
    confirmDate: 'Confirm the date of birth',
    reportTitle: 'Report a wrong link',
    reportText:
      'You are about to say that you are not the legal guardian of {name}. The school office will be informed.',
    reportConfirm: 'Report a wrong link',
    reportCancel: 'Cancel',
    status: {
      pending: 'To complete',
      confirmed: 'Confirmed',
      rejected: 'Reported',
    },
    continueHint: 'Answer for each of your children to be able to continue.',
    continue: 'Continue',
  },
  identifier: {
    title: 'Your identifier',
    intro:
      'Your EduConnect identifier is shown. Make sure you write this identifier down. You will use it to log in on the login page.',
    label: 'Your identifier',
    keepTip: 'Write it down on paper or take a photo of this screen with your phone.',
    acknowledge: 'I have written down my identifier',
  },
  ticket: {
    print: 'Print my identifier',
    printing: 'Printing…',
    printed: 'Your ticket has been printed. Take it from the printer.',
    heading: 'Your EduConnect identifier',
    loginAt: 'To log in, go to:',
    loginSteps:
      'On the login page, enter this identifier and your password, then press Log in («Se connecter»).',
    printedOn: 'Printed on {date}',
    keep: 'Keep this ticket. Your password is not on it: do not write it on the ticket.',
  },
  passwordStep: {
    title: 'I create my password',
    rule: 'At least 12 characters. Spaces are accepted: a short sentence that is easy to remember works very well.',
    example: 'For example: “my cat sleeps on the blue sofa”.',
    password: 'Enter a password',
    confirmation: 'Confirm the password',
    count: '{n} character entered | {n} characters entered',
    identifierReminder: 'Identifier: {identifier}',
    submit: 'Finish («Terminer»)',
    blocklist: {
      common:
        'This password is too common: it is one of the passwords that are easy to guess. Choose another one, for example a sentence.',
      identifier: 'The password must not contain your identifier.',
      personal:
        "The password must not contain your surname, your first name or your children's first names.",
      service: 'The password must not contain the name of the service, for example “educonnect”.',
    },
  },
  done: {
    title: 'Your account has been created',
    text: 'Your account is ready, {name}. You can log in with this identifier and the password you have just chosen.',
    identifierLabel: 'Your identifier',
    nextTimeTitle: 'And the next time you log in?',
    nextTimeText: 'Once you are on the login page, just enter your identifier and your password.',
    finish: 'I have finished',
    login: 'Log in',
  },
  alreadyActivated: {
    title: 'You already have an account',
    text: 'Hello {name}, your account is already activated. Log in with your identifier and your password.',
    identifierLabel: 'Your identifier',
    lostPassword:
      'Forgotten your password? Choose “Lost password” («Mot de passe perdu») on the login screen: a code will be sent to you by SMS.',
    login: 'Log in',
  },
  ended: {
    reasons: endReasons,
    restart: 'Start again',
  },
  account: {
    title: 'Hello {name}',
    identifierLabel: 'Your identifier',
    childrenTitle: 'Your children',
    noChildren: 'No child linked.',
    className: 'Class: {name}',
    noClass: 'Class not given',
    logout: 'Log out',
    privacy: 'Remember to log out before leaving the kiosk.',
    changePassword: 'Change my password',
    passwordChanged: 'Your password has been changed.',
  },
  changePassword: {
    title: 'Change my password',
    forcedTitle: 'Choose your password',
    forcedIntro:
      'The school office gave you a temporary password. Now choose your own password: you will log in with it next time.',
    current: 'Current password',
    password: 'New password',
    confirmation: 'Confirm the new password',
    submit: 'Save the password',
    otherSessions: 'Other sessions on your account will be closed.',
  },
  recovery: {
    identifier: {
      title: 'Lost identifier',
      intro:
        'Enter your surname, your first name and the mobile number you gave to the school. You will receive a code by SMS to show your identifier.',
      doneTitle: 'Your identifier',
      doneText:
        'It has also been sent to you by SMS. Write it down or take a photo of this screen.',
    },
    password: {
      title: 'Lost password',
      intro:
        'You will receive a code by SMS, then choose a new password. Give your identifier, or your surname, your first name and your mobile number.',
      byIdentifier: 'With my identifier',
      byName: 'With my name and my mobile number',
      chooseWay: 'How do you want to be recognised?',
      doneTitle: 'Your password has been changed',
      doneText:
        'You can now log in with your new password. An SMS tells you about it, and the other sessions on your account have been closed.',
    },
    steps: {
      identity: 'Identity',
      code: 'SMS code',
      identifier: 'Your identifier',
      birthDate: 'Check',
      password: 'New password',
    },
    identifierLabel: 'Identifier',
    submitIdentity: 'Receive my SMS code',
    confirmTitle: 'Confirm sending the code',
    confirmToPhone: 'A code will be sent to {phone}',
    confirmToKnownPhone:
      'If this identifier matches an account, a code will be sent to the mobile number the school has on record.',
    confirmHelp: 'Check what you have entered, then confirm.',
    codeIntro: 'Enter the code received by SMS.',
    codeSentToKnownPhone:
      'The code was sent to the mobile number the school has on record, if the identifier matches an account.',
    changeDetails: 'Change what I entered',
    noAccountHint: 'No SMS? If you do not have an account yet, you first need to create it.',
    createAccount: 'Create my account',
    birthDateTitle: 'One last check',
    birthDateIntro: 'To protect your account, enter the date of birth of {name}.',
    birthDateIntroClass:
      'To protect your account, enter the date of birth of {name} (class: {className}).',
    birthDateSubmit: 'Confirm',
    newPasswordTitle: 'I choose a new password',
    newPasswordSubmit: 'Save the password',
    login: 'Log in',
    finish: 'I have finished',
    ended: recoveryEndReasons,
  },
  idle: {
    title: 'Are you still there?',
    text: 'Without any action from you, the screen will be cleared in {n} second and what you have entered will be lost. | Without any action from you, the screen will be cleared in {n} seconds and what you have entered will be lost.',
    continue: 'Continue',
  },
  keyboard: {
    label: 'On-screen keyboard',
    close: 'Close the keyboard',
    backspace: 'Delete',
    space: 'Space',
    shift: 'Capitals',
    numbers: '123 ?!',
    letters: 'ABC',
    latinLayout: "Keyboard in Latin letters: names are written as in the school's list of pupils.",
  },
  language: {
    choose: 'Language',
    listLabel: 'Choose your language',
  },
  errors: {
    INVALID_REQUEST: 'What you entered could not be read. Check the fields and try again.',
    FORBIDDEN_SENDER: 'This request was not accepted. Ask the school office for help.',
    INTERNAL:
      'A technical problem prevents you from continuing for now. Try again in a moment or ask the school office for help.',
    FLOW_NOT_FOUND: 'This process is no longer available. Start again from the beginning.',
    FLOW_WRONG_STEP:
      'The screen was out of date. Start again from the beginning if the problem continues.',
    FLOW_EXPIRED:
      'The time to finish the process has run out. Enter your phone number again to receive a new code.',
    FLOW_ENDED: 'This process has ended. Start again from the beginning.',
    IDENTITY_INVALID: 'A field is empty or not filled in correctly.',
    IDENTITY_MISMATCH:
      'If the details you entered do not allow the SMS self-registration to continue, please check the details you entered or contact the school office.',
    IDENTITY_COOLDOWN:
      'Too many attempts have failed on this kiosk. Wait a moment before trying again, or go to the school office.',
    SMS_RATE_LIMITED:
      'Too many SMS have already been sent to this number or from this kiosk. Try again later or go to the school office.',
    SMS_RESEND_COOLDOWN: 'A code has just been sent. Wait a little before asking for a new one.',
    SMS_FAILED: 'The SMS could not be sent. Try again in a moment.',
    SMS_NOT_CONFIGURED:
      'Sending SMS is not available on this kiosk. Please go to the school office.',
    CODE_FORMAT: 'Some digits are missing: the code has 6.',
    CODE_INVALID: 'This code is not the right one. Check the SMS and enter the code again.',
    CODE_EXPIRED:
      'This code is no longer valid. Enter your phone number again to receive a new code.',
    CODE_TOO_MANY_ATTEMPTS:
      'Too many wrong codes were entered. For your security, the process has been stopped: start again from the beginning.',
    GUARDIAN_LOCKED:
      'For your security, this account is locked after too many attempts. Please go to the school office to unlock it.',
    CHILD_UNKNOWN: 'This pupil is not part of this process. Start again from the beginning.',
    BIRTHDATE_FORMAT: 'Enter a real date in the format dd/mm/yyyy, for example 03/09/2014.',
    BIRTHDATE_MISMATCH: 'This date of birth does not match.',
    BIRTHDATE_TOO_MANY_ATTEMPTS:
      'Too many wrong dates of birth. For your security, the process has been stopped: please go to the school office.',
    CHILDREN_PENDING: 'Answer for each of your children before continuing.',
    NO_CONFIRMED_CHILD: 'You must confirm at least one child to create your account.',
    PASSWORD_TOO_SHORT: 'The password must have at least 12 characters.',
    PASSWORD_TOO_LONG: 'The password must have at most 128 characters.',
    PASSWORD_MISMATCH: 'The two passwords are not the same. Enter them again.',
    PASSWORD_BLOCKLISTED: 'This password cannot be used.',
    LOGIN_FAILED: 'Incorrect identifier or password.',
    LOGIN_THROTTLED: 'Too many login attempts.',
    NOT_LOGGED_IN: 'You are no longer logged in. Log in again.',
    NOT_DEMO_MODE: 'The demonstration phone is only available in demonstration mode.',
    PRINT_FAILED:
      'Printing did not work: write down your identifier or take a photo of this screen.',
    ACCOUNT_RETIRED:
      'This account has been replaced: your account was created twice, and the identifier {identifier} is the one kept. Log in with it and the password chosen for it; if you have forgotten it, choose “Lost password («Mot de passe perdu»)”.',
    ACCOUNT_DISABLED:
      'Your account is no longer active: the school no longer lists you as a guardian of its pupils. Please go to the school office.',
    CURRENT_PASSWORD_WRONG: 'This is not your current password. Enter it again.',
    PASSWORD_UNCHANGED: 'This is already your password: choose a new one.',
  },
  smsFailure: {
    InvalidNumber:
      'The SMS could not be sent: this mobile number cannot receive SMS. Please go to the school office to check the number on record.',
    Auth: 'Sending SMS does not work on this kiosk at the moment (a setting needs fixing). Please go to the school office.',
    NotConfigured:
      'Sending SMS does not work on this kiosk at the moment (a setting needs fixing). Please go to the school office.',
    InsufficientCredit:
      "The school's SMS credit has run out: no code can be sent for the moment. Please go to the school office.",
    RateLimited: 'The SMS service is receiving too many requests. Try again in a moment.',
    Transient: 'The SMS service is not answering. The SMS was not sent: try again in a moment.',
    Uncertain:
      'The SMS service took too long to answer: the SMS may still be on its way. Wait a few minutes for it; if it does not arrive, start again or go to the school office.',

    ProviderError:
      'The SMS service reported a fault on its side: the SMS may still be on its way. Wait a few minutes for it; if it does not arrive, start again or go to the school office.',
    Rejected:
      'The SMS service refused the kiosk’s request: the SMS was not sent. Please go to the school office.',
  },
  errorDetails: {
    remainingAttempts: 'You have {n} attempt left. | You have {n} attempts left.',
    waitFor: 'Wait {duration} before trying again.',
    retryAtTime: 'Try again from {time}.',
    retryTomorrow: 'Try again tomorrow from {time}.',
    retryAtDate: 'Try again on {date} from {time}.',
  },
  units: {
    seconds: '{n} second | {n} seconds',
    minutes: '{n} minute | {n} minutes',
    and: '{first} and {second}',
  },
};

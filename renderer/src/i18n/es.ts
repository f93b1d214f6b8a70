// Spanish: the parent screens (parent-catalogue.ts). The ministry's button names a parent will
// meet again on the EduConnect web page are given in French beside the translation.
import type { ParentMessages } from './parent-catalogue';

type EndReasons = ParentMessages['ended']['reasons'];
type RecoveryEndReasons = ParentMessages['recovery']['ended'];

const endReasons: EndReasons = {
  'flow-expired': {
    title: 'El trámite se ha interrumpido',
    text: 'Se ha agotado el tiempo previsto para crear su cuenta, o el quiosco se ha reiniciado mientras tanto. No se ha guardado nada: puede volver a empezar desde el principio.',
  },
  expired: {
    title: 'El plazo ha vencido',
    text: 'Este código es válido durante {minutes} min. Pasado ese plazo, tendrá que volver a introducir su número de teléfono para recibir un código nuevo.',
  },
  'too-many-codes': {
    title: 'Demasiados códigos erróneos',
    text: 'El código se ha introducido mal demasiadas veces. Por seguridad, el trámite se ha detenido. Puede volver a empezar: se le enviará un código nuevo.',
  },
  'too-many-birthdates': {
    title: 'Demasiadas fechas de nacimiento erróneas',
    text: 'Una fecha de nacimiento se ha introducido mal demasiadas veces. Por seguridad, el trámite se ha detenido. Compruebe las fechas de nacimiento de sus hijos o diríjase a la secretaría del centro.',
  },
  'all-children-rejected': {
    title: 'Ningún hijo vinculado',
    text: 'Ha indicado que no es el representante legal de ninguno de los alumnos mostrados. Se informará a la secretaría. Su cuenta no puede crearse aquí: diríjase a la secretaría del centro.',
  },
  'guardian-locked': {
    title: 'Cuenta bloqueada por seguridad',
    text: 'Han fallado demasiados intentos para esta cuenta. Por seguridad, está bloqueada. Diríjase a la secretaría del centro para desbloquearla.',
  },
  abandoned: {
    title: 'Trámite cancelado',
    text: 'El trámite se ha cancelado. No se ha guardado nada. Puede volver a empezar cuando quiera.',
  },
};

const recoveryEndReasons: RecoveryEndReasons = {
  'flow-expired': {
    title: 'El trámite se ha interrumpido',
    text: 'Se ha agotado el tiempo previsto para el trámite, o el quiosco se ha reiniciado mientras tanto. No se ha cambiado nada: puede volver a empezar desde el principio.',
  },
  expired: {
    title: 'El plazo ha vencido',
    text: 'Este código es válido durante {minutes} min. Pasado ese plazo, tiene que volver a empezar para recibir un código nuevo.',
  },
  'too-many-codes': {
    title: 'Demasiados códigos erróneos',
    text: "El código se ha introducido mal demasiadas veces. Por seguridad, el trámite se ha detenido. Puede volver a empezar. Si aún no tiene cuenta, créela con «Todavía no tengo identificador» («Je n'ai pas encore d'identifiant»).",
  },
  'too-many-birthdates': {
    title: 'Demasiadas fechas de nacimiento erróneas',
    text: 'La fecha de nacimiento se ha introducido mal demasiadas veces. Por seguridad, el trámite se ha detenido y su contraseña no ha cambiado. Diríjase a la secretaría del centro.',
  },
  'guardian-locked': endReasons['guardian-locked'],
  abandoned: {
    title: 'Trámite detenido',
    text: 'El trámite se ha detenido. No se ha cambiado nada. Puede volver a empezar cuando quiera.',
  },
};

export const es: ParentMessages = {
  app: {
    title: 'Quiosco — Activación de la cuenta',
    brand: 'Quiosco de las familias',
    loading: 'Cargando…',
    loadingFailed:
      'El quiosco no consigue arrancar. Nuevo intento dentro de unos segundos. Si esto continúa, avise a la secretaría.',
    schools: 'Centros: {names}',
    kioskName: 'Quiosco: {name}',
  },
  demo: {
    banner: 'Modo de demostración',
    bannerDetail: 'Alumnos ficticios — no se envía ningún SMS real.',
    bannerRealGateway:
      'Alumnos ficticios — no se envía ningún SMS: la pasarela SMS del centro está configurada, pero la lista de alumnos sigue siendo la de demostración. Importe la exportación del centro desde la consola de la secretaría.',
    phoneTitle: 'Teléfono de demostración',
    phoneEmpty: 'Todavía no se ha recibido ningún SMS.',
    to: 'Para: {to}',
    receivedAt: 'Recibido a las {time}',
    messages: 'Mensajes recibidos',
  },
  common: {
    back: 'Atrás',
    abandon: 'Cancelar',
    continue: 'Continuar',
    restart: 'Volver a empezar',
    home: 'Volver al inicio',
    stepOf: 'Paso {n} de {total}',
    stepNav: 'Progreso',
    busy: 'Espere, por favor…',
  },
  abandon: {
    title: '¿Cancelar la creación de la cuenta?',
    text: 'Se borrará lo que ha introducido.',
    confirm: 'Sí, cancelar',
    cancel: 'No, continuar',
  },
  activation: {
    startFailedTitle: 'No se ha podido iniciar la creación de la cuenta',
  },
  steps: {
    identity: 'Identidad',
    code: 'Código SMS',
    children: 'Sus hijos',
    identifier: 'Su identificador',
    password: 'Contraseña',
  },
  field: {
    showPassword: 'Mostrar la contraseña',
    hidePassword: 'Ocultar la contraseña',
    errorPrefix: 'Error:',
  },
  login: {
    title: 'Iniciar sesión',
    intro: 'Introduzca su identificador y su contraseña.',
    identifier: 'Identificador (Identifiant)',
    identifierPlaceholder: 'Introduzca un identificador',
    password: 'Contraseña (Mot de passe)',
    passwordPlaceholder: 'Introduzca una contraseña',
    submit: 'Iniciar sesión («Se connecter»)',
    lostIdentifier: 'Identificador olvidado («Identifiant perdu»)',
    lostPassword: 'Contraseña olvidada («Mot de passe perdu»)',
    or: 'O',
    noIdentifier: "Todavía no tengo identificador («Je n'ai pas encore d'identifiant»)",
    assistance: 'Ayuda',
    legal: 'Aviso legal',
    moreLinks: 'Otros enlaces',
    missingIdentifier: 'Introduzca su identificador.',
    missingPassword: 'Introduzca su contraseña.',
  },
  info: {
    assistance: {
      title: 'Ayuda',
      paragraphs: [
        'La secretaría del centro puede ayudarle a crear su cuenta o a iniciar sesión.',
        'Recuerde traer: un documento de identidad, el teléfono móvil cuyo número dio al centro y las fechas de nacimiento de sus hijos.',
        'Si su número de móvil ha cambiado, la secretaría debe actualizarlo primero: después podrá crear su cuenta aquí.',
        'Este quiosco no guarda nada de lo que introduce: tras unos instantes sin actividad, la pantalla se borra.',
      ],
    },
    legal: {
      title: 'Aviso legal',
      sections: [
        {
          heading: 'Responsable del tratamiento',
          text: 'El centro escolar que pone este quiosco a disposición, representado por su director o directora.',
        },
        {
          heading: 'Finalidad',
          text: 'Permitir a los representantes legales de los alumnos crear su cuenta e iniciar sesión en ella.',
        },
        {
          heading: 'Datos utilizados',
          text: 'Sus apellidos, nombre y número de teléfono móvil, así como el nombre, la clase y la fecha de nacimiento de sus hijos, tal como figuran en la lista de alumnos del centro. Estos datos solo sirven para comprobar su identidad y la vinculación de sus hijos.',
        },
        {
          heading: 'En esta pantalla',
          text: 'Nada de lo que introduce se conserva en este quiosco: la pantalla se borra al final del trámite, tras un tiempo sin actividad o cuando cancela.',
        },
        {
          heading: 'Sus derechos',
          text: 'De acuerdo con el Reglamento General de Protección de Datos (RGPD) y la ley francesa de Informática y Libertades, puede acceder a sus datos, pedir que se rectifiquen o solicitar la limitación de su tratamiento. Diríjase al delegado de protección de datos (DPO) del centro, cuyos datos de contacto están disponibles en la secretaría. También puede presentar una reclamación ante la CNIL.',
        },
      ],
    },
    student: {
      title: 'Usted es alumno',
      paragraphs: [
        'Este quiosco sirve para crear las cuentas de los representantes legales de los alumnos.',
        'Su centro le facilita sus identificadores de alumno: pídalos en la secretaría o a su tutor.',
      ],
    },
    phoneNotRegistered: {
      title: 'Su móvil no está registrado',
      paragraphs: [
        'El número de teléfono móvil utilizado en el proceso de activación debe ser el mismo que el facilitado al centro.',
        'Diríjase a la secretaría del centro de uno de sus hijos: pueden registrar su número o darle sus identificadores.',
        'Una vez registrado su número, podrá crear su cuenta en este quiosco.',
      ],
    },
  },
  choice: {
    title: '¿Cuál es su situación?',
    guardian:
      'Soy representante legal de uno o varios alumnos escolarizados: puedo crear mi cuenta recibiendo un código de activación por SMS.',
    create: 'Crear mi cuenta («Créer mon compte»)',
    otherCases: 'Otras situaciones',
    phoneNotRegistered: 'Mi móvil no está registrado',
    phoneNotRegisteredText:
      'Si mi móvil no está registrado, puedo ponerme en contacto con el centro de uno de mis hijos para obtener mis identificadores.',
    student: 'Soy alumno/a',
    studentText:
      'Soy alumno/a: me pongo en contacto con mi centro, que me dará mis identificadores.',
  },
  identity: {
    title: 'Sus datos',
    intro:
      'Introduzca sus apellidos, su nombre y el número de móvil que comunicó al centro escolar de sus hijos.',
    lastName: 'Apellidos',
    firstName: 'Nombre',
    mobile: 'Número de teléfono móvil',
    mobileHint:
      'El número de teléfono móvil utilizado en el proceso de activación debe ser el mismo que el facilitado al centro. Por ejemplo: 06 12 34 56 78. Se aceptan espacios.',
    submit: 'Recibir mi código SMS («Recevoir mon code SMS»)',
    invalid: {
      lastName: 'Introduzca sus apellidos.',
      firstName: 'Introduzca su nombre.',
      mobile: 'Introduzca un número de teléfono móvil, por ejemplo 06 12 34 56 78.',
      identifier: 'Introduzca su identificador.',
    },
  },
  confirmSend: {
    title: 'Confirme el envío del código',
    text: 'Se va a enviar un código al {phone}',
    help: 'Compruebe que este número es el de su teléfono móvil y luego confirme.',
    submit: 'Confirmar',
  },
  code: {
    title: 'Código recibido por SMS',
    intro: 'Introduzca el código de validación recibido por SMS.',
    sentTo: 'El código se ha enviado al {phone}.',
    changeNumber: 'Cambiar mi número',
    label: 'Código de validación',
    hint: 'El código tiene 6 cifras.',
    validity:
      'Este código es válido durante {minutes} min. Pasado ese plazo, tendrá que volver a introducir su número de teléfono para recibir un código nuevo.',
    submit: 'Confirmar',
    resend: 'Reenviar el código',
    resendAt: 'Podrá pedir un código nuevo a partir de las {time}.',
    resendNow: '¿No ha recibido nada? Puede pedir un código nuevo.',
    resent: 'Se ha enviado un código nuevo.',
  },
  children: {
    title: 'Sus hijos',
    intro:
      'Aparece la lista de sus hijos. Ahora debe introducir las fechas de nacimiento de todos sus hijos para confirmar su vinculación.',
    reportHint:
      'También puede señalar una vinculación errónea respondiendo «No» a la pregunta «Soy el representante legal de este alumno».',
    listLabel: 'Alumnos vinculados a su número',
    noClass: 'Clase no indicada',
    className: 'Clase: {name}',
    question: 'Soy el representante legal de este alumno',
    yes: 'Sí',
    no: 'No',
    birthDate: 'Fecha de nacimiento (dd/mm/aaaa)',
    birthDatePlaceholder: 'dd/mm/aaaa',
    birthDateHint: 'Las barras se añaden automáticamente.',
    confirmDate: 'Confirmar la fecha de nacimiento',
    reportTitle: 'Señalar una vinculación errónea',
    reportText:
      'Va a indicar que no es el representante legal de {name}. Se informará a la secretaría del centro.',
    reportConfirm: 'Señalar una vinculación errónea',
    reportCancel: 'Cancelar',
    status: {
      pending: 'Por completar',
      confirmed: 'Confirmado',
      rejected: 'Señalado',
    },
    continueHint: 'Responda para cada uno de sus hijos para poder continuar.',
    continue: 'Continuar',
  },
  identifier: {
    title: 'Su identificador',
    intro:
      'Aparece su identificador EduConnect. Asegúrese de anotarlo. Le permitirá iniciar sesión en la página de autenticación.',
    label: 'Su identificador',
    keepTip: 'Anótelo en un papel o haga una foto de esta pantalla con su teléfono.',
    acknowledge: 'He anotado mi identificador',
  },
  ticket: {
    print: 'Imprimir mi identificador',
    printing: 'Imprimiendo…',
    printed: 'Su ticket se ha impreso. Recójalo a la salida de la impresora.',
    heading: 'Su identificador EduConnect',
    loginAt: 'Para iniciar sesión, vaya a:',
    loginSteps:
      'En la página de autenticación, introduzca este identificador y su contraseña y pulse Iniciar sesión («Se connecter»).',
    printedOn: 'Impreso el {date}',
    keep: 'Guarde este ticket. Su contraseña no figura en él: no la anote en él.',
  },
  passwordStep: {
    title: 'Creo mi contraseña',
    rule: 'Al menos 12 caracteres. Se aceptan espacios: una frase corta fácil de recordar funciona muy bien.',
    example: 'Por ejemplo: «mi gato duerme en el sofa azul».',
    password: 'Introducir una contraseña',
    confirmation: 'Confirmar la contraseña',
    count: '{n} carácter introducido | {n} caracteres introducidos',
    identifierReminder: 'Identificador: {identifier}',
    submit: 'Terminar («Terminer»)',
    blocklist: {
      common:
        'Esta contraseña es demasiado común: es una de las contraseñas fáciles de adivinar. Elija otra, por ejemplo una frase.',
      identifier: 'La contraseña no debe contener su identificador.',
      personal:
        'La contraseña no debe contener sus apellidos, su nombre ni el nombre de sus hijos.',
      service: 'La contraseña no debe contener el nombre del servicio, por ejemplo «educonnect».',
    },
  },
  done: {
    title: 'Su cuenta está creada',
    text: 'Su cuenta está lista, {name}. Podrá iniciar sesión con este identificador y la contraseña que acaba de elegir.',
    identifierLabel: 'Su identificador',
    nextTimeTitle: '¿Y la próxima vez que inicie sesión?',
    nextTimeText:
      'Una vez en la página de autenticación, bastará con introducir el identificador y la contraseña.',
    finish: 'He terminado',
    login: 'Iniciar sesión',
  },
  alreadyActivated: {
    title: 'Ya tiene una cuenta',
    text: 'Hola, {name}: su cuenta ya está activada. Inicie sesión con su identificador y su contraseña.',
    identifierLabel: 'Su identificador',
    lostPassword:
      '¿Ha olvidado su contraseña? Elija «Contraseña olvidada» («Mot de passe perdu») («Mot de passe perdu») en la pantalla de inicio de sesión: se le enviará un código por SMS.',
    login: 'Iniciar sesión',
  },
  ended: {
    reasons: endReasons,
    restart: 'Volver a empezar',
  },
  account: {
    title: 'Hola, {name}',
    identifierLabel: 'Su identificador',
    childrenTitle: 'Sus hijos',
    noChildren: 'Ningún hijo vinculado.',
    className: 'Clase: {name}',
    noClass: 'Clase no indicada',
    logout: 'Cerrar sesión',
    privacy: 'Recuerde cerrar la sesión antes de dejar el quiosco.',
    changePassword: 'Cambiar mi contraseña',
    passwordChanged: 'Su contraseña se ha cambiado.',
  },
  changePassword: {
    title: 'Cambiar mi contraseña',
    forcedTitle: 'Elija su contraseña',
    forcedIntro:
      'La secretaría le ha dado una contraseña provisional. Elija ahora su propia contraseña: la usará para iniciar sesión la próxima vez.',
    current: 'Contraseña actual',
    password: 'Nueva contraseña',
    confirmation: 'Confirmar la nueva contraseña',
    submit: 'Guardar la contraseña',
    otherSessions: 'Las demás sesiones abiertas en su cuenta se cerrarán.',
  },
  recovery: {
    identifier: {
      title: 'Identificador olvidado',
      intro:
        'Introduzca sus apellidos, su nombre y el número de móvil que dio al centro. Recibirá un código por SMS para ver su identificador.',
      doneTitle: 'Su identificador',
      doneText: 'También se le ha enviado por SMS. Anótelo o haga una foto de esta pantalla.',
    },
    password: {
      title: 'Contraseña olvidada',
      intro:
        'Va a recibir un código por SMS y después elegirá una nueva contraseña. Indique su identificador, o sus apellidos, su nombre y su número de móvil.',
      byIdentifier: 'Con mi identificador',
      byName: 'Con mi nombre y mi número de móvil',
      chooseWay: '¿Cómo quiere que le identifiquemos?',
      doneTitle: 'Su contraseña se ha cambiado',
      doneText:
        'Ya puede iniciar sesión con su nueva contraseña. Un SMS se lo confirma, y las demás sesiones abiertas en su cuenta se han cerrado.',
    },
    steps: {
      identity: 'Identidad',
      code: 'Código SMS',
      identifier: 'Su identificador',
      birthDate: 'Verificación',
      password: 'Nueva contraseña',
    },
    identifierLabel: 'Identificador',
    submitIdentity: 'Recibir mi código SMS',
    confirmTitle: 'Confirme el envío del código',
    confirmToPhone: 'Se va a enviar un código al {phone}',
    confirmToKnownPhone:
      'Si este identificador corresponde a una cuenta, se enviará un código al número de móvil que el centro tiene registrado.',
    confirmHelp: 'Compruebe lo que ha introducido y luego confirme.',
    codeIntro: 'Introduzca el código recibido por SMS.',
    codeSentToKnownPhone:
      'El código se ha enviado al número de móvil que el centro tiene registrado, si el identificador corresponde a una cuenta.',
    changeDetails: 'Modificar lo que he introducido',
    noAccountHint: '¿No ha recibido el SMS? Si aún no tiene cuenta, primero debe crearla.',
    createAccount: 'Crear mi cuenta',
    birthDateTitle: 'Una última comprobación',
    birthDateIntro: 'Para proteger su cuenta, introduzca la fecha de nacimiento de {name}.',
    birthDateIntroClass:
      'Para proteger su cuenta, introduzca la fecha de nacimiento de {name} (clase: {className}).',
    birthDateSubmit: 'Confirmar',
    newPasswordTitle: 'Elijo una nueva contraseña',
    newPasswordSubmit: 'Guardar la contraseña',
    login: 'Iniciar sesión',
    finish: 'He terminado',
    ended: recoveryEndReasons,
  },
  idle: {
    title: '¿Sigue ahí?',
    text: 'Si no hace nada, la pantalla se borrará dentro de {n} segundo y se perderá lo que ha introducido. | Si no hace nada, la pantalla se borrará dentro de {n} segundos y se perderá lo que ha introducido.',
    continue: 'Continuar',
  },
  keyboard: {
    label: 'Teclado en pantalla',
    close: 'Cerrar el teclado',
    backspace: 'Borrar',
    space: 'Espacio',
    shift: 'Mayúsculas',
    numbers: '123 ?!',
    letters: 'ABC',
    latinLayout:
      'Teclado en letras latinas: los nombres se escriben como en la lista de alumnos del centro.',
  },
  language: {
    choose: 'Idioma',
    listLabel: 'Elija su idioma',
  },
  errors: {
    INVALID_REQUEST:
      'No se ha podido leer lo introducido. Compruebe los campos e inténtelo de nuevo.',
    FORBIDDEN_SENDER: 'Esta solicitud no se ha aceptado. Pida ayuda a la secretaría.',
    INTERNAL:
      'Un problema técnico impide continuar por ahora. Inténtelo de nuevo dentro de un momento o pida ayuda a la secretaría.',
    FLOW_NOT_FOUND: 'Este trámite ya no está disponible. Vuelva a empezar desde el principio.',
    FLOW_WRONG_STEP:
      'La pantalla no estaba actualizada. Vuelva a empezar desde el principio si el problema continúa.',
    FLOW_EXPIRED:
      'Se ha superado el plazo para terminar el trámite. Vuelva a introducir su número de teléfono para recibir un código nuevo.',
    FLOW_ENDED: 'Este trámite ha terminado. Vuelva a empezar desde el principio.',
    IDENTITY_INVALID: 'Un campo está vacío o mal rellenado.',
    IDENTITY_MISMATCH:
      'Si los datos introducidos no permiten continuar con la autoinscripción por SMS, compruebe los datos introducidos o póngase en contacto con la secretaría del centro.',
    IDENTITY_COOLDOWN:
      'Han fallado demasiados intentos en este quiosco. Espere un momento antes de volver a intentarlo, o diríjase a la secretaría.',
    SMS_RATE_LIMITED:
      'Ya se han enviado demasiados SMS a este número o desde este quiosco. Inténtelo más tarde o diríjase a la secretaría.',
    SMS_RESEND_COOLDOWN: 'Se acaba de enviar un código. Espere un poco antes de pedir otro.',
    SMS_FAILED: 'No se ha podido enviar el SMS. Inténtelo de nuevo dentro de un momento.',
    SMS_NOT_CONFIGURED:
      'El envío de SMS no está disponible en este quiosco. Diríjase a la secretaría.',
    CODE_FORMAT: 'Faltan cifras: el código tiene 6.',
    CODE_INVALID: 'Este código no es correcto. Compruebe el SMS e introduzca el código de nuevo.',
    CODE_EXPIRED:
      'Este código ya no es válido. Vuelva a introducir su número de teléfono para recibir un código nuevo.',
    CODE_TOO_MANY_ATTEMPTS:
      'Se han introducido demasiados códigos erróneos. Por seguridad, el trámite se ha detenido: vuelva a empezar desde el principio.',
    GUARDIAN_LOCKED:
      'Por seguridad, esta cuenta se ha bloqueado tras demasiados intentos. Diríjase a la secretaría para desbloquearla.',
    CHILD_UNKNOWN:
      'Este alumno no forma parte de este trámite. Vuelva a empezar desde el principio.',
    BIRTHDATE_FORMAT:
      'Introduzca una fecha real con el formato dd/mm/aaaa, por ejemplo 03/09/2014.',
    BIRTHDATE_MISMATCH: 'Esta fecha de nacimiento no coincide.',
    BIRTHDATE_TOO_MANY_ATTEMPTS:
      'Demasiadas fechas de nacimiento erróneas. Por seguridad, el trámite se ha detenido: diríjase a la secretaría.',
    CHILDREN_PENDING: 'Responda para cada uno de sus hijos antes de continuar.',
    NO_CONFIRMED_CHILD: 'Debe confirmar al menos un hijo para crear su cuenta.',
    PASSWORD_TOO_SHORT: 'La contraseña debe tener al menos 12 caracteres.',
    PASSWORD_TOO_LONG: 'La contraseña debe tener como máximo 128 caracteres.',
    PASSWORD_MISMATCH: 'Las dos contraseñas no son iguales. Vuelva a introducirlas.',
    PASSWORD_BLOCKLISTED: 'Esta contraseña no se puede utilizar.',
    LOGIN_FAILED: 'Identificador o contraseña incorrectos.',
    LOGIN_THROTTLED: 'Demasiados intentos de inicio de sesión.',
    NOT_LOGGED_IN: 'Ya no tiene la sesión iniciada. Vuelva a iniciar sesión.',
    NOT_DEMO_MODE: 'El teléfono de demostración solo está disponible en modo de demostración.',
    PRINT_FAILED:
      'La impresión no ha funcionado: anote su identificador o haga una foto de esta pantalla.',
    ACCOUNT_RETIRED:
      'Esta cuenta ha sido sustituida: su cuenta se creó dos veces y se conserva el identificador {identifier}. Inicie sesión con él y la contraseña elegida para él; si la ha olvidado, elija «Contraseña olvidada».',
    ACCOUNT_DISABLED:
      'Su cuenta ya no está activa: el centro ya no le cuenta entre los responsables de sus alumnos. Diríjase a la secretaría del centro.',
    CURRENT_PASSWORD_WRONG: 'No es su contraseña actual. Vuelva a introducirla.',
    PASSWORD_UNCHANGED: 'Ya es su contraseña: elija una nueva.',
  },
  smsFailure: {
    InvalidNumber:
      'No se ha podido enviar el SMS: este número de móvil no puede recibir SMS. Diríjase a la secretaría para comprobar el número registrado.',
    Auth: 'El envío de SMS no funciona en este quiosco por el momento (hay que corregir un ajuste). Diríjase a la secretaría.',
    NotConfigured:
      'El envío de SMS no funciona en este quiosco por el momento (hay que corregir un ajuste). Diríjase a la secretaría.',
    InsufficientCredit:
      'El saldo de SMS del centro se ha agotado: por ahora no se puede enviar ningún código. Diríjase a la secretaría.',
    RateLimited:
      'El servicio de envío de SMS recibe demasiadas solicitudes. Inténtelo dentro de un momento.',
    Transient:
      'El servicio de envío de SMS no responde. El SMS no ha salido: inténtelo dentro de un momento.',
    Uncertain:
      'El servicio de envío de SMS ha tardado demasiado en responder: puede que el SMS esté en camino de todos modos. Espérelo unos minutos; si no llega, vuelva a empezar o diríjase a la secretaría.',

    ProviderError:
      'El servicio de envío de SMS ha señalado una avería por su parte: puede que el SMS esté en camino de todos modos. Espérelo unos minutos; si no llega, vuelva a empezar o diríjase a la secretaría.',
    Rejected:
      'El servicio de envío de SMS ha rechazado la solicitud del quiosco: el SMS no ha salido. Diríjase a la secretaría.',
  },
  errorDetails: {
    remainingAttempts: 'Le queda {n} intento. | Le quedan {n} intentos.',
    waitFor: 'Espere {duration} antes de volver a intentarlo.',
    retryAtTime: 'Vuelva a intentarlo a partir de las {time}.',
    retryTomorrow: 'Vuelva a intentarlo mañana a partir de las {time}.',
    retryAtDate: 'Vuelva a intentarlo el {date} a partir de las {time}.',
  },
  units: {
    seconds: '{n} segundo | {n} segundos',
    minutes: '{n} minuto | {n} minutos',
    and: '{first} y {second}',
  },
};

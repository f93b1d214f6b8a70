// Romanian: the parent screens (parent-catalogue.ts). Plurals have three forms (1 | 0, 2–19 |
// 20 and more, "de"). The ministry's button names a parent will meet again on the EduConnect web
// page are given in French beside the translation.
import type { ParentMessages } from './parent-catalogue';

type EndReasons = ParentMessages['ended']['reasons'];
type RecoveryEndReasons = ParentMessages['recovery']['ended'];

const endReasons: EndReasons = {
  'flow-expired': {
    title: 'Procedura a fost întreruptă',
    text: 'Timpul prevăzut pentru crearea contului a expirat sau chioșcul a repornit între timp. Nu s-a salvat nimic: puteți relua de la început.',
  },
  expired: {
    title: 'Termenul a expirat',
    text: 'Acest cod este valabil {minutes} min. După acest termen, va trebui să introduceți din nou numărul de telefon pentru a primi un cod nou.',
  },
  'too-many-codes': {
    title: 'Prea multe coduri greșite',
    text: 'Codul a fost introdus greșit de prea multe ori. Din motive de securitate, procedura a fost oprită. Puteți relua: vi se va trimite un cod nou.',
  },
  'too-many-birthdates': {
    title: 'Prea multe date de naștere greșite',
    text: 'O dată de naștere a fost introdusă greșit de prea multe ori. Din motive de securitate, procedura a fost oprită. Verificați datele de naștere ale copiilor dumneavoastră sau adresați-vă secretariatului școlii.',
  },
  'all-children-rejected': {
    title: 'Niciun copil asociat',
    text: 'Ați indicat că nu sunteți reprezentantul legal al niciunuia dintre elevii afișați. Secretariatul va fi informat. Contul dumneavoastră nu poate fi creat aici: adresați-vă secretariatului școlii.',
  },
  'guardian-locked': {
    title: 'Cont blocat din motive de securitate',
    text: 'Prea multe încercări au eșuat pentru acest cont. Din motive de securitate, contul este blocat. Adresați-vă secretariatului școlii pentru a-l debloca.',
  },
  abandoned: {
    title: 'Procedură anulată',
    text: 'Procedura a fost anulată. Nu s-a salvat nimic. Puteți relua oricând doriți.',
  },
};

const recoveryEndReasons: RecoveryEndReasons = {
  'flow-expired': {
    title: 'Procedura a fost întreruptă',
    text: 'Timpul prevăzut pentru procedură a expirat sau chioșcul a repornit între timp. Nu s-a schimbat nimic: puteți relua de la început.',
  },
  expired: {
    title: 'Termenul a expirat',
    text: 'Acest cod este valabil {minutes} min. După acest termen, trebuie să reluați pentru a primi un cod nou.',
  },
  'too-many-codes': {
    title: 'Prea multe coduri greșite',
    text: "Codul a fost introdus greșit de prea multe ori. Din motive de securitate, procedura a fost oprită. Puteți relua. Dacă nu aveți încă un cont, creați-l cu „Nu am încă un identificator” («Je n'ai pas encore d'identifiant»).",
  },
  'too-many-birthdates': {
    title: 'Prea multe date de naștere greșite',
    text: 'Data de naștere a fost introdusă greșit de prea multe ori. Din motive de securitate, procedura a fost oprită, iar parola nu s-a schimbat. Adresați-vă secretariatului școlii.',
  },
  'guardian-locked': endReasons['guardian-locked'],
  abandoned: {
    title: 'Procedură oprită',
    text: 'Procedura a fost oprită. Nu s-a schimbat nimic. Puteți relua oricând doriți.',
  },
};

export const ro: ParentMessages = {
  app: {
    title: 'Chioșc — Activarea contului',
    brand: 'Chioșcul părinților',
    loading: 'Se încarcă…',
    loadingFailed:
      'Chioșcul nu reușește să pornească. O nouă încercare în câteva secunde. Dacă situația continuă, anunțați secretariatul.',
    schools: 'Școli: {names}',
    kioskName: 'Chioșc: {name}',
  },
  demo: {
    banner: 'Mod demonstrativ',
    bannerDetail: 'Elevi fictivi — nu se trimite niciun SMS real.',
    bannerRealGateway:
      'Elevi fictivi — nu se trimite niciun SMS: serviciul SMS al școlii este configurat, dar lista elevilor este încă cea demonstrativă. Importați exportul școlii din consola secretariatului.',
    phoneTitle: 'Telefon demonstrativ',
    phoneEmpty: 'Deocamdată nu a sosit niciun SMS.',
    to: 'Către: {to}',
    receivedAt: 'Primit la {time}',
    messages: 'Mesaje primite',
  },
  common: {
    back: 'Înapoi',
    abandon: 'Renunț',
    continue: 'Continuă',
    restart: 'Reia',
    home: 'Înapoi la început',
    stepOf: 'Pasul {n} din {total}',
    stepNav: 'Progres',
    busy: 'Vă rugăm să așteptați…',
  },
  abandon: {
    title: 'Renunțați la crearea contului?',
    text: 'Ce ați introdus va fi șters.',
    confirm: 'Da, renunț',
    cancel: 'Nu, continui',
  },
  activation: {
    startFailedTitle: 'Crearea contului nu a putut începe',
  },
  steps: {
    identity: 'Identitate',
    code: 'Cod SMS',
    children: 'Copiii dumneavoastră',
    identifier: 'Identificatorul dumneavoastră',
    password: 'Parolă',
  },
  field: {
    showPassword: 'Afișează parola',
    hidePassword: 'Ascunde parola',
    errorPrefix: 'Eroare:',
  },
  login: {
    title: 'Conectare',
    intro: 'Introduceți identificatorul și parola.',
    identifier: 'Identificator (Identifiant)',
    identifierPlaceholder: 'Introduceți un identificator',
    password: 'Parolă (Mot de passe)',
    passwordPlaceholder: 'Introduceți o parolă',
    submit: 'Conectare («Se connecter»)',
    lostIdentifier: 'Identificator pierdut («Identifiant perdu»)',
    lostPassword: 'Parolă pierdută («Mot de passe perdu»)',
    or: 'SAU',
    noIdentifier: "Nu am încă un identificator («Je n'ai pas encore d'identifiant»)",
    assistance: 'Ajutor',
    legal: 'Mențiuni legale',
    moreLinks: 'Alte linkuri',
    missingIdentifier: 'Introduceți identificatorul.',
    missingPassword: 'Introduceți parola.',
  },
  info: {
    assistance: {
      title: 'Ajutor',
      paragraphs: [
        'Secretariatul școlii vă poate ajuta să vă creați contul sau să vă conectați.',
        'Nu uitați să aduceți: un act de identitate, telefonul mobil al cărui număr l-ați dat școlii și datele de naștere ale copiilor dumneavoastră.',
        'Dacă numărul de mobil s-a schimbat, secretariatul trebuie mai întâi să îl actualizeze: apoi vă veți putea crea contul aici.',
        'Acest chioșc nu păstrează nimic din ce introduceți: după câteva momente fără nicio acțiune, ecranul este șters.',
      ],
    },
    legal: {
      title: 'Mențiuni legale',
      sections: [
        {
          heading: 'Operatorul de date',
          text: 'Școala care pune la dispoziție acest chioșc, reprezentată de directorul său.',
        },
        {
          heading: 'Scopul',
          text: 'Să le permită reprezentanților legali ai elevilor să își creeze contul și să se conecteze la el.',
        },
        {
          heading: 'Date utilizate',
          text: 'Numele, prenumele și numărul dumneavoastră de telefon mobil, precum și prenumele, clasa și data de naștere ale copiilor dumneavoastră, așa cum figurează în lista elevilor școlii. Aceste informații servesc doar la verificarea identității dumneavoastră și a legăturii cu copiii.',
        },
        {
          heading: 'Pe acest ecran',
          text: 'Nimic din ce introduceți nu este păstrat pe acest chioșc: ecranul este șters la sfârșitul procedurii, după un timp fără nicio acțiune sau când renunțați.',
        },
        {
          heading: 'Drepturile dumneavoastră',
          text: 'Conform Regulamentului general privind protecția datelor (RGPD) și legii franceze „Informatique et Libertés”, puteți accesa datele dumneavoastră, cere rectificarea lor sau restricționarea prelucrării lor. Adresați-vă responsabilului cu protecția datelor (DPO) al școlii, ale cărui date de contact sunt disponibile la secretariat. Puteți depune și o plângere la CNIL.',
        },
      ],
    },
    student: {
      title: 'Sunteți elev',
      paragraphs: [
        'Acest chioșc servește la crearea conturilor reprezentanților legali ai elevilor.',
        'Datele de conectare de elev vă sunt furnizate de școală: cereți-le la secretariat sau dirigintelui.',
      ],
    },
    phoneNotRegistered: {
      title: 'Telefonul dumneavoastră mobil nu este înregistrat',
      paragraphs: [
        'Numărul de telefon mobil folosit în procedura de activare trebuie să fie identic cu cel furnizat școlii.',
        'Adresați-vă secretariatului școlii unuia dintre copiii dumneavoastră: vă poate înregistra numărul sau vă poate da datele de conectare.',
        'După ce numărul dumneavoastră este înregistrat, vă veți putea crea contul pe acest chioșc.',
      ],
    },
  },
  choice: {
    title: 'Care este situația dumneavoastră?',
    guardian:
      'Sunt reprezentantul legal al unuia sau mai multor elevi școlarizați: îmi pot crea contul primind un cod de activare prin SMS.',
    create: 'Creez contul meu («Créer mon compte»)',
    otherCases: 'Alte situații',
    phoneNotRegistered: 'Telefonul meu mobil nu este înregistrat',
    phoneNotRegisteredText:
      'Dacă telefonul meu mobil nu este înregistrat, pot contacta școala unuia dintre copiii mei pentru a obține datele de conectare.',
    student: 'Sunt elev/elevă',
    studentText: 'Sunt elev/elevă: contactez școala mea, care îmi va furniza datele de conectare.',
  },
  identity: {
    title: 'Datele dumneavoastră',
    intro:
      'Introduceți numele, prenumele și numărul de mobil pe care l-ați comunicat școlii copiilor dumneavoastră.',
    lastName: 'Nume',
    firstName: 'Prenume',
    mobile: 'Număr de telefon mobil',
    mobileHint:
      'Numărul de telefon mobil folosit în procedura de activare trebuie să fie identic cu cel furnizat școlii. De exemplu: 06 12 34 56 78. Spațiile sunt acceptate.',
    submit: 'Primesc codul SMS («Recevoir mon code SMS»)',
    invalid: {
      lastName: 'Introduceți numele.',
      firstName: 'Introduceți prenumele.',
      mobile: 'Introduceți un număr de telefon mobil, de exemplu 06 12 34 56 78.',
      identifier: 'Introduceți identificatorul.',
    },
  },
  confirmSend: {
    title: 'Confirmați trimiterea codului',
    text: 'Un cod va fi trimis la {phone}',
    help: 'Verificați că acesta este numărul telefonului dumneavoastră mobil, apoi confirmați.',
    submit: 'Confirm',
  },
  code: {
    title: 'Cod primit prin SMS',
    intro: 'Introduceți codul de validare primit prin SMS.',
    sentTo: 'Codul a fost trimis la {phone}.',
    changeNumber: 'Modific numărul',
    label: 'Cod de validare',
    hint: 'Codul are 6 cifre.',
    validity:
      'Acest cod este valabil {minutes} min. După acest termen, va trebui să introduceți din nou numărul de telefon pentru a primi un cod nou.',
    submit: 'Confirm',
    resend: 'Retrimite codul',
    resendAt: 'Veți putea cere un cod nou începând de la ora {time}.',
    resendNow: 'Nu ați primit nimic? Puteți cere un cod nou.',
    resent: 'A fost trimis un cod nou.',
  },
  children: {
    title: 'Copiii dumneavoastră',
    intro:
      'Se afișează lista copiilor dumneavoastră. Acum trebuie să introduceți datele de naștere ale tuturor copiilor pentru a confirma legătura cu ei.',
    reportHint:
      'Puteți semnala și o asociere greșită răspunzând „Nu” la întrebarea „Sunt reprezentantul legal al acestui elev”.',
    listLabel: 'Elevi asociați numărului dumneavoastră',
    noClass: 'Clasă necompletată',
    className: 'Clasa: {name}',
    question: 'Sunt reprezentantul legal al acestui elev',
    yes: 'Da',
    no: 'Nu',
    birthDate: 'Data nașterii (zz/ll/aaaa)',
    birthDatePlaceholder: 'zz/ll/aaaa',
    birthDateHint: 'Barele oblice sunt adăugate automat.',
    confirmDate: 'Confirm data nașterii',
    reportTitle: 'Semnalez o asociere greșită',
    reportText:
      'Veți indica faptul că nu sunteți reprezentantul legal al lui {name}. Secretariatul școlii va fi informat.',
    reportConfirm: 'Semnalez o asociere greșită',
    reportCancel: 'Anulează',
    status: {
      pending: 'De completat',
      confirmed: 'Confirmat',
      rejected: 'Semnalat',
    },
    continueHint: 'Răspundeți pentru fiecare copil pentru a putea continua.',
    continue: 'Continuă',
  },
  identifier: {
    title: 'Identificatorul dumneavoastră',
    intro:
      'Se afișează identificatorul dumneavoastră EduConnect. Aveți grijă să notați acest identificator. Cu el vă veți conecta pe pagina de autentificare.',
    label: 'Identificatorul dumneavoastră',
    keepTip: 'Notați-l pe hârtie sau fotografiați acest ecran cu telefonul.',
    acknowledge: 'Mi-am notat identificatorul',
  },
  ticket: {
    print: 'Tipărește identificatorul meu',
    printing: 'Se tipărește…',
    printed: 'Bonul dumneavoastră a fost tipărit. Luați-l de la imprimantă.',
    heading: 'Identificatorul dumneavoastră EduConnect',
    loginAt: 'Pentru a vă conecta, accesați:',
    loginSteps:
      'Pe pagina de autentificare, introduceți acest identificator și parola, apoi apăsați Conectare («Se connecter»).',
    printedOn: 'Tipărit la {date}',
    keep: 'Păstrați acest bon. Parola dumneavoastră nu apare pe el: nu o notați pe bon.',
  },
  passwordStep: {
    title: 'Îmi creez parola',
    rule: 'Cel puțin 12 caractere. Spațiile sunt acceptate: o frază scurtă, ușor de reținut, funcționează foarte bine.',
    example: 'De exemplu: „pisica mea doarme pe canapeaua albastra”.',
    password: 'Introduceți o parolă',
    confirmation: 'Confirmați parola',
    count: '{n} caracter introdus | {n} caractere introduse | {n} de caractere introduse',
    identifierReminder: 'Identificator: {identifier}',
    submit: 'Termin («Terminer»)',
    blocklist: {
      common:
        'Această parolă este prea des folosită: face parte din parolele ușor de ghicit. Alegeți alta, de exemplu o frază.',
      identifier: 'Parola nu trebuie să conțină identificatorul dumneavoastră.',
      personal:
        'Parola nu trebuie să conțină numele, prenumele dumneavoastră sau prenumele copiilor.',
      service: 'Parola nu trebuie să conțină numele serviciului, de exemplu „educonnect”.',
    },
  },
  done: {
    title: 'Contul dumneavoastră a fost creat',
    text: 'Contul dumneavoastră este gata, {name}. Vă veți putea conecta cu acest identificator și cu parola pe care tocmai ați ales-o.',
    identifierLabel: 'Identificatorul dumneavoastră',
    nextTimeTitle: 'Și la următoarea conectare?',
    nextTimeText:
      'Odată ajuns(ă) pe pagina de autentificare, va fi suficient să introduceți identificatorul și parola.',
    finish: 'Am terminat',
    login: 'Conectare',
  },
  alreadyActivated: {
    title: 'Aveți deja un cont',
    text: 'Bună ziua, {name}, contul dumneavoastră este deja activat. Conectați-vă cu identificatorul și parola.',
    identifierLabel: 'Identificatorul dumneavoastră',
    lostPassword:
      'Ați uitat parola? Alegeți „Parolă pierdută” («Mot de passe perdu») pe ecranul de conectare: vi se va trimite un cod prin SMS.',
    login: 'Conectare',
  },
  ended: {
    reasons: endReasons,
    restart: 'Reia',
  },
  account: {
    title: 'Bună ziua, {name}',
    identifierLabel: 'Identificatorul dumneavoastră',
    childrenTitle: 'Copiii dumneavoastră',
    noChildren: 'Niciun copil asociat.',
    className: 'Clasa: {name}',
    noClass: 'Clasă necompletată',
    logout: 'Deconectare',
    privacy: 'Nu uitați să vă deconectați înainte de a pleca de la chioșc.',
    changePassword: 'Schimb parola',
    passwordChanged: 'Parola dumneavoastră a fost schimbată.',
  },
  changePassword: {
    title: 'Schimb parola',
    forcedTitle: 'Alegeți-vă parola',
    forcedIntro:
      'Secretariatul v-a dat o parolă provizorie. Alegeți acum propria parolă: cu ea vă veți conecta data viitoare.',
    current: 'Parola actuală',
    password: 'Parola nouă',
    confirmation: 'Confirmați parola nouă',
    submit: 'Salvez parola',
    otherSessions: 'Celelalte conectări la contul dumneavoastră vor fi închise.',
  },
  recovery: {
    identifier: {
      title: 'Identificator pierdut',
      intro:
        'Introduceți numele, prenumele și numărul de mobil pe care l-ați dat școlii. Veți primi un cod prin SMS pentru a vă afișa identificatorul.',
      doneTitle: 'Identificatorul dumneavoastră',
      doneText: 'V-a fost trimis și prin SMS. Notați-l sau fotografiați acest ecran.',
    },
    password: {
      title: 'Parolă pierdută',
      intro:
        'Veți primi un cod prin SMS, apoi veți alege o parolă nouă. Indicați identificatorul sau numele, prenumele și numărul de mobil.',
      byIdentifier: 'Cu identificatorul meu',
      byName: 'Cu numele și numărul meu de mobil',
      chooseWay: 'Cum doriți să fiți recunoscut(ă)?',
      doneTitle: 'Parola dumneavoastră a fost schimbată',
      doneText:
        'Acum vă puteți conecta cu parola nouă. Un SMS vă informează despre aceasta, iar celelalte conectări la contul dumneavoastră au fost închise.',
    },
    steps: {
      identity: 'Identitate',
      code: 'Cod SMS',
      identifier: 'Identificatorul dumneavoastră',
      birthDate: 'Verificare',
      password: 'Parola nouă',
    },
    identifierLabel: 'Identificator',
    submitIdentity: 'Primesc codul SMS',
    confirmTitle: 'Confirmați trimiterea codului',
    confirmToPhone: 'Un cod va fi trimis la {phone}',
    confirmToKnownPhone:
      'Dacă acest identificator corespunde unui cont, un cod va fi trimis la numărul de mobil înregistrat de școală.',
    confirmHelp: 'Verificați ce ați introdus, apoi confirmați.',
    codeIntro: 'Introduceți codul primit prin SMS.',
    codeSentToKnownPhone:
      'Codul a fost trimis la numărul de mobil înregistrat de școală, dacă identificatorul corespunde unui cont.',
    changeDetails: 'Modific ce am introdus',
    noAccountHint: 'Nu ați primit SMS? Dacă nu aveți încă un cont, trebuie mai întâi să îl creați.',
    createAccount: 'Creez contul meu',
    birthDateTitle: 'O ultimă verificare',
    birthDateIntro: 'Pentru a vă proteja contul, introduceți data nașterii lui {name}.',
    birthDateIntroClass:
      'Pentru a vă proteja contul, introduceți data nașterii lui {name} (clasa: {className}).',
    birthDateSubmit: 'Confirm',
    newPasswordTitle: 'Aleg o parolă nouă',
    newPasswordSubmit: 'Salvez parola',
    login: 'Conectare',
    finish: 'Am terminat',
    ended: recoveryEndReasons,
  },
  idle: {
    title: 'Mai sunteți aici?',
    text: 'Dacă nu faceți nimic, ecranul va fi șters în {n} secundă, iar ce ați introdus se va pierde. | Dacă nu faceți nimic, ecranul va fi șters în {n} secunde, iar ce ați introdus se va pierde. | Dacă nu faceți nimic, ecranul va fi șters în {n} de secunde, iar ce ați introdus se va pierde.',
    continue: 'Continuă',
  },
  keyboard: {
    label: 'Tastatură pe ecran',
    close: 'Închide tastatura',
    backspace: 'Șterge',
    space: 'Spațiu',
    shift: 'Majuscule',
    numbers: '123 ?!',
    letters: 'ABC',
    latinLayout: 'Tastatură cu litere latine: numele se scriu ca în lista elevilor școlii.',
  },
  language: {
    choose: 'Limba',
    listLabel: 'Alegeți limba',
  },
  errors: {
    INVALID_REQUEST:
      'Ce ați introdus nu a putut fi citit. Verificați câmpurile și încercați din nou.',
    FORBIDDEN_SENDER: 'Această cerere nu a fost acceptată. Cereți ajutor secretariatului.',
    INTERNAL:
      'O problemă tehnică împiedică deocamdată continuarea. Încercați din nou peste puțin timp sau cereți ajutor secretariatului.',
    FLOW_NOT_FOUND: 'Această procedură nu mai este disponibilă. Reluați de la început.',
    FLOW_WRONG_STEP: 'Ecranul nu mai era actualizat. Reluați de la început dacă problema continuă.',
    FLOW_EXPIRED:
      'Termenul pentru finalizarea procedurii a expirat. Introduceți din nou numărul de telefon pentru a primi un cod nou.',
    FLOW_ENDED: 'Această procedură s-a încheiat. Reluați de la început.',
    IDENTITY_INVALID: 'Un câmp este gol sau completat greșit.',
    IDENTITY_MISMATCH:
      'Dacă informațiile introduse nu permit continuarea autoînscrierii prin SMS, vă rugăm să verificați datele introduse sau să contactați secretariatul școlii.',
    IDENTITY_COOLDOWN:
      'Prea multe încercări au eșuat pe acest chioșc. Așteptați puțin înainte de a încerca din nou sau adresați-vă secretariatului.',
    SMS_RATE_LIMITED:
      'Au fost deja trimise prea multe SMS-uri către acest număr sau de pe acest chioșc. Încercați mai târziu sau adresați-vă secretariatului.',
    SMS_RESEND_COOLDOWN: 'Tocmai a fost trimis un cod. Așteptați puțin înainte de a cere unul nou.',
    SMS_FAILED: 'SMS-ul nu a putut fi trimis. Încercați din nou peste puțin timp.',
    SMS_NOT_CONFIGURED:
      'Trimiterea de SMS nu este disponibilă pe acest chioșc. Adresați-vă secretariatului.',
    CODE_FORMAT: 'Lipsesc cifre: codul are 6.',
    CODE_INVALID: 'Acest cod nu este cel corect. Verificați SMS-ul și introduceți din nou codul.',
    CODE_EXPIRED:
      'Acest cod nu mai este valabil. Introduceți din nou numărul de telefon pentru a primi un cod nou.',
    CODE_TOO_MANY_ATTEMPTS:
      'Au fost introduse prea multe coduri greșite. Din motive de securitate, procedura a fost oprită: reluați de la început.',
    GUARDIAN_LOCKED:
      'Din motive de securitate, acest cont este blocat după prea multe încercări. Adresați-vă secretariatului pentru a-l debloca.',
    CHILD_UNKNOWN: 'Acest elev nu face parte din această procedură. Reluați de la început.',
    BIRTHDATE_FORMAT: 'Introduceți o dată reală în formatul zz/ll/aaaa, de exemplu 03/09/2014.',
    BIRTHDATE_MISMATCH: 'Această dată de naștere nu corespunde.',
    BIRTHDATE_TOO_MANY_ATTEMPTS:
      'Prea multe date de naștere greșite. Din motive de securitate, procedura a fost oprită: adresați-vă secretariatului.',
    CHILDREN_PENDING: 'Răspundeți pentru fiecare copil înainte de a continua.',
    NO_CONFIRMED_CHILD: 'Trebuie să confirmați cel puțin un copil pentru a vă crea contul.',
    PASSWORD_TOO_SHORT: 'Parola trebuie să aibă cel puțin 12 caractere.',
    PASSWORD_TOO_LONG: 'Parola trebuie să aibă cel mult 128 de caractere.',
    PASSWORD_MISMATCH: 'Cele două parole nu sunt identice. Introduceți-le din nou.',
    PASSWORD_BLOCKLISTED: 'Această parolă nu poate fi folosită.',
    LOGIN_FAILED: 'Identificator sau parolă incorectă.',
    LOGIN_THROTTLED: 'Prea multe încercări de conectare.',
    NOT_LOGGED_IN: 'Nu mai sunteți conectat(ă). Conectați-vă din nou.',
    NOT_DEMO_MODE: 'Telefonul demonstrativ este disponibil doar în modul demonstrativ.',
    PRINT_FAILED:
      'Tipărirea nu a funcționat: notați-vă identificatorul sau fotografiați acest ecran.',
    ACCOUNT_RETIRED:
      'Acest cont a fost înlocuit: contul dumneavoastră a fost creat de două ori, iar identificatorul păstrat este {identifier}. Conectați-vă cu el și cu parola aleasă pentru el; dacă ați uitat-o, alegeți „Parolă pierdută” («Mot de passe perdu»).',
    ACCOUNT_DISABLED:
      'Contul dumneavoastră nu mai este activ: școala nu vă mai are printre responsabilii elevilor săi. Adresați-vă secretariatului școlii.',
    CURRENT_PASSWORD_WRONG: 'Aceasta nu este parola dumneavoastră actuală. Introduceți-o din nou.',
    PASSWORD_UNCHANGED: 'Aceasta este deja parola dumneavoastră: alegeți una nouă.',
  },
  smsFailure: {
    InvalidNumber:
      'SMS-ul nu a putut fi trimis: acest număr de mobil nu poate primi SMS-uri. Adresați-vă secretariatului pentru a verifica numărul înregistrat.',
    Auth: 'Trimiterea de SMS nu funcționează momentan pe acest chioșc (o setare trebuie corectată). Adresați-vă secretariatului.',
    NotConfigured:
      'Trimiterea de SMS nu funcționează momentan pe acest chioșc (o setare trebuie corectată). Adresați-vă secretariatului.',
    InsufficientCredit:
      'Creditul de SMS al școlii s-a epuizat: momentan nu poate fi trimis niciun cod. Adresați-vă secretariatului.',
    RateLimited:
      'Serviciul de trimitere a SMS-urilor primește prea multe cereri. Încercați din nou peste puțin timp.',
    Transient:
      'Serviciul de trimitere a SMS-urilor nu răspunde. SMS-ul nu a plecat: încercați din nou peste puțin timp.',
    Uncertain:
      'Serviciul de trimitere a SMS-urilor a răspuns prea târziu: este posibil ca SMS-ul să fie totuși pe drum. Așteptați-l câteva minute; dacă nu sosește, reluați sau adresați-vă secretariatului.',

    ProviderError:
      'Serviciul de trimitere a SMS-urilor a semnalat o defecțiune din partea sa: este posibil ca SMS-ul să fie totuși pe drum. Așteptați-l câteva minute; dacă nu sosește, reluați sau adresați-vă secretariatului.',
    Rejected:
      'Serviciul de trimitere a SMS-urilor a refuzat cererea chioșcului: SMS-ul nu a plecat. Adresați-vă secretariatului.',
  },
  errorDetails: {
    remainingAttempts:
      'Mai aveți {n} încercare. | Mai aveți {n} încercări. | Mai aveți {n} de încercări.',
    waitFor: 'Așteptați {duration} înainte de a încerca din nou.',
    retryAtTime: 'Încercați din nou începând de la ora {time}.',
    retryTomorrow: 'Încercați din nou mâine, începând de la ora {time}.',
    retryAtDate: 'Încercați din nou pe {date}, începând de la ora {time}.',
  },
  units: {
    seconds: '{n} secundă | {n} secunde | {n} de secunde',
    minutes: '{n} minut | {n} minute | {n} de minute',
    and: '{first} și {second}',
  },
};

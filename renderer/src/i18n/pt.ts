// Portuguese (European Portuguese, the variety of most Portuguese-speaking families in France):
// the parent screens (parent-catalogue.ts). The ministry's button names a parent will meet again
// on the EduConnect web page are given in French beside the translation.
import type { ParentMessages } from './parent-catalogue';

type EndReasons = ParentMessages['ended']['reasons'];
type RecoveryEndReasons = ParentMessages['recovery']['ended'];

const endReasons: EndReasons = {
  'flow-expired': {
    title: 'O processo foi interrompido',
    text: 'O tempo previsto para criar a sua conta esgotou-se, ou o quiosque foi reiniciado entretanto. Nada foi guardado: pode recomeçar desde o início.',
  },
  expired: {
    title: 'O prazo expirou',
    text: 'Este código é válido durante {minutes} min. Passado esse prazo, terá de voltar a introduzir o seu número de telefone para receber um novo código.',
  },
  'too-many-codes': {
    title: 'Demasiados códigos errados',
    text: 'O código foi mal introduzido demasiadas vezes. Por segurança, o processo foi interrompido. Pode recomeçar: ser-lhe-á enviado um novo código.',
  },
  'too-many-birthdates': {
    title: 'Demasiadas datas de nascimento erradas',
    text: 'Uma data de nascimento foi mal introduzida demasiadas vezes. Por segurança, o processo foi interrompido. Verifique as datas de nascimento dos seus filhos ou dirija-se à secretaria da escola.',
  },
  'all-children-rejected': {
    title: 'Nenhum filho associado',
    text: 'Indicou que não é o representante legal de nenhum dos alunos apresentados. A secretaria será informada. A sua conta não pode ser criada aqui: dirija-se à secretaria da escola.',
  },
  'guardian-locked': {
    title: 'Conta bloqueada por segurança',
    text: 'Falharam demasiadas tentativas para esta conta. Por segurança, está bloqueada. Dirija-se à secretaria da escola para a desbloquear.',
  },
  abandoned: {
    title: 'Processo cancelado',
    text: 'O processo foi cancelado. Nada foi guardado. Pode recomeçar quando quiser.',
  },
};

const recoveryEndReasons: RecoveryEndReasons = {
  'flow-expired': {
    title: 'O processo foi interrompido',
    text: 'O tempo previsto para o processo esgotou-se, ou o quiosque foi reiniciado entretanto. Nada foi alterado: pode recomeçar desde o início.',
  },
  expired: {
    title: 'O prazo expirou',
    text: 'Este código é válido durante {minutes} min. Passado esse prazo, tem de recomeçar para receber um novo código.',
  },
  'too-many-codes': {
    title: 'Demasiados códigos errados',
    text: "O código foi mal introduzido demasiadas vezes. Por segurança, o processo foi interrompido. Pode recomeçar. Se ainda não tem conta, crie-a com «Ainda não tenho identificador» («Je n'ai pas encore d'identifiant»).",
  },
  'too-many-birthdates': {
    title: 'Demasiadas datas de nascimento erradas',
    text: 'A data de nascimento foi mal introduzida demasiadas vezes. Por segurança, o processo foi interrompido e a sua palavra-passe não foi alterada. Dirija-se à secretaria da escola.',
  },
  'guardian-locked': endReasons['guardian-locked'],
  abandoned: {
    title: 'Processo interrompido',
    text: 'O processo foi interrompido. Nada foi alterado. Pode recomeçar quando quiser.',
  },
};

export const pt: ParentMessages = {
  app: {
    title: 'Quiosque — Ativação da conta',
    brand: 'Quiosque dos pais',
    loading: 'A carregar…',
    loadingFailed:
      'O quiosque não consegue arrancar. Nova tentativa dentro de alguns segundos. Se continuar, avise a secretaria.',
    schools: 'Escolas: {names}',
    kioskName: 'Quiosque: {name}',
  },
  demo: {
    banner: 'Modo de demonstração',
    bannerDetail: 'Alunos fictícios — nenhum SMS verdadeiro é enviado.',
    bannerRealGateway:
      'Alunos fictícios — nenhum SMS é enviado: o serviço de SMS da escola está configurado, mas a lista de alunos ainda é a de demonstração. Importe a exportação da escola a partir da consola da secretaria.',
    phoneTitle: 'Telemóvel de demonstração',
    phoneEmpty: 'Ainda não foi recebido nenhum SMS.',
    to: 'Para: {to}',
    receivedAt: 'Recebido às {time}',
    messages: 'Mensagens recebidas',
  },
  common: {
    back: 'Voltar',
    abandon: 'Cancelar',
    continue: 'Continuar',
    restart: 'Recomeçar',
    home: 'Voltar ao início',
    stepOf: 'Passo {n} de {total}',
    stepNav: 'Progresso',
    busy: 'Aguarde, por favor…',
  },
  abandon: {
    title: 'Cancelar a criação da conta?',
    text: 'O que introduziu será apagado.',
    confirm: 'Sim, cancelar',
    cancel: 'Não, continuar',
  },
  activation: {
    startFailedTitle: 'Não foi possível iniciar a criação da conta',
  },
  steps: {
    identity: 'Identidade',
    code: 'Código SMS',
    children: 'Os seus filhos',
    identifier: 'O seu identificador',
    password: 'Palavra-passe',
  },
  field: {
    showPassword: 'Mostrar a palavra-passe',
    hidePassword: 'Ocultar a palavra-passe',
    errorPrefix: 'Erro:',
  },
  login: {
    title: 'Iniciar sessão',
    intro: 'Introduza o seu identificador e a sua palavra-passe.',
    identifier: 'Identificador (Identifiant)',
    identifierPlaceholder: 'Introduza um identificador',
    password: 'Palavra-passe (Mot de passe)',
    passwordPlaceholder: 'Introduza uma palavra-passe',
    submit: 'Iniciar sessão («Se connecter»)',
    lostIdentifier: 'Identificador perdido («Identifiant perdu»)',
    lostPassword: 'Palavra-passe perdida («Mot de passe perdu»)',
    or: 'OU',
    noIdentifier: "Ainda não tenho identificador («Je n'ai pas encore d'identifiant»)",
    assistance: 'Ajuda',
    legal: 'Informação legal',
    moreLinks: 'Outras ligações',
    missingIdentifier: 'Introduza o seu identificador.',
    missingPassword: 'Introduza a sua palavra-passe.',
  },
  info: {
    assistance: {
      title: 'Ajuda',
      paragraphs: [
        'A secretaria da escola pode ajudá-lo a criar a sua conta ou a iniciar sessão.',
        'Lembre-se de trazer: um documento de identificação, o telemóvel cujo número deu à escola e as datas de nascimento dos seus filhos.',
        'Se o seu número de telemóvel mudou, a secretaria tem primeiro de o atualizar: depois poderá criar a sua conta aqui.',
        'Este quiosque não guarda nada do que introduz: após alguns instantes sem atividade, o ecrã é apagado.',
      ],
    },
    legal: {
      title: 'Informação legal',
      sections: [
        {
          heading: 'Responsável pelo tratamento',
          text: 'A escola que disponibiliza este quiosque, representada pelo seu diretor.',
        },
        {
          heading: 'Finalidade',
          text: 'Permitir aos representantes legais dos alunos criar a sua conta e iniciar sessão nela.',
        },
        {
          heading: 'Dados utilizados',
          text: 'O seu apelido, nome próprio e número de telemóvel, bem como o nome próprio, a turma e a data de nascimento dos seus filhos, tal como constam da lista de alunos da escola. Estas informações servem apenas para verificar a sua identidade e a associação dos seus filhos.',
        },
        {
          heading: 'Neste ecrã',
          text: 'Nada do que introduz é guardado neste quiosque: o ecrã é apagado no fim do processo, após um período sem atividade, ou quando cancela.',
        },
        {
          heading: 'Os seus direitos',
          text: 'Nos termos do Regulamento Geral sobre a Proteção de Dados (RGPD) e da lei francesa Informatique et Libertés, pode aceder aos seus dados, pedir a sua retificação ou a limitação do seu tratamento. Contacte o encarregado da proteção de dados (DPO) da escola, cujos contactos estão disponíveis na secretaria. Pode também apresentar uma reclamação à CNIL.',
        },
      ],
    },
    student: {
      title: 'É aluno',
      paragraphs: [
        'Este quiosque serve para criar as contas dos representantes legais dos alunos.',
        'Os seus identificadores de aluno são-lhe fornecidos pela sua escola: peça-os na secretaria ou ao seu diretor de turma.',
      ],
    },
    phoneNotRegistered: {
      title: 'O seu telemóvel não está registado',
      paragraphs: [
        'O número de telemóvel utilizado no processo de ativação tem de ser igual ao que foi fornecido à escola.',
        'Dirija-se à secretaria da escola de um dos seus filhos: pode registar o seu número ou dar-lhe os seus identificadores.',
        'Depois de o seu número estar registado, poderá criar a sua conta neste quiosque.',
      ],
    },
  },
  choice: {
    title: 'Qual é a sua situação?',
    guardian:
      'Sou representante legal de aluno(s) escolarizado(s): posso criar a minha conta recebendo um código de ativação por SMS.',
    create: 'Criar a minha conta («Créer mon compte»)',
    otherCases: 'Outras situações',
    phoneNotRegistered: 'O meu telemóvel não está registado',
    phoneNotRegisteredText:
      'Se o meu telemóvel não estiver registado, posso contactar a escola de um dos meus filhos para obter os meus identificadores.',
    student: 'Sou aluno(a)',
    studentText: 'Sou aluno(a): contacto a minha escola, que me fornecerá os meus identificadores.',
  },
  identity: {
    title: 'Os seus dados',
    intro:
      'Introduza o seu apelido, o seu nome próprio e o número de telemóvel que comunicou à escola dos seus filhos.',
    lastName: 'Apelido',
    firstName: 'Nome próprio',
    mobile: 'Número de telemóvel',
    mobileHint:
      'O número de telemóvel utilizado no processo de ativação tem de ser igual ao que foi fornecido à escola. Por exemplo: 06 12 34 56 78. Os espaços são aceites.',
    submit: 'Receber o meu código SMS («Recevoir mon code SMS»)',
    invalid: {
      lastName: 'Introduza o seu apelido.',
      firstName: 'Introduza o seu nome próprio.',
      mobile: 'Introduza um número de telemóvel, por exemplo 06 12 34 56 78.',
      identifier: 'Introduza o seu identificador.',
    },
  },
  confirmSend: {
    title: 'Confirme o envio do código',
    text: 'Vai ser enviado um código para o {phone}',
    help: 'Verifique se este número é mesmo o do seu telemóvel e depois confirme.',
    submit: 'Confirmar',
  },
  code: {
    title: 'Código recebido por SMS',
    intro: 'Introduza o código de validação recebido por SMS.',
    sentTo: 'O código foi enviado para o {phone}.',
    changeNumber: 'Alterar o meu número',
    label: 'Código de validação',
    hint: 'O código tem 6 algarismos.',
    validity:
      'Este código é válido durante {minutes} min. Passado esse prazo, terá de voltar a introduzir o seu número de telefone para receber um novo código.',
    submit: 'Confirmar',
    resend: 'Reenviar o código',
    resendAt: 'Poderá pedir um novo código a partir das {time}.',
    resendNow: 'Não recebeu nada? Pode pedir um novo código.',
    resent: 'Foi enviado um novo código.',
  },
  children: {
    title: 'Os seus filhos',
    intro:
      'É apresentada a lista dos seus filhos. Agora tem de introduzir as datas de nascimento de todos os seus filhos para confirmar a associação.',
    reportHint:
      'Também pode assinalar uma associação errada respondendo «Não» à pergunta «Sou o representante legal deste aluno».',
    listLabel: 'Alunos associados ao seu número',
    noClass: 'Turma não indicada',
    className: 'Turma: {name}',
    question: 'Sou o representante legal deste aluno',
    yes: 'Sim',
    no: 'Não',
    birthDate: 'Data de nascimento (dd/mm/aaaa)',
    birthDatePlaceholder: 'dd/mm/aaaa',
    birthDateHint: 'As barras são acrescentadas automaticamente.',
    confirmDate: 'Confirmar a data de nascimento',
    reportTitle: 'Assinalar uma associação errada',
    reportText:
      'Vai indicar que não é o representante legal de {name}. A secretaria da escola será informada.',
    reportConfirm: 'Assinalar uma associação errada',
    reportCancel: 'Cancelar',
    status: {
      pending: 'Por preencher',
      confirmed: 'Confirmado',
      rejected: 'Assinalado',
    },
    continueHint: 'Responda para cada um dos seus filhos para poder continuar.',
    continue: 'Continuar',
  },
  identifier: {
    title: 'O seu identificador',
    intro:
      'O seu identificador EduConnect é apresentado. Não se esqueça de o anotar. Vai permitir-lhe iniciar sessão na página de autenticação.',
    label: 'O seu identificador',
    keepTip: 'Anote-o num papel ou tire uma fotografia a este ecrã com o seu telemóvel.',
    acknowledge: 'Tomei nota do meu identificador',
  },
  ticket: {
    print: 'Imprimir o meu identificador',
    printing: 'A imprimir…',
    printed: 'O seu talão foi impresso. Retire-o da impressora.',
    heading: 'O seu identificador EduConnect',
    loginAt: 'Para iniciar sessão, vá a:',
    loginSteps:
      'Na página de autenticação, introduza este identificador e a sua palavra-passe e carregue em Iniciar sessão («Se connecter»).',
    printedOn: 'Impresso em {date}',
    keep: 'Guarde este talão. A sua palavra-passe não consta dele: não a escreva nele.',
  },
  passwordStep: {
    title: 'Crio a minha palavra-passe',
    rule: 'Pelo menos 12 caracteres. Os espaços são aceites: uma frase curta fácil de lembrar funciona muito bem.',
    example: 'Por exemplo: «o meu gato dorme no sofa azul».',
    password: 'Introduzir uma palavra-passe',
    confirmation: 'Confirmar a palavra-passe',
    count: '{n} carácter introduzido | {n} caracteres introduzidos',
    identifierReminder: 'Identificador: {identifier}',
    submit: 'Terminar («Terminer»)',
    blocklist: {
      common:
        'Esta palavra-passe é demasiado comum: faz parte das palavras-passe fáceis de adivinhar. Escolha outra, por exemplo uma frase.',
      identifier: 'A palavra-passe não pode conter o seu identificador.',
      personal:
        'A palavra-passe não pode conter o seu apelido, o seu nome próprio nem o nome próprio dos seus filhos.',
      service: 'A palavra-passe não pode conter o nome do serviço, por exemplo «educonnect».',
    },
  },
  done: {
    title: 'A sua conta foi criada',
    text: 'A sua conta está pronta, {name}. Poderá iniciar sessão com este identificador e a palavra-passe que acabou de escolher.',
    identifierLabel: 'O seu identificador',
    nextTimeTitle: 'E da próxima vez que iniciar sessão?',
    nextTimeText:
      'Quando chegar à página de autenticação, bastará introduzir o identificador e a palavra-passe.',
    finish: 'Terminei',
    login: 'Iniciar sessão',
  },
  alreadyActivated: {
    title: 'Já tem uma conta',
    text: 'Olá, {name}: a sua conta já está ativada. Inicie sessão com o seu identificador e a sua palavra-passe.',
    identifierLabel: 'O seu identificador',
    lostPassword:
      'Esqueceu-se da palavra-passe? Escolha «Palavra-passe perdida» («Mot de passe perdu») no ecrã de início de sessão: ser-lhe-á enviado um código por SMS.',
    login: 'Iniciar sessão',
  },
  ended: {
    reasons: endReasons,
    restart: 'Recomeçar',
  },
  account: {
    title: 'Olá, {name}',
    identifierLabel: 'O seu identificador',
    childrenTitle: 'Os seus filhos',
    noChildren: 'Nenhum filho associado.',
    className: 'Turma: {name}',
    noClass: 'Turma não indicada',
    logout: 'Terminar sessão',
    privacy: 'Lembre-se de terminar a sessão antes de sair do quiosque.',
    changePassword: 'Alterar a minha palavra-passe',
    passwordChanged: 'A sua palavra-passe foi alterada.',
  },
  changePassword: {
    title: 'Alterar a minha palavra-passe',
    forcedTitle: 'Escolha a sua palavra-passe',
    forcedIntro:
      'A secretaria deu-lhe uma palavra-passe provisória. Escolha agora a sua própria palavra-passe: é com ela que vai iniciar sessão da próxima vez.',
    current: 'Palavra-passe atual',
    password: 'Nova palavra-passe',
    confirmation: 'Confirmar a nova palavra-passe',
    submit: 'Guardar a palavra-passe',
    otherSessions: 'As outras sessões abertas na sua conta serão terminadas.',
  },
  recovery: {
    identifier: {
      title: 'Identificador perdido',
      intro:
        'Introduza o seu apelido, o seu nome próprio e o número de telemóvel que deu à escola. Vai receber um código por SMS para ver o seu identificador.',
      doneTitle: 'O seu identificador',
      doneText: 'Também lhe foi enviado por SMS. Anote-o ou tire uma fotografia a este ecrã.',
    },
    password: {
      title: 'Palavra-passe perdida',
      intro:
        'Vai receber um código por SMS e depois escolher uma nova palavra-passe. Indique o seu identificador, ou o seu apelido, o seu nome próprio e o seu número de telemóvel.',
      byIdentifier: 'Com o meu identificador',
      byName: 'Com o meu nome e o meu número de telemóvel',
      chooseWay: 'Como quer ser identificado?',
      doneTitle: 'A sua palavra-passe foi alterada',
      doneText:
        'Já pode iniciar sessão com a sua nova palavra-passe. Um SMS informa-o disso, e as outras sessões abertas na sua conta foram terminadas.',
    },
    steps: {
      identity: 'Identidade',
      code: 'Código SMS',
      identifier: 'O seu identificador',
      birthDate: 'Verificação',
      password: 'Nova palavra-passe',
    },
    identifierLabel: 'Identificador',
    submitIdentity: 'Receber o meu código SMS',
    confirmTitle: 'Confirme o envio do código',
    confirmToPhone: 'Vai ser enviado um código para o {phone}',
    confirmToKnownPhone:
      'Se este identificador corresponder a uma conta, será enviado um código para o número de telemóvel que a escola tem registado.',
    confirmHelp: 'Verifique o que introduziu e depois confirme.',
    codeIntro: 'Introduza o código recebido por SMS.',
    codeSentToKnownPhone:
      'O código foi enviado para o número de telemóvel que a escola tem registado, se o identificador corresponder a uma conta.',
    changeDetails: 'Alterar o que introduzi',
    noAccountHint: 'Não recebeu o SMS? Se ainda não tem conta, tem primeiro de a criar.',
    createAccount: 'Criar a minha conta',
    birthDateTitle: 'Uma última verificação',
    birthDateIntro: 'Para proteger a sua conta, introduza a data de nascimento de {name}.',
    birthDateIntroClass:
      'Para proteger a sua conta, introduza a data de nascimento de {name} (turma: {className}).',
    birthDateSubmit: 'Confirmar',
    newPasswordTitle: 'Escolho uma nova palavra-passe',
    newPasswordSubmit: 'Guardar a palavra-passe',
    login: 'Iniciar sessão',
    finish: 'Terminei',
    ended: recoveryEndReasons,
  },
  idle: {
    title: 'Ainda está aí?',
    text: 'Se não fizer nada, o ecrã será apagado dentro de {n} segundo e o que introduziu será perdido. | Se não fizer nada, o ecrã será apagado dentro de {n} segundos e o que introduziu será perdido.',
    continue: 'Continuar',
  },
  keyboard: {
    label: 'Teclado no ecrã',
    close: 'Fechar o teclado',
    backspace: 'Apagar',
    space: 'Espaço',
    shift: 'Maiúsculas',
    numbers: '123 ?!',
    letters: 'ABC',
    latinLayout:
      'Teclado em letras latinas: os nomes escrevem-se como na lista de alunos da escola.',
  },
  language: {
    choose: 'Língua',
    listLabel: 'Escolha a sua língua',
  },
  errors: {
    INVALID_REQUEST:
      'Não foi possível ler o que introduziu. Verifique os campos e tente novamente.',
    FORBIDDEN_SENDER: 'Este pedido não foi aceite. Peça ajuda à secretaria.',
    INTERNAL:
      'Um problema técnico impede de continuar por agora. Tente novamente daqui a pouco ou peça ajuda à secretaria.',
    FLOW_NOT_FOUND: 'Este processo já não está disponível. Recomece desde o início.',
    FLOW_WRONG_STEP:
      'O ecrã já não estava atualizado. Recomece desde o início se o problema continuar.',
    FLOW_EXPIRED:
      'O prazo para terminar o processo expirou. Volte a introduzir o seu número de telefone para receber um novo código.',
    FLOW_ENDED: 'Este processo terminou. Recomece desde o início.',
    IDENTITY_INVALID: 'Um campo está vazio ou mal preenchido.',
    IDENTITY_MISMATCH:
      'Se as informações introduzidas não permitirem prosseguir com a autoinscrição por SMS, verifique os dados introduzidos ou contacte a secretaria da escola.',
    IDENTITY_COOLDOWN:
      'Falharam demasiadas tentativas neste quiosque. Aguarde um momento antes de tentar novamente, ou dirija-se à secretaria.',
    SMS_RATE_LIMITED:
      'Já foram enviados demasiados SMS para este número ou a partir deste quiosque. Tente mais tarde ou dirija-se à secretaria.',
    SMS_RESEND_COOLDOWN: 'Acabou de ser enviado um código. Aguarde um pouco antes de pedir outro.',
    SMS_FAILED: 'Não foi possível enviar o SMS. Tente novamente daqui a pouco.',
    SMS_NOT_CONFIGURED:
      'O envio de SMS não está disponível neste quiosque. Dirija-se à secretaria.',
    CODE_FORMAT: 'Faltam algarismos: o código tem 6.',
    CODE_INVALID: 'Este código não está certo. Verifique o SMS e introduza o código novamente.',
    CODE_EXPIRED:
      'Este código já não é válido. Volte a introduzir o seu número de telefone para receber um novo código.',
    CODE_TOO_MANY_ATTEMPTS:
      'Foram introduzidos demasiados códigos errados. Por segurança, o processo foi interrompido: recomece desde o início.',
    GUARDIAN_LOCKED:
      'Por segurança, esta conta foi bloqueada após demasiadas tentativas. Dirija-se à secretaria para a desbloquear.',
    CHILD_UNKNOWN: 'Este aluno não faz parte deste processo. Recomece desde o início.',
    BIRTHDATE_FORMAT: 'Introduza uma data real no formato dd/mm/aaaa, por exemplo 03/09/2014.',
    BIRTHDATE_MISMATCH: 'Esta data de nascimento não corresponde.',
    BIRTHDATE_TOO_MANY_ATTEMPTS:
      'Demasiadas datas de nascimento erradas. Por segurança, o processo foi interrompido: dirija-se à secretaria.',
    CHILDREN_PENDING: 'Responda para cada um dos seus filhos antes de continuar.',
    NO_CONFIRMED_CHILD: 'Tem de confirmar pelo menos um filho para criar a sua conta.',
    PASSWORD_TOO_SHORT: 'A palavra-passe tem de ter pelo menos 12 caracteres.',
    PASSWORD_TOO_LONG: 'A palavra-passe pode ter no máximo 128 caracteres.',
    PASSWORD_MISMATCH: 'As duas palavras-passe não são iguais. Introduza-as novamente.',
    PASSWORD_BLOCKLISTED: 'Esta palavra-passe não pode ser utilizada.',
    LOGIN_FAILED: 'Identificador ou palavra-passe incorretos.',
    LOGIN_THROTTLED: 'Demasiadas tentativas de início de sessão.',
    NOT_LOGGED_IN: 'Já não tem sessão iniciada. Inicie sessão novamente.',
    NOT_DEMO_MODE: 'O telemóvel de demonstração só está disponível no modo de demonstração.',
    PRINT_FAILED:
      'A impressão não funcionou: anote o seu identificador ou tire uma fotografia a este ecrã.',
    ACCOUNT_RETIRED:
      'Esta conta foi substituída: a sua conta foi criada duas vezes e o identificador mantido é {identifier}. Inicie sessão com ele e a palavra-passe escolhida para ele; se a esqueceu, escolha «Palavra-passe perdida» («Mot de passe perdu»).',
    ACCOUNT_DISABLED:
      'A sua conta já não está ativa: a escola já não o conta entre os responsáveis dos seus alunos. Dirija-se à secretaria da escola.',
    CURRENT_PASSWORD_WRONG: 'Esta não é a sua palavra-passe atual. Introduza-a novamente.',
    PASSWORD_UNCHANGED: 'Esta já é a sua palavra-passe: escolha uma nova.',
  },
  smsFailure: {
    InvalidNumber:
      'Não foi possível enviar o SMS: este número de telemóvel não pode receber SMS. Dirija-se à secretaria para verificar o número registado.',
    Auth: 'O envio de SMS não está a funcionar neste quiosque de momento (uma definição tem de ser corrigida). Dirija-se à secretaria.',
    NotConfigured:
      'O envio de SMS não está a funcionar neste quiosque de momento (uma definição tem de ser corrigida). Dirija-se à secretaria.',
    InsufficientCredit:
      'O crédito de SMS da escola esgotou-se: de momento não é possível enviar nenhum código. Dirija-se à secretaria.',
    RateLimited:
      'O serviço de envio de SMS está a receber demasiados pedidos. Tente novamente daqui a pouco.',
    Transient:
      'O serviço de envio de SMS não responde. O SMS não foi enviado: tente novamente daqui a pouco.',
    Uncertain:
      'O serviço de envio de SMS demorou demasiado a responder: o SMS pode estar a caminho na mesma. Aguarde alguns minutos; se não chegar, recomece ou dirija-se à secretaria.',

    ProviderError:
      'O serviço de envio de SMS assinalou uma avaria do seu lado: o SMS pode estar a caminho na mesma. Aguarde alguns minutos; se não chegar, recomece ou dirija-se à secretaria.',
    Rejected:
      'O serviço de envio de SMS recusou o pedido do quiosque: o SMS não foi enviado. Dirija-se à secretaria.',
  },
  errorDetails: {
    remainingAttempts: 'Resta-lhe {n} tentativa. | Restam-lhe {n} tentativas.',
    waitFor: 'Aguarde {duration} antes de tentar novamente.',
    retryAtTime: 'Tente novamente a partir das {time}.',
    retryTomorrow: 'Tente novamente amanhã a partir das {time}.',
    retryAtDate: 'Tente novamente no dia {date} a partir das {time}.',
  },
  units: {
    seconds: '{n} segundo | {n} segundos',
    minutes: '{n} minuto | {n} minutos',
    and: '{first} e {second}',
  },
};

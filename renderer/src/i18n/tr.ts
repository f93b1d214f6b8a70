// Turkish: the parent screens (parent-catalogue.ts). A noun after a number stays singular in
// Turkish, so the plural messages have one form. The ministry's button names a parent will meet
// again on the EduConnect web page are given in French beside the translation.
import type { ParentMessages } from './parent-catalogue';

type EndReasons = ParentMessages['ended']['reasons'];
type RecoveryEndReasons = ParentMessages['recovery']['ended'];

const endReasons: EndReasons = {
  'flow-expired': {
    title: 'İşlem yarıda kesildi',
    text: 'Hesabınızı oluşturmak için ayrılan süre doldu ya da kiosk bu arada yeniden başlatıldı. Hiçbir şey kaydedilmedi: baştan yeniden başlayabilirsiniz.',
  },
  expired: {
    title: 'Süre doldu',
    text: 'Bu kod {minutes} dakika geçerlidir. Bu süre geçtikten sonra, yeni bir kod almak için telefon numaranızı yeniden girmeniz gerekir.',
  },
  'too-many-codes': {
    title: 'Çok fazla yanlış kod',
    text: 'Kod çok fazla kez yanlış girildi. Güvenliğiniz için işlem durduruldu. Yeniden başlayabilirsiniz: size yeni bir kod gönderilecek.',
  },
  'too-many-birthdates': {
    title: 'Çok fazla yanlış doğum tarihi',
    text: 'Bir doğum tarihi çok fazla kez yanlış girildi. Güvenliğiniz için işlem durduruldu. Çocuklarınızın doğum tarihlerini kontrol edin veya okulun sekreterliğine başvurun.',
  },
  'all-children-rejected': {
    title: 'Bağlı çocuk yok',
    text: 'Gösterilen öğrencilerin hiçbirinin yasal temsilcisi olmadığınızı belirttiniz. Sekreterlik bilgilendirilecek. Hesabınız burada oluşturulamaz: lütfen okulun sekreterliğine başvurun.',
  },
  'guardian-locked': {
    title: 'Hesap güvenlik nedeniyle kilitlendi',
    text: 'Bu hesap için çok fazla deneme başarısız oldu. Güvenliğiniz için hesap kilitlendi. Kilidi açtırmak için okulun sekreterliğine başvurun.',
  },
  abandoned: {
    title: 'İşlem iptal edildi',
    text: 'İşlem iptal edildi. Hiçbir şey kaydedilmedi. İstediğiniz zaman yeniden başlayabilirsiniz.',
  },
};

const recoveryEndReasons: RecoveryEndReasons = {
  'flow-expired': {
    title: 'İşlem yarıda kesildi',
    text: 'İşlem için ayrılan süre doldu ya da kiosk bu arada yeniden başlatıldı. Hiçbir şey değişmedi: baştan yeniden başlayabilirsiniz.',
  },
  expired: {
    title: 'Süre doldu',
    text: 'Bu kod {minutes} dakika geçerlidir. Bu süre geçtikten sonra, yeni bir kod almak için yeniden başlamanız gerekir.',
  },
  'too-many-codes': {
    title: 'Çok fazla yanlış kod',
    text: "Kod çok fazla kez yanlış girildi. Güvenliğiniz için işlem durduruldu. Yeniden başlayabilirsiniz. Henüz hesabınız yoksa, «Henüz kullanıcı adım yok» («Je n'ai pas encore d'identifiant») ile oluşturun.",
  },
  'too-many-birthdates': {
    title: 'Çok fazla yanlış doğum tarihi',
    text: 'Doğum tarihi çok fazla kez yanlış girildi. Güvenliğiniz için işlem durduruldu ve şifreniz değişmedi. Okulun sekreterliğine başvurun.',
  },
  'guardian-locked': endReasons['guardian-locked'],
  abandoned: {
    title: 'İşlem durduruldu',
    text: 'İşlem durduruldu. Hiçbir şey değişmedi. İstediğiniz zaman yeniden başlayabilirsiniz.',
  },
};

export const tr: ParentMessages = {
  app: {
    title: 'Kiosk — Hesap etkinleştirme',
    brand: 'Veli kioskı',
    loading: 'Yükleniyor…',
    loadingFailed:
      'Kiosk başlatılamıyor. Birkaç saniye içinde yeniden denenecek. Bu devam ederse sekreterliğe haber verin.',
    schools: 'Okullar: {names}',
    kioskName: 'Kiosk: {name}',
  },
  demo: {
    banner: 'Tanıtım modu',
    bannerDetail: 'Hayali öğrenciler — gerçek SMS gönderilmez.',
    bannerRealGateway:
      'Hayali öğrenciler — hiçbir SMS gönderilmez: okulun SMS hizmeti ayarlanmış, ancak öğrenci listesi hâlâ tanıtım listesi. Okulun dışa aktarım dosyasını sekreterlik konsolundan içe aktarın.',
    phoneTitle: 'Tanıtım telefonu',
    phoneEmpty: 'Henüz SMS gelmedi.',
    to: 'Alıcı: {to}',
    receivedAt: 'Geliş saati: {time}',
    messages: 'Gelen mesajlar',
  },
  common: {
    back: 'Geri',
    abandon: 'Vazgeç',
    continue: 'Devam',
    restart: 'Yeniden başla',
    home: 'Başa dön',
    stepOf: 'Adım {n} / {total}',
    stepNav: 'İlerleme',
    busy: 'Lütfen bekleyin…',
  },
  abandon: {
    title: 'Hesap oluşturmaktan vazgeçilsin mi?',
    text: 'Girdiğiniz bilgiler silinecek.',
    confirm: 'Evet, vazgeç',
    cancel: 'Hayır, devam et',
  },
  activation: {
    startFailedTitle: 'Hesap oluşturma başlatılamadı',
  },
  steps: {
    identity: 'Kimlik',
    code: 'SMS kodu',
    children: 'Çocuklarınız',
    identifier: 'Kullanıcı adınız',
    password: 'Şifre',
  },
  field: {
    showPassword: 'Şifreyi göster',
    hidePassword: 'Şifreyi gizle',
    errorPrefix: 'Hata:',
  },
  login: {
    title: 'Giriş',
    intro: 'Kullanıcı adınızı ve şifrenizi girin.',
    identifier: 'Kullanıcı adı (Identifiant)',
    identifierPlaceholder: 'Bir kullanıcı adı girin',
    password: 'Şifre (Mot de passe)',
    passwordPlaceholder: 'Bir şifre girin',
    submit: 'Giriş yap («Se connecter»)',
    lostIdentifier: 'Kullanıcı adımı unuttum («Identifiant perdu»)',
    lostPassword: 'Şifremi unuttum («Mot de passe perdu»)',
    or: 'VEYA',
    noIdentifier: "Henüz kullanıcı adım yok («Je n'ai pas encore d'identifiant»)",
    assistance: 'Yardım',
    legal: 'Yasal bilgiler',
    moreLinks: 'Diğer bağlantılar',
    missingIdentifier: 'Kullanıcı adınızı girin.',
    missingPassword: 'Şifrenizi girin.',
  },
  info: {
    assistance: {
      title: 'Yardım',
      paragraphs: [
        'Okulun sekreterliği hesabınızı oluşturmanıza veya giriş yapmanıza yardımcı olabilir.',
        'Yanınızda getirmeyi unutmayın: bir kimlik belgesi, numarasını okula verdiğiniz cep telefonu ve çocuklarınızın doğum tarihleri.',
        'Cep telefonu numaranız değiştiyse, sekreterliğin önce numarayı güncellemesi gerekir: ardından hesabınızı burada oluşturabilirsiniz.',
        'Bu kiosk girdiğiniz hiçbir şeyi saklamaz: bir süre işlem yapılmazsa ekran temizlenir.',
      ],
    },
    legal: {
      title: 'Yasal bilgiler',
      sections: [
        {
          heading: 'Veri sorumlusu',
          text: 'Bu kioskı hizmete sunan okul; okul müdürü tarafından temsil edilir.',
        },
        {
          heading: 'Amaç',
          text: 'Öğrencilerin yasal temsilcilerinin hesaplarını oluşturmalarını ve hesaplarına giriş yapmalarını sağlamak.',
        },
        {
          heading: 'Kullanılan veriler',
          text: 'Okulun öğrenci listesinde yer aldığı şekliyle soyadınız, adınız ve cep telefonu numaranız ile çocuklarınızın adı, sınıfı ve doğum tarihi. Bu bilgiler yalnızca kimliğinizi ve çocuklarınızla bağınızı doğrulamak için kullanılır.',
        },
        {
          heading: 'Bu ekranda',
          text: 'Girdiğiniz hiçbir şey bu kioskta saklanmaz: ekran işlemin sonunda, bir süre işlem yapılmadığında veya vazgeçtiğinizde temizlenir.',
        },
        {
          heading: 'Haklarınız',
          text: 'Genel Veri Koruma Tüzüğü (RGPD) ve Fransız Bilişim ve Özgürlükler Kanunu uyarınca verilerinize erişebilir, düzeltilmelerini veya işlenmelerinin sınırlandırılmasını isteyebilirsiniz. İletişim bilgileri sekreterlikte bulunan okulun veri koruma görevlisine (DPO) başvurun. CNIL’e şikâyette de bulunabilirsiniz.',
        },
      ],
    },
    student: {
      title: 'Öğrenciyseniz',
      paragraphs: [
        'Bu kiosk, öğrencilerin yasal temsilcilerinin hesaplarını oluşturmak için kullanılır.',
        'Öğrenci kullanıcı bilgileriniz okulunuz tarafından verilir: sekreterlikten veya sınıf öğretmeninizden isteyin.',
      ],
    },
    phoneNotRegistered: {
      title: 'Cep telefonunuz kayıtlı değil',
      paragraphs: [
        'Etkinleştirme işleminde kullanılan cep telefonu numarası, okula verilen numarayla aynı olmalıdır.',
        'Çocuklarınızdan birinin okulunun sekreterliğine başvurun: numaranızı kaydedebilir veya size kullanıcı bilgilerinizi verebilir.',
        'Numaranız kaydedildikten sonra hesabınızı bu kioskta oluşturabilirsiniz.',
      ],
    },
  },
  choice: {
    title: 'Durumunuz nedir?',
    guardian:
      'Okula kayıtlı öğrenci(ler)in yasal temsilcisiyim: SMS ile bir etkinleştirme kodu alarak hesabımı oluşturabilirim.',
    create: 'Hesabımı oluştur («Créer mon compte»)',
    otherCases: 'Diğer durumlar',
    phoneNotRegistered: 'Cep telefonum kayıtlı değil',
    phoneNotRegisteredText:
      'Cep telefonum kayıtlı değilse, kullanıcı bilgilerimi almak için çocuklarımdan birinin okuluyla iletişime geçebilirim.',
    student: 'Öğrenciyim',
    studentText: 'Öğrenciyim: okuluma başvuruyorum, kullanıcı bilgilerimi okulum verecek.',
  },
  identity: {
    title: 'Bilgileriniz',
    intro:
      'Soyadınızı, adınızı ve çocuklarınızın okuluna bildirdiğiniz cep telefonu numarasını girin.',
    lastName: 'Soyadı (Nom)',
    firstName: 'Adı (Prénom)',
    mobile: 'Cep telefonu numarası',
    mobileHint:
      'Etkinleştirme işleminde kullanılan cep telefonu numarası, okula verilen numarayla aynı olmalıdır. Örnek: 06 12 34 56 78. Boşluk kullanılabilir.',
    submit: 'SMS kodumu al («Recevoir mon code SMS»)',
    invalid: {
      lastName: 'Soyadınızı girin.',
      firstName: 'Adınızı girin.',
      mobile: 'Bir cep telefonu numarası girin, örneğin 06 12 34 56 78.',
      identifier: 'Kullanıcı adınızı girin.',
    },
  },
  confirmSend: {
    title: 'Kodun gönderilmesini onaylayın',
    text: 'Şu numaraya bir kod gönderilecek: {phone}',
    help: 'Bu numaranın cep telefonunuzun numarası olduğunu kontrol edin, ardından onaylayın.',
    submit: 'Onayla',
  },
  code: {
    title: 'SMS ile gelen kod',
    intro: 'SMS ile gelen doğrulama kodunu girin.',
    sentTo: 'Kod şu numaraya gönderildi: {phone}.',
    changeNumber: 'Numaramı değiştir',
    label: 'Doğrulama kodu',
    hint: 'Kod 6 haneden oluşur.',
    validity:
      'Bu kod {minutes} dakika geçerlidir. Bu süre geçtikten sonra, yeni bir kod almak için telefon numaranızı yeniden girmeniz gerekir.',
    submit: 'Onayla',
    resend: 'Kodu yeniden gönder',
    resendAt: 'Saat {time} itibarıyla yeni bir kod isteyebilirsiniz.',
    resendNow: 'Hiçbir şey gelmedi mi? Yeni bir kod isteyebilirsiniz.',
    resent: 'Yeni bir kod gönderildi.',
  },
  children: {
    title: 'Çocuklarınız',
    intro:
      'Çocuklarınızın listesi görüntüleniyor. Şimdi, sizinle bağlarını onaylamak için tüm çocuklarınızın doğum tarihlerini girmeniz gerekiyor.',
    reportHint:
      '«Bu öğrencinin yasal temsilcisiyim» sorusuna «Hayır» yanıtını vererek hatalı bir bağı da bildirebilirsiniz.',
    listLabel: 'Numaranıza bağlı öğrenciler',
    noClass: 'Sınıf belirtilmemiş',
    className: 'Sınıf: {name}',
    question: 'Bu öğrencinin yasal temsilcisiyim',
    yes: 'Evet',
    no: 'Hayır',
    birthDate: 'Doğum tarihi (gg/aa/yyyy)',
    birthDatePlaceholder: 'gg/aa/yyyy',
    birthDateHint: 'Eğik çizgiler sizin için eklenir.',
    confirmDate: 'Doğum tarihini onayla',
    reportTitle: 'Hatalı bir bağı bildir',
    reportText:
      '{name} adlı öğrencinin yasal temsilcisi olmadığınızı belirtmek üzeresiniz. Okulun sekreterliği bilgilendirilecek.',
    reportConfirm: 'Hatalı bir bağı bildir',
    reportCancel: 'İptal',
    status: {
      pending: 'Tamamlanacak',
      confirmed: 'Onaylandı',
      rejected: 'Bildirildi',
    },
    continueHint: 'Devam edebilmek için çocuklarınızın her biri için yanıt verin.',
    continue: 'Devam',
  },
  identifier: {
    title: 'Kullanıcı adınız',
    intro:
      'EduConnect kullanıcı adınız görüntüleniyor. Bu kullanıcı adını not etmeyi unutmayın. Kimlik doğrulama sayfasından giriş yapmak için onu kullanacaksınız.',
    label: 'Kullanıcı adınız',
    keepTip: 'Bir kâğıda not edin veya bu ekranın telefonunuzla fotoğrafını çekin.',
    acknowledge: 'Kullanıcı adımı not ettim',
  },
  ticket: {
    print: 'Kullanıcı adımı yazdır',
    printing: 'Yazdırılıyor…',
    printed: 'Fişiniz yazdırıldı. Yazıcıdan alın.',
    heading: 'EduConnect kullanıcı adınız',
    loginAt: 'Giriş yapmak için şu adrese gidin:',
    loginSteps:
      'Kimlik doğrulama sayfasında bu kullanıcı adını ve şifrenizi girin, ardından Giriş yap («Se connecter») düğmesine basın.',
    printedOn: 'Yazdırma tarihi: {date}',
    keep: 'Bu fişi saklayın. Şifreniz üzerinde yazmıyor: şifrenizi üzerine yazmayın.',
  },
  passwordStep: {
    title: 'Şifremi oluşturuyorum',
    rule: 'En az 12 karakter. Boşluk kullanılabilir: akılda kalması kolay kısa bir cümle çok iyi işe yarar.',
    example: 'Örneğin: «kedim mavi kanepede uyuyor».',
    password: 'Bir şifre girin',
    confirmation: 'Şifreyi onaylayın',
    count: '{n} karakter girildi',
    identifierReminder: 'Kullanıcı adı: {identifier}',
    submit: 'Bitir («Terminer»)',
    blocklist: {
      common:
        'Bu şifre çok yaygın: tahmin edilmesi kolay şifrelerden biri. Başka bir şifre seçin, örneğin bir cümle.',
      identifier: 'Şifre kullanıcı adınızı içermemelidir.',
      personal: 'Şifre soyadınızı, adınızı veya çocuklarınızın adlarını içermemelidir.',
      service: 'Şifre hizmetin adını, örneğin «educonnect» kelimesini içermemelidir.',
    },
  },
  done: {
    title: 'Hesabınız oluşturuldu',
    text: 'Hesabınız hazır, {name}. Bu kullanıcı adı ve az önce seçtiğiniz şifreyle giriş yapabilirsiniz.',
    identifierLabel: 'Kullanıcı adınız',
    nextTimeTitle: 'Peki bir sonraki girişte?',
    nextTimeText:
      'Kimlik doğrulama sayfasına geldiğinizde, kullanıcı adını ve şifreyi girmeniz yeterli olacak.',
    finish: 'Bitirdim',
    login: 'Giriş yap',
  },
  alreadyActivated: {
    title: 'Zaten bir hesabınız var',
    text: 'Merhaba {name}, hesabınız zaten etkin. Kullanıcı adınız ve şifrenizle giriş yapın.',
    identifierLabel: 'Kullanıcı adınız',
    lostPassword:
      'Şifrenizi mi unuttunuz? Giriş ekranında «Şifremi unuttum» («Mot de passe perdu») seçeneğini seçin: size SMS ile bir kod gönderilecek.',
    login: 'Giriş yap',
  },
  ended: {
    reasons: endReasons,
    restart: 'Yeniden başla',
  },
  account: {
    title: 'Merhaba {name}',
    identifierLabel: 'Kullanıcı adınız',
    childrenTitle: 'Çocuklarınız',
    noChildren: 'Bağlı çocuk yok.',
    className: 'Sınıf: {name}',
    noClass: 'Sınıf belirtilmemiş',
    logout: 'Çıkış yap',
    privacy: 'Kiosktan ayrılmadan önce çıkış yapmayı unutmayın.',
    changePassword: 'Şifremi değiştir',
    passwordChanged: 'Şifreniz değiştirildi.',
  },
  changePassword: {
    title: 'Şifremi değiştir',
    forcedTitle: 'Şifrenizi seçin',
    forcedIntro:
      'Sekreterlik size geçici bir şifre verdi. Şimdi kendi şifrenizi seçin: bir dahaki sefere onunla giriş yapacaksınız.',
    current: 'Mevcut şifre',
    password: 'Yeni şifre',
    confirmation: 'Yeni şifreyi onaylayın',
    submit: 'Şifreyi kaydet',
    otherSessions: 'Hesabınızdaki diğer oturumlar kapatılacak.',
  },
  recovery: {
    identifier: {
      title: 'Kullanıcı adımı unuttum',
      intro:
        'Soyadınızı, adınızı ve okula verdiğiniz cep telefonu numarasını girin. Kullanıcı adınızı görmek için SMS ile bir kod alacaksınız.',
      doneTitle: 'Kullanıcı adınız',
      doneText: 'Size SMS ile de gönderildi. Not edin veya bu ekranın fotoğrafını çekin.',
    },
    password: {
      title: 'Şifremi unuttum',
      intro:
        'SMS ile bir kod alacak, ardından yeni bir şifre seçeceksiniz. Kullanıcı adınızı ya da soyadınızı, adınızı ve cep telefonu numaranızı girin.',
      byIdentifier: 'Kullanıcı adımla',
      byName: 'Adım ve cep telefonu numaramla',
      chooseWay: 'Nasıl tanınmak istersiniz?',
      doneTitle: 'Şifreniz değiştirildi',
      doneText:
        'Artık yeni şifrenizle giriş yapabilirsiniz. Size bununla ilgili bir SMS gönderildi ve hesabınızdaki diğer oturumlar kapatıldı.',
    },
    steps: {
      identity: 'Kimlik',
      code: 'SMS kodu',
      identifier: 'Kullanıcı adınız',
      birthDate: 'Doğrulama',
      password: 'Yeni şifre',
    },
    identifierLabel: 'Kullanıcı adı',
    submitIdentity: 'SMS kodumu al',
    confirmTitle: 'Kodun gönderilmesini onaylayın',
    confirmToPhone: 'Şu numaraya bir kod gönderilecek: {phone}',
    confirmToKnownPhone:
      'Bu kullanıcı adı bir hesaba karşılık geliyorsa, okulun kayıtlı cep telefonu numarasına bir kod gönderilecek.',
    confirmHelp: 'Girdiklerinizi kontrol edin, ardından onaylayın.',
    codeIntro: 'SMS ile gelen kodu girin.',
    codeSentToKnownPhone:
      'Kullanıcı adı bir hesaba karşılık geliyorsa, kod okulun kayıtlı cep telefonu numarasına gönderildi.',
    changeDetails: 'Girdiklerimi değiştir',
    noAccountHint: 'SMS gelmedi mi? Henüz hesabınız yoksa önce oluşturmanız gerekir.',
    createAccount: 'Hesabımı oluştur',
    birthDateTitle: 'Son bir doğrulama',
    birthDateIntro: 'Hesabınızı korumak için {name} adlı çocuğun doğum tarihini girin.',
    birthDateIntroClass:
      'Hesabınızı korumak için {name} adlı çocuğun doğum tarihini girin (sınıf: {className}).',
    birthDateSubmit: 'Onayla',
    newPasswordTitle: 'Yeni bir şifre seçiyorum',
    newPasswordSubmit: 'Şifreyi kaydet',
    login: 'Giriş yap',
    finish: 'Bitirdim',
    ended: recoveryEndReasons,
  },
  idle: {
    title: 'Hâlâ orada mısınız?',
    text: 'Herhangi bir işlem yapmazsanız, ekran {n} saniye içinde temizlenecek ve girdikleriniz kaybolacak.',
    continue: 'Devam',
  },
  keyboard: {
    label: 'Ekran klavyesi',
    close: 'Klavyeyi kapat',
    backspace: 'Sil',
    space: 'Boşluk',
    shift: 'Büyük harf',
    numbers: '123 ?!',
    letters: 'ABC',
    latinLayout: 'Latin harfli klavye: adlar okulun öğrenci listesindeki gibi yazılır.',
  },
  language: {
    choose: 'Dil',
    listLabel: 'Dilinizi seçin',
  },
  errors: {
    INVALID_REQUEST: 'Girdikleriniz okunamadı. Alanları kontrol edip yeniden deneyin.',
    FORBIDDEN_SENDER: 'Bu istek kabul edilmedi. Sekreterlikten yardım isteyin.',
    INTERNAL:
      'Teknik bir sorun şu an devam etmeyi engelliyor. Biraz sonra yeniden deneyin veya sekreterlikten yardım isteyin.',
    FLOW_NOT_FOUND: 'Bu işlem artık kullanılamıyor. Baştan yeniden başlayın.',
    FLOW_WRONG_STEP: 'Ekran güncel değildi. Sorun devam ederse baştan yeniden başlayın.',
    FLOW_EXPIRED:
      'İşlemi tamamlama süresi doldu. Yeni bir kod almak için telefon numaranızı yeniden girin.',
    FLOW_ENDED: 'Bu işlem sona erdi. Baştan yeniden başlayın.',
    IDENTITY_INVALID: 'Bir alan boş veya hatalı doldurulmuş.',
    IDENTITY_MISMATCH:
      'Girilen bilgiler SMS ile kendi kendine kayda devam etmeye izin vermiyorsa, lütfen girdiğiniz bilgileri kontrol edin veya okulun sekreterliğiyle iletişime geçin.',
    IDENTITY_COOLDOWN:
      'Bu kioskta çok fazla deneme başarısız oldu. Yeniden denemeden önce biraz bekleyin veya sekreterliğe başvurun.',
    SMS_RATE_LIMITED:
      'Bu numaraya veya bu kiosktan zaten çok fazla SMS gönderildi. Daha sonra yeniden deneyin veya sekreterliğe başvurun.',
    SMS_RESEND_COOLDOWN: 'Az önce bir kod gönderildi. Yenisini istemeden önce biraz bekleyin.',
    SMS_FAILED: 'SMS gönderilemedi. Biraz sonra yeniden deneyin.',
    SMS_NOT_CONFIGURED: 'Bu kioskta SMS gönderimi kullanılamıyor. Sekreterliğe başvurun.',
    CODE_FORMAT: 'Eksik hane var: kod 6 haneden oluşur.',
    CODE_INVALID: 'Bu kod doğru değil. SMS’i kontrol edip kodu yeniden girin.',
    CODE_EXPIRED:
      'Bu kod artık geçerli değil. Yeni bir kod almak için telefon numaranızı yeniden girin.',
    CODE_TOO_MANY_ATTEMPTS:
      'Çok fazla yanlış kod girildi. Güvenliğiniz için işlem durduruldu: baştan yeniden başlayın.',
    GUARDIAN_LOCKED:
      'Güvenliğiniz için bu hesap çok fazla denemeden sonra kilitlendi. Kilidi açtırmak için sekreterliğe başvurun.',
    CHILD_UNKNOWN: 'Bu öğrenci bu işlemin parçası değil. Baştan yeniden başlayın.',
    BIRTHDATE_FORMAT: 'gg/aa/yyyy biçiminde gerçek bir tarih girin, örneğin 03/09/2014.',
    BIRTHDATE_MISMATCH: 'Bu doğum tarihi uyuşmuyor.',
    BIRTHDATE_TOO_MANY_ATTEMPTS:
      'Çok fazla yanlış doğum tarihi. Güvenliğiniz için işlem durduruldu: sekreterliğe başvurun.',
    CHILDREN_PENDING: 'Devam etmeden önce çocuklarınızın her biri için yanıt verin.',
    NO_CONFIRMED_CHILD: 'Hesabınızı oluşturmak için en az bir çocuğu onaylamanız gerekir.',
    PASSWORD_TOO_SHORT: 'Şifre en az 12 karakterden oluşmalıdır.',
    PASSWORD_TOO_LONG: 'Şifre en fazla 128 karakterden oluşabilir.',
    PASSWORD_MISMATCH: 'İki şifre aynı değil. Yeniden girin.',
    PASSWORD_BLOCKLISTED: 'Bu şifre kullanılamaz.',
    LOGIN_FAILED: 'Kullanıcı adı veya şifre hatalı.',
    LOGIN_THROTTLED: 'Çok fazla giriş denemesi.',
    NOT_LOGGED_IN: 'Artık oturumunuz açık değil. Yeniden giriş yapın.',
    NOT_DEMO_MODE: 'Tanıtım telefonu yalnızca tanıtım modunda kullanılabilir.',
    PRINT_FAILED:
      'Yazdırma başarısız oldu: kullanıcı adınızı not edin veya bu ekranın fotoğrafını çekin.',
    ACCOUNT_RETIRED:
      'Bu hesabın yerine başka bir hesap geçti: hesabınız iki kez oluşturuldu ve korunan kullanıcı adı {identifier}. Bu kullanıcı adıyla ve onun için seçtiğiniz şifreyle giriş yapın; unuttuysanız «Şifremi unuttum» («Mot de passe perdu») seçeneğini seçin.',
    ACCOUNT_DISABLED:
      'Hesabınız artık etkin değil: okul sizi artık öğrencilerinin velileri arasında saymıyor. Okulun sekreterliğine başvurun.',
    CURRENT_PASSWORD_WRONG: 'Bu sizin mevcut şifreniz değil. Yeniden girin.',
    PASSWORD_UNCHANGED: 'Bu zaten sizin şifreniz: yeni bir şifre seçin.',
  },
  smsFailure: {
    InvalidNumber:
      'SMS gönderilemedi: bu cep telefonu numarası SMS alamıyor. Kayıtlı numarayı kontrol ettirmek için sekreterliğe başvurun.',
    Auth: 'SMS gönderimi şu an bu kioskta çalışmıyor (bir ayarın düzeltilmesi gerekiyor). Sekreterliğe başvurun.',
    NotConfigured:
      'SMS gönderimi şu an bu kioskta çalışmıyor (bir ayarın düzeltilmesi gerekiyor). Sekreterliğe başvurun.',
    InsufficientCredit:
      'Okulun SMS kredisi tükendi: şu an hiçbir kod gönderilemiyor. Sekreterliğe başvurun.',
    RateLimited: 'SMS gönderim hizmeti çok fazla istek alıyor. Biraz sonra yeniden deneyin.',
    Transient:
      'SMS gönderim hizmeti yanıt vermiyor. SMS gönderilmedi: biraz sonra yeniden deneyin.',
    Uncertain:
      'SMS gönderim hizmetinin yanıt vermesi çok uzun sürdü: SMS yine de yolda olabilir. Birkaç dakika bekleyin; gelmezse yeniden başlayın veya sekreterliğe başvurun.',

    ProviderError:
      'SMS gönderim hizmeti kendi tarafında bir arıza bildirdi: SMS yine de yolda olabilir. Birkaç dakika bekleyin; gelmezse yeniden başlayın veya sekreterliğe başvurun.',
    Rejected:
      'SMS gönderim hizmeti kioskun isteğini reddetti: SMS gönderilmedi. Sekreterliğe başvurun.',
  },
  errorDetails: {
    remainingAttempts: '{n} deneme hakkınız kaldı.',
    waitFor: 'Yeniden denemeden önce {duration} bekleyin.',
    retryAtTime: 'Saat {time} itibarıyla yeniden deneyin.',
    retryTomorrow: 'Yarın saat {time} itibarıyla yeniden deneyin.',
    retryAtDate: '{date} tarihinde saat {time} itibarıyla yeniden deneyin.',
  },
  units: {
    seconds: '{n} saniye',
    minutes: '{n} dakika',
    and: '{first} ve {second}',
  },
};

/**
 * Words in Turkish, Indonesian and Polish for the free-text reader (issue #13), in the shape the other languages read
 * have in `lexicon.ts`: goal words for every goal of the taxonomy, professions, who someone is, groups, countries and
 * big cities, having just moved, places to talk, and the words of wanting and not wanting. `lexicon.ts` and the reader
 * merge them into their own tables, so a word here means what the same word in English means there.
 *
 * The glosses after the words are the authors' own knowledge of these languages, not a dictionary's: a native
 * speaker's review is wanted. Words are written as their speakers write them; the reader folds them (ş to s, ı to i,
 * ł to l, ą to a) as it folds the text, so a text typed without those letters reads the same.
 *
 * Turkish and Indonesian add endings to a word ("arkadaşlarımla", with my friends; "temanku", my friend). The reader
 * reads a Turkish word of these lists followed by common Turkish endings ({@link TURKISH_ENDINGS}), and an Indonesian
 * one followed by a pronoun or particle written on ({@link INDONESIAN_ENCLITICS}), as the listed word; Polish forms are
 * listed one by one. Work itself ("iş", "kerja", but Polish "praca" was already read) is as often the work someone
 * has as work sought, so Turkish and Indonesian read it only with a verb of looking, as Japanese 仕事 is.
 */
import type { Audience, EligibilityGroup, Field, Purpose } from './taxonomy.ts';

/** The words of one language, by the table of `lexicon.ts` (or the reader) they join. */
export interface LanguageWords {
  /** Goal words (`GOAL_WORDS`). */
  goals: Readonly<Record<Purpose, readonly string[]>>;
  /** Vague goal words (`WEAK_GOAL_WORDS`). */
  weakGoals: Readonly<Partial<Record<Purpose, readonly string[]>>>;
  /** Profession words (`FIELD_WORDS`). */
  fields: Readonly<Partial<Record<Field, readonly string[]>>>;
  /** Who someone is (the reader's audience words). */
  audiences: Readonly<Partial<Record<Audience, readonly string[]>>>;
  /** Group nouns said of oneself (`GROUP_NOUNS`), after a word of {@link LanguageWords.selfMarkers}. */
  groups: Readonly<Partial<Record<EligibilityGroup, readonly string[]>>>;
  /** Words before a group noun that make it the writer's own ("as a", "I am a"). */
  selfMarkers: readonly string[];
  /** Words after a group noun, at most one word apart, that make it the writer's own (Turkish "olarak", as). */
  selfMarkersAfter: readonly string[];
  /** Dating, which no goal covers (`NOT_COVERED_WORDS`). */
  dating: readonly string[];
  /** Country names, by ISO code, in the forms a sentence gives them ("w Niemczech", in Germany). */
  countries: Readonly<Record<string, readonly string[]>>;
  /** Big cities, by country code; only names that are no everyday word of the language. */
  cities: Readonly<Record<string, readonly string[]>>;
  /** Having just moved (`RELOCATION_WORDS`). */
  relocation: readonly string[];
  /** A place people talk or meet, not saying what for (`PLACE_WORDS`). */
  places: readonly string[];
  /** A place to talk with peers (`PEER_TALK_PLACE_WORDS`). */
  peerTalkPlaces: readonly string[];
  /** Words of wanting, looking for, needing, in the first person: a negator before them negates the goal. */
  wanting: readonly string[];
  /** Hiring words of someone who hires (`hire`, `recruit`, `staff` in English), among the hiring goal words. */
  employing: readonly string[];
  /** Volunteering (`VOLUNTEERING_WORDS`): a cause, read as the nonprofit field too. */
  volunteering?: readonly string[];
}

export const TURKISH: LanguageWords = {
  goals: {
    contacts: [
      'iş bağlantıları', // business connections
      'iş bağlantısı', // a business connection
      'profesyonel ağ', // a professional network
      'profesyonel ağımı', // my professional network (object)
      'ağımı genişletmek', // to widen my network
      'iş çevresi', // business circle
      'iş çevremi', // my business circle (object)
      'tanıdık edinmek', // to make acquaintances
      'kurucu ortak', // co-founder
      'iş ortağı', // business partner
    ],
    'peer-ideas': [
      // A hobby, as English "hobby" is read: people who share it.
      'hobim', // my hobby
      'hobi', // a hobby
      'hobilerim', // my hobbies
      'fikir alışverişi', // exchange of ideas
      'deneyim paylaşmak', // to share experience
      'tecrübe paylaşmak', // to share experience
      'deneyimlerimi paylaşmak', // to share my experiences
      'meslektaş', // colleague in the same profession
      'meslektaşlar', // colleagues
      'tavsiye', // advice
      'danışmak', // to consult, ask advice
    ],
    referrals: [
      'müşteri', // customer, client
      'müşteriler', // customers
      'yeni müşteri', // new customers
      'referans', // referral, reference
      // Work brought in to someone working for themselves ("hangi uygulamalar iş getirir?", which apps bring work?):
      // "iş" only with this verb, as with one of looking (the authors' knowledge of Turkish).
      'iş getirir', // brings work
      'iş getiren', // that brings work
      'iş getirecek', // that will bring work
      // An acquaintance's recommendation ("tanıdık tavsiyesiyle", by one: customers sent by people who know the
      // business), a referral; word of mouth is customers recommending a business "yakın çevresine", to those close
      // to them (Gözde Mert's lecture notes, pdfslide.tips, read on 2026-12-07). Not advice sought ("tavsiye almak").
      'tanıdık tavsiye',
      'tanıdık tavsiyesi',
    ],
    investors: [
      'yatırımcı', // investor
      'yatırımcılar', // investors
      'melek yatırımcı', // angel investor
      'girişim sermayesi', // venture capital
      'finansman', // financing
      'fon bulmak', // to find funding
      'yatırım almak', // to get investment
      'yatırım bulmak', // to find investment
      'yatırım arıyorum', // I am looking for investment
      'kitle fonlaması', // crowdfunding
    ],
    promotion: [
      'tanıtım', // promotion, publicity
      'tanıtmak', // to promote
      'reklam', // advertising
      'pazarlama', // marketing
      'takipçi', // follower
      'takipçiler', // followers
      'görünürlük', // visibility
      'kulaktan kulağa', // word of mouth
      // Being visible, of a business ("görünürlük ve satışları artırmak", raising visibility and sales: proticaret.org;
      // read on 2026-12-07): the phrase, not "görünür" alone, which also means "it seems".
      'görünür olmak', // to be visible
      'görünür olurum', // (how) do I become visible
      'görünür olabilirim', // (how) can I become visible
      // Word of mouth, the other idiom ("ağızdan ağıza pazarlama", word-of-mouth marketing: Gözde Mert's e-commerce
      // lecture notes, pdfslide.tips, read on 2026-12-07).
      'ağızdan ağıza',
    ],
    hiring: [
      'ilk işimi arıyorum', // I am looking for my first job
      'ilk iş arıyorum', // I am looking for a first job
      'iş arıyorum', // I am looking for a job
      'iş arıyoruz', // we are looking for a job
      'iş arayan', // someone looking for a job
      'iş aramak', // to look for a job
      'iş bulmak', // to find a job
      'iş bakıyorum', // I am looking at jobs (spoken)
      'iş arayışındayım', // I am in search of a job
      'yeni bir iş', // a new job
      'iş ilanı', // a job advert
      'iş ilanları', // job adverts
      'iş başvurusu', // a job application
      'iş fırsatı', // a job opportunity
      'iş fırsatları', // job opportunities
      'kariyer', // career
      'staj', // internship
      'işe alım', // recruitment
      'eleman arıyoruz', // we are looking for staff
      'eleman arıyorum', // I am looking for staff
      'eleman bulmak', // to find staff
      'personel', // staff
      'aday bulmak', // to find candidates
      'adaylar', // candidates
    ],
    local: [
      'yüz yüze', // face to face
      'buluşma', // a meetup
      'buluşmalar', // meetups
      'etkinlik', // an event
      'etkinlikler', // events
    ],
    friends: [
      // Other parents, met by parents, as "other parents" in English.
      'diğer ebeveynler', // other parents
      'diğer ebeveynlerle', // with other parents
      'diğer anneler', // other mothers
      'diğer annelerle', // with other mothers
      'arkadaş', // friend
      'arkadaşlar', // friends
      'arkadaşlık', // friendship
      'arkadaş edinmek', // to make friends
      'yeni insanlar', // new people
      'yeni insanlarla', // with new people
      'sosyalleşmek', // to socialise
      'kimseyi tanımıyorum', // I don't know anyone
    ],
  },
  weakGoals: {
    contacts: [
      'tanışmak', // to meet, get to know
      'bağlantı', // a connection (also a web link)
      // A coworker, not a friend: read with the endings of "arkadaş" and "arkadaşlar" ("iş arkadaşım", my coworker;
      // "iş arkadaşlarımla", with my coworkers).
      'iş arkadaş', // coworker
      'iş arkadaşlar', // coworkers
    ],
    local: [
      'yakınımda', // near me
      'yakınlarda', // nearby
      'mahalle', // neighbourhood
      'yerel', // local
    ],
  },
  fields: {
    nursing: ['hemşire'], // nurse
    // Not bare "doktor": in German and Polish it is also a doctorate ("meinen Doktor machen").
    medicine: ['hekim', 'doktorum'], // physician, I am a doctor
    dentistry: ['diş hekimi', 'dişhekimi', 'diş hekimleri'], // dentist (two spellings), dentists
    law: ['avukat', 'hukukçu'], // lawyer, jurist
    accounting: ['muhasebeci', 'mali müşavir'], // accountant, certified public accountant
    education: ['öğretmen'], // teacher
    libraries: ['kütüphaneci'], // librarian
    software: ['yazılımcı', 'yazılım geliştirici', 'programcı'], // developer, software developer, programmer
    engineering: ['mühendis'], // engineer
    'design-creative': ['tasarımcı', 'grafik tasarımcı'], // designer, graphic designer
    'photography-video': ['fotoğrafçı'], // photographer
    music: ['müzisyen'], // musician
    translation: ['çevirmen', 'tercüman'], // translator, interpreter
    'real-estate': ['emlakçı', 'emlak'], // estate agent, real estate
    trades: ['elektrikçi', 'tesisatçı'], // electrician, plumber
    hospitality: ['aşçı', 'garson', 'restoran'], // cook, waiter, restaurant
    // A tourist guide, guides; not bare "rehber", also a guide book, a directory and a phone book.
    tourism: ['turist rehberi', 'turist rehberleri'],
    // hairdresser; I am a barber (or my barber), a barber's shop (mine), a barber's salon (not bare "berber", which is
    // English "Berber", of North Africa); beauty salon, beauty specialist (a beautician), beautician, make-up specialist
    beauty: [
      'kuaför',
      'berberim',
      'berber dükkanı',
      'berber dükkanım', // my barber's shop
      'berber salonu',
      'güzellik salonu',
      'güzellik uzmanı',
      'estetisyen',
      'makyaj uzmanı',
    ],
    agriculture: ['çiftçi', 'tarım'], // farmer, farming
    // human resources, recruitment specialist; HR (İK) specialist and manager
    'hr-recruiting': ['insan kaynakları', 'işe alım uzmanı', 'ik uzmanı', 'ik müdürü'],
    'social-work': ['sosyal hizmet uzmanı', 'sosyal çalışmacı'], // social worker (both titles)
  },
  audiences: {
    // Self-employed, I work freelance, I work for myself ("I do my own work"), I work on my own account.
    freelancers: ['serbest çalışan', 'serbest çalışıyorum', 'kendi işimi yapıyorum', 'kendi hesabıma çalışıyorum'],
    'small-business': ['küçük işletme', 'işletmem', 'dükkanım', 'esnaf'], // small business, my business, my shop, shopkeeper
    startups: ['girişim', 'girişimci', 'kurucu', 'kurucu ortak'], // startup venture, entrepreneur, founder, co-founder
    creators: ['içerik üreticisi', 'kanalım'], // content creator, my channel
  },
  // Turkish says who one is after the noun ("bir kadın olarak", as a woman; "kadın girişimci olarak", as a woman
  // entrepreneur) or with an ending ("kadınım", I am a woman, not read: the ending is taken off). Not "anne"
  // (mother), also an English name ("I am Anne").
  // Not "erkek" (man) either: "erkek arkadaş" is a boyfriend.
  groups: {
    women: ['kadın'], // woman
  },
  selfMarkers: [],
  selfMarkersAfter: ['olarak'], // as
  dating: ['erkek arkadaş', 'kız arkadaş'], // boyfriend, girlfriend
  countries: {
    TR: ['Türkiye'],
    DE: ['Almanya'], // Germany
    GB: ['İngiltere'], // England, Britain
    // Not "ABD" (the United States, abbreviated), which is also English "all but dissertation".
    US: ['Amerika', 'Amerika Birleşik Devletleri'], // America, the United States
    NL: ['Hollanda'], // the Netherlands
    FR: ['Fransa'], // France
    ES: ['İspanya'], // Spain
    IT: ['İtalya'], // Italy
    GR: ['Yunanistan'], // Greece
    AZ: ['Azerbaycan'], // Azerbaijan
  },
  // Not Bursa: in Indonesian "bursa" is a stock exchange.
  cities: { TR: ['İzmir', 'Antalya', 'Adana', 'Konya', 'Gaziantep', 'Eskişehir'] },
  relocation: [
    'taşındım', // I moved
    'taşındık', // we moved
    'taşınıyorum', // I am moving
    'taşınıyoruz', // we are moving
    'taşınacağım', // I will move
    'taşınacağız', // we will move
    'yeni geldim', // I have just come
    'yurt dışına', // abroad (going)
    'yurt dışında', // abroad (being)
    'yeni şehir', // a new city
    'yeni şehirde', // in a new city
    'yeni bir şehir', // a new city
    'yeni bir şehirde', // in a new city
  ],
  places: ['grup', 'uygulama', 'site'], // group, app, site
  peerTalkPlaces: ['topluluk'], // community
  // Turkish puts the verb after what is sought: its negation is read after the goal ({@link TURKISH_NOT_SOUGHT}).
  wanting: [],
  employing: ['işe alım', 'eleman arıyoruz', 'eleman arıyorum', 'eleman bulmak', 'personel', 'aday bulmak', 'adaylar'],
  volunteering: ['gönüllü', 'gönüllülük'], // a volunteer, voluntary; volunteering
};

export const INDONESIAN: LanguageWords = {
  goals: {
    contacts: [
      'relasi', // connections, relations
      'koneksi', // connections
      'memperluas jaringan', // to widen one's network
      'menambah relasi', // to add connections
      'rekan bisnis', // business partner
      'mitra bisnis', // business partner
    ],
    'peer-ideas': [
      // A hobby, as English "hobby" is read (Indonesian and Malay): people who share it.
      'hobi saya', // my hobby
      'bertukar pikiran', // to exchange thoughts
      'tukar pikiran', // exchange of thoughts
      'berbagi pengalaman', // to share experience
      'bertukar ide', // to exchange ideas
      'diskusi', // discussion
      'saran', // advice
    ],
    referrals: [
      'klien', // client
      'pelanggan', // customer
      'pelanggan baru', // new customers
      'rujukan', // referral
      'orderan', // orders from customers (colloquial)
    ],
    investors: [
      'investor', // investor
      'pendanaan', // funding
      'modal ventura', // venture capital
      'cari modal', // to look for capital
      'mencari modal', // to look for capital
      'urun dana', // crowdfunding
      'penggalangan dana', // fundraising
    ],
    promotion: [
      'promosi', // promotion
      'mempromosikan', // to promote
      'pemasaran', // marketing
      'memasarkan', // to market
      'iklan', // advertisement
      'beriklan', // to advertise
      'pengikut', // followers
      'meningkatkan penjualan', // to increase sales
    ],
    hiring: [
      'cari pekerjaan', // look for a job
      'mencari pekerjaan', // looking for a job
      'lowongan pekerjaan', // job vacancies
      'melamar kerja', // to apply for work
      'melamar pekerjaan', // to apply for a job
      'pencari kerja', // job seeker
      'karier', // career
      'karir', // career
      'magang', // internship
      'rekrutmen', // recruitment
      'merekrut', // to recruit
      'cari karyawan', // look for employees
      'mencari karyawan', // looking for employees
      'karyawan baru', // new employees
      'kandidat', // candidates
      'kerja sampingan', // a side job
    ],
    local: [
      'tatap muka', // face to face
      'kopdar', // "kopi darat", meeting offline people met online
      'tetangga', // neighbours
    ],
    friends: [
      // Other parents, met by parents, as "other parents" in English.
      'orang tua lain', // other parents
      'sesama orang tua', // fellow parents
      'sesama ibu', // fellow mothers
      'ibu ibu lain', // other mothers ("ibu-ibu")
      'teman', // friend, friends
      'teman baru', // new friends
      'kawan', // friend
      'sahabat', // close friend
      'pertemanan', // friendship
      'berteman', // to be friends, make friends
      'cari teman', // look for friends
      'kenalan baru', // new acquaintances
      'nongkrong', // to hang out
      'tidak kenal siapa siapa', // don't know anybody
      'belum kenal siapa siapa', // don't know anybody yet
    ],
  },
  weakGoals: {
    contacts: [
      'jaringan', // network
      'berjejaring', // to network
      'berkenalan', // to get acquainted
    ],
    local: [
      'dekat saya', // near me
      'sekitar saya', // around me
    ],
  },
  fields: {
    nursing: ['perawat'], // nurse
    medicine: ['dokter'], // doctor
    dentistry: ['dokter gigi'], // dentist
    // hair stylist, hairdresser (two spellings), barber (a man who cuts, a barber's), beauty salon, make-up artist (two words)
    beauty: [
      'penata rambut',
      'kapster',
      'capster',
      'tukang cukur',
      'pangkas rambut',
      'salon kecantikan',
      'perias',
      'penata rias',
    ],
    law: ['pengacara', 'advokat'], // lawyer, advocate
    accounting: ['akuntan'], // accountant
    // Not bare "guru" (teacher), which English uses for any expert ("a marketing guru").
    education: ['pengajar', 'guru sekolah', 'guru honorer'], // teacher, school teacher, contract teacher
    libraries: ['pustakawan'], // librarian
    'research-academia': ['dosen', 'peneliti'], // university lecturer, researcher
    software: ['pengembang perangkat lunak', 'perangkat lunak'], // software developer, software
    engineering: ['insinyur'], // engineer
    // designer, graphic designer, graphic design, visual communication design (the degree, "DKV"), illustrator
    'design-creative': [
      'desainer',
      'desainer grafis',
      'desain grafis',
      'desain komunikasi visual',
      'dkv',
      'ilustrator',
    ],
    'fitness-wellness': ['lari', 'pelari', 'bersepeda'], // running, a runner, cycling
    students: ['mahasiswa', 'mahasiswi', 'lulusan', 'baru lulus'], // university student (m, f), graduate, just graduated
    'photography-video': ['fotografer'], // photographer
    music: ['musisi'], // musician
    writing: ['penulis'], // writer
    translation: ['penerjemah', 'juru bahasa'], // translator, interpreter
    'real-estate': ['agen properti'], // property agent
    trades: ['tukang', 'tukang listrik', 'tukang ledeng', 'kontraktor'], // tradesman, electrician, plumber, contractor
    hospitality: ['koki', 'pelayan', 'restoran'], // cook, waiter, restaurant
    agriculture: ['petani', 'pertanian'], // farmer, farming
    'hr-recruiting': ['sumber daya manusia', 'hrd'], // human resources, HR department
    'social-work': ['pekerja sosial'], // social worker
  },
  audiences: {
    freelancers: ['pekerja lepas'], // freelancer
    // Small business, micro business, my business, my shop, my business, a small shop; and "jualan", colloquial
    // selling, what a small seller does ("jualan kue kering", selling biscuits: viva.co.id, read on 2026-12-07), said of
    // oneself: "aku jualan", "saya jualan" (I sell).
    'small-business': [
      'usaha kecil',
      'umkm',
      'usaha saya',
      'toko saya',
      'bisnis saya',
      'warung',
      'aku jualan',
      'saya jualan',
    ],
    startups: ['pengusaha', 'wirausaha', 'pendiri', 'perusahaan rintisan'], // entrepreneur, entrepreneur, founder, startup
    professionals: ['karyawan', 'pencari kerja'], // employee, job seeker
    creators: ['kreator konten', 'konten kreator'], // content creator
  },
  groups: {
    women: ['perempuan', 'wanita'], // woman, woman
    men: ['pria', 'laki laki'], // man, man
    mothers: ['ibu'], // mother
    fathers: ['ayah'], // father
  },
  selfMarkers: ['sebagai', 'sebagai seorang', 'saya seorang', 'aku seorang'], // as, as a, I am a, I am a
  selfMarkersAfter: [],
  dating: ['pacar', 'jodoh', 'kencan'], // boyfriend or girlfriend, a life partner, a date
  countries: {
    SG: ['Singapura'], // Singapore
    JP: ['Jepang'], // Japan
    NL: ['Belanda'], // the Netherlands
    DE: ['Jerman'], // Germany
    GB: ['Inggris'], // England, Britain
    US: ['Amerika Serikat'], // the United States
    SA: ['Arab Saudi'], // Saudi Arabia
    KR: ['Korea Selatan'], // South Korea
  },
  // Not Medan ("medan" is a field, a terrain) nor Malang ("malang" is unlucky).
  cities: {
    ID: [
      'Yogyakarta',
      'Jogja',
      'Jogjakarta',
      'Semarang',
      'Makassar',
      'Denpasar',
      'Palembang',
      'Tangerang',
      'Bekasi',
      'Depok',
      'Bogor',
      'Jabodetabek',
    ],
  },
  relocation: [
    'baru pindah', // just moved
    'pindah ke', // moved to
    'merantau', // to leave one's home region to live and work elsewhere
    'perantau', // someone who has done so
    'perantauan', // the place one has moved to
    'luar negeri', // abroad
    'kota baru', // a new city ("di kota baru")
  ],
  places: ['grup', 'aplikasi', 'situs'], // group, app, site
  peerTalkPlaces: ['komunitas'], // community
  wanting: ['mencari', 'cari', 'butuh', 'membutuhkan', 'perlu', 'ingin', 'mau', 'pengen'], // look for, look for, need, need, need, want, want, want
  employing: ['rekrutmen', 'merekrut', 'cari karyawan', 'mencari karyawan', 'karyawan baru', 'kandidat'],
  // A volunteer (Indonesian and Malay "sukarelawan"), and the community service a volunteer does.
  volunteering: ['relawan', 'sukarelawan', 'kegiatan sosial'],
};

export const POLISH: LanguageWords = {
  goals: {
    contacts: [
      'kontakty', // contacts
      'kontaktów', // contacts (genitive)
      'kontakty biznesowe', // business contacts
      'sieć kontaktów', // network of contacts
      'wspólnik', // business partner
      'wspólnika', // a business partner (object)
      'współzałożyciel', // co-founder
      'współzałożyciela', // a co-founder (object)
      'mentora', // a mentor (object)
    ],
    'peer-ideas': [
      'wymiana doświadczeń', // exchange of experience
      'wymienić się doświadczeniami', // to exchange experience
      'wymiany doświadczeń', // of exchanging experience
      'wymiana pomysłów', // exchange of ideas
      'wymieniać się doświadczeniami', // to exchange experience (imperfective)
      'wymieniać się pomysłami', // to exchange ideas (imperfective)
      'wymienić się pomysłami', // to exchange ideas
      'porady', // advice
      'porad', // advice (genitive)
      'dyskusja', // discussion
      'dyskusji', // discussion (genitive)
    ],
    referrals: [
      'klient', // client
      'klienta', // a client (object)
      'klientami', // with clients
      'nowych klientów', // new clients
      'polecenia', // referrals, recommendations
      'poleceń', // referrals (genitive)
    ],
    investors: [
      'inwestor', // investor
      'inwestora', // an investor (object)
      'inwestorami', // with investors
      'finansowanie', // funding
      'finansowania', // funding (genitive)
      'anioł biznesu', // business angel
      'aniołów biznesu', // business angels (genitive)
    ],
    promotion: [
      'promocja', // promotion
      'promocji', // promotion (genitive)
      'promować', // to promote
      'wypromować', // to get promoted
      'reklama', // advertising
      'reklamy', // advertising (genitive)
      'obserwujących', // followers
    ],
    hiring: [
      'oferty pracy', // job offers
      'rekrutacja', // recruitment
      'rekrutacji', // recruitment (genitive)
      'zatrudnić', // to hire
      'pracowników', // employees (genitive)
      'pracownika', // an employee (object)
      'staż', // internship
      'stażu', // internship (genitive)
      'kariera', // career
      'kariery', // career (genitive)
      'karierę', // career (object)
    ],
    local: [
      'twarzą w twarz', // face to face
      'na żywo', // live, in person
      'sąsiedzi', // neighbours
      'sąsiadów', // neighbours (genitive)
    ],
    friends: [
      'znajomych', // friends, acquaintances (genitive)
      'przyjaciół', // friends (genitive)
      'przyjaciółki', // female friends
      'nowych znajomych', // new friends
      'nowi znajomi', // new friends
      'przyjaźń', // friendship
      'nowych ludzi', // new people
      'poznać nowych ludzi', // to meet new people
      'nie znam nikogo', // I don't know anyone
      'towarzystwo', // company
    ],
  },
  weakGoals: {
    contacts: [
      'poznać', // to meet, get to know
      'sieć', // network
    ],
    local: [
      'w pobliżu', // nearby
      'blisko mnie', // near me
      'lokalnie', // locally
    ],
  },
  fields: {
    // Board games, "planszówki" as people say it, in its cases, and "gry planszowe" (amatorplanszowek.pl's "Słownik
    // pojęć z gier planszowych" uses both, read on 2026-12-07): their players are the gaming field's, as in English.
    gaming: [
      ...['planszówki', 'planszówek', 'planszówkach', 'planszówkami', 'planszówka', 'planszówkę'],
      ...['gry planszowe', 'gier planszowych', 'grach planszowych', 'grami planszowymi', 'gra planszowa'],
    ],
    // "Jestem …" (I am) takes the instrumental: "jestem hydraulikiem", "jestem pielęgniarką".
    nursing: ['pielęgniarka', 'pielęgniarki', 'pielęgniarką', 'pielęgniarz', 'pielęgniarzem'], // nurse (forms; male nurse)
    medicine: ['lekarze', 'lekarzem', 'lekarka', 'lekarką'], // doctors, (as) a doctor, woman doctor
    law: ['prawnikiem', 'adwokat', 'radca prawny'], // (as) a lawyer, advocate, legal counsel
    accounting: ['księgowa', 'księgową', 'księgowym', 'księgowość'], // accountant (woman, forms; man, as), accounting
    education: ['nauczycielka', 'nauczycielem', 'nauczycielką', 'nauczyciele'], // teacher (forms)
    libraries: ['bibliotekarz', 'bibliotekarka', 'bibliotekarza'], // librarian (a man, a woman; "of a librarian")
    software: ['programistka', 'programistą', 'informatyk', 'informatykiem'], // developer (woman), (as) a developer, IT worker (forms)
    engineering: ['inżynier', 'inżynierem'], // engineer
    'design-creative': ['projektant', 'projektantem', 'projektantka', 'projektant graficzny'], // designer (forms), graphic designer
    'photography-video': ['fotografem'], // (as) a photographer
    music: ['muzyk', 'muzykiem'], // musician
    writing: ['pisarz', 'pisarzem', 'pisarka'], // writer (forms)
    translation: ['tłumacz', 'tłumaczka', 'tłumaczem'], // translator, interpreter
    'real-estate': ['nieruchomości', 'pośrednik nieruchomości'], // real estate, estate agent
    trades: ['hydraulik', 'hydraulikiem', 'elektryk', 'elektrykiem', 'budowlaniec'], // plumber, electrician (forms), builder
    hospitality: ['kucharz', 'kucharzem', 'kelner', 'kelnerka', 'restauracja', 'restauracji'], // cook (forms), waiter, waitress, restaurant (forms)
    agriculture: ['rolnik', 'rolnikiem', 'rolnictwo'], // farmer (forms), farming
    // hairdresser (a man, a woman), hair salon, beautician (also a toiletry bag; read as the trade), cosmetologist,
    // beauty salon, manicurist (two spellings), nail stylist, make-up artist
    beauty: [
      'fryzjer',
      'fryzjerka',
      'salon fryzjerski',
      'kosmetyczka',
      'kosmetolog',
      'salon kosmetyczny',
      'manicurzystka',
      'manikiurzystka',
      'stylistka paznokci',
      'wizażystka',
    ],
    'hr-recruiting': ['rekruter', 'rekruterka'], // recruiter
    'social-work': ['pracownik socjalny', 'pracownica socjalna', 'pracownikiem socjalnym'], // social worker (man, woman, "as")
  },
  audiences: {
    'small-business': [
      'mała firma', // a small company
      'małą firmę', // a small company (object)
      'moja firma', // my company
      'mam firmę', // I have a company
      'prowadzę firmę', // I run a company
      'własną firmę', // my own company (object)
      'jednoosobowa działalność', // sole proprietorship
      'jdg', // the same, abbreviated
      'mój sklep', // my shop
    ],
    // founder, founder (woman), entrepreneur, co-founder, co-founder (object)
    startups: ['założyciel', 'założycielka', 'przedsiębiorca', 'współzałożyciel', 'współzałożyciela'],
    creators: ['twórca', 'twórczyni', 'mój kanał'], // creator, creator (woman), my channel
  },
  groups: {
    women: ['kobieta', 'kobietą'], // woman (forms)
    men: ['mężczyzna', 'mężczyzną'], // man (forms)
    mothers: ['mama', 'mamą', 'matka', 'matką'], // mum (forms), mother (forms)
    fathers: ['tata', 'tatą', 'ojciec', 'ojcem'], // dad (forms), father (forms)
  },
  selfMarkers: ['jako', 'jestem'], // as, I am
  selfMarkersAfter: [],
  dating: ['randka', 'randki', 'randkowe'], // a date, dates, dating (apps)
  countries: {
    PL: ['Polski'], // of Poland, Polish
    DE: ['Niemcy', 'Niemczech'], // Germany, in Germany
    GB: ['Anglia', 'Anglii', 'Wielka Brytania', 'Wielkiej Brytanii'], // England, Great Britain (and "in")
    NL: ['Holandia', 'Holandii'], // the Netherlands
    FR: ['Francja', 'Francji'], // France
    ES: ['Hiszpania', 'Hiszpanii'], // Spain
    IT: ['Włochy', 'Włoszech'], // Italy
    IE: ['Irlandia', 'Irlandii'], // Ireland
    NO: ['Norwegia', 'Norwegii'], // Norway
    SE: ['Szwecja', 'Szwecji'], // Sweden
    // Not "Dania" (Denmark), which is also "dishes": only "w Danii", in Denmark.
    DK: ['Danii'],
    CZ: ['Czechy', 'Czechach'], // Czechia
    US: ['Stany Zjednoczone', 'Stanach Zjednoczonych'], // the United States
    UA: ['Ukraina', 'Ukrainie'], // Ukraine
    AT: ['Austrii'], // in Austria
    CH: ['Szwajcaria', 'Szwajcarii'], // Switzerland
  },
  // The towns and their forms after "do" (to) and "w" (in). Not Łódź, which is also a boat.
  cities: {
    PL: [
      'Warszawy',
      'Krakowa',
      'Wrocławia',
      'Gdańska',
      'Poznania',
      'Katowice',
      'Katowicach',
      'Szczecin',
      'Szczecinie',
      'Lublin',
      'Lublinie',
      'Bydgoszcz',
      'Bydgoszczy',
      'Gdynia',
      'Gdyni',
      'Białystok',
      'Białymstoku',
      'Trójmiasto',
      'Trójmieście',
    ],
  },
  relocation: [
    'przeprowadziłem', // I (a man) moved
    'przeprowadziłam', // I (a woman) moved
    'przeprowadziliśmy', // we moved
    'przeprowadzka', // a move
    'przeprowadzam się', // I am moving
    'przeprowadzamy się', // we are moving
    'wracam do', // I am going back to (a place, or to work: read as a move only before a place)
    'wracamy do', // we are going back to
    'nowy w mieście', // new in town (a man)
    'nowa w mieście', // new in town (a woman)
    'za granicą', // abroad
    'za granicę', // (going) abroad
    'nowe miasto', // a new city
    'nowym mieście', // in a new city
  ],
  places: ['grupa', 'grupy', 'aplikacja', 'aplikacji'], // group, groups, app, app (genitive)
  peerTalkPlaces: ['społeczność', 'społeczności'], // community
  wanting: ['szukam', 'szukamy', 'poszukuję', 'potrzebuję', 'potrzebujemy', 'chcę', 'chcemy'], // I/we look for, I look for, I/we need, I/we want
  employing: ['rekrutacja', 'rekrutacji', 'zatrudnić', 'pracowników', 'pracownika'],
};

/**
 * Negators written before the verb ("nie szukam pracy", "saya tidak mencari kerja"): they negate a goal when a word of
 * wanting is among the next two words, so a lack told ("nie mam znajomych", "belum punya teman") still asks.
 */
export const MORE_NEGATORS_BEFORE_VERB: readonly string[] = [
  'nie', // Polish: not
  'tidak', // Indonesian: not
  'bukan', // Indonesian: not (of a noun)
  'nggak', // Indonesian, spoken: not
  'gak', // Indonesian, spoken: not
  'enggak', // Indonesian, spoken: not
];

/**
 * Indonesian "tak" (not) negates a word of wanting right after it only: in Polish "tak" is "so" or "yes" ("tak
 * bardzo chcę", I so want).
 */
export const NEGATORS_RIGHT_BEFORE_VERB: readonly string[] = [
  'tak',
  // Spoken Arabic "not" before a verb ("ما بدي شغل", I don't want work): only right before a verb of wanting, since
  // "ما" is also "what" ("هذا ما نحتاجه", this is what we need).
  'ما',
  // Tagalog "not" ("hindi kailangan", not needed; "hindi naghahanap", not looking): only right before a verb of
  // wanting, since "Hindi" is also the language's English name ("I speak Hindi and want a job").
  'hindi',
];

/** Negators that negate a goal written right after them: "przyjaciół, nie klientów", "teman, bukan klien". */
export const NEGATORS_RIGHT_BEFORE_GOAL: readonly string[] = ['nie', 'bukan'];

/**
 * Vague words for meeting people, as "meet people" and "kennenlernen" are: beside work, contacts; where nothing in the
 * text is about work, friends.
 */
export const MORE_MEET_PEOPLE_WORDS: readonly string[] = [
  'tanışmak', // Turkish: to meet, get to know
  'berkenalan', // Indonesian: to get acquainted
  'poznać', // Polish: to meet, get to know
];

/** "not only": after a negator they add rather than remove ("nie tylko", "bukan hanya", "tidak hanya"). */
export const MORE_NOT_ONLY: readonly string[] = ['tylko', 'hanya', 'cuma'];

/**
 * A Turkish verb of looking for, wanting or needing with its negative ending ("aramıyorum", I am not looking for;
 * "istemiyorum", I don't want; "aramam", "istemem"; "ihtiyaç duymuyorum", I feel no need), folded: Turkish puts it
 * after what is sought. "Bulamıyorum" (I can't find) is a lack, not a refusal, and is not among them.
 */
export const TURKISH_NOT_SOUGHT = /^(?:ara|iste|bak|gerek|duy)m[aeiu](?:yor|z$|m$|yiz$)/;
/** Turkish "no need": "ihtiyacım yok", "gerek yok", after what is not needed. */
export const TURKISH_NO_NEED: readonly string[] = ['ihtiyacım yok', 'ihtiyacımız yok', 'gerek yok'];
/** Turkish "not", right after a noun: "müşteri değil, arkadaş arıyorum" (not customers: friends). */
export const TURKISH_NOT = 'değil';
/** "only": "sadece arkadaş değil" (not only friends) adds rather than removes. */
export const TURKISH_ONLY: readonly string[] = ['sadece', 'yalnızca', 'sırf'];

/**
 * Common Turkish endings, folded (ı, ü to i, u): plural, possessive, case, "-ship" and "I am" endings, so
 * "arkadaşlarımla" (with my friends) is "arkadaş" and "lar", "ım", "la", and "hemşireyim" (I am a nurse) "hemşire" and
 * "yim". Verb endings are left out: "aramıyorum" (not looking) must not read as looking.
 */
export const TURKISH_ENDINGS: readonly string[] = [
  ...['lar', 'ler', 'lik', 'luk'],
  ...['m', 'im', 'um', 'n', 'in', 'un', 'si', 'su', 'i', 'u', 'miz', 'imiz', 'umuz', 'niz', 'iniz', 'unuz'],
  ...['a', 'e', 'ya', 'ye', 'da', 'de', 'ta', 'te', 'dan', 'den', 'tan', 'ten', 'nda', 'nde', 'ndan', 'nden'],
  ...['na', 'ne', 'ni', 'nu', 'yi', 'yu', 'nin', 'nun', 'la', 'le', 'yla', 'yle', 'ki'],
  ...['yim', 'yum', 'iz', 'uz', 'yiz', 'yuz', 'dir', 'dur', 'tir', 'tur'],
];
/**
 * The Turkish endings for "to" (the dative), written after an apostrophe on a place's name: "İzmir'e taşınıyorum" (I am
 * moving to İzmir), "İstanbul'a".
 */
export const TURKISH_TO_ENDINGS: readonly string[] = ['a', 'e', 'ya', 'ye'];
/** Most endings read after a Turkish word: "müşteri-ler-imiz-e" (to our customers) has three. */
export const MOST_TURKISH_ENDINGS = 3;
/** Shortest Turkish word read with endings: shorter ones would be found inside unrelated words. */
export const SHORTEST_TURKISH_STEM = 5;

/**
 * What Indonesian writes on to the end of a word without changing it: "my" (-ku), "your" (-mu), "his, her, the"
 * (-nya), and the particles -lah, -kah, -pun ("temanku", my friend; "kliennya", the client).
 */
export const INDONESIAN_ENCLITICS: readonly string[] = ['nya', 'ku', 'mu', 'lah', 'kah', 'pun'];
/** Shortest Indonesian word read with an enclitic. */
export const SHORTEST_INDONESIAN_STEM = 4;

/**
 * Words in Persian (Farsi, as written in Iran and Afghanistan's Dari) and Tagalog (Filipino) for the free-text reader,
 * in the shape of `lexicon-turkish-indonesian-polish.ts` ({@link LanguageWords}) and merged the same way: goal words
 * for every goal of the taxonomy, a few professions, who someone is, parents and retirees, having moved, and the words
 * of wanting and of hiring. Before these, a text in either language was read as nothing at all (a development probe of
 * 2026-12-23 had one of each).
 *
 * The glosses after the words are the authors' own knowledge of these languages' everyday vocabulary, as people write
 * it in forums and groups: a native speaker's review is wanted.
 *
 * How each language is read:
 * - Persian is written in Arabic letters with its own ی and ک. The half-space (zero-width non-joiner) people write
 *   inside a word ("می‌خواهم", I want; "سرمایه‌گذار", investor) folds to a space, as many type it anyway, so the words
 *   are listed as two. Work itself ("کار", "شغل") is as often the work someone has as work sought: read only with a
 *   word of looking ("دنبال کار", looking for work) or of a first or new one. "دوست" alone is not read: "دوست دارم"
 *   is "I like" ("عکاسی را دوست دارم", I like photography); its plural and "friendship" are.
 * - Tagalog is written in Latin letters and mixes in English freely ("naghahanap ng first job", "mag-ads"): the English
 *   words are read by the English tables, so only Tagalog words are here. Its verbs change inside the word
 *   ("hanap", "naghahanap", "maghanap", "makahanap"): the forms a sentence gives are listed one by one, as Polish ones
 *   are. Work ("trabaho") is read only with a verb of looking or as a new or first job, as in Persian. Orders
 *   ("order", borrowed from English) are a seller's: "dumami ang order" (for orders to grow) asks for customers.
 */
import type { LanguageWords } from './lexicon-turkish-indonesian-polish.ts';

export const PERSIAN: LanguageWords = {
  goals: {
    contacts: [
      'شبکه سازی', // networking
      'ارتباطات کاری', // work connections
      'ارتباطات حرفه ای', // professional connections
      'روابط کاری', // working relationships
      'شریک تجاری', // a business partner
      'هم بنیانگذار', // a co-founder
      'هم بنیان گذار', // a co-founder
    ],
    'peer-ideas': [
      'تبادل تجربه', // exchanging experience
      'تبادل تجربیات', // exchanging experiences
      'تبادل نظر', // exchanging views
      'تبادل اطلاعات', // exchanging information
      'همفکری', // thinking together, talking something over
      'هم فکری', // the same, written apart
      'مشورت', // advice, consultation
      'گروه حمایتی', // a support group
      'سرگرمی', // a hobby (as English "hobby" is read: people who share it)
    ],
    referrals: [
      // Customers are sought far more than told of: the forms of wanting them, singular and plural.
      'مشتری', // a customer
      'مشتریان', // customers
      'مشتری ها', // customers
      'مشتری جدید', // new customers
      'جذب مشتری', // attracting customers
    ],
    investors: [
      'سرمایه گذار', // an investor
      'سرمایه گذاران', // investors
      'سرمایه گذارها', // investors
      'جذب سرمایه', // raising capital
      'تامین مالی', // financing
      'سرمایه خطرپذیر', // venture capital
    ],
    promotion: [
      'تبلیغات', // advertising
      'تبلیغ', // an advertisement, promotion
      'بازاریابی', // marketing
      'فالوور', // followers (the English word)
      'فالوئر', // followers (the other spelling)
      'دنبال کننده', // followers
      'دیده شدن', // being seen
      'افزایش فروش', // raising sales
      'فروش بیشتر', // more sales
    ],
    hiring: [
      'دنبال کار', // looking for work
      'دنبال شغل', // looking for a job
      'کاریابی', // job seeking
      'جویای کار', // a job seeker
      'پیدا کردن کار', // finding work
      'کار پیدا کنم', // (that) I find work
      'شغل جدید', // a new job
      'کار جدید', // a new job
      'اولین کار', // a first job
      'اولین کارم', // my first job
      'اولین شغل', // a first job
      'اولین شغلم', // my first job
      'بیکار هستم', // I am unemployed
      'بیکارم', // I am unemployed
      'فرصت شغلی', // a job opening
      'فرصت های شغلی', // job openings
      'آگهی استخدام', // a job advertisement
      'مصاحبه کاری', // a job interview
      'رزومه', // a CV
      'کارآموزی', // an internship
      'استخدام', // employment, hiring
      'جذب نیرو', // recruiting staff
      'استخدام نیرو', // hiring staff
      'نیرو استخدام', // hiring staff (the object first)
      'دنبال نیرو', // looking for staff
    ],
    local: [
      'دورهمی', // a get-together, a meetup
      'همسایه ها', // neighbours
      'نزدیک خانه', // near home
    ],
    friends: [
      'دوستان', // friends
      'دوستان جدید', // new friends
      'دوست جدید', // a new friend
      'دوستی', // friendship; a friend ("هیچ دوستی ندارم", I have no friend)
      'دوست پیدا کنم', // (that) I find friends
      'دوست پیدا کردن', // making friends
      'رفیق', // a friend (spoken)
      'رفقا', // friends (spoken)
      'آدم های جدید', // new people
      'هم صحبت', // someone to talk to
      // Other parents, met by parents: company, as "other parents" and "moms" are in English.
      'والدین دیگر', // other parents
      'مادرهای دیگر', // other mothers
      'مادران دیگر', // other mothers
      'مامان ها', // moms
    ],
  },
  weakGoals: {
    friends: [
      'آشنایی', // getting to know people
      'آشنا شدن', // to get to know (someone)
    ],
  },
  fields: {
    nursing: ['پرستار', 'پرستاران'], // nurse, nurses
    medicine: ['پزشک'], // physician
    law: ['وکیل'], // lawyer
    accounting: ['حسابدار'], // accountant
    education: ['معلم'], // teacher
    engineering: ['مهندس'], // engineer
    software: ['برنامه نویس', 'برنامه نویسان'], // programmer, programmers
    'design-creative': ['طراح گرافیک'], // graphic designer
    'photography-video': ['عکاس', 'عکاسی'], // photographer, photography
    'real-estate': ['مشاور املاک'], // estate agent
    hospitality: ['رستوران', 'آشپز'], // restaurant, cook
    students: ['دانشجو', 'فارغ التحصیل'], // university student, graduate
    nonprofit: ['خیریه'], // charity
  },
  audiences: {
    freelancers: ['فریلنسر', 'فریلنس'], // a freelancer, freelance
    'small-business': ['کسب و کار کوچک', 'کسب و کارم', 'مغازه ام'], // a small business, my business, my shop
    // a startup, my startup, a co-founder (in one word or two)
    startups: ['استارتاپ', 'استارتاپم', 'هم بنیانگذار', 'هم بنیان گذار'],
  },
  groups: {
    mothers: ['مادر', 'مامان'], // mother, mom
    fathers: ['پدر', 'بابا'], // father, dad
    'age-55-plus': ['بازنشسته'], // retired, a retiree
  },
  selfMarkers: ['به عنوان'], // as (a)
  // "مادر هستم" (I am a mother), "بازنشسته شدم" (I retired), "مادر یک نوزاد هستم" (I am the mother of a baby).
  selfMarkersAfter: ['هستم', 'هستیم', 'شدم', 'شده ام'],
  dating: ['همسریابی', 'دوست دختر', 'دوست پسر'], // finding a spouse, a girlfriend, a boyfriend
  countries: {
    AF: ['افغانستان'], // Afghanistan
  },
  cities: {
    IR: ['شیراز', 'مشهد', 'کرج'], // Shiraz, Mashhad, Karaj
    AF: ['کابل', 'هرات'], // Kabul, Herat
  },
  relocation: [
    'نقل مکان', // moving (home)
    'مهاجرت کردم', // I emigrated
    'مهاجرت کردیم', // we emigrated
    'اسباب کشی', // moving house
  ],
  places: ['گروه', 'کانال'], // group, channel (of a messaging app)
  peerTalkPlaces: ['انجمن'], // forum, association
  // One word each, as the reader compares them: "می‌خواهم" folds to "می خواهم", whose verb is "خواهم". Not "دنبال"
  // (looking for) nor "میخواهیم" (we want): Persian "ما" (we) before them is spoken Arabic "not" before a verb.
  wanting: ['خواهم', 'خواهیم', 'میخواهم', 'میخوام', 'خوام'], // I want, we want, I want, I want (spoken), I want (spoken)
  employing: ['جذب نیرو', 'استخدام نیرو', 'نیرو استخدام', 'دنبال نیرو'],
  volunteering: ['داوطلب', 'داوطلبانه', 'کار داوطلبانه'], // a volunteer, voluntary, volunteer work
};

export const TAGALOG: LanguageWords = {
  goals: {
    contacts: [
      'kasosyo', // a business partner
      'kasosyo sa negosyo', // a partner in business
      'bagong koneksyon', // new connections
    ],
    'peer-ideas': [
      'makipagpalitan ng karanasan', // to exchange experience
      'makipagpalitan ng ideya', // to exchange ideas
      'palitan ng ideya', // an exchange of ideas
      'magbahagi ng karanasan', // to share experience
      'payo', // advice
      'humingi ng payo', // to ask for advice
      'libangan', // a pastime, a hobby (as English "hobby" is read: people who share it)
    ],
    referrals: [
      'kliyente', // a client, clients
      'bagong kliyente', // new clients
    ],
    investors: [
      'mamumuhunan', // an investor
      'naghahanap ng puhunan', // looking for capital
      'kailangan ng puhunan', // needing capital
    ],
    promotion: [
      'patalastas', // an advertisement
      'dagdag benta', // more sales
      'dumami ang benta', // for sales to grow
      'dadami ang benta', // (how) sales will grow
      'mas maraming benta', // more sales
      // Orders, the English word a seller uses: wanting more of them is wanting customers.
      'dumami ang order', // for orders to grow
      'dadami ang order', // (how) orders will grow
      'maraming order', // many orders
      'walang order', // no orders
      // Running ads and boosting a post, the English verbs with Tagalog "mag-" ("mag-ads", "mag-boost").
      'mag ads', // to run ads
      'mag boost', // to boost (a post)
    ],
    hiring: [
      'naghahanap ng trabaho', // looking for work
      'naghahanap ako ng trabaho', // I am looking for work
      'maghanap ng trabaho', // to look for work
      'humanap ng trabaho', // to look for work
      'makahanap ng trabaho', // to find work
      'paghahanap ng trabaho', // the search for work
      'bagong trabaho', // a new job
      'unang trabaho', // a first job
      'walang trabaho', // no work, unemployed
      'mag apply ng trabaho', // to apply for a job ("mag-apply")
      'bakante', // a vacancy
      'naghahanap kami ng empleyado', // we are looking for an employee
      'naghahanap ng empleyado', // looking for an employee
      'kailangan ng empleyado', // an employee needed
      'kumuha ng empleyado', // to take on an employee
      'naghahanap ng tauhan', // looking for staff
      'kailangan ng tauhan', // staff needed
      'kumuha ng tauhan', // to take on staff
    ],
    local: [
      'malapit sa akin', // near me
      'kapitbahay', // a neighbour, neighbours
    ],
    friends: [
      'kaibigan', // a friend, friends
      'bagong kaibigan', // new friends
      'makipagkaibigan', // to make friends
      'barkada', // a group of friends
      'kabarkada', // a friend of one's group
      'walang kausap', // no one to talk to
      // Other parents, met by parents, as in English.
      'ibang magulang', // other parents
      'ibang mga magulang', // other parents
      'kapwa magulang', // fellow parents
      'ibang nanay', // other mothers
      'ibang mga nanay', // other mothers
    ],
  },
  weakGoals: {
    contacts: ['koneksyon'], // connections
    friends: ['makakilala'], // to get to know, to meet
  },
  fields: {
    nursing: ['nars'], // nurse
    law: ['abogado'], // lawyer
    education: ['guro'], // teacher
    engineering: ['inhinyero'], // engineer
    'photography-video': ['litratista', 'potograpiya'], // photographer, photography
    hospitality: ['kusinero', 'karinderya', 'panaderya'], // cook, eatery, bakery
    agriculture: ['magsasaka'], // farmer
    students: ['estudyante'], // student
    nonprofit: ['kawanggawa'], // charity
  },
  audiences: {
    'small-business': ['maliit na negosyo', 'negosyo ko', 'aking negosyo', 'tindahan ko'], // a small business, my business, my business, my shop
  },
  groups: {
    // Not "ina" and "ama", the formal words: Spanish "ama" ("ama de casa", a housewife) and names fold to them.
    mothers: ['nanay'], // mother
    fathers: ['tatay'], // father
    'age-55-plus': ['retirado', 'retirada', 'pensyonado'], // retired (a man, a woman), a pensioner
  },
  selfMarkers: ['ako ay', 'ako ay isang', 'bilang isang'], // I am, I am a, as a
  // "Bagong nanay ako" (I'm a new mother), "retirado na ako" (I'm retired now).
  selfMarkersAfter: ['ako', 'kami'],
  dating: ['jowa', 'mapapangasawa'], // a boyfriend or girlfriend (spoken), a future spouse
  countries: {
    PH: ['Pilipinas'], // the Philippines
  },
  cities: {
    PH: ['Maynila'], // Manila
  },
  relocation: [
    'bagong lipat', // newly moved
    'lumipat ako', // I moved
    'lumipat kami', // we moved
    'kalilipat', // just moved
    'kakalipat', // just moved (spoken)
  ],
  places: ['grupo', 'samahan'], // group, association
  peerTalkPlaces: ['komunidad'], // community
  wanting: ['gusto', 'gustong', 'nais', 'naghahanap', 'kailangan'], // want, wanting to, wish, looking for, need
  employing: [
    'naghahanap kami ng empleyado',
    'naghahanap ng empleyado',
    'kailangan ng empleyado',
    'kumuha ng empleyado',
    'naghahanap ng tauhan',
    'kailangan ng tauhan',
    'kumuha ng tauhan',
  ],
  volunteering: ['boluntaryo', 'magboluntaryo', 'bolunter', 'mag volunteer'], // a volunteer, to volunteer, volunteer (spoken), to volunteer ("mag-volunteer")
};

/** The two languages of this file (`languages.ts` says in what order the reader merges every language's words). */
export const PERSIAN_TAGALOG: readonly LanguageWords[] = [PERSIAN, TAGALOG];

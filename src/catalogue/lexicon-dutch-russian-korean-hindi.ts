/**
 * Words in Dutch, Russian, Korean and Hindi for the free-text reader (issue #13), in the shape of
 * `lexicon-turkish-indonesian-polish.ts` ({@link LanguageWords}) and merged the same way: goal words for every goal of
 * the taxonomy, professions, who someone is, countries and big cities, having just moved, places to talk, and the
 * words of wanting. Each language the catalogue's countries speak had only a few job words here before (Dutch "baan",
 * Russian "работа", Korean "취업"), so a friend, a customer or an investor went unread.
 *
 * The glosses after the words are the authors' own knowledge of these languages, not a dictionary's: a native
 * speaker's review is wanted.
 *
 * How each language is read:
 * - Korean writes particles on to a word ("친구를", a friend as the object): the reader finds these words inside a run
 *   of hangul, as it does the Japanese ones, so only words long enough not to stand inside an unrelated one are here.
 * - Russian nouns change their ending with their case ("программист", "программистом", "программистов"): the forms
 *   are listed, those of regular nouns made by {@link russianNoun}; place names are read with their case endings by
 *   rule (`read-place-endings.ts`), so only their dictionary form is listed ("Москва" reads "из Москвы" too).
 * - Hindi, in Devanagari: vowel signs are letters, not accents, and the reader keeps them ("भर्ती", recruitment, is
 *   not "भारत", India), so the forms are listed ("दोस्त", friend; "दोस्तों", friends, oblique). Devanagari names no
 *   country by itself (it is written for Hindi, Marathi and Nepali: `read-language.ts`); the cities of India do.
 */
import type { LanguageWords } from './lexicon-turkish-indonesian-polish.ts';
import { VIETNAMESE_IN_PERSON_WORDS, VIETNAMESE_NEGATORS_BEFORE_VERB } from './lexicon-vietnamese.ts';
import {
  BANGLA_NOT_SOUGHT_AFTER,
  FIVE_LANGUAGES_IN_PERSON_WORDS,
  FIVE_LANGUAGES_NEGATORS_BEFORE_VERB,
} from './lexicon-bangla-thai-greek-romanian-malay.ts';
import { HEBREW_NEGATORS_BEFORE_VERB } from './lexicon-nordic-czech-ukrainian-hebrew-afrikaans.ts';
import { CHINESE_IN_PERSON_WORDS } from './lexicon-chinese.ts';
import { URDU_NOT_SOUGHT_AFTER } from './lexicon-urdu.ts';
import { CATALAN_SLOVAK_IN_PERSON_WORDS, CATALAN_SLOVAK_MEET_PEOPLE_WORDS } from './lexicon-catalan-slovak.ts';
import { SINHALA_IN_PERSON_WORDS, SINHALA_MEET_PEOPLE_WORDS, SINHALA_NOT_SOUGHT_AFTER } from './lexicon-sinhala.ts';

/** Russian letters after which the plural ending is "и", not "ы" (the spelling rule). */
const RUSSIAN_SOFTENING = /[кгхжшщч]$/;

/**
 * The case forms of a regular Russian noun: a masculine one ending in a consonant ("клиент": клиента, клиенту,
 * клиентом, клиенте, клиенты, клиентов, клиентам, клиентами, клиентах) or in "ь" ("учитель": учителя, учителем,
 * учителей), or a feminine one in "а" ("медсестра": медсестры, медсестре, медсестру, медсестрой). Not for nouns
 * ending in ж, ш, щ, ч or ц, whose endings differ: their forms are written out.
 */
export function russianNoun(word: string): string[] {
  if (word.endsWith('ь')) {
    const stem = word.slice(0, -1);
    return [word, ...['я', 'ю', 'ем', 'е', 'и', 'ей', 'ям', 'ями', 'ях'].map((e) => stem + e)];
  }
  if (word.endsWith('а')) {
    const stem = word.slice(0, -1);
    const plural = RUSSIAN_SOFTENING.test(stem) ? 'и' : 'ы';
    return [word, ...[plural, 'е', 'у', 'ой', 'ам', 'ами', 'ах'].map((e) => stem + e)];
  }
  const plural = RUSSIAN_SOFTENING.test(word) ? 'и' : 'ы';
  return [word, ...['а', 'у', 'ом', 'е', plural, 'ов', 'ам', 'ами', 'ах'].map((e) => word + e)];
}

/** Every case form of each regular Russian noun given ({@link russianNoun}). */
function russianNouns(...words: string[]): string[] {
  return words.flatMap(russianNoun);
}

export const DUTCH: LanguageWords = {
  goals: {
    contacts: [
      'netwerken', // networking
      'zakelijk netwerk', // a business network
      'zakelijke contacten', // business contacts
      'contacten', // contacts
      'mijn netwerk uitbreiden', // to widen my network
      'netwerk uitbreiden', // to widen (one's) network
      'netwerkborrel', // a networking drinks evening
      'compagnon', // a business partner
      'zakenpartner', // a business partner
      'medeoprichter', // a co-founder
      'mede oprichter', // a co-founder ("mede-oprichter")
    ],
    'peer-ideas': [
      'ervaringen uitwisselen', // to exchange experiences
      'ervaringen delen', // to share experiences
      'ideeën uitwisselen', // to exchange ideas
      'kennis delen', // to share knowledge
      'vakgenoten', // peers in one's profession
      'vakgenoot', // a peer in one's profession
      'sparren', // to bounce ideas off someone
      'collega s', // colleagues ("collega's")
      'collegas', // colleagues, written without the apostrophe
    ],
    referrals: [
      'klant', // a customer, a client
      'nieuwe klanten', // new customers
      'opdrachtgevers', // clients (of a freelancer)
      'opdrachtgever', // a client
      // A freelancer's assignments from clients: a zzp'er "opdrachten uitvoert voor klanten" (gregio.nl), and the KvK
      // calls them the assignments a zzp'er receives (kvk.nl, "How do organisations hire freelancers?"; both read on
      // 2026-12-07). Not the singular "opdracht", also any task or a school exercise.
      'opdrachten', // assignments (client work)
      'doorverwijzingen', // referrals
    ],
    investors: [
      'investeerder', // an investor
      'investeerders', // investors
      'financiering', // financing
      'durfkapitaal', // venture capital
      'kapitaal ophalen', // to raise capital
      'geld ophalen', // to raise money
    ],
    promotion: [
      'promotie', // promotion
      'reclame', // advertising
      'naamsbekendheid', // brand awareness
      'volgers', // followers
      'zichtbaarheid', // visibility
      'mond tot mondreclame', // word of mouth ("mond-tot-mondreclame")
    ],
    hiring: [
      'banen', // jobs
      'nieuwe baan', // a new job
      'sollicitatie', // a job application
      'solliciteren', // to apply for a job
      'werkzoekende', // a jobseeker
      'stageplek', // an internship place
      'stageplaats', // an internship place
      'personeel', // staff
      'werknemers', // employees
      'personeel zoeken', // to look for staff
    ],
    local: [
      'in het echt', // in real life
      'afspreken', // to meet up
      'borrel', // a drinks get-together
      'evenementen', // events
    ],
    friends: [
      'vriendschap', // friendship
      'vriendschappen', // friendships
      'nieuwe vrienden', // new friends
      'vrienden maken', // to make friends
      'nieuwe mensen', // new people
      'ken niemand', // I know nobody
      'ken hier niemand', // I know nobody here
      'ken bijna niemand', // I know almost nobody
      'ken hier bijna niemand', // I know almost nobody here
      'ken nog niemand', // I don't know anyone yet
      'samen dingen doen', // to do things together
      'dingen ondernemen', // to do things (together), go out
      'leuke dingen doen', // to do fun things
    ],
  },
  weakGoals: {
    contacts: ['leren kennen', 'kennismaken', 'ontmoeten'], // to get to know, get acquainted, meet
    local: [
      'in de buurt', // nearby
      'buurt', // the neighbourhood
      'lokaal', // local
      'lokale', // local (inflected)
    ],
  },
  fields: {
    nursing: ['verpleegkundige', 'verpleegkundigen'], // nurse, nurses
    medicine: ['huisarts', 'huisartsen'], // GP, GPs
    dentistry: ['tandarts', 'tandartsen', 'mondhygiënist', 'tandartspraktijk'], // dentist(s), dental hygienist, dental practice
    // hairdresser(s), a woman hairdresser, hair salon, beautician (either form), beauty salon, nail stylist, make-up artist
    beauty: [
      'kapper',
      'kappers',
      'kapster',
      'kapsalon',
      'schoonheidsspecialist',
      'schoonheidsspecialiste',
      'schoonheidssalon',
      'nagelstyliste',
      'visagiste',
    ],
    law: ['advocaat', 'advocaten', 'jurist', 'juristen'], // lawyer(s), jurist(s)
    accounting: ['boekhouder', 'boekhouders'], // bookkeeper(s)
    education: ['leraar', 'leraren', 'lerares', 'docent', 'docenten', 'onderwijs'], // teacher(s), teaching
    libraries: ['bibliothecaris', 'bibliothecaresse', 'bibliotheekmedewerker'], // librarian (a man, a woman), library worker
    software: ['programmeur', 'programmeurs', 'ontwikkelaar', 'ontwikkelaars', 'softwareontwikkelaar'], // developers
    engineering: ['ingenieur', 'ingenieurs'], // engineer(s)
    'design-creative': ['ontwerper', 'ontwerpers', 'grafisch ontwerper'], // designer(s), graphic designer
    'photography-video': ['fotograaf', 'fotografen'], // photographer(s)
    music: ['muzikant', 'muzikanten'], // musician(s)
    writing: ['schrijver', 'schrijvers', 'tekstschrijver', 'tekstschrijvers'], // writer(s), copywriter(s)
    translation: ['vertaler', 'vertalers', 'tolk'], // translator(s), interpreter
    'real-estate': ['makelaar', 'makelaars', 'vastgoed'], // estate agent(s), real estate
    trades: ['loodgieter', 'elektricien', 'timmerman', 'aannemer'], // plumber, electrician, carpenter, contractor
    hospitality: ['horeca'], // the hospitality trade
    agriculture: ['boeren', 'landbouw', 'tuinbouw', 'veehouder'], // farmers, farming, horticulture, livestock farmer
    'social-work': ['maatschappelijk werker'], // social worker
    'retail-ecommerce': ['webwinkel', 'webshop'], // an online shop
    // A marketer, and an online marketer, whose "online" names the trade, not a wish to meet online.
    marketing: ['marketeer', 'marketeers', 'online marketeer'],
  },
  audiences: {
    freelancers: ['zzp er', 'zzp ers', 'zzp', 'zelfstandige'], // self-employed ("zzp'er"), self-employed person
    'small-business': ['mijn winkel', 'mijn zaak', 'mkb'], // my shop, my business, small and medium businesses
    // founder, entrepreneur(s), a co-founder (in one word or two)
    startups: ['oprichter', 'ondernemer', 'ondernemers', 'medeoprichter', 'mede oprichter'],
    creators: ['mijn kanaal'], // my channel
  },
  groups: {
    women: ['vrouw'], // woman
  },
  selfMarkers: ['ik ben een', 'als'], // I am a, as
  selfMarkersAfter: [],
  dating: ['datingapp', 'daten'], // a dating app, to date
  countries: {
    DE: ['Duitsland'], // Germany
    BE: ['België'], // Belgium
    GB: ['Engeland', 'Verenigd Koninkrijk'], // England, the United Kingdom
    FR: ['Frankrijk'], // France
    ES: ['Spanje'], // Spain
    US: ['Verenigde Staten'], // the United States
  },
  cities: {
    NL: ['Tilburg', 'Breda', 'Nijmegen', 'Arnhem', 'Maastricht', 'Almere', 'Zwolle'],
  },
  relocation: [
    'verhuisd', // moved (house, town)
    'net verhuisd', // just moved
    'nieuw in de stad', // new in town
    'geëmigreerd', // emigrated
    'ik verhuis', // I am moving
    'we verhuizen', // we are moving
    'ga verhuizen', // am going to move
    'nieuwe stad', // a new city
    'nieuwe woonplaats', // a new place to live
  ],
  places: ['groep', 'groepen', 'vereniging', 'platform'], // group(s), club or association, platform
  peerTalkPlaces: ['gemeenschap'], // community
  wanting: ['nodig'], // needed ("heb ... nodig"; zoek, wil are read already)
  employing: ['personeel', 'werknemers', 'personeel zoeken'],
};

export const RUSSIAN: LanguageWords = {
  goals: {
    contacts: [
      'нетворкинг', // networking
      'деловые связи', // business connections
      'деловых связей', // business connections (genitive)
      'деловые контакты', // business contacts
      'деловых контактов', // business contacts (genitive)
      'полезные знакомства', // useful acquaintances
      'полезных знакомств', // useful acquaintances (genitive)
      'сооснователь', // a co-founder
      'сооснователя', // a co-founder (object)
      'кофаундер', // a co-founder
      'кофаундера', // a co-founder (object)
      'бизнес партнер', // a business partner ("бизнес-партнёр")
      'бизнес партнера', // a business partner (object)
      // Colleagues, as "colleagues" is contacts in English.
      'коллеги', // colleagues
      'коллег', // colleagues (genitive)
      'коллегами', // with colleagues
    ],
    'peer-ideas': [
      'обмен опытом', // exchange of experience
      'обменяться опытом', // to exchange experience
      'поделиться опытом', // to share experience
      'единомышленники', // like-minded people
      'единомышленников', // like-minded people (genitive)
      'обратная связь', // feedback
      'обратную связь', // feedback (object)
    ],
    referrals: [
      ...russianNouns('клиент', 'заказчик'), // client, customer (of a service)
      'покупатели', // buyers, customers
      'покупателей', // buyers (genitive)
      'заказы', // orders, commissions
      'заказов', // orders (genitive)
    ],
    investors: [
      ...russianNouns('инвестор'), // investor
      'инвестиции', // investment
      'инвестиций', // investment (genitive)
      'финансирование', // funding
      'финансирования', // funding (genitive)
      'краудфандинг', // crowdfunding
      'бизнес ангел', // a business angel
      'венчурный капитал', // venture capital
    ],
    promotion: [
      'продвижение', // promotion
      'продвижения', // promotion (genitive)
      'продвигать', // to promote
      'продвинуть', // to promote
      'реклама', // advertising
      'рекламы', // advertising (genitive)
      'рекламу', // advertising (object)
      'подписчики', // followers, subscribers
      'подписчиков', // followers (genitive)
      'раскрутка', // publicity, growth
      'раскрутить', // to grow, publicise
      'сарафанное радио', // word of mouth
    ],
    hiring: [
      'вакансий', // vacancies (genitive)
      'вакансиями', // vacancies (instrumental)
      'трудоустройство', // finding employment
      'трудоустройства', // finding employment (genitive)
      ...russianNouns('стажировка'), // an internship
      ...russianNouns('подработка'), // a side job
      'найм', // hiring
      'персонал', // staff
      'персонала', // staff (genitive)
      'сотрудников', // employees (genitive: "ищем сотрудников")
      'нанять', // to hire
    ],
    local: [
      'вживую', // in person
      'мероприятия', // events
      'мероприятий', // events (genitive)
    ],
    friends: [
      'друзья', // friends
      'друзей', // friends (genitive)
      'друзьями', // with friends
      'дружба', // friendship
      'дружбы', // friendship (genitive)
      'новые знакомства', // new acquaintances
      'новых знакомств', // new acquaintances (genitive)
      'новые люди', // new people
      'новых людей', // new people (genitive)
      'подруга', // a (female) friend
      'подруги', // (female) friends
      'подругу', // a (female) friend (object)
      'никого не знаю', // I don't know anyone
    ],
  },
  weakGoals: {
    contacts: ['знакомства', 'познакомиться', 'знакомиться'], // acquaintances, to get acquainted
    local: ['рядом', 'поблизости'], // nearby
    friends: ['общение', 'общения'], // company, talking with people
  },
  fields: {
    software: [
      // programmer, developer, tester, IT worker
      ...russianNouns('программист', 'разработчик', 'тестировщик', 'айтишник'),
      'айти', // IT
    ],
    nursing: russianNouns('медсестра'), // nurse
    medicine: ['врач', 'врача', 'врачу', 'врачом', 'враче', 'врачи', 'врачей'], // doctor
    law: russianNouns('юрист', 'адвокат'), // lawyer, advocate
    accounting: russianNouns('бухгалтер'), // accountant
    education: russianNouns('учитель', 'преподаватель', 'педагог'), // teacher, lecturer, educator
    engineering: russianNouns('инженер'), // engineer
    'design-creative': russianNouns('дизайнер', 'художник'), // designer, artist
    'photography-video': russianNouns('фотограф'), // photographer
    music: russianNouns('музыкант'), // musician
    writing: russianNouns('копирайтер', 'писатель'), // copywriter, writer
    translation: russianNouns('переводчик'), // translator
    marketing: russianNouns('маркетолог'), // marketer
    'real-estate': [...russianNouns('риелтор', 'риэлтор'), 'недвижимость', 'недвижимости'], // estate agent, property
    trades: russianNouns('сантехник', 'электрик', 'строитель'), // plumber, electrician, builder
    hospitality: russianNouns('повар', 'официант', 'ресторан'), // cook, waiter, restaurant
    agriculture: [...russianNouns('фермер'), 'сельское хозяйство'], // farmer, agriculture
    'hr-recruiting': russianNouns('рекрутер', 'эйчар'), // recruiter, HR person
    students: russianNouns('студент', 'выпускник'), // student, graduate
  },
  audiences: {
    // freelancer, freelance, self-employed
    freelancers: [...russianNouns('фрилансер'), 'фриланс', 'фрилансе', 'самозанятый'],
    'small-business': ['малый бизнес', 'малого бизнеса', 'мой магазин', 'свой магазин'], // small business, my shop
    // startup, founder; a co-founder, a co-founder (object), the same borrowed from English
    startups: [
      ...russianNouns('стартап', 'основатель'),
      'стартапа',
      'сооснователь',
      'сооснователя',
      'кофаундер',
      'кофаундера',
    ],
    creators: [...russianNouns('блогер'), 'мой канал', 'свой канал'], // blogger, my channel
  },
  groups: {
    women: ['женщина', 'женщиной'], // a woman ("как женщина", "я женщина"), as a woman
  },
  selfMarkers: ['я', 'как'], // I (am), as
  selfMarkersAfter: [],
  dating: ['сайт знакомств', 'сайты знакомств', 'свидания', 'вторую половинку'], // dating site(s), dates, a partner
  // Dictionary forms: the reader reads them with their case endings ("в Германии", "из России").
  countries: {
    RU: ['РФ'], // the Russian Federation
    UA: ['Украина'], // Ukraine
    BY: ['Белоруссия'], // Belarus, the older name
    DE: ['Германия'], // Germany
    US: ['США', 'Америка'], // the USA, America
    GB: ['Великобритания', 'Англия'], // Britain, England
    FR: ['Франция'], // France
    PL: ['Польша'], // Poland
    GE: ['Грузия'], // Georgia
    AM: ['Армения'], // Armenia
    RS: ['Сербия'], // Serbia
    TR: ['Турция'], // Turkey
    IL: ['Израиль'], // Israel
    CY: ['Кипр'], // Cyprus
    AE: ['ОАЭ'], // the UAE
    NL: ['Нидерланды', 'Голландия'], // the Netherlands, Holland
    CZ: ['Чехия'], // Czechia
    ES: ['Испания'], // Spain
    IT: ['Италия'], // Italy
    CA: ['Канада'], // Canada
  },
  // Not "Питер" (Saint Petersburg, spoken): it is also the name Peter.
  cities: {
    RU: [
      'Москва',
      'Санкт-Петербург',
      'Петербург',
      'Новосибирск',
      'Екатеринбург',
      'Казань',
      'Нижний Новгород',
      'Челябинск',
      'Самара',
      'Омск',
      'Ростов-на-Дону',
      'Уфа',
      'Уфе',
      'Уфы',
      'Красноярск',
      'Воронеж',
      'Пермь',
      'Волгоград',
      'Краснодар',
      'Сочи',
      'Калининград',
      'Тюмень',
    ],
    UA: ['Киев', 'Київ', 'Харьков', 'Одесса', 'Львов', 'Днепр'],
    BY: ['Минск'],
    KZ: ['Алматы', 'Астана'],
  },
  relocation: [
    'переехал', // I (a man) moved
    'переехала', // I (a woman) moved
    'переехали', // we moved
    'переезд', // a move
    'после переезда', // after moving
    'релокация', // relocation
    'релокации', // relocation (genitive)
    'новый город', // a new city
    'новом городе', // in a new city
  ],
  places: ['группа', 'группы', 'приложение', 'приложения', 'чат', 'клуб'], // group(s), app(s), a chat, a club
  peerTalkPlaces: ['сообщество', 'сообщества', 'форум', 'форумы'], // community, forum(s)
  wanting: ['ищу', 'ищем', 'хочу', 'хотим', 'нужен', 'нужна', 'нужны', 'нужно'], // look for, want, need
  employing: ['найм', 'персонал', 'персонала', 'сотрудников', 'нанять'],
};

export const KOREAN: LanguageWords = {
  goals: {
    contacts: [
      '네트워킹', // networking
      '인맥쌓기', // building a network
      '공동창업자', // a co-founder
      '사업 파트너', // a business partner
    ],
    'peer-ideas': [
      // Written as one word, so the reader finds them inside a longer one ("정보공유를"), as every Korean word here.
      '경험공유', // sharing experience
      '정보공유', // sharing information
      '취미', // a hobby (as English "hobby" is read: people who share it)
      '정보교환', // exchanging information
      '의견교환', // exchanging views
      '동료', // colleagues, peers
      '같은 업계', // the same industry
      '피드백', // feedback
      '스터디', // a study group
    ],
    referrals: [
      '고객', // customers
      '손님', // customers, guests
      '클라이언트', // clients
      '거래처', // business clients
    ],
    investors: [
      '투자자', // an investor
      '투자유치', // raising investment
      '투자 유치', // raising investment
      '크라우드펀딩', // crowdfunding
      '펀딩', // funding
    ],
    promotion: [
      '홍보', // publicity
      '광고', // advertising
      '팔로워', // followers
      '구독자', // subscribers
      '입소문', // word of mouth
    ],
    hiring: [
      '취업', // getting a job
      '구직', // looking for work
      '이직', // changing jobs
      '구인', // looking for staff
      '아르바이트', // a part-time job
      '알바', // a part-time job
      '인턴십', // an internship
      '채용공고', // a job posting
      '지원자', // applicants (to a job posted)
    ],
    local: [
      '동호회', // a club (of a hobby), meeting in person
      '모임', // a gathering, meetup
      '오프라인 모임', // an in-person meetup
      '정모', // a club's regular meetup
    ],
    friends: [
      // Other parents, met by parents, as "other parents" in English; a "mom café" is a mothers' online community.
      '부모들', // parents (others: one's own are "부모님")
      '엄마들', // mothers
      '육아모임', // a parenting meetup
      '맘카페', // a mothers' online community
      '친구', // a friend, friends
      '친목', // socialising, fellowship
      '새로운 사람', // new people
    ],
  },
  weakGoals: {
    local: ['근처', '동네'], // nearby, the neighbourhood
  },
  fields: {
    nursing: ['간호사'], // nurse
    law: ['변호사'], // lawyer
    accounting: ['회계사'], // accountant
    education: ['교사', '선생님', '강사'], // teacher, teacher (polite), instructor
    engineering: ['엔지니어'], // engineer
    'design-creative': ['디자이너'], // designer
    'photography-video': ['사진작가', '사진'], // photographer, photography
    writing: ['작가', '카피라이터'], // writer, copywriter
    translation: ['번역가', '통역사'], // translator, interpreter
    marketing: ['마케터'], // marketer
    'real-estate': ['부동산', '공인중개사'], // real estate, licensed estate agent
    pharmacy: ['약사'], // pharmacist
    veterinary: ['수의사'], // veterinarian
    agriculture: ['농부', '농업'], // farmer, farming
    hospitality: ['요리사', '식당'], // cook, restaurant
    students: ['대학생', '취준생'], // university student, jobseeking graduate
  },
  audiences: {
    freelancers: ['프리랜서'], // freelancer
    'small-business': ['자영업', '소상공인', '가게'], // self-employed business, small trader, shop
    startups: ['스타트업', '창업', '공동창업자'], // startup, founding a business, a co-founder
    professionals: ['직장인'], // an office worker, employee
    creators: ['유튜버', '크리에이터'], // YouTuber, creator
  },
  groups: {},
  selfMarkers: [],
  selfMarkersAfter: [],
  // A blind date, dating, a boyfriend, a girlfriend (and their short forms): not read as "친구", a friend, inside them.
  dating: ['소개팅', '연애', '남자친구', '여자친구', '남친', '여친'],
  countries: {
    JP: ['일본'], // Japan
    US: ['미국'], // the United States
    CN: ['중국'], // China
  },
  cities: {
    KR: ['대구', '대전', '광주', '수원', '울산', '판교', '제주'],
  },
  relocation: [
    '이사 온', // who moved (here)
    '이사왔', // moved (here)
    '이사 왔', // moved (here)
    '이사를 왔', // moved (here)
    '이사했', // moved
    '이민', // immigration
  ],
  places: ['그룹', '단톡방', '어플'], // group, group chat, app
  peerTalkPlaces: ['커뮤니티'], // community
  wanting: ['찾고', '찾아요', '찾는', '원해요', '필요해요'], // looking for, want, need
  employing: ['구인'],
  volunteering: ['봉사활동', '자원봉사'], // volunteer work, volunteering (not "봉사" alone: "봉사료" is a service charge)
};

export const HINDI: LanguageWords = {
  goals: {
    contacts: [
      'नेटवर्किंग', // networking
      'व्यावसायिक संपर्क', // business contacts
    ],
    'peer-ideas': [
      'अनुभव साझा', // sharing experience
      'सहकर्मी', // a colleague, colleagues
      'सहकर्मियों', // colleagues (oblique)
    ],
    referrals: [
      'ग्राहक', // a customer, customers
      'ग्राहकों', // customers (oblique)
      'क्लाइंट', // a client
      'क्लाइंट्स', // clients
    ],
    investors: [
      'निवेशक', // an investor
      'फंडिंग', // funding
    ],
    promotion: [
      'प्रचार', // publicity, promotion
      'विज्ञापन', // advertising
      'फॉलोअर्स', // followers
    ],
    hiring: [
      'नौकरी', // a job
      'नौकरियां', // jobs
      'नौकरियाँ', // jobs
      'रोजगार', // employment
      'वैकेंसी', // a vacancy
    ],
    local: ['मीटअप'], // a meetup
    friends: [
      'दोस्त', // a friend, friends
      'दोस्तों', // friends (oblique)
      'दोस्ती', // friendship
    ],
  },
  weakGoals: {
    local: ['आसपास', 'आस पास'], // nearby
  },
  fields: {
    software: ['प्रोग्रामर', 'डेवलपर', 'सॉफ्टवेयर'], // programmer, developer, software
    education: ['शिक्षक', 'अध्यापक', 'टीचर'], // teacher
    nursing: ['नर्स'], // nurse
    medicine: ['डॉक्टर'], // doctor
    law: ['वकील'], // lawyer
    engineering: ['इंजीनियर'], // engineer
    agriculture: ['किसान', 'खेती'], // farmer, farming
    'retail-ecommerce': ['दुकान'], // a shop
  },
  audiences: {
    'small-business': ['मेरी दुकान', 'मेरा बिजनेस', 'छोटा व्यवसाय'], // my shop, my business, a small business
    freelancers: ['फ्रीलांसर'], // freelancer
    // A co-founder the writer has, "my" (मेरा, मेरी, in Latin letters "mera", "meri") or "our" (हमारा, "hamara") with
    // the English word as Hindi speakers write it: a startup's founder, not one looking for a co-founder (standard
    // Hindi possessives).
    startups: [
      ...['mera', 'meri', 'hamara', 'मेरा', 'मेरी', 'हमारा'].flatMap((my) => [`${my} cofounder`, `${my} co founder`]),
    ],
  },
  groups: {},
  selfMarkers: [],
  selfMarkersAfter: [],
  dating: [],
  countries: {},
  cities: {
    IN: [
      'दिल्ली',
      'मुंबई',
      'बेंगलुरु',
      'कोलकाता',
      'चेन्नई',
      'हैदराबाद',
      'पुणे',
      'अहमदाबाद',
      'जयपुर',
      'लखनऊ',
      'कानपुर',
      'पटना',
      'इंदौर',
      'भोपाल',
      'नोएडा',
      'गुरुग्राम',
      'lucknow',
      'kanpur',
      'patna',
      'indore',
      'bhopal',
      'nagpur',
      'surat',
    ],
  },
  relocation: [],
  places: ['ऐप', 'ग्रुप', 'वेबसाइट'], // app, group, website
  peerTalkPlaces: [],
  wanting: ['चाहिए', 'चाहता', 'चाहती'], // needed, I want
  employing: ['भर्ती'],
};

/** The four languages of this file (`languages.ts` says in what order the reader merges every language's words). */
export const FURTHER_LANGUAGES: readonly LanguageWords[] = [DUTCH, RUSSIAN, KOREAN, HINDI];

/**
 * How someone wants to meet, in these languages, Vietnamese, and Bangla, Thai, Greek, Romanian and Malay (the reader's
 * in-person words).
 */
export const FURTHER_IN_PERSON_WORDS: Readonly<Record<'in-person' | 'online', readonly string[]>> = {
  'in-person': [
    'in het echt', // Dutch: in real life
    'вживую', // Russian: in person
    'офлайн', // Russian: offline
    'оффлайн', // Russian: offline
    '오프라인', // Korean: offline
    '대면', // Korean: face to face
    'ऑफलाइन', // Hindi: offline
    ...VIETNAMESE_IN_PERSON_WORDS['in-person'],
    ...FIVE_LANGUAGES_IN_PERSON_WORDS['in-person'],
    ...SINHALA_IN_PERSON_WORDS['in-person'],
    ...CATALAN_SLOVAK_IN_PERSON_WORDS['in-person'],
    ...CHINESE_IN_PERSON_WORDS['in-person'],
  ],
  online: [
    'онлайн', // Russian: online
    'удаленно', // Russian: remotely ("удалённо")
    '온라인', // Korean: online
    '비대면', // Korean: not face to face
    'ऑनलाइन', // Hindi: online
    ...VIETNAMESE_IN_PERSON_WORDS.online,
    ...FIVE_LANGUAGES_IN_PERSON_WORDS.online,
    ...SINHALA_IN_PERSON_WORDS.online,
    ...CATALAN_SLOVAK_IN_PERSON_WORDS.online,
    ...CHINESE_IN_PERSON_WORDS.online,
  ],
};

/** Vague words for meeting people, as "meet people" is: beside work, contacts; otherwise friends. */
export const FURTHER_MEET_PEOPLE_WORDS: readonly string[] = [
  'leren kennen', // Dutch: to get to know
  'kennismaken', // Dutch: to get acquainted
  'ontmoeten', // Dutch: to meet
  'познакомиться', // Russian: to get acquainted
  'знакомиться', // Russian: to get acquainted
  ...SINHALA_MEET_PEOPLE_WORDS,
  ...CATALAN_SLOVAK_MEET_PEOPLE_WORDS,
];

/**
 * Negators written before the verb of wanting: Russian "не ищу работу" (not looking for work), Vietnamese "không
 * muốn" (don't want), Greek "δεν ψάχνω" (I am not looking for) and Hebrew "לא מחפש" (not looking for). Korean and Hindi put the negated verb after what is
 * not wanted ({@link NOT_SOUGHT_AFTER}).
 */
export const FURTHER_NEGATORS_BEFORE_VERB: readonly string[] = [
  'не',
  ...VIETNAMESE_NEGATORS_BEFORE_VERB,
  ...FIVE_LANGUAGES_NEGATORS_BEFORE_VERB,
  ...HEBREW_NEGATORS_BEFORE_VERB,
];

/**
 * Korean, Hindi and Bangla (`BANGLA_NOT_SOUGHT_AFTER`) put the negated verb after what is not wanted: "친구는 안
 * 찾아요" (I am not looking for friends), "일자리를 찾지 않아요" (I don't look for work), "투자자는 필요 없어요" (I need no
 * investors), "मुझे नौकरी नहीं चाहिए" (I don't need a job). Each pair is a negator and the verb of wanting right after or before it, after the goal in its
 * clause; a lack told ("친구가 없어요", I have no friends; "मेरे दोस्त नहीं हैं") has no verb of wanting and still asks.
 */
export const NOT_SOUGHT_AFTER: readonly (readonly [string, string])[] = [
  ['안', '찾아요'], // Korean: not + look for
  ['안', '찾고'], // not + looking for
  ['안', '원해요'], // not + want
  ['찾지', '않아요'], // look for + not
  ['찾지', '않습니다'], // look for + not (formal)
  ['필요', '없어요'], // need + there is none
  ['필요', '없습니다'], // need + there is none (formal)
  ['नहीं', 'चाहिए'], // Hindi: not + needed
  ['नहीं', 'चाहता'], // not + (I, a man) want
  ['नहीं', 'चाहती'], // not + (I, a woman) want
  ['नहीं', 'ढूंढ'], // not + look for
  ['नहीं', 'ढूँढ'], // not + look for
  // Persian (`lexicon-persian-tagalog.ts`) writes "not" on to the verb after what is not wanted: "سرمایه‌گذار
  // نمی‌خواهم" (I don't want an investor) folds to "نمی" and "خواهم"; "نیاز ندارم" is "I have no need".
  ['نمی', 'خواهم'], // Persian: not + (I) want
  ['نمی', 'خواهیم'], // not + (we) want
  ['نمی', 'خوام'], // not + (I) want (spoken)
  ['نیاز', 'ندارم'], // need + I have not
  ['نیاز', 'نداریم'], // need + we have not
  ...BANGLA_NOT_SOUGHT_AFTER,
  ...SINHALA_NOT_SOUGHT_AFTER,
  ...URDU_NOT_SOUGHT_AFTER,
];

/**
 * Hindi postpositions that say whom ties are among or with, written after those people ("investors mein koi contacts
 * nahi", no contacts among investors; "investors se contacts", contacts with investors), in Latin letters and in
 * Devanagari: the Hindi order of English "contacts among investors". Standard Hindi words.
 */
export const HINDI_TIES_POSTPOSITIONS: readonly string[] = ['mein', 'में', 'se', 'से'];
/** "Any", between such a postposition and the ties ("investors mein koi contacts"). */
export const HINDI_TIES_FILLERS: readonly string[] = ['koi', 'कोई'];

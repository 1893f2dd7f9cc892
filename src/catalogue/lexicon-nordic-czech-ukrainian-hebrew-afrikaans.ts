/**
 * Words in Swedish, Norwegian, Danish, Czech, Ukrainian, Hebrew and Afrikaans for the free-text reader, in the shape
 * of `lexicon-turkish-indonesian-polish.ts` ({@link LanguageWords}) and merged the same way: goal words for every goal
 * of the taxonomy, a few professions, and the words of wanting and of hiring. Before these, a text in Czech, Ukrainian,
 * Hebrew or Afrikaans was read as nothing at all, and one in Swedish, Norwegian or Danish only where it shared a word
 * with English or another language ("jobb", "nätverk").
 *
 * The glosses after the words are the authors' own knowledge of these languages, checked where they could be against
 * how job sites, public employment services and newspapers in each language use them (pages read on 2026-12-07). A
 * native speaker's review is still wanted.
 * - Swedish: informationsverige.se ("Att söka arbete": söka arbete, lediga arbeten), larmig.msva.se and
 *   arbetsgivarverket.se (söka jobb, lediga jobb, arbetssökande).
 * - Norwegian: cm-adecco-no.prd.cms.adecco.com/jobbsokeguiden (ledige stillinger, søke jobb, sosiale medier, nettverk),
 *   ntnu.no (søke jobb, jobbannonse), finansavisen.no (ledige stillinger).
 * - Czech: icmpetroviceuk.cz ("Hledáte práci?", nabídky práce, volná místa, brigáda, životopis), uradprace.cz (hledání
 *   zaměstnání), zivnostnik.cz (volná pracovní místa); the spoken words (read on 2026-12-07): radio.cz/en/section/
 *   SoundCzech/everyone-needs-a-friend and english.radio.cz/muj-pritel-yetti-8598866 ("kámoš", slang for a friend;
 *   "s kámoškou"), humansofprague.ihned.cz/archiv/6664 ("naše parta", my bunch of friends), finance.idnes.cz and
 *   breclavsky.denik.cz (brigádu, brigády, brigád; zakázek, commissions).
 * - Ukrainian: news.finance.ua (пошук роботи, вакансії, співбесіди), rbc.ua, 24tv.ua (вакансії, роботодавці).
 * - Hebrew: hilan.co.il (מחפשי עבודה), is.biu.ac.il (חיפוש עבודה, גיוס עובדים), inn.co.il (מחפשים עבודה, משרות).
 * - Afrikaans: services.nwu.ac.za ("Wenke vir jou soektog na werk": soektog na werk, werksoekers, werkgewer).
 *
 * How each language is read:
 * - Swedish, Norwegian and Danish share many words ("kunder", customers; "venner", friends, in Norwegian and Danish):
 *   a word is listed once, under the first of them that uses it. The reader takes accents off ("vänner" reads as
 *   "vanner"), but keeps ø and æ, which are letters of their own.
 * - Czech and Ukrainian nouns change their ending with their case: the forms are listed, those of regular Ukrainian
 *   nouns made by {@link ukrainianNoun}. Work itself (Czech "práce", Ukrainian "робота", Hebrew "עבודה", Afrikaans
 *   "werk") is as often the work someone has as work sought: read only with a verb of looking or a word of openings.
 * - Ukrainian "друга", "другу" are also "second" (feminine): only the plural forms of "друг" (friend) are listed.
 * - Hebrew writes "and", "the", "in", "to", "from", "that" and "as" on to a word ("ללקוחות", to customers; "בתל
 *   אביב", in Tel Aviv): only the bare forms are listed, and the phrases they stand in; the reader takes those letters
 *   ({@link HEBREW_PREFIXES}) off a word it does not know when what is left is a word of a phrase here, but never to
 *   leave a three-letter word that is a phrase on its own ("בצלם", in the image of, is no photographer, צלם). "חברים" (friends) is also "members", and "חברות" both friendships and companies:
 *   only "new friends" and unambiguous words are here.
 */
import type { LanguageWords } from './lexicon-turkish-indonesian-polish.ts';

/** Ukrainian consonants after which a masculine noun's endings differ (velars): their forms are written out. */
const UKRAINIAN_VELAR = /[кгх]$/;

/**
 * The case forms of a regular Ukrainian noun: a masculine one ending in a hard consonant ("клієнт": клієнта, клієнту,
 * клієнтом, клієнті, клієнти, клієнтів, клієнтам, клієнтами, клієнтах) or a feminine one in "а" ("медсестра":
 * медсестри, медсестрі, медсестру, медсестрою, медсестрам, медсестрами, медсестрах; its genitive plural, which drops
 * the ending, is not made). Not for nouns ending in к, г or х, or in a soft sign: their forms are written out.
 */
export function ukrainianNoun(word: string): string[] {
  if (word.endsWith('а')) {
    const stem = word.slice(0, -1);
    return [word, ...['и', 'і', 'у', 'ою', 'ам', 'ами', 'ах'].map((e) => stem + e)];
  }
  if (UKRAINIAN_VELAR.test(word) || word.endsWith('ь')) return [word];
  return [word, ...['а', 'у', 'ом', 'і', 'и', 'ів', 'ам', 'ами', 'ах'].map((e) => word + e)];
}

/** Every case form of each regular Ukrainian noun given ({@link ukrainianNoun}). */
function ukrainianNouns(...words: string[]): string[] {
  return words.flatMap(ukrainianNoun);
}

export const NORDIC: LanguageWords = {
  goals: {
    contacts: [
      'affärskontakter', // Swedish: business contacts
      'affärspartner', // Swedish: a business partner
      'medgrundare', // Swedish: a co-founder
      'kontaktnät', // Swedish: a network of contacts
      'forretningskontakter', // Norwegian: business contacts
      'forretningspartner', // Norwegian, Danish: a business partner
      'medgründer', // Norwegian: a co-founder
      'forretningsforbindelser', // Danish: business connections
      'medstifter', // Danish: a co-founder
      'netværke', // Danish: to network
      'nye kontakter', // Danish, Norwegian: new contacts
      'faglige kontakter', // Danish, Norwegian: professional contacts
    ],
    'peer-ideas': [
      'utbyta erfarenheter', // Swedish: to exchange experiences
      'erfarenhetsutbyte', // Swedish: an exchange of experience
      'utbyta idéer', // Swedish: to exchange ideas
      'utveksle erfaringer', // Norwegian: to exchange experiences
      'erfaringsutveksling', // Norwegian: an exchange of experience
      'udveksle erfaringer', // Danish: to exchange experiences
      'erfaringsudveksling', // Danish: an exchange of experience
      // Talking one's work through with peers ("sparring med andre"); not "sparring" alone, English boxing.
      'sparring med', // Danish, Norwegian: sparring with
      'sparre med', // Danish: to talk things through with
      'dele erfaringer', // Danish, Norwegian: to share experiences
      'ligesindede', // Danish: like-minded people
    ],
    referrals: [
      'kunder', // Swedish, Norwegian, Danish: customers
      'nya kunder', // Swedish: new customers
      'nye kunder', // Norwegian, Danish: new customers
      'klienter', // Swedish, Norwegian, Danish: clients
      'flere kunder', // Danish, Norwegian: more customers
    ],
    investors: [
      'investerare', // Swedish: an investor, investors
      'riskkapital', // Swedish: venture capital
      'affärsänglar', // Swedish: business angels
      'investorer', // Norwegian, Danish: investors
      'risikokapital', // Norwegian, Danish: venture capital
      'finansiering', // Norwegian, Danish: funding
    ],
    promotion: [
      'marknadsföring', // Swedish: marketing
      'sociala medier', // Swedish: social media
      'följare', // Swedish: followers
      'markedsføring', // Norwegian, Danish: marketing
      'sosiale medier', // Norwegian: social media
      'sociale medier', // Danish: social media
      'følgere', // Norwegian, Danish: followers
      'synlighed', // Danish: visibility
      'annoncering', // Danish: advertising
    ],
    hiring: [
      'lediga jobb', // Swedish: job vacancies
      'lediga tjänster', // Swedish: vacant posts
      'söka arbete', // Swedish: to look for work
      'söker arbete', // Swedish: (I am) looking for work
      'arbetssökande', // Swedish: a job seeker
      'platsannons', // Swedish: a job advertisement
      'ledige stillinger', // Norwegian, Danish: vacant positions
      'ledig stilling', // Norwegian, Danish: a vacant position
      'jobbsøker', // Norwegian: a job seeker
      'arbeidssøker', // Norwegian: a job seeker
      'jobsøger', // Danish: a job seeker
      'søger arbejde', // Danish: (I am) looking for work
      'nyt job', // Danish: a new job
      'jobsøgning', // Danish: looking for work
      'ledige job', // Danish: job vacancies
      'jobopslag', // Danish: a job advertisement
      'jobsamtale', // Danish: a job interview
      'studiejob', // Danish: a student job
      'fritidsjob', // Danish: a spare-time job
      'rekryterar', // Swedish: (we are) recruiting
      'rekrutterer', // Norwegian: (we are) recruiting
      'rekrytera', // Swedish: to recruit
      'anställa', // Swedish: to take on (staff)
      'nyanställa', // Swedish: to take on new staff
      'ansette', // Norwegian: to take on (staff)
      'ansætte', // Danish: to take on (staff)
      'första jobb', // Swedish: a first job
      'nytt jobb', // Swedish: a new job
      'söker jobb', // Swedish: (I am) looking for a job
    ],
    local: [
      'i närheten', // Swedish: nearby
      'i nærheten', // Norwegian: nearby
      'i nærheden', // Danish: nearby
      'i mit område', // Danish: in my area
      'naboer', // Danish, Norwegian: neighbours
    ],
    friends: [
      'vänner', // Swedish: friends
      'nya vänner', // Swedish: new friends
      'kompisar', // Swedish: pals, friends
      'vänskap', // Swedish: friendship
      'venner', // Norwegian, Danish: friends
      'nye venner', // Norwegian, Danish: new friends
      'vennskap', // Norwegian: friendship
      'venskab', // Danish: friendship
      'veninder', // Danish: (women) friends
      'nye veninder', // Danish: new (women) friends
      'venskaber', // Danish: friendships
      'omgangskreds', // Danish: a circle of friends
      'känner ingen', // Swedish: (I) know nobody
      'kjenner ingen', // Norwegian: (I) know nobody
      'kender ingen', // Danish: (I) know nobody
      // Other parents, met by parents, as "other parents" and "moms" in English; the parents' groups of a
      // child health centre (Swedish "föräldragrupp"), and their Danish and Norwegian kin.
      'andra föräldrar', // Swedish: other parents
      'andra mammor', // Swedish: other mums
      'andra pappor', // Swedish: other dads
      'föräldragrupp', // Swedish: a parents' group
      'mammagrupp', // Swedish: a mums' group
      'andre foreldre', // Norwegian: other parents
      'barselgruppe', // Norwegian: a group of new parents
      'andre forældre', // Danish: other parents
      'mødregruppe', // Danish: a mothers' group
    ],
  },
  weakGoals: {},
  fields: {
    nursing: ['sjuksköterska', 'sykepleier', 'sykepleiere', 'sygeplejerske'], // nurse (Swedish, Norwegian ×2, Danish)
    // teacher (Swedish). Not Norwegian and Danish "lærer", which is also "learns".
    education: ['lärare'],
    software: ['programmerare', 'programmør', 'systemutvikler'], // programmer (Swedish; Norwegian, Danish), developer (Norwegian)
    law: ['advokat'], // lawyer (all three)
    medicine: ['læge'], // doctor (Danish, Norwegian "lege" is also "to play")
    // bookkeeper (Danish). Not "revisor" (auditor), Spanish and Portuguese "revisor" (proofreader).
    accounting: ['bogholder'],
    students: ['studerende'], // students (Danish)
  },
  audiences: {
    freelancers: ['selvstændig', 'selvstændige'], // self-employed (Danish)
    // entrepreneur, entrepreneurs (Danish); a co-founder (Swedish, Norwegian, Danish)
    startups: ['iværksætter', 'iværksættere', 'medgrundare', 'medgründer', 'medstifter'],
  },
  groups: {},
  selfMarkers: [],
  selfMarkersAfter: [],
  dating: ['dejting'], // Swedish: dating
  countries: {},
  cities: {},
  relocation: [
    'flyttat till', // (have) moved to (Swedish)
    'flyttade till', // moved to (Swedish)
    'flyttet til', // (have) moved to (Norwegian, Danish)
    'flyttede til', // moved to (Danish)
    'flytta til', // moved to (Norwegian)
    // moved from (Norwegian, Danish; Danish): "flyttet fra Bergen til Oslo", where "fra" splits "flyttet til"
    ...['flytta fra', 'flyttet fra', 'flyttede fra'],
    'nyinflyttad', // newly moved in (Swedish)
    'nyinnflyttet', // newly moved in (Norwegian)
    'tilflytter', // a newcomer to a place (Norwegian, Danish)
    'ny stad', // a new city (Swedish)
    'nya stad', // (my) new city (Swedish)
    'ny i byen', // new in town (Norwegian, Danish)
    'utomlands', // abroad (Swedish)
    'utlandet', // abroad (Norwegian, Danish)
  ],
  places: [],
  peerTalkPlaces: [],
  wanting: [
    ...['söker', 'søker', 'søger'], // (I am) looking for: Swedish, Norwegian, Danish
    // want: Swedish; Norwegian and Danish ("vil gerne have", "vil gjerne ha": would like to have). Not German "will",
    // which is English too.
    ...['vill', 'vil'],
    ...['behöver', 'trenger'], // need: Swedish, Norwegian
    ...['önskar', 'ønsker'], // wish: Swedish; Norwegian, Danish
  ],
  employing: ['rekryterar', 'rekrutterer', 'rekrytera', 'anställa', 'nyanställa', 'ansette', 'ansætte'],
  volunteering: [
    ...['volontär', 'volontärer', 'volontärarbete', 'ideellt', 'frivilligarbete'], // Swedish: volunteer(s), volunteer work, unpaid (for a cause), volunteer work
    ...['frivillig', 'frivillige', 'frivilligt arbejde', 'frivillig arbeid'], // Norwegian, Danish: a volunteer, volunteers, volunteer work (Danish, Norwegian)
  ],
};

export const CZECH: LanguageWords = {
  goals: {
    contacts: [
      'obchodní kontakty', // business contacts
      'pracovní kontakty', // work contacts
      'obchodního partnera', // a business partner (object)
      'spoluzakladatel', // a co-founder
      'spoluzakladatele', // a co-founder (object), co-founders
    ],
    'peer-ideas': [
      'výměna zkušeností', // an exchange of experience
      'výměnu zkušeností', // an exchange of experience (object)
      'sdílet zkušenosti', // to share experience
      'výměna nápadů', // an exchange of ideas
    ],
    referrals: [
      'zákazníci', // customers
      'zákazníky', // customers (object)
      'zákazníků', // of customers
      'klienti', // clients
      'klienty', // clients (object)
      'klientů', // of clients
      'nové zákazníky', // new customers (object)
      'nové klienty', // new clients (object)
      // Commissions, orders (as English "commissions" is read): "firmy řeší velké množství zakázek" (finance.idnes.cz).
      'zakázky', // commissions, orders
      'zakázek', // of commissions
      'nové zakázky', // new commissions
    ],
    investors: [
      'investoři', // investors
      'investory', // investors (object)
      'investorů', // of investors
      'investora', // an investor (object)
      'rizikový kapitál', // venture capital
    ],
    promotion: [
      'propagace', // promotion, publicity
      'propagaci', // promotion (object)
      'reklama', // advertising
      'reklamu', // advertising (object)
      'sociální sítě', // social networks
      'sociálních sítích', // on social networks
      'hráče', // players (object), as English "players" is read
      'fanoušky', // fans (object)
      'čtenáře', // readers (object)
    ],
    hiring: [
      'hledám práci', // I am looking for work
      'hledám novou práci', // I am looking for a new job
      'hledání práce', // looking for work
      'hledám zaměstnání', // I am looking for employment
      'nabídka práce', // a job offer
      'nabídky práce', // job offers
      'volná místa', // vacancies
      'volné místo', // a vacancy
      'volná pracovní místa', // job vacancies
      'pracovní místo', // a job, a post
      'brigáda', // a temporary or side job
      'brigádu', // a temporary or side job (object)
      'brigády', // side jobs, of a side job ("nabídka brigád", finance.idnes.cz)
      'brigád', // of side jobs
      'životopis', // a CV
      'nábor', // recruitment
      'přijmeme', // we will take on (the opening of Czech job advertisements)
    ],
    local: [
      'v okolí', // round about, nearby
      'v mém okolí', // around me
      've svém okolí', // around oneself
      'poblíž', // nearby
    ],
    friends: [
      'přátelé', // friends
      'přátele', // friends (object)
      'přátel', // of friends
      'nové přátele', // new friends (object)
      'kamarádi', // friends, pals
      'kamarády', // friends (object)
      'kamarádů', // of friends
      'přátelství', // friendship
      // Spoken words for friends, only in the forms of friends sought or lacked ("hledám kámoše", "nemám kámošky"): the
      // subject "kámoši" mostly tells of the writer's own ("kámoši už to hráli", my pals already played it).
      'kámoše', // pals (object); "kámoš" is slang for a friend (radio.cz, SoundCzech "Everyone needs a friend")
      'kámošů', // of pals
      'kámošky', // (women) pals, as "s kámoškou" (english.radio.cz, "Můj přítel Yetti")
      'kamarádky', // (women) friends
      'partu', // a bunch of friends (object): "naše parta se rozpadla", my bunch fell apart (humansofprague.ihned.cz)
      'novou partu', // a new bunch of friends (object)
    ],
  },
  weakGoals: {},
  fields: {
    software: ['programátor', 'programátorka'], // programmer (man, woman)
    nursing: ['zdravotní sestra', 'zdravotní sestru'], // a nurse (and as the object)
    education: ['učitel', 'učitelka'], // teacher (man, woman)
    law: ['právník', 'advokát'], // lawyer, advocate
    medicine: ['lékař', 'lékařka'], // doctor (man, woman)
    gaming: ['herní vývojář', 'vývojář her', 'indie hra', 'indie hru'], // game developer (×2), an indie game (and object)
  },
  audiences: {
    startups: ['spoluzakladatel', 'spoluzakladatele'], // a co-founder, a co-founder (object) or co-founders
  },
  groups: {},
  selfMarkers: [],
  selfMarkersAfter: [],
  dating: ['seznamka'], // a dating site
  countries: {},
  cities: {},
  relocation: [
    'přestěhoval', // (I) moved (a man)
    'přestěhovala', // (I) moved (a woman)
    'přestěhovali', // (we) moved
    'stěhuji se', // I am moving
    'stěhuju se', // I am moving (spoken)
    'nový ve městě', // new in town (a man)
    'nová ve městě', // new in town (a woman)
    'v zahraničí', // abroad
  ],
  places: [],
  peerTalkPlaces: [],
  // I/we look for, I/we need (and the spoken "potřebuju"), I/we want, I am trying to get (spoken)
  wanting: ['hledám', 'hledáme', 'potřebuji', 'potřebuju', 'potřebujeme', 'chci', 'chceme', 'sháním'],
  employing: ['nábor', 'přijmeme'],
};

export const UKRAINIAN: LanguageWords = {
  goals: {
    contacts: [
      'нетворкінг', // networking
      'ділові контакти', // business contacts
      'ділових контактів', // of business contacts
      'професійні контакти', // professional contacts
      'співзасновник', // a co-founder
      'колеги', // colleagues (as English "colleagues" is read)
      'колег', // colleagues (object)
      'співпраця', // collaboration (as English "collaborate" is read)
      'співпраці', // of collaboration, for collaboration
      'співпрацю', // collaboration (object)
      'співзасновника', // a co-founder (object)
      'корисні знайомства', // useful acquaintances
      'корисних знайомств', // of useful acquaintances
      'бізнес-партнера', // a business partner (object)
    ],
    'peer-ideas': [
      'обмін досвідом', // an exchange of experience
      'обмінятися досвідом', // to exchange experience
      'обмін ідеями', // an exchange of ideas
      'однодумців', // like-minded people (object)
      'однодумці', // like-minded people
      'поділитися досвідом', // to share experience
      'обговорити ідеї', // to discuss ideas
      'поради', // advice
    ],
    referrals: [
      ...ukrainianNouns('клієнт'), // a client
      'замовники', // customers (who order)
      'замовників', // customers (object)
      'покупці', // buyers
      'покупців', // buyers (object)
      'нових замовлень', // new orders (object), as English "commissions" is read
      'більше замовлень', // more orders
    ],
    investors: [
      ...ukrainianNouns('інвестор'), // an investor
      'фінансування', // funding
      'венчурний капітал', // venture capital
      'інвестиції', // investment
      'інвестицій', // of investment
    ],
    promotion: [
      'просування', // promotion
      ...ukrainianNouns('реклама'), // advertising
      'соцмережі', // social networks
      'соцмережах', // on social networks
      'соціальні мережі', // social networks
      'соціальних мережах', // on social networks
      'підписники', // followers
      'підписників', // followers (object)
      'читачів', // readers (object), as English "readers" is read
      'слухачів', // listeners (object)
      'маркетинг', // marketing
      'розкрутка', // promotion (colloquial)
      'розкрутити', // to promote (colloquial)
      'сарафанне радіо', // word of mouth
    ],
    hiring: [
      'шукаю роботу', // I am looking for work
      'пошук роботи', // looking for work
      'нову роботу', // a new job (object)
      'вакансія', // a vacancy
      'вакансію', // a vacancy (object)
      'вакансії', // vacancies, of a vacancy
      'вакансій', // of vacancies
      'вакансіях', // in vacancies
      'працевлаштування', // finding employment
      'співбесіда', // a job interview
      'співбесіду', // a job interview (object)
      'наймаємо', // we are hiring
      'знайти роботу', // to find work
      'шукати роботу', // to look for work
      'шукаємо роботу', // we are looking for work
      'підробіток', // a side job
      'підробітку', // a side job (object, "шукаю підробітку")
      'стажування', // an internship
      'резюме', // a CV
    ],
    local: [
      'поблизу', // nearby
      'наживо', // in person
      'поруч', // close by
      ...['сусіди', 'сусідів', 'сусідами'], // neighbours (and its case forms)
      'в моєму місті', // in my city
    ],
    friends: [
      'друзі', // friends
      'друзів', // friends (object)
      'друзями', // with friends
      'нових друзів', // new friends (object)
      'дружба', // friendship
      'дружбу', // friendship (object)
      'подруги', // (women) friends
      'подруг', // (women) friends (object)
      'нових подруг', // new (women) friends (object)
      'нових знайомих', // new acquaintances (object)
    ],
  },
  weakGoals: {},
  fields: {
    nursing: ukrainianNouns('медсестра'), // nurse
    law: ukrainianNouns('юрист'), // lawyer
    'design-creative': ukrainianNouns('дизайнер'), // designer
    'photography-video': ukrainianNouns('фотограф'), // photographer
    education: ['вчитель', 'вчителя', 'вчителем', 'вчителі', 'вчителів', 'вчителька', 'вчительку'], // teacher, a woman teacher (and forms)
    medicine: ['лікар', 'лікаря', 'лікарем', 'лікарі', 'лікарів'], // doctor (and its case forms)
    'research-academia': ['науковець', 'науковця', 'науковці', 'науковців'], // researcher, scientist (and forms)
    marketing: ['маркетолог', 'маркетолога', 'маркетологом', 'маркетологи', 'маркетологів'], // marketer (and forms)
    // developer (and its case forms); a woman teacher, doctor, lawyer (and their forms)
    software: [...ukrainianNouns('програміст'), 'розробник', 'розробника', 'розробники', 'розробників'],
  },
  audiences: {
    freelancers: ['фрілансер', 'фрілансерка', 'фріланс', 'фоп'], // freelancer (man, woman), freelancing, a sole trader (ФОП)
    'small-business': ['малий бізнес', 'свій бізнес', 'мій магазин'], // a small business, one's own business, my shop
    startups: ['співзасновник', 'співзасновника'], // a co-founder, a co-founder (object)
  },
  groups: {},
  selfMarkers: [],
  selfMarkersAfter: [],
  dating: ['знайомства'], // dating, making acquaintances (the heading of dating sites)
  countries: {},
  cities: {},
  relocation: [
    'переїхав', // (I) moved (a man)
    'переїхала', // (I) moved (a woman)
    'переїхали', // (we) moved
    'переїзд', // a move
    'після переїзду', // after moving
    'нове місто', // a new city
    'новому місті', // in a new city
    'за кордоном', // abroad
  ],
  places: [],
  peerTalkPlaces: [],
  // I/we look for, I/we want, (it is) needed, (they are, he is, she is) needed: "не потрібні інвестори"
  wanting: ['шукаю', 'шукаємо', 'хочу', 'хочемо', 'потрібно', 'потрібні', 'потрібен', 'потрібна'],
  employing: ['наймаємо'],
};

export const HEBREW: LanguageWords = {
  goals: {
    contacts: [
      'נטוורקינג', // networking
      'קשרים עסקיים', // business connections
      'שותף עסקי', // a business partner
      'שותף מייסד', // a co-founder
    ],
    'peer-ideas': [
      'החלפת רעיונות', // an exchange of ideas
      'שיתוף ידע', // sharing knowledge
      'החלפת ניסיון', // an exchange of experience
    ],
    referrals: [
      'לקוחות', // clients, customers
      'לקוחות חדשים', // new clients
    ],
    investors: [
      'משקיעים', // investors
      'משקיע', // an investor
      'משקיעי', // investors of (the construct form, before a noun)
      'גיוס הון', // raising capital
    ],
    promotion: [
      'שיווק', // marketing
      'פרסום', // advertising, publicity
      'רשתות חברתיות', // social networks
      'עוקבים', // followers
    ],
    hiring: [
      'מחפש עבודה', // (a man) looking for work
      'מחפשת עבודה', // (a woman) looking for work
      'חיפוש עבודה', // looking for work
      'עבודה חדשה', // a new job
      'משרה', // a position, a job
      'משרות', // positions, jobs
      'קורות חיים', // a CV
      'ראיון עבודה', // a job interview
      'גיוס עובדים', // recruiting employees
    ],
    local: [
      'פנים אל פנים', // face to face
      'באזור שלי', // in my area
      'שכנים', // neighbours
    ],
    friends: [
      'חברים חדשים', // new friends
      'חברות חדשות', // new (women) friends
      'ידידים', // friends
    ],
  },
  weakGoals: {},
  fields: {
    software: ['מתכנת', 'מתכנתת'], // programmer (man, woman)
    medicine: ['רופא', 'רופאה'], // doctor (man, woman)
    law: ['עורך דין', 'עורכת דין'], // lawyer (man, woman)
    accounting: ['רואה חשבון', 'רואת חשבון'], // accountant (man, woman)
    'photography-video': ['צלם', 'צלמת'], // photographer (man, woman)
  },
  audiences: {
    startups: ['שותף מייסד'], // a co-founder
  },
  groups: {},
  selfMarkers: [],
  selfMarkersAfter: [],
  dating: ['היכרויות'], // dating, introductions (the heading of dating sites)
  countries: {},
  // Tel Aviv, Jerusalem, Haifa, Beersheba ("בירושלים", in Jerusalem, on docplayer.dk; "בחיפה", in Haifa, on
  // fridmanwork.com): read behind a prefix as every Hebrew word is.
  cities: { IL: ['תל אביב', 'ירושלים', 'חיפה', 'באר שבע'] },
  relocation: [
    'עברתי דירה', // I moved (house)
    'עברנו דירה', // we moved (house)
    'עליתי לארץ', // I immigrated to Israel
    'עולה חדש', // a new immigrant (a man)
    'עולה חדשה', // a new immigrant (a woman)
    'עיר חדשה', // a new city
    'בעיר חדשה', // in a new city
  ],
  places: [],
  peerTalkPlaces: [],
  wanting: [
    ...['מחפש', 'מחפשת', 'מחפשים'], // looking for (a man, a woman, we)
    ...['רוצה', 'רוצים'], // want (one, we)
    ...['צריך', 'צריכה', 'צריכים'], // need (a man, a woman, we)
    ...['מעוניין', 'מעוניינת', 'מעוניינים'], // interested (a man, a woman, we)
  ],
  employing: ['גיוס עובדים'],
};

export const AFRIKAANS: LanguageWords = {
  goals: {
    contacts: [
      'sakekontakte', // business contacts
      'sakevennoot', // a business partner
      'medestigter', // a co-founder
    ],
    'peer-ideas': [
      'idees uitruil', // to exchange ideas
      'ervaring deel', // to share experience
      'kennis deel', // to share knowledge
    ],
    referrals: [
      'kliënte', // clients
      'nuwe kliënte', // new clients
      'klante', // customers
      'nuwe klante', // new customers
    ],
    investors: [
      'beleggers', // investors
      'belegger', // an investor
      'befondsing', // funding
    ],
    promotion: [
      'bemarking', // marketing
      'reklame', // advertising
      'sosiale media', // social media
    ],
    hiring: [
      'soek werk', // to look for work, (I) look for work
      'soektog na werk', // a search for work
      'werksoeker', // a job seeker
      'werksoekers', // job seekers
      'vakatures', // vacancies
      'werksgeleenthede', // job opportunities
      'poste beskikbaar', // posts available
      'werksaansoek', // a job application
      'aansoek doen', // to apply
      'aansoek te doen', // to apply (the to-infinitive: "om aansoek te doen")
      'werwing', // recruitment
    ],
    local: [
      'in my omgewing', // in my area
      'van aangesig tot aangesig', // face to face
    ],
    friends: [
      'vriende', // friends
      'nuwe vriende', // new friends
      'vriendskap', // friendship
    ],
  },
  weakGoals: {},
  fields: {
    education: ['onderwyser', 'onderwysers', 'onderwyseres'], // teacher, teachers, woman teacher
    nursing: ['verpleegster', 'verpleegsters'], // nurse, nurses
    law: ['prokureur'], // lawyer (attorney)
    accounting: ['rekenmeester'], // accountant
    software: ['programmeerder'], // programmer
  },
  audiences: {
    startups: ['medestigter'], // a co-founder
  },
  groups: {},
  selfMarkers: [],
  selfMarkersAfter: [],
  dating: [],
  countries: {},
  cities: {},
  relocation: [
    'getrek na', // moved to
    'pas getrek', // just moved
    'nuwe stad', // a new city
    'nuut in die stad', // new in town
    'oorsee', // overseas
  ],
  places: [],
  peerTalkPlaces: [],
  wanting: ['soek'], // look for
  employing: ['werwing'],
};

/** The seven languages of this file (`languages.ts` says in what order the reader merges every language's words). */
export const NORDIC_CZECH_UKRAINIAN_HEBREW_AFRIKAANS: readonly LanguageWords[] = [
  NORDIC,
  CZECH,
  UKRAINIAN,
  HEBREW,
  AFRIKAANS,
];

/**
 * Negators written after the verb of wanting, as German "nicht" and "kein" are: Swedish "inte" (not), "ingen", "inga",
 * "inget" (no, none: "vi behöver inga investerare"); Norwegian and Danish "ikke" (not), "ingen" (no); Danish "intet"
 * (nothing); Afrikaans "nie" ("ek soek nie werk nie", I am not looking for work). Only right after a verb of wanting,
 * so a lack told ("jag har inga vänner här", I have no friends here) still asks.
 */
export const MORE_NEGATORS_AFTER_VERB: readonly string[] = ['inte', 'ingen', 'inga', 'inget', 'ikke', 'intet', 'nie'];

/** Subject pronouns between a verb of wanting and its negator: "behöver vi inga", "trenger jeg ikke", "soek ek nie". */
export const MORE_SUBJECT_PRONOUNS: readonly string[] = ['jag', 'jeg', 'vi', 'ek', 'ons'];

/** "Not" before the verb of wanting: Hebrew "לא" ("אני לא מחפש עבודה", I am not looking for work). */
export const HEBREW_NEGATORS_BEFORE_VERB: readonly string[] = ['לא'];

/**
 * A verb of wanting that is itself negated, before what is not wanted: Czech writes "not" on to the verb ("nechci
 * nové klienty", I don't want new clients; "nepotřebuji investory", I don't need investors; "nezajímá mě networking",
 * networking does not interest me). A lack ("nemám přátele", I have no friends) is no verb of wanting and still asks.
 */
export const CZECH_NOT_WANTING: readonly string[] = [
  ...['nehledám', 'nehledáme'], // I/we am not looking for
  ...['nechci', 'nechceme'], // I/we don't want
  ...['nepotřebuji', 'nepotřebuju', 'nepotřebujeme'], // I (and spoken)/we don't need
  'nesháním', // I am not trying to get
  'nezajímá', // does not interest (me)
];

/**
 * Norwegian and Danish "no need of", after the verb of having: "vi har ikke brug for investorer" (Danish: we don't
 * need investors), "jeg har ikke behov for" (Norwegian: I have no need of).
 */
export const NORDIC_NOT_SOUGHT_BEFORE: readonly string[] = [
  'ikke brug for', // Danish: no need of
  'ikke behov for', // Norwegian, Danish: no need of
  'inget behov av', // Swedish: no need of
];

/** "Only", which after "not" adds rather than removes ("inte bara", "ikke kun", "nejen", "не тільки", "לא רק"). */
export const SEVEN_LANGUAGES_ONLY: readonly string[] = [
  'bara', // Swedish: only
  'kun', // Norwegian, Danish: only
  ...['jen', 'pouze'], // Czech: only
  ...['тільки', 'лише'], // Ukrainian: only
  'רק', // Hebrew: only
];

/**
 * Afrikaans says "not" twice, round what is not had: "ek het nie vriende nie" (I have no friends), a lack that still
 * asks. After its verb of having ("het"), "nie" right before a goal is no refusal, as Polish "nie" right before one is
 * ("przyjaciół, nie klientów").
 */
export const AFRIKAANS_HAVING: readonly string[] = ['het'];

/**
 * The letters Hebrew writes on to the front of a word, one to three of them: "and" (ו), "the" (ה), "in" (ב), "to" (ל),
 * "from" (מ), "that" (ש) and "as" (כ) ("ולקוחות", and customers; "מהשכנים", from the neighbours; "כשהלקוחות", when the
 * customers). "And" comes first and "the" last, when they are there.
 */
export const HEBREW_PREFIXES: readonly string[] = ['ו', 'ה', 'ב', 'ל', 'מ', 'ש', 'כ'];
/** Most prefix letters read on one word. */
export const MOST_HEBREW_PREFIXES = 3;
/** Shortest word left behind a prefix that is read as a phrase of its own: shorter ones are too often another word. */
export const SHORTEST_HEBREW_WORD_BEHIND_PREFIX = 4;

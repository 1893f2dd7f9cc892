/**
 * Words in Catalan and Slovak for the free-text reader, in the shape of `lexicon-turkish-indonesian-polish.ts`
 * ({@link LanguageWords}) and merged the same way: goal words for every goal of the taxonomy, the common professions,
 * who someone is, the words of wanting and of hiring, and (below) meeting in person or online and not paying. Before
 * these, a Catalan text was read only where it shared a word with Spanish ("busco", "clients") and a Slovak one only
 * where it was spelt as Czech once accents are off.
 *
 * The glosses are the authors' own knowledge of both languages (common words only); a native speaker's review is
 * still wanted, above all of the spoken words ("colla", "kamoš").
 *
 * How each language is read:
 * - Catalan shares many words with Spanish ("busco", "cofundador", "boca a boca") and French ("clients"): those are
 *   read already and not listed again. Work itself ("feina", "treball") is as often the work someone has as work
 *   sought: read only with a verb of looking or finding, or as an opening ("ofertes de feina"). The middle dot of
 *   "col·legues" folds to a space, as the point people type for it ("col.legues") does.
 * - Slovak nouns change their ending with their case: the forms of the goals sought (the object, "nových klientov")
 *   and lacked ("nemám priateľov") are listed. The reader takes accents off, so a Slovak word spelt as the Czech one
 *   without them ("v okolí", "reklama", "brigáda", "životopis", "investori" as Czech "investoři") is read already and
 *   not listed again. Work itself ("práca") is read only with a verb of looking, as Czech "práce" is. Slovak writes
 *   "not" on to the verb ("nehľadám prácu", I am not looking for work): {@link SLOVAK_NOT_WANTING}.
 */
import type { LanguageWords } from './lexicon-turkish-indonesian-polish.ts';

/**
 * Meeting people, vaguely (weak words for contacts, which the reader turns to friends where nothing is about work):
 * Catalan "conèixer gent" (to get to know people) is the everyday way to say it; "gent" alone is no goal.
 */
const CATALAN_MEET_PEOPLE = ['conèixer gent', 'conèixer gent nova', 'fer coneguts'];
/** Slovak: to get to know people, new people; to get acquainted. */
const SLOVAK_MEET_PEOPLE = ['spoznať ľudí', 'spoznať nových ľudí', 'zoznámiť sa'];

export const CATALAN: LanguageWords = {
  goals: {
    contacts: [
      'contactes professionals', // professional contacts
      'contactes de negoci', // business contacts
      'contactes de negocis', // business contacts
      'xarxa de contactes', // a network of contacts
      'fer contactes', // to make contacts
      'fer xarxa', // to network
      'soci per al meu projecte', // a partner for my project
      'cofundadora', // a (woman) co-founder
    ],
    'peer-ideas': [
      'intercanviar idees', // to exchange ideas
      "intercanvi d'idees", // an exchange of ideas
      'intercanviar experiències', // to exchange experiences
      "intercanvi d'experiències", // an exchange of experience
      'compartir experiències', // to share experiences
      'compartir coneixements', // to share knowledge
      'altres col·legues', // other colleagues (in the same profession)
    ],
    referrals: [
      'nous clients', // new clients
      'més clients', // more clients
      'clientela', // clientele
      'encàrrecs', // commissions, orders (as English "commissions" is read)
    ],
    investors: [
      'inversors', // investors
      'finançament', // funding
      'capital de risc', // venture capital
    ],
    promotion: [
      'publicitat', // advertising
      'màrqueting', // marketing
      'xarxes socials', // social networks
      'seguidors', // followers
      'donar a conèixer', // to make known
      'promocionar', // to promote
      'promoció', // promotion
      'boca-orella', // word of mouth
    ],
    hiring: [
      'busco feina', // I am looking for work
      'buscar feina', // to look for work
      'trobar feina', // to find work
      'cerco feina', // I am looking for work
      'nova feina', // a new job
      'ofertes de feina', // job offers
      'oferta de feina', // a job offer
      'ofertes de treball', // job offers
      'borsa de treball', // a jobs board
      'entrevista de feina', // a job interview
      'contractem', // we are hiring
    ],
    local: [
      'a prop de casa', // near home
      'del meu barri', // of my neighbourhood
      'al meu barri', // in my neighbourhood
      'els veïns', // the neighbours (not "veïns" alone, which folds to English "veins")
      'veïnat', // the neighbourhood, the neighbours
      'gent de la zona', // people of the area
    ],
    friends: [
      'amics', // friends
      'amigues', // (women) friends
      'nous amics', // new friends
      'noves amigues', // new (women) friends
      'fer amics', // to make friends
      'amistat', // friendship
      "colla d'amics", // a bunch of friends
    ],
  },
  weakGoals: { contacts: CATALAN_MEET_PEOPLE },
  fields: {
    nursing: ['infermera', 'infermer', 'infermeres', 'infermers'], // nurse (woman, man), nurses
    // schoolteacher (a woman). Not "mestre", "mestres": Portuguese "mestre" is also a master ("mestre de obras").
    education: ['mestra'],
    software: ['programadora', 'desenvolupador', 'desenvolupadora'], // programmer (woman), developer (man, woman)
    law: ['advocat', 'advocada', 'advocats'], // lawyer (man, woman), lawyers
    medicine: ['metge', 'metgessa', 'metges'], // doctor (man, woman), doctors
    'design-creative': ['dissenyador', 'dissenyadora'], // designer (man, woman)
    'photography-video': ['fotògraf', 'fotògrafa'], // photographer (man, woman)
    accounting: ['comptable', 'comptables'], // accountant, accountants
    hospitality: ['cambrer', 'cambrera'], // waiter (man, woman)
    // farmer (woman), farmers. Not "pagès" (a farmer, a man), which folds to English "pages".
    agriculture: ['pagesa', 'pagesos'],
    students: ['estudiant', 'estudiants', 'universitari', 'universitària'], // student, students, university student
  },
  audiences: {
    freelancers: ['autònom', 'autònoma', 'autònoms'], // self-employed (man, woman), the self-employed
    'small-business': ['petita empresa', 'la meva botiga', 'el meu negoci'], // a small business, my shop, my business
    startups: ['emprenedor', 'emprenedora'], // entrepreneur (man, woman)
  },
  groups: {
    women: ['dona', 'dones'], // woman, women
    'age-55-plus': ['jubilat', 'jubilada', 'jubilats'], // retired (man, woman), the retired
  },
  // I am (and its older spelling). Not "com a" (as a), which is also Portuguese "com a" (with the).
  selfMarkers: ['soc', 'sóc'],
  selfMarkersAfter: [],
  dating: ['busco parella'], // I am looking for a (life) partner (not "cites", dates, which is English "cites")
  countries: {},
  cities: {},
  relocation: [
    "m'he mudat", // I have moved
    'ens hem mudat', // we have moved
    'acabo de mudar', // I have just moved
    'nou a la ciutat', // new in town (a man)
    'nova a la ciutat', // new in town (a woman)
    "a l'estranger", // abroad
  ],
  places: [],
  peerTalkPlaces: [],
  // I want, we want, I need, we need, I would like (Spanish "busco", "necesito" and Italian "cerco" are read already)
  wanting: ['vull', 'volem', 'necessito', 'necessitem', "m'agradaria"],
  employing: ['contractem'],
};

export const SLOVAK: LanguageWords = {
  goals: {
    contacts: [
      'obchodné kontakty', // business contacts
      'pracovné kontakty', // work contacts
      'profesionálne kontakty', // professional contacts
      'nové kontakty', // new contacts
      'nadviazať kontakty', // to make contacts
      'spoluzakladateľ', // a co-founder
      'spoluzakladateľa', // a co-founder (object)
    ],
    'peer-ideas': [
      'výmena skúseností', // an exchange of experience
      'výmenu skúseností', // an exchange of experience (object)
      'vymeniť si skúsenosti', // to exchange experience
      'zdieľať skúsenosti', // to share experience
      'výmena nápadov', // an exchange of ideas
      'výmenu nápadov', // an exchange of ideas (object)
    ],
    referrals: [
      'zákazníkov', // customers (object), of customers
      'nových zákazníkov', // new customers (object)
      'klientov', // clients (object), of clients
      'nových klientov', // new clients (object)
      'zákaziek', // of commissions
    ],
    investors: [
      'investorov', // investors (object), of investors
      'financovanie', // funding
    ],
    promotion: [
      'propagácia', // promotion, publicity
      'propagáciu', // promotion (object)
      'sociálne siete', // social networks
      'sociálnych sieťach', // on social networks
      'sledovateľov', // followers (object)
      'sledovatelia', // followers
    ],
    hiring: [
      'hľadám prácu', // I am looking for work
      'hľadám novú prácu', // I am looking for a new job
      'hľadanie práce', // looking for work
      'hľadám zamestnanie', // I am looking for employment
      'novú prácu', // a new job (object)
      'ponuka práce', // a job offer
      'ponuky práce', // job offers
      'voľné miesta', // vacancies
      'voľné pracovné miesta', // job vacancies
      'pracovný pohovor', // a job interview
    ],
    local: [
      'v mojom okolí', // around me
      'v blízkosti', // nearby
      'neďaleko', // not far away
      'susedov', // neighbours (object)
    ],
    friends: [
      'priatelia', // friends
      'priateľov', // friends (object), of friends
      'nových priateľov', // new friends (object)
      'kamaráti', // friends, pals
      'kamarátov', // friends (object), of friends
      'nových kamarátov', // new friends (object)
      'kamošov', // pals (object): spoken
      'priateľstvo', // friendship
      'partiu', // a bunch of friends (object)
    ],
  },
  weakGoals: { contacts: SLOVAK_MEET_PEOPLE },
  fields: {
    nursing: ['zdravotná sestra', 'zdravotnú sestru', 'sestrička'], // a nurse (and as the object), a nurse (familiar)
    education: ['učiteľka', 'učiteľ'], // teacher (woman, man)
    software: ['programátorka', 'vývojár', 'vývojárka'], // programmer (woman), developer (man, woman)
    law: ['právnička'], // lawyer (woman)
    medicine: ['lekárka'], // doctor (woman)
    accounting: ['účtovník', 'účtovníčka'], // accountant (man, woman)
    'design-creative': ['grafička', 'dizajnér', 'dizajnérka'], // graphic designer (woman), designer (man, woman)
    students: ['študent', 'študentka', 'študenti'], // student (man, woman), students
  },
  audiences: {
    freelancers: ['živnostník', 'živnostníčka', 'na živnosť'], // self-employed (man, woman), on a trade licence
    'small-business': ['malá firma', 'malý podnik', 'moja firma'], // a small firm, a small business, my firm
    // entrepreneur (man, woman), a co-founder, a co-founder (object)
    startups: ['podnikateľ', 'podnikateľka', 'spoluzakladateľ', 'spoluzakladateľa'],
  },
  groups: {
    women: ['žena', 'ženy'], // woman, women
    'age-55-plus': ['dôchodca', 'dôchodkyňa', 'na dôchodku'], // pensioner (man, woman), retired
  },
  // I am, as. Not "som" alone, which is also Swedish, Norwegian and Danish "as", "who".
  selfMarkers: ['ja som', 'ako'],
  selfMarkersAfter: [],
  dating: ['zoznamka'], // a dating site
  countries: {},
  cities: {},
  relocation: [
    'presťahoval', // (I) moved (a man)
    'presťahovala', // (I) moved (a woman)
    'presťahovali', // (we) moved
    'sťahujem sa', // I am moving
    'nový v meste', // new in town (a man)
    'nová v meste', // new in town (a woman)
    'v zahraničí', // abroad (Czech spells it the same)
  ],
  places: [],
  peerTalkPlaces: [],
  // I/we look for, I/we need, I/we want, I am trying to get
  wanting: ['hľadám', 'hľadáme', 'potrebujem', 'potrebujeme', 'chcem', 'chceme', 'zháňam'],
  employing: ['prijmeme', 'hľadáme posilu'], // we will take on; we are looking for a reinforcement (a new hire)
};

/** Catalan and Slovak (`languages.ts` says in what order the reader merges every language's words). */
export const CATALAN_SLOVAK: readonly LanguageWords[] = [CATALAN, SLOVAK];

/**
 * Slovak writes "not" on to the verb of wanting, before what is not wanted, as Czech does: "nehľadám prácu" (I am not
 * looking for work), "nepotrebujem investorov" (I don't need investors), "nezaujíma ma networking" (networking does
 * not interest me). A lack ("nemám priateľov", I have no friends) is no verb of wanting and still asks.
 */
export const SLOVAK_NOT_WANTING: readonly string[] = [
  ...['nehľadám', 'nehľadáme'], // I/we am not looking for
  ...['nechcem', 'nechceme'], // I/we don't want
  ...['nepotrebujem', 'nepotrebujeme'], // I/we don't need
  'nezháňam', // I am not trying to get
  'nezaujíma', // does not interest (me)
];

/** Meeting in person or online, in Catalan and Slovak (the reader's in-person words). */
export const CATALAN_SLOVAK_IN_PERSON_WORDS: Readonly<Record<'in-person' | 'online', readonly string[]>> = {
  'in-person': [
    ...['en persona', 'presencial', 'presencialment', 'cara a cara'], // Catalan: in person, face to face
    // Slovak: to meet in person, a meeting in person, live, face to face. Not "osobne" alone: Polish "osobne" is
    // "separate".
    ...['stretnúť sa osobne', 'osobne sa stretnúť', 'osobné stretnutie', 'naživo', 'tvárou v tvár'],
  ],
  online: [
    ...['en línia', 'a distància'], // Catalan: online, remotely
    ...['na diaľku', 'z domu'], // Slovak: remotely, from home
  ],
};

/** Vague words for meeting people, as "meet people" is: beside work, contacts; otherwise friends. */
export const CATALAN_SLOVAK_MEET_PEOPLE_WORDS: readonly string[] = [...CATALAN_MEET_PEOPLE, ...SLOVAK_MEET_PEOPLE];

/** Not paying, in Catalan and Slovak (the reader's budget words for free). */
export const CATALAN_SLOVAK_FREE_WORDS: readonly string[] = [
  ...['gratuït', 'gratuïta', 'de franc', 'sense pagar', 'sense diners', 'no tinc diners'], // Catalan
  ...['zadarmo', 'bezplatne', 'bezplatná', 'bezplatný', 'bez peňazí', 'nemám peniaze'], // Slovak
];

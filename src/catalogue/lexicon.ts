/**
 * The words people use for the catalogue's vocabularies, beyond their labels:
 * goal phrases, country names and demonyms, and cities. Search indexes the
 * goal phrases; the free-text reader (recommend) reads all of it. One list,
 * so a word means the same thing everywhere.
 */
import {
  COUNTRY_CODES,
  PURPOSES,
  countryName,
  type Audience,
  type EligibilityGroup,
  type Field,
  type Purpose,
  type Role,
} from './taxonomy.ts';
import { MORE_LANGUAGES, withMoreLanguages } from './languages.ts';
import { SCRIPT_AUDIENCE_WORDS, SCRIPT_FIELD_WORDS } from './lexicon-scripts.ts';
import { LISTED_CITIES } from './lexicon-cities.ts';
import { OTHER_LANGUAGES_COUNTRY_WORDS } from './lexicon-country-names.ts';

/** `table` with each key's Japanese words (`lexicon-scripts.ts`) added after its own. */
function withScriptWords<K extends string>(
  table: Readonly<Partial<Record<K, readonly string[]>>>,
  script: Readonly<Partial<Record<K, readonly string[]>>>,
): Partial<Record<K, readonly string[]>> {
  const merged: Partial<Record<K, readonly string[]>> = { ...table };
  for (const [key, words] of Object.entries(script) as [K, readonly string[]][])
    merged[key] = [...(merged[key] ?? []), ...words];
  return merged;
}

/** Phrases people use for each purpose, beyond its label and description. */
export const PURPOSE_KEYWORDS: Readonly<Record<Purpose, readonly string[]>> = {
  contacts: [
    'professional contacts',
    'business contacts',
    'professional network',
    'business networking',
    'network of contacts',
    'connections',
    'connect with professionals',
    'career network',
    'colleagues',
    'industry contacts',
  ],
  'peer-ideas': [
    'ideas with peers',
    'discuss ideas',
    'peers',
    'discussion',
    'forum',
    'community',
    'ask questions',
    'share knowledge',
    'mastermind',
    'advice from peers',
    'founders community',
  ],
  referrals: [
    'business referrals',
    'referrals',
    'referral group',
    'referral club',
    'introductions',
    'find clients',
    'get clients',
    'new customers',
    'leads',
    'word of mouth referrals',
  ],
  investors: [
    'investors',
    'angel investors',
    'angels',
    'venture capital',
    'vc',
    'raise money',
    'fundraising',
    'funding',
    'startup funding',
    'seed round',
    'crowdfunding',
    'equity crowdfunding',
    'pitch investors',
  ],
  promotion: [
    'promote my business',
    'promotion',
    'marketing',
    'word of mouth',
    // Word of mouth in Spanish, Portuguese, French, German, Italian and Polish (with its object form).
    'boca a boca',
    'boca en boca',
    'bouche a oreille',
    'mundpropaganda',
    'passaparola',
    'poczta pantoflowa',
    'poczte pantoflowa',
    'poczty pantoflowej',
    'reach customers',
    'audience',
    'brand awareness',
    'advertise',
    'followers',
    'go viral',
    'get noticed',
  ],
  hiring: [
    'find a job',
    'jobs',
    'job search',
    'find work',
    'careers',
    'hire',
    'hiring',
    'recruit',
    'recruiting',
    'freelance work',
    'talent',
    'employees',
    'freelancers',
  ],
  local: [
    'meet people nearby',
    'nearby',
    'local',
    'in person',
    'face to face',
    'meetups',
    'events near me',
    'neighbours',
    'neighbors',
    'local business',
    'chapter meetings',
  ],
  friends: [
    'friends',
    'family',
    'friends and family',
    'keep in touch',
    'make friends',
    'fun',
    'entertainment',
    'chat',
    'share photos',
    'hang out',
  ],
};

/**
 * Investors as people, in the languages read (a slice of the investors goal's words): beside an investor writing,
 * their peers, not money to raise.
 */
export const INVESTOR_PEOPLE_WORDS: readonly string[] = [
  'investor',
  'investors',
  'angel',
  'angels',
  'vc',
  'vcs',
  'inversores',
  'inversor',
  // Latin American Spanish says "inversionistas".
  'inversionistas',
  'inversionista',
  'investidores',
  'investidor',
  'investoren',
  'investisseurs',
  'investisseur',
  'investitori',
  'investeerders',
  'inwestorow',
  'inwestorzy',
];

/** Sites of freelance work named by their kind, in English, Spanish, Portuguese and French: a freelancer's marketplaces. */
export const FREELANCE_MARKETPLACE_WORDS: readonly string[] = [
  'freelance platform',
  'freelance platforms',
  'freelance site',
  'freelance sites',
  'freelance website',
  'freelance websites',
  'freelance marketplace',
  'freelance marketplaces',
  'freelancing platform',
  'freelancing platforms',
  'freelancing site',
  'freelancing sites',
  'plataformas freelance',
  'plataforma freelance',
  'plataformas de freelance',
  'sitios freelance',
  'sites de freelance',
  'sites freelance',
  'plateformes freelance',
  'plateforme freelance',
  // "Freela" is Brazilian Portuguese for freelance work and a freelancer: its sites are freelance marketplaces.
  'plataformas de freela',
  'plataforma de freela',
  'sites de freela',
  'site de freela',
  // Freelance sites and platforms in Arabic: of "العمل الحر" (freelance work: "منصات العمل الحر", blog.mawahib.ma;
  // "موقع Upwork للعمل الحر", doctor-syria.com) and of "فريلانس" (freelance in Arabic letters), read on 2026-12-07.
  ...['منصات العمل الحر', 'منصة العمل الحر', 'مواقع العمل الحر', 'موقع العمل الحر'],
  ...['مواقع فريلانس', 'موقع فريلانس', 'منصات فريلانس', 'منصة فريلانس'],
];

/**
 * Who someone is, as people write it in Spanish, Portuguese and Arabic beyond the textbook words (the reader reads
 * these beside its own audience words): a freelancer in Brazilian slang and in Arabic letters, a small business as
 * Spanish and Portuguese speakers call theirs, a co-founder in French, Spanish, Portuguese and German; and the Japanese
 * and Arabic words of `lexicon-scripts.ts`.
 */
export const SPOKEN_AUDIENCE_WORDS: Readonly<Partial<Record<Audience, readonly string[]>>> = withScriptWords(
  {
    freelancers: [
      'freela', // Brazilian Portuguese: a freelancer, freelance work
      'freelas',
      'frila', // the same, spelt as said
      'frilas',
      'فريلانسر', // Arabic letters: freelancer
      'فري لانسر', // freelancer, written in two words
      'فريلانس', // freelance
      'فري لانس', // freelance, written in two words
    ],
    'small-business': [
      'mi negocio', // Spanish: my business
      'mi tienda', // my shop
      'mi emprendimiento', // my (new) venture, a small business in Latin America
      'mi pyme', // my small or medium business
      'pequeño negocio', // a small business
      'negocio pequeño',
      'negocio chico', // a small business (Latin America)
      'negocio chiquito', // a little business (the diminutive, Mexico and elsewhere)
      'pequeña empresa', // a small company
      'meu negócio', // Portuguese: my business
      'minha loja', // my shop
      // A little shop: "loja" (a shop: michaelis.uol.com.br, dicionario.priberam.org) with the diminutive "-inha"
      // (concursosnobrasil.com on Portuguese diminutives in -inho/-zinho), read on 2026-12-07.
      'lojinha',
      'pequena empresa', // a small company
      'meu comércio', // my shop, my trade
      // A hair salon or a barber's, a shop that is almost always a small business: Spanish "peluquería", "barbería";
      // Portuguese "barbearia", "salão de beleza" (a beauty salon).
      'peluquería',
      'barbería',
      'barbearia',
      'salão de beleza',
      // German: a hair salon, a hairdresser's shop, a beauty and a nail salon (the dpa guide "Erfolg mit dem eigenen
      // Friseursalon" speaks of "Selbstständige in dieser Branche", wz-newsline.de, read on 2026-12-07).
      'friseursalon',
      'friseurladen',
      'kosmetiksalon',
      'nagelstudio',
      // A bakery (Spanish "panadería", Portuguese "padaria"), most often a family's microbusiness: "las panaderías
      // que están constituidas como microempresas; en la mayoría de casos, familiares" (panbog16.wixsite.com, and
      // elheraldo.co on Barranquilla's "panaderías de barrio", read on 2026-12-07).
      'panadería',
      'padaria',
      // Made to order, in Portuguese ("faço bolos por encomenda", I make cakes to order): someone selling what they make.
      'por encomenda',
      'sob encomenda',
    ],
    startups: [
      // A co-founder in French, Spanish and Portuguese, and German.
      ...['cofondateur', 'cofondatrice', 'cofundador', 'cofundadora', 'mitgründer', 'mitgründerin'],
    ],
  },
  SCRIPT_AUDIENCE_WORDS,
);

/**
 * Staff wanted, in German, said by an employer ("Mitarbeiter gesucht", "wir suchen Mitarbeiter", "neue Mitarbeiter
 * finden"): hiring words of someone who hires, as "hire" and "recruit" are in English, not of someone looking for work.
 */
export const GERMAN_EMPLOYING_WORDS: readonly string[] = [
  'mitarbeiter gesucht', // staff wanted
  'suchen mitarbeiter', // (we) are looking for staff
  'suche mitarbeiter', // (I) am looking for staff
  'mitarbeiter suchen', // to look for staff
  'mitarbeiter finden', // to find staff
  'neue mitarbeiter', // new staff
  'personal gesucht', // personnel wanted
  'personal finden', // to find personnel
];

/**
 * An employer hiring, in Spanish ("necesito contratar dos auxiliares", "publicar una vacante"): hiring words of
 * someone who hires, as "hire" is in English, not of someone looking for work. "Contratar" is also to take out a
 * service ("quiero contratar un seguro", I want to take out insurance): it is read as hiring only with people as what
 * is hired, by "a" before a person ("contratar a una recepcionista", the "a personal" of Spanish grammar:
 * paperpapers.net quoting the RAE, "han contratado (a) un nuevo jugador"), by a number of them ("contratar dos
 * meseros") or a word for staff. Usage checked on Colombia's public employment service and employment-law pages
 * (unidad.serviciodeempleo.gov.co, legal.legis.com.co, godoycordoba.com: "contratación de personal", "publicar y
 * registrar sus vacantes") and okdiario.com ("publicar una oferta de trabajo"), read on 2026-12-07.
 */
export const SPANISH_EMPLOYING_WORDS: readonly string[] = [
  'contratamos', // we are hiring
  'estamos contratando', // we are hiring
  'contratar a', // to hire (a person)
  'contratar al', // to hire the (person)
  'contratar personal', // to hire staff
  'contratando personal', // hiring staff
  'contratar empleados', // to hire employees
  'contratar trabajadores', // to hire workers
  'contratar gente', // to hire people
  'contratar más', // to hire more (people)
  'contratar nuevos', // to hire new (people)
  // to hire two, three, four, five (people): a number of what is hired is people, not a service
  ...['contratar dos', 'contratar tres', 'contratar cuatro', 'contratar cinco'],
  'publicar vacante', // to post a vacancy
  'publicar una vacante', // to post a vacancy
  'publicar vacantes', // to post vacancies
  'publicado una vacante', // (have) posted a vacancy
  'publicar una oferta de trabajo', // to post a job offer
];

/**
 * An employer hiring, in French ("je recrute", "embaucher un salarié", "recruter un comptable"): hiring words of
 * someone who hires, as "hire" and "recruit" are in English. The verbs count with a person after them ("un", "une",
 * "des", "du personnel"), so being recruited ("se faire recruter par une startup") is not read. Usage checked on
 * creer-gerer-entreprendre.fr ("Vous cherchez à recruter un salarié"), lesdebrouillards.academy ("Tu veux embaucher
 * ton premier salarié", "Si tu recrutes une personne étrangère") and juritravail.com ("l'entreprise recrute"), read
 * on 2026-12-07.
 */
export const FRENCH_EMPLOYING_WORDS: readonly string[] = [
  'je recrute', // I am hiring
  'nous recrutons', // we are hiring
  'on recrute', // we are hiring
  ...['recruter un', 'recruter une', 'recruter des', 'recruter du personnel', 'recruter mon', 'recruter ma'], // to hire
  "j'embauche", // I am hiring
  'nous embauchons', // we are hiring
  'on embauche', // we are hiring
  ...['embaucher un', 'embaucher une', 'embaucher des', 'embaucher du personnel', 'embaucher mon', 'embaucher ma'],
  // to hire or recruit two, three, four, five (people): a number of what is hired is people
  ...['deux', 'trois', 'quatre', 'cinq'].flatMap((n) => [`embaucher ${n}`, `recruter ${n}`]),
];

/**
 * Extra words of everyday sentences ("swap ideas", "get clients", "new in
 * town"), for the free-text reader: in a sentence, single words carry the goal.
 */
export const LISTED_GOAL_WORDS: Readonly<Record<Purpose, readonly string[]>> = {
  contacts: [
    'contacts',
    'connect with',
    // Contacts (a network of people) in Japanese, Chinese and Korean, as search-box words ("人脈 アプリ").
    '人脈',
    '人脉',
    '인맥',
    'connections',
    'meet professionals',
    'grow my network',
    'build a network',
    'stay connected',
    'co-founder',
    'cofounder',
    'co founder',
    'business partner',
    'mentor',
    'mentors',
    'mentoring',
    'mentorship',
    'business cards',
    'business card',
    'follow people',
    'people to follow',
    'collaborators',
    'collaborator',
    'collaborate',
    'team up',
    'teaming up',
    'people to work with',
    // A PR person's list of journalists to pitch: people to know, not a trade.
    'media contacts',
    'press contacts',
    'media list',
    'list of journalists',
    'list of reporters',
    // A co-founder in French ("associé" is a business partner), Spanish and German.
    'cofondateur',
    'cofondatrice',
    'associe',
    'cofundador',
    'cofundadora',
    'mitgrunder',
    'mitgrunderin',
    'former colleagues',
    'network with',
    'networking with',
    'build relationships',
    'professional relationships',
    'coffee chats',
    'coffee chat',
    'informational interviews',
    'informational interview',
    // Sitting on a board (a nonprofit's, a company's) is joining its circle of members; "directors" here is the seat
    // wanted, not who the writer is (the executives field).
    'board of directors',
    'board seat',
    'board seats',
    'board position',
    'board positions',
    'board member',
    'board service',
    'serve on a board',
    'get introduced',
    'warm introductions',
    'classmates',
    'alumni',
    'professional association',
    'professional body',
    'association',
    'networking events',
    'networking event',
    'red de contactos',
    'contactos',
    'contatos',
    'rete di contatti',
    // Contacts and networking in German, Italian and French, as Spanish and Portuguese have them above.
    'kontakte',
    'kontakte knupfen',
    'berufliche kontakte',
    // German writes a kind of contact as one word with "Kontakte", as it does customers with "Kunden":
    // "Geschäftskontakte knüpfen" (business contacts), "Businesskontakte", "Berufskontakte" (work contacts).
    'geschaftskontakte',
    'businesskontakte',
    'berufskontakte',
    'netzwerk aufbauen',
    'vernetzen',
    'contatti',
    'contatti professionali',
    'fare rete',
    'reseauter',
    'reseautage',
  ],
  'peer-ideas': [
    // Advice about one's career is advice, not a job hunt ("career" alone is hiring).
    'career advice',
    'career tips',
    'swap ideas',
    'trocar ideias',
    'intercambiar ideas',
    'echanger des idees',
    'ideen austauschen',
    'austausch mit kollegen',
    'austausch mit anderen',
    'echanger avec d autres',
    'intercambiar experiencias',
    'trocar experiencias',
    'scambiare idee',
    // Swapping experience in German, Italian, French and Spanish ("sich austauschen" is talking with peers).
    'austauschen',
    'erfahrungen austauschen',
    'erfahrungsaustausch',
    'scambiare esperienze',
    'partager des experiences',
    'compartir experiencias',
    'exchange ideas',
    'share ideas',
    'bounce ideas',
    'talk shop',
    'discuss',
    'discussion',
    'learn from',
    'advice',
    'advise',
    'ask questions',
    'peer',
    'peers',
    // People who hold the same post elsewhere ("my counterparts in other agencies") are peers.
    'counterpart',
    'counterparts',
    'peer group',
    'mastermind',
    'support group',
    'vent',
    'feedback',
    'critique',
    'critiques',
    'share resources',
    'resource sharing',
    'tips',
    'share tips',
    'compare notes',
    'share experiences',
    'share experience',
    'sounding board',
    'best practices',
    'brainstorm',
    'discuss cases',
    'case discussions',
    'ask for advice',
    'get advice',
    'learn',
    'talk about',
    'talk to other',
    'talk with other',
    'industry news',
    'keep up with',
    'stay up to date',
    'trends',
    'accountability partner',
    'accountability',
    'study group',
    'study club',
    // Improving a craft among others who practise it: "join a camera club to get better at photography".
    'get better at',
    'getting better at',
    'improve my skills',
    'improve my craft',
    'hone my skills',
    'hone my craft',
    'public speaking',
    'public speaker',
    'public speakers',
    // Practising a skill in front of others is learning from peers (a speaking club's evaluations).
    'practise speaking',
    'practice speaking',
    'practise presenting',
    'practice presenting',
    'presentation skills',
    'speaking skills',
    'hobby',
    'hobbies',
    'hobbyists',
    'people in my field',
    'help each other',
    'support each other',
    'learn from each other',
    'my tribe',
    'people like me',
    'others in my field',
    'people in my industry',
    // People from the writer's own industry, in German ("Leute aus meiner Branche"), as "people in my industry".
    ...['leute', 'menschen', 'kollegen', 'kolleginnen', 'gleichgesinnte'].map((who) => `${who} aus meiner branche`),
    'my papers',
    'publications',
  ],
  referrals: [
    'referral',
    'referrals',
    // Passing work on: "lawyers I can refer cases to", "who will send me clients".
    'refer cases',
    'refer clients',
    'refer customers',
    'refer patients',
    'refer work',
    'refer business',
    'send me cases',
    'send me work',
    'send me business',
    'clients',
    'client',
    'customers',
    'customer',
    'leads',
    'new business',
    'more business',
    // More work wanted, as a tradesperson or freelancer says it ("need more work coming in", "looking for more work"),
    // and the work diary of a trade left empty (mytrademate.co.uk's "your diary" of booked jobs).
    ...['need more work', 'get more work', 'getting more work', 'find more work', 'for more work'],
    ...['more work coming in', 'diary is half empty', 'diary s half empty', 'diary is empty', 'diary s empty'],
    'win work',
    'win business',
    'paying clients',
    'prospects',
    'lead generation',
    'sales leads',
    'enquiries',
    'inquiries',
    'bookings',
    'commissions',
    // A practice's customers. Not bare "patients": carers and clinicians speak of the patients they treat.
    'new patients',
    'more patients',
    'attract patients',
    // A teacher's or tutor's customers. Not bare "students" (a field: the writer may be one), nor "new students"
    // (freshers).
    'more students',
    'more pupils',
    'attract students',
    'private students',
    'paying students',
    'clientes',
    'clientas',
    'kunden',
    // German writes a kind of customer as one word with "Kunden" (Wikipedia's "Kunde" article takes Neukunde,
    // Endkunde, Privatkunde and Geschäftskunde as its own; sprachwoerterbuch.de defines a Stammkunde as a customer who
    // buys from the same seller again and again): listed one by one, since "Sekunden" and "Urkunden" end the same.
    'neukunden', // new customers
    'neukunde', // a new customer
    'stammkunden', // regular customers
    'privatkunden', // private customers
    'geschaftskunden', // business customers
    'firmenkunden', // corporate customers
    'endkunden', // end customers
    'auftrage',
    'projetos',
    'proyectos',
    'missions',
    'missoes',
    'clienti',
    'klanten',
    'klientow',
    'klienci',
    'klientek',
    'klientki',
    'clients potentiels',
  ],
  investors: [
    ...INVESTOR_PEOPLE_WORDS,
    'venture capital',
    'raise',
    'raising',
    'funding',
    'fundraise',
    'fundraising',
    'seed round',
    'pre seed',
    'crowdfunding',
    'crowdfund',
    'donors',
    'donations',
    'grants',
    'sponsors',
    'financiacion',
    'financiamento',
    'financement',
    'finanziamento',
  ],
  promotion: [
    // Buyers a seller or an agent wants find them where they promote what they sell. Not bare "buyers": a store's
    // buyers are a profession, and "other buyers" peers.
    'buyers and sellers',
    'find buyers',
    'more buyers',
    'attract buyers',
    'bring buyers',
    'home buyers',
    'homebuyers',
    'buyers for my',
    'buyers for our',
    // Being booked to speak is being seen by an audience: "get speaking engagements", "keynote gigs".
    'speaking engagements',
    'speaking engagement',
    'speaking gigs',
    'speaking gig',
    'speaking opportunities',
    'keynote',
    'keynotes',
    'promote',
    'promoting',
    'promotion',
    'marketing',
    'advertise',
    'advertising',
    // Ads a seller runs or pays for; not "ads" alone, as often the ones a visitor is shown ("too many ads").
    ...['run ads', 'running ads', 'paid ads', 'facebook ads', 'instagram ads', 'google ads', 'tiktok ads'],
    // Orders a seller wants more of, as "more sales" below (also the English word inside other languages' texts).
    ...['more orders', 'get orders', 'getting orders', 'new orders', 'no orders'],
    'audience',
    'followers',
    'get the word out',
    'visibility',
    'showcase',
    'portfolio',
    'my portfolio',
    'build a community',
    'build a community around',
    'grow a community',
    'grow my community',
    'build an audience',
    'build my audience',
    'grow an audience',
    'grow my audience',
    'build a following',
    'grow a following',
    'build a fanbase',
    'fanbase',
    'get discovered',
    'spread the word',
    'publicise',
    'publicize',
    'press coverage',
    // Pitching the press, for a PR person: being written about.
    'media coverage',
    'get press',
    'pitch journalists',
    'pitch reporters',
    'pitch the media',
    'pitch the press',
    'wishlists',
    'market my',
    'marketing my',
    'launch',
    'launching',
    'get noticed',
    'get seen',
    'work seen',
    'personal brand',
    'my brand',
    'my name out',
    'views',
    'get views',
    'subscribers',
    'following',
    'my following',
    'a following',
    'exposure',
    'visibilite',
    'visibilidad',
    'visibilidade',
    'sichtbarkeit',
    'fans',
    'players',
    'listeners',
    'readers',
    'early users',
    'beta testers',
    'grow my business',
    // People coming into a shop or a café: customers reached, not referred ("more people through the door").
    'through the door',
    'through our door',
    'through our doors',
    'foot traffic',
    'footfall',
    'walk ins',
    'more sales',
    'sell my',
    'publicite',
    'divulgar',
    // Portuguese: making a business or its products known, said of a shop's "divulgação" by small businesses
    // (https://www.jpn.up.pt/2011/03/04/redes-sociais-pequenos-negocios-apostam-na-divulgacao-no-facebook/).
    'divulgam',
    'divulgamos',
    'divulgo',
    'divulgacao',
    // Italian: making oneself or one's music known, promotion ("La promozione aiuta a far conoscere la propria musica",
    // https://newtuber.su/video/saKQI-xSWnw). Longer than "conoscere" alone, which is meeting people.
    'farsi conoscere',
    'fate conoscere',
    'far conoscere',
    'farci conoscere',
    'farmi conoscere',
    'promocionar',
    'promouvoir',
    'promuovere',
    'promover',
    'publicidad',
    'werbung',
    // Selling to the public online, as "sell my" products is: in Spanish and Portuguese.
    'vender en linea',
    'vender online',
    'vender por internet',
    'ventas en linea',
    'ventas online',
    'vender pela internet',
    'vender na internet',
    'vendas online',
    // Word of mouth, and making a business known, in Spanish and Portuguese.
    'boca a boca',
    'dar a conocer',
  ],
  hiring: [
    // A marketplace of freelance work, named as a kind of site ("freelance platforms", "plataformas freelance"):
    // looking for clients there.
    ...FREELANCE_MARKETPLACE_WORDS,
    // Sending one's CV or résumé out is applying for jobs ("I send my CV everywhere and hear nothing back").
    ...['send my cv', 'sending my cv', 'sent my cv', 'send out my cv', 'sending out my cv', 'sent out my cv'],
    ...['send my resume', 'sending my resume', 'sent my resume', 'sending out cvs', 'sending cvs', 'sent cvs'],
    'job',
    'jobs',
    'hire',
    'hiring',
    'recruit',
    'recruiting',
    'career',
    'employment',
    'find work',
    'internship',
    'work abroad',
    'gig',
    'gigs',
    'freelance work',
    'staff',
    'employer',
    'employers',
    'job board',
    'job sites',
    'new job',
    'job hunting',
    'job hunt',
    'looking for work',
    'break into',
    'breaking into',
    'land a job',
    'my career',
    'start my career',
    'first job',
    'need work',
    'get hired',
    'job offers',
    'job offer',
    'job openings',
    'vacancies',
    'apply for jobs',
    'job applications',
    'new role',
    'next role',
    'career change',
    'change careers',
    'switch careers',
    'recruitment',
    'staffing',
    'candidates',
    'an internship',
    'internships',
    'summer internship',
    // An apprenticeship or traineeship is a job with training, sought as an internship is; an apprentice or trainee
    // is the person employed in one (`read-apprentices.ts` reads them only when asked for).
    ...['apprenticeship', 'apprenticeships', 'an apprenticeship', 'traineeship', 'traineeships', 'a traineeship'],
    ...['apprentice', 'apprentices', 'trainee', 'trainees'],
    'trabajo',
    'empleo',
    'empleos',
    // A job in Argentine and Uruguayan ("laburo") and Mexican and Peruvian ("chamba") Spanish, as "trabajo" is.
    'laburo',
    'laburos',
    'chamba',
    'chambas',
    // Job boards in Spanish.
    'bolsa de trabajo',
    'bolsa de empleo',
    'portal de empleo',
    'portales de empleo',
    'ofertas laborales',
    'oferta laboral',
    'emprego',
    'empregos',
    'trabalho',
    'vaga',
    'vagas',
    'jobsuche',
    'stellensuche',
    // Job boards as one word, in German ("Jobbörsen", "Jobportale") and Danish ("jobportaler", "jobsøgning").
    'jobborse',
    'jobborsen',
    'stellenborse',
    'stellenborsen',
    'jobportal',
    'jobportale',
    'jobportaler',
    'jobsøgning',
    'stelle',
    'stellenangebote',
    // Job applications sent, and employers, in German ("Bewerbungen bisher ohne Antwort", "Arbeitgeber finden"): a
    // job search, as "employers" is in English.
    'bewerbung',
    'bewerbungen',
    'arbeitgeber',
    // Finding one's way back into work, in German ("nach der Elternzeit beruflich wieder Anschluss finden"; the
    // "Wiedereinstieg" of karriere-bergisches-land.de and ovb.eu, read on 2026-12-07), not a circle of friends.
    'beruflich anschluss finden',
    'beruflich wieder anschluss finden',
    'beruflichen anschluss',
    'anschluss an den arbeitsmarkt',
    'anschluss am arbeitsmarkt',
    // Staff wanted, said by an employer ({@link GERMAN_EMPLOYING_WORDS}, {@link SPANISH_EMPLOYING_WORDS},
    // {@link FRENCH_EMPLOYING_WORDS}).
    ...GERMAN_EMPLOYING_WORDS,
    ...SPANISH_EMPLOYING_WORDS,
    ...FRENCH_EMPLOYING_WORDS,
    // A vacancy, vacancies, and a CV as Colombia and much of Latin America call it ("hoja de vida", life sheet):
    // sent by those looking for work, received by employers ("para que me lleguen hojas de vida").
    'vacante',
    'vacantes',
    'hoja de vida',
    'hojas de vida',
    'arbeit',
    'emploi',
    'emplois',
    'travail',
    'lavoro',
    'praca',
    'pracy',
    // Polish commissions and gigs ("szukam zleceń"): client work, as "gigs" is.
    'zlecenia',
    'zlecen',
    'zlecenie',
    'fuchy',
    'prace',
    'baan',
    'vacature',
    'vacatures',
    'werk zoeken',
    'zoek werk',
    // A job in Swedish and Norwegian, and a job search and job vacancies in Indonesian ("cari kerja", "lowongan kerja",
    // "loker" for short).
    'jobb',
    'cari kerja',
    'mencari kerja',
    'lowongan',
    'lowongan kerja',
    'loker',
    // Work, a job and vacancies in Russian ("ищу работу", "вакансии").
    'работа',
    'работу',
    'работы',
    'вакансия',
    'вакансии',
    'un stage',
    'stagiaire',
    'praktikum',
    'tirocinio',
    // Job search in Japanese, Chinese and Korean, read where the words stand apart as they do in a search box
    // ("転職 SNS") and inside a sentence, which these scripts write without spaces ("転職を考えています"): the reader
    // splits a run of them at the words listed here.
    '転職',
    '求人',
    '就職',
    '就活',
    '仕事探し',
    '求职',
    '招聘',
    '找工作',
    // Changing jobs in Mandarin, simplified and traditional ("想换工作"), and looking for work and changing jobs as
    // Hong Kong writes Cantonese (搵工 and its variant 揾工, 轉工): each only of work, never of the work someone has.
    '换工作',
    '換工作',
    '搵工',
    '揾工',
    '轉工',
    '转工',
    '채용',
    '취업',
    // Getting a job.
    '취직',
    '구직',
    '이직',
    '일자리',
    'practicas',
    'estagio',
    'offerte di lavoro',
    'oferta de empleo',
    'ofertas de empleo',
    'offre d emploi',
    'offres d emploi',
  ],
  local: [
    'face to face',
    'meetup',
    'meetups',
    'events',
    'irl',
    // A shared office is people working side by side, nearby.
    'coworking',
    'co working',
  ],
  friends: [
    // Company for a trip: people to spend time with, not work contacts. ("Language exchange" is left unread: no
    // purpose is learning a language, and reading it as friends would list general social apps.)
    'travel buddy',
    'travel buddies',
    'travel companion',
    'travel companions',
    'friend',
    'friends',
    'make friends',
    'friendship',
    'fun',
    'hang out',
    'social life',
    'family',
    'people my age',
    'meet new people',
    'new people',
    'social circle',
    'friend group',
    'someone to talk to',
    'play with others',
    'playing with others',
    'companionship',
    'penpal',
    'pen pal',
    'moms',
    'mums',
    'dads',
    'other parents',
    'socialise',
    'socialize',
    'social interaction',
    'social interactions',
    // Connections called social are company, not business contacts ("build new social connections").
    'social connections',
    'social connection',
    'socialising',
    'socializing',
    'dont know anyone',
    'don t know anyone',
    'know nobody',
    // Not knowing anyone, as it is said in the other languages read here.
    'connais personne',
    'conozco a nadie',
    'conocia a nadie',
    'kenne niemanden',
    'conheco ninguem',
    'conosco nessuno',
    'expats',
    'expat',
    'amigos',
    'amis',
    'freunde',
    'amici',
    'amigas',
    'amies',
    'gente nueva',
    'conocer gente',
    'nuevos amigos',
    'fazer amigos',
    'fazer amizade', // Portuguese: to make friends ("fazer amizade com", to befriend)
    'fazer amizades',
    'neue leute',
    'leute kennenlernen',
    // Meeting people, in the forms a sentence gives it ("wie habt ihr Leute kennengelernt?", "um Leute
    // kennenzulernen"); and finding, or having no, circle where one lives: "Anschluss finden", "keinen Anschluss"
    // (fragfraufreitag.ch, stern.de, in-die-schweiz.com, read on 2026-12-07); "beruflich Anschluss finden" is finding
    // one's way back into work (hiring, below). A circle of friends only when new or lacking: "mein Freundeskreis ist
    // groß" tells of the one the writer has.
    'leute kennengelernt',
    'leute kennenzulernen',
    'leute kennen lernen',
    // People to do something with, in German: "Leute zum Wandern" ("zum" and a verb made a noun says what they would
    // do together), as English "people to go hiking with" is. Not "jemanden zum": "jemanden zum Erstellen meiner
    // Website" is a professional sought for a job.
    'leute zum',
    'keinen anschluss',
    'anschluss finden',
    'anschluss gefunden',
    'anschluss zu finden',
    'neuen freundeskreis', // a new circle of friends (object)
    'neuer freundeskreis', // a new circle of friends
    'keinen freundeskreis', // no circle of friends
    'freundeskreis aufbauen', // to build a circle of friends
    'freundeskreis erweitern', // to widen one's circle of friends
    'nouveaux amis',
    'rencontrer des gens',
    'nuovi amici',
    'vrienden',
    'freundschaft',
    'freundschaften',
    'amistades',
    'amizades',
    'amities',
    // Friendship and friendships in Italian ("fare nuove amicizie", to make new friends): standard words.
    'amicizia',
    'amicizie',
    'znajomi',
    'przyjaciele',
  ],
};
/** {@link LISTED_GOAL_WORDS} with the Turkish, Indonesian and Polish ones (`lexicon-turkish-indonesian-polish.ts`). */
export const GOAL_WORDS = withMoreLanguages(LISTED_GOAL_WORDS, (language) => language.goals);

/**
 * Vague words for meeting people ("meet people", "kennenlernen"): weak words for contacts here; the reader takes them
 * as friends where nothing in the text is about work.
 */
export const MEET_PEOPLE_WORDS: readonly string[] = [
  'meet people',
  'meeting people',
  'kennenlernen',
  'rencontrer',
  'conocer',
  'conhecer',
  'incontrare',
  'conoscere',
];

/**
 * Goal words that are real but vague ("networking", "just moved"): they count
 * after every specific goal word in the same text, whatever their position.
 */
export const LISTED_WEAK_GOAL_WORDS: Readonly<Partial<Record<Purpose, readonly string[]>>> = {
  contacts: [
    'network',
    'networks',
    'networking',
    'connect',
    ...MEET_PEOPLE_WORDS,
    'netwerken',
    // Going to conferences is meeting people of one's field, vaguely.
    'conference',
    'conferences',
    'hackathon',
    'hackathons',
    // "network" in other languages is as vague as in English.
    'netzwerk',
    'networken',
    'reseau',
    'rede',
    // Swedish, Norwegian and Danish: a network, the network, to network ("använda sitt nätverk", "bygge et netværk").
    'nätverk',
    'nätverket',
    'nätverka',
    'nätverkande',
    'nettverk',
    'nettverket',
    'netværk',
    'netværket',
  ],
  // Where, not what for: "local" says where the visitor wants to network.
  local: [
    'local',
    'locally',
    'locals',
    'local business',
    'nearby',
    'in my city',
    'in my area',
    'in my town',
    'near me',
    // Nearness said of others or another way: "a plumber near them", "close to me".
    'near them',
    'near us',
    'near you',
    'close to me',
    'close to home',
    'neighbourhood',
    'neighborhood',
    'my neighbourhood',
    'my neighborhood',
    // The place someone lives, not a forum: "be more involved in my local community".
    'local community',
    'local communities', // My area, my town, near me, my neighbourhood, in Spanish and Portuguese.
    'mi zona',
    'en mi ciudad',
    'cerca de mi',
    'mi barrio',
    'na minha cidade',
    'na minha regiao',
    'perto de mim',
    'meu bairro',
    // The neighbourhood itself, of it or in it: Portuguese, Spanish, Italian and French ("gente nova do bairro").
    ...['do bairro', 'no bairro', 'del barrio', 'en el barrio', 'del quartiere', 'nel quartiere', 'du quartier'],
    'dans le quartier',
  ],
  // Lonely among people at work ("a lonely web developer in Warri") is missing peers, not friends.
  friends: ['keep in touch', 'lonely', 'loneliness', 'isolated', 'isolation'],
  // "lesson ideas", "ideas for my class", "questions": talking things through, vaguely ("frequently asked questions").
  'peer-ideas': ['ideas', 'questions'],
};
export const WEAK_GOAL_WORDS: Readonly<Partial<Record<Purpose, readonly string[]>>> = withMoreLanguages(
  LISTED_WEAK_GOAL_WORDS,
  (language) => language.weakGoals,
);

/**
 * Words that say which goal matters most ("but above all I need clients", "mainly a job"): the goal read right
 * after one comes first, wherever the text names it.
 */
export const PRIORITY_WORDS: readonly string[] = [
  'above all',
  'most of all',
  'most importantly',
  'more than anything',
  'first and foremost',
  'first of all',
  'mainly',
  'primarily',
  'chiefly',
  'main goal',
  'main aim',
  'top priority',
  'my priority',
  // The same cues in the other languages the reader reads goals in (folded, as the text is): Spanish, Portuguese,
  // French, German, Italian, Polish and Dutch ("pero sobre todo busco trabajo", "aber vor allem suche ich Kunden").
  'sobre todo',
  'ante todo',
  'antes que nada',
  'mas que nada',
  'principalmente',
  'lo mas importante',
  'mi prioridad',
  'acima de tudo',
  'sobretudo',
  'antes de tudo',
  'o mais importante',
  'minha prioridade',
  'surtout',
  'avant tout',
  'principalement',
  'en priorite',
  'le plus important',
  'ma priorite',
  'vor allem',
  'in erster linie',
  'hauptsachlich',
  'vorrangig',
  'am wichtigsten',
  'meine prioritat',
  'soprattutto',
  'prima di tutto',
  'innanzitutto',
  'la cosa piu importante',
  'la mia priorita',
  'przede wszystkim',
  'glownie',
  'najwazniejsze',
  'najwazniejsza',
  'najwazniejszy',
  'moj priorytet',
  'vooral',
  'voornamelijk',
  'bovenal',
  'in de eerste plaats',
  'het belangrijkste',
];

/**
 * French, German and Polish say a thing is of no interest after it, with it as the subject: "le réseautage ne
 * m'intéresse pas", "Networking interessiert mich nicht", "networking mnie nie interesuje" (in the order either way).
 */
export const NOT_INTERESTING_AFTER: readonly string[] = [
  "ne m'intéresse pas",
  'ne nous intéresse pas',
  "ne m'intéressent pas",
  'ne nous intéressent pas',
  'interessiert mich nicht',
  'interessiert uns nicht',
  'interessieren mich nicht',
  'interessieren uns nicht',
  'mnie nie interesuje',
  'mnie nie interesują',
  'nie interesuje mnie',
  'nie interesują mnie',
  'nas nie interesuje',
  'nas nie interesują',
];

/** Verbs of having gone somewhere ("I attended a meetup", "been to events"): an event told of, not one wished for. */
export const ATTENDED_PAST_WORDS: readonly string[] = ['attended', 'went', 'been', 'visited'];

/**
 * Wanting to give back: a reason, not a way of networking. Alone it asks for service clubs and volunteering nearby
 * (local); beside a goal it adds nothing ("give back by joining a nonprofit board" is a board seat).
 */
export const GIVING_BACK_WORDS: readonly string[] = [
  'give back',
  'giving back',
  'give something back',
  'giving something back',
  'make a difference',
];

/**
 * Wanting to volunteer: a cause (the nonprofit field reads these words too) and, like giving back, a reason rather
 * than a way of networking. Alone it asks for volunteering nearby (local); beside a goal it adds nothing. Single
 * words only, so that a longer phrase ("volunteer opportunities") does not hide the field's word.
 */
export const VOLUNTEERING_WORDS: readonly string[] = [
  'volunteer',
  'volunteering',
  // Volunteering in Spanish and Portuguese ("voluntariado": mosaiko.op.org, bibliotecadigital.saobernardo.sp.gov.br),
  // Italian ("volontariato", Treccani's third sense via dict.numerosamente.it), French ("bénévolat": csd.wustl.edu/05-07;
  // "volontariat", "bénévole": maisonmedicale.org) and German ("Ehrenamt", "ehrenamtlich", "Freiwilligenarbeit":
  // icvolunteers.org), read on 2026-12-07.
  ...['voluntariado', 'volontariato', 'bénévolat', 'volontariat', 'bénévole', 'bénévoles'],
  ...['ehrenamt', 'ehrenamtlich', 'freiwilligenarbeit'],
  // A volunteer in Portuguese and Spanish, and volunteer work, whose "trabalho" is no job sought.
  ...['voluntário', 'voluntária', 'voluntários', 'voluntario', 'voluntaria', 'voluntarios'],
  ...['trabalho voluntário', 'trabajo voluntario'],
  ...MORE_LANGUAGES.flatMap((language) => language.volunteering ?? []),
];

/**
 * Words for a place where people talk or meet, without saying what for: a
 * "running group", a "nursing app", a "plataforma" for designers. Beside a
 * profession and no goal they ask for that profession's people (ideas with
 * peers, vaguely); beside a goal they add nothing ("job sites" is a job
 * search). "Forum" and "community" say more (talking with peers) even
 * without a profession ({@link PEER_TALK_PLACE_WORDS}); "network" is a vague
 * word for contacts.
 */
const ENGLISH_PLACE_WORDS: readonly string[] = [
  'group',
  'groups',
  'club',
  'clubs',
  'platform',
  'platforms',
  'app',
  'apps',
  'site',
  'sites',
  'website',
  'websites',
];
export const PLACE_WORDS: readonly string[] = [
  ...ENGLISH_PLACE_WORDS,
  'grupo',
  'grupos',
  'groupe',
  'groupes',
  'gruppe',
  'gruppen',
  'gruppo',
  'gruppi',
  'verein',
  'plataforma',
  'plataformas',
  'plateforme',
  'plateformes',
  'plattform',
  'piattaforma',
  'aplicacion',
  'aplicativo',
  'sitio',
  ...MORE_LANGUAGES.flatMap((language) => language.places),
];

/**
 * Places people go to talk with their peers ("a forum", "an online community"): alone they ask for ideas with
 * peers, vaguely; beside a goal they are where the writer looks for it ("forums to find readers" is promotion,
 * "the GSE community" the people they know).
 */
export const PEER_TALK_PLACE_WORDS: readonly string[] = [
  'forum',
  'forums',
  'community',
  'communities',
  'foro',
  'foros',
  'comunidad',
  'comunidades',
  'comunidade',
  'communaute',
  'communautes',
  'gemeinschaft',
  'comunita',
  'gemeenschap',
  ...MORE_LANGUAGES.flatMap((language) => language.peerTalkPlaces),
];

/**
 * Sports and games people do together, folded or as typed: beside a group word ({@link SPORT_GROUP_WORDS}: "a hiking group",
 * "komunitas lari", "grupo de senderismo") they say a group to do the sport with, not peers to talk shop with.
 */
export const SPORT_WORDS: readonly string[] = [
  'running',
  'jogging',
  'trail running',
  'cycling',
  'hiking',
  'climbing',
  'bouldering',
  'swimming',
  'walking',
  'correr',
  'ciclismo',
  'senderismo',
  'escalada',
  'corrida',
  'caminhada',
  'trilha',
  'course a pied',
  'randonnée',
  'vélo',
  'escalade',
  'laufen',
  'wandern',
  'radfahren',
  'klettern',
  'corsa',
  'escursionismo',
  'hardlopen',
  'wandelen',
  'wielrennen',
  'bieganie',
  'lari', // Indonesian: running
  'bersepeda', // Indonesian: cycling
  'mendaki', // Indonesian: hiking
  'koşu', // Turkish: running
  'chạy bộ', // Vietnamese: running
  'đạp xe', // Vietnamese: cycling
  // Ball and racket sports, most spelt alike across the languages read: played with others, in teams or in pairs.
  ...['tennis', 'padel', 'pádel', 'pàdel', 'squash', 'badminton', 'pickleball', 'table tennis', 'ping pong'],
  ...['football', 'soccer', 'futbol', 'fútbol', 'futebol', 'calcio', 'fußball', 'voetbal', 'futsal'],
  ...['basketball', 'baloncesto', 'básquet', 'basquete', 'volleyball', 'voleibol', 'vóley', 'vôlei', 'volley'],
  ...['tenis', 'tênis', 'tenis de mesa'],
  // Games people meet to play together: beside a group word ("a board game group", "a chess club", "grupo de juegos
  // de mesa") a group to play with, as a sport's group is one to do the sport with.
  ...['board game', 'board games', 'boardgame', 'boardgames', 'tabletop', 'tabletop games', 'tabletop rpg', 'ttrpg'],
  ...['dnd', 'dungeons and dragons', 'chess', 'brettspiel', 'brettspiele', 'schach', 'jeux de société', 'échecs'],
  ...['juegos de mesa', 'ajedrez', 'jogos de tabuleiro', 'xadrez', 'giochi da tavolo', 'scacchi', 'bordspellen'],
  // Polish board games, colloquial and in their cases (`lexicon-turkish-indonesian-polish.ts`).
  ...['planszówki', 'planszówek', 'gry planszowe', 'gier planszowych', 'grach planszowych'],
  'schaken',
];

/**
 * Verbs of playing, in the languages read: right before a sport ({@link SPORT_WORDS}), or over one word ("jugar al
 * fútbol", "jouer au tennis", "play some squash"), they say a game played with others, as a group word does.
 */
export const PLAY_WORDS: readonly string[] = [
  ...['play', 'playing'],
  ...['jugar', 'juego', 'jugamos'], // Spanish and Catalan: to play, I play, we play
  ...['jouer', 'joue', 'jouons'], // French
  ...['jogar', 'jogamos'], // Portuguese (not "jogo", also a game)
  ...['giocare', 'giochiamo'], // Italian (not "gioco", also a game)
  ...['spielen', 'spiele'], // German
  'spelen', // Dutch
];

/** Words for a group people join to do something together, in the languages read: "club", "grupo", "komunitas". */
export const SPORT_GROUP_WORDS: readonly string[] = [
  'group',
  'groups',
  // People to do it with, one or a few: "hiking buddies", "a climbing partner", "chess partners".
  ...['buddy', 'buddies', 'partner', 'partners'],
  'club',
  'clubs',
  'community',
  'communities',
  'crew',
  'grupo',
  'grupos',
  'clube',
  'clubes',
  'comunidad',
  'comunidade',
  'groupe',
  'communauté',
  'gruppe',
  'verein',
  'gruppo',
  'comunità',
  'groep',
  'vereniging',
  'komunitas', // Indonesian: community
  'grup', // Indonesian and Turkish: group
  'klub', // Indonesian and Polish: club
  'grupa', // Polish: group
  // Polish: a club, a group (of), a crew and a crew (object), in the cases "looking for …" gives them ("szukam klubu").
  ...['klubu', 'grupy', 'ekipa', 'ekipy', 'ekipę'],
  'kulüp', // Turkish: club
  'nhóm', // Vietnamese: group
  'câu lạc bộ', // Vietnamese: club
  'cộng đồng', // Vietnamese: community
];

/** Places that say people talk there ("forum", "community", "network", "meetup"), besides {@link PLACE_WORDS}. */
export const TALK_PLACE_WORDS: readonly string[] = [
  'forum',
  'forums',
  'community',
  'communities',
  'network',
  'networks',
  'meetup',
  'meetups',
];

/**
 * Nouns a person uses for themself that place them in a group some sites admit
 * exclusively ("as a woman in tech", "I'm a dad"). They count only after a
 * first-person marker or "other"/"fellow" (see {@link SELF_MARKERS}); "women
 * founders" alone may be who someone wants to meet, not who they are, but a
 * group asked about as the topic counts (see {@link GROUP_TOPIC_PLACES}). The
 * age groups are read from numbers, the young one also from "young" before
 * {@link YOUNG_NOUNS}; the older one also from retirement ("I'm retired", "a
 * retiree"), but not from "senior" alone, which is as often a rank ("a senior
 * developer") or a student's year.
 */
export const LISTED_GROUP_NOUNS: Readonly<Partial<Record<EligibilityGroup, readonly string[]>>> = {
  women: ['woman', 'female', 'lady', 'wife', 'businesswoman', 'women', 'females'],
  men: ['man', 'male', 'guy', 'husband', 'businessman', 'men', 'males', 'guys'],
  // A parent's noun names the wider group too (`withWiderGroups`): a mother is read as a woman as well.
  mothers: [
    'mother',
    'mom',
    'mum',
    'mama',
    'mothers',
    'moms',
    'mums',
    // Stay-at-home mom, as parents' forums write it.
    'sahm',
  ],
  fathers: ['father', 'dad', 'fathers', 'dads', 'sahd'],
  'age-55-plus': [
    ...['retiree', 'retirees', 'retired', 'pensioner', 'pensioners', 'seniors'],
    // Retired (a man, a woman) in Spanish, French, Portuguese, Italian and German, read after "soy", "je suis", …,
    // folded as the reader looks them up ("retraité" is "retraite", "Pensionär" is "pensionar").
    ...['jubilado', 'jubilada', 'retraite', 'retraitee', 'aposentado', 'aposentada', 'pensionato', 'pensionata'],
    ...['rentner', 'rentnerin', 'pensionar', 'pensionarin'],
  ],
};

/**
 * Verbs that place the writer in a group when said of themself after "I" ("I retired last year", "I've just
 * retired"), over at most one of {@link GROUP_VERB_ADVERBS}: "my husband retired" is someone else.
 */
export const GROUP_VERBS: Readonly<Partial<Record<EligibilityGroup, readonly string[]>>> = {
  'age-55-plus': ['retired'],
};
/** The writer as the subject of a {@link GROUP_VERBS} verb, folded ("I've" becomes "i ve"). */
export const GROUP_VERB_SUBJECTS: readonly string[] = ['i', 'i ve', 'i have', 'i had', 'i ve been', 'i have been'];
/** Words that may stand between the subject and a {@link GROUP_VERBS} verb: "I just retired", "I've recently retired". */
export const GROUP_VERB_ADVERBS: readonly string[] = ['just', 'recently', 'finally', 'now', 'already', 'officially'];
export const GROUP_NOUNS: Readonly<Partial<Record<EligibilityGroup, readonly string[]>>> = withMoreLanguages(
  LISTED_GROUP_NOUNS,
  // The reader looks group nouns up as folded words.
  (language) =>
    Object.fromEntries(Object.entries(language.groups).map(([group, nouns]) => [group, nouns.map(foldWords)])),
);

/**
 * Words for someone's role in their field ({@link ROLES}), singular (the reader adds plurals): the qualified
 * practitioners a field is named after, and the staff who work beside them. The longest phrase wins, so a "vet
 * nurse" is support staff where a "nurse" is a practitioner of nursing. They count only where said of the writer
 * (see `read-role.ts`).
 */
export const ROLE_WORDS: Readonly<Record<Role, readonly string[]>> = {
  practitioner: [
    'veterinarian',
    'vet',
    'dvm',
    'veterinary surgeon',
    'doctor',
    'physician',
    'surgeon',
    'gp',
    'dentist',
    'pharmacist',
    'lawyer',
    'attorney',
    'solicitor',
    'barrister',
    'teacher',
    'nurse',
    'registered nurse',
    'midwife',
  ],
  'support-staff': [
    'vet tech',
    'vet technician',
    'veterinary technician',
    'veterinary technologist',
    'vet nurse',
    'veterinary nurse',
    'vet assistant',
    'veterinary assistant',
    // Registered, licensed and certified veterinary technicians in the US.
    'rvt',
    'lvt',
    'cvt',
    'technician',
    'paralegal',
    'legal assistant',
    'legal secretary',
    'hygienist',
    'dental hygienist',
    'dental assistant',
    'dental nurse',
    'pharmacy technician',
    'pharmacy tech',
    'pharmacy assistant',
    'teaching assistant',
    'teacher aide',
    "teacher's aide",
    'classroom assistant',
    'medical assistant',
    'nursing assistant',
    'healthcare assistant',
    'health care assistant',
    'cna',
    'practice manager',
    'receptionist',
    'support staff',
  ],
};

/**
 * Words before a group noun that make it the writer's own group: "I am a",
 * "as a", and "other"/"fellow" ("meet other women" is said by a woman). Folded
 * ("I'm" becomes "i m").
 */
export const SELF_MARKERS: readonly string[] = [
  ...['i am', 'i m', 'im', 'as', 'being', 'becoming', 'other', 'fellow'],
  // Having become one, said of the writer: "I just became a father" (not "my sister became a mom").
  ...['i became', 'i just became', 'i recently became', 'i ve become', 'i ve just become', 'i have become'],
  // Doing the trade: "I do personal training", "I do plumbing".
  ...['i do', 'we do'],
  // "I am (a)" in Spanish, French, German, Portuguese and Italian ("soy peluquera", "ich bin Elektriker").
  ...['soy', 'soy un', 'soy una', 'je suis', 'je suis un', 'je suis une', 'en tant que'],
  ...['ich bin', 'ich bin ein', 'ich bin eine', 'sou', 'sou um', 'sou uma', 'sono', 'sono un', 'sono una'],
  ...MORE_LANGUAGES.flatMap((language) => language.selfMarkers.map(foldWords)),
];

/**
 * Words for wishes outside networking that no goal covers: with no goal
 * read, the reader says it does not cover them rather than only asking for a
 * goal ("dating app": dating is not networking).
 */
export const NOT_COVERED_WORDS: Readonly<Record<'dating', readonly string[]>> = {
  dating: [
    ...['dating', 'dating app', 'dating apps', 'dating site', 'dating sites', 'hookup', 'hookups', 'soulmate'],
    ...MORE_LANGUAGES.flatMap((language) => language.dating),
  ],
};

/**
 * Nouns of the age group, after "young": "young professionals", "a young
 * adult". Read like {@link GROUP_NOUNS}, the pair standing for the noun.
 */
export const YOUNG_NOUNS: readonly string[] = ['professional', 'professionals', 'adult', 'adults'];

/**
 * Words a group is asked about as the topic, not said of oneself: a group
 * noun right after "for" that follows one of these or starts the text
 * ("networks for women", "for moms"), or right before one of these, at most
 * one word apart ("moms group", "women entrepreneurs network"). Whoever asks
 * for a network of a group is most likely in it; the reading is shown and
 * only reorders results.
 */
export const GROUP_TOPIC_PLACES: readonly string[] = [
  ...ENGLISH_PLACE_WORDS,
  ...TALK_PLACE_WORDS,
  'circle',
  'circles',
  'networking',
  'events',
];

/**
 * Field words that also name something people attend ("networking events",
 * "go to events", "outings to bars"): they name the trade only right before a word of the trade
 * ({@link TRADE_NOUNS}: "events planner", "events business") or after "work
 * in", "career in" ("I work in events"). Otherwise they are a way to meet.
 */
export const ATTENDED_FIELD_WORDS: readonly string[] = [
  'event',
  'events',
  // Places people go out to ("outings to bars"), unlike the one someone runs ("my bar", "bar staff").
  'bars',
  'pubs',
  'cafes',
];
export const TRADE_NOUNS: readonly string[] = [
  'planner',
  'planners',
  'planning',
  'business',
  'businesses',
  'company',
  'companies',
  'industry',
  'sector',
  'management',
  'manager',
  'managers',
  'professional',
  'professionals',
  'pro',
  'pros',
  'organiser',
  'organisers',
  'organizer',
  'organizers',
  'coordinator',
  'coordinators',
  'agency',
  'agencies',
  'venue',
  'venues',
  'vendor',
  'vendors',
  'services',
  'staff',
  'photographer',
  'photographers',
  'photography',
];
/** Words before "in" that make the next word a trade: "work in events", "a career in events". */
export const WORKING_IN: readonly string[] = [
  'work',
  'works',
  'working',
  'worked',
  'career',
  'job',
  'jobs',
  'im',
  'm',
  'am',
];

/**
 * What someone raises that is not money: after these, "raise" and "raising" ask for no investors ("raising
 * children", "raise awareness"). Read after any of {@link RAISED_FILLERS} ("raising two young kids").
 */
export const NOT_FUNDS_RAISED: readonly string[] = [
  'children',
  'child',
  'kids',
  'kid',
  'family',
  'baby',
  'babies',
  'toddler',
  'toddlers',
  'son',
  'sons',
  'daughter',
  'daughters',
  'twins',
  'teenagers',
  'teens',
  'grandchildren',
  'awareness',
  'concerns',
  'questions',
  'issues',
  'chickens',
  'livestock',
  'cattle',
  'sheep',
  'animals',
  'puppies',
  'bees',
  'prices',
  'rates',
];
/** Words between "raising" and what is raised: "raising my two young kids". */
export const RAISED_FILLERS: readonly string[] = [
  'my',
  'our',
  'his',
  'her',
  'their',
  'a',
  'the',
  'two',
  'three',
  'four',
  'five',
  'young',
  'little',
  'small',
];

/** Words right after "I'm <number>" that make the number something other than an age ("I'm 2 years into it"). */
export const NOT_AGE_AFTER: readonly string[] = [
  'years',
  'year',
  'yrs',
  'months',
  'month',
  'weeks',
  'week',
  'days',
  'hours',
  'minutes',
  'miles',
  'km',
  'k',
  'percent',
  'people',
  'clients',
  'employees',
  'staff',
];

/**
 * Words for having just moved somewhere. They say where, not what for: the
 * free-text reader takes them as wanting to meet people nearby only when the
 * rest of the text is about meeting people, or names no goal at all ("just
 * moved to Melbourne and need a job" is a job search in Australia).
 */
export const RELOCATION_WORDS: readonly string[] = [
  'new in town',
  'new city',
  'new to the city',
  'new to the area',
  'just moved',
  'moved to',
  'moving to',
  'moved here',
  'moving here',
  'moved back here',
  'moved back to',
  'moving back to',
  'moved out here',
  'relocating',
  'relocated',
  'relocating to',
  'relocated to',
  'retired to',
  'abroad',
  'overseas',
  'expat',
  'expats',
  'not from here',
  'not from around here',
  'city i m not from',
  'city im not from',
  'town i m not from',
  'neu in',
  'neue heimat',
  'nueva ciudad',
  'ciudad nueva',
  'me mude de ciudad',
  'me mude a',
  'nos mudamos a',
  'arrived in',
  'just arrived',
  'recently arrived',
  'newly arrived',
  'nouvelle ville',
  'nova cidade',
  // "A new city" in the other languages read here, as "new city" above: German in its cases ("in einer neuen Stadt"),
  // Italian, Portuguese with the adjective after the noun.
  'neue stadt',
  'neuen stadt',
  'nuova citta',
  'citta nuova',
  'cidade nova',
  // Having just moved or arrived, said with a verb in the other languages read here ("je viens d'emménager",
  // "acabo de mudarme", "gerade umgezogen").
  'viens d emmenager',
  'vient d emmenager',
  'viens de demenager',
  'viens d arriver',
  'acabo de mudarme',
  'me acabo de mudar',
  'acabo de llegar',
  'recien llegado',
  'recien llegada',
  'acabei de me mudar',
  'acabei de chegar',
  'appena trasferito',
  'appena trasferita',
  'appena arrivato',
  'appena arrivata',
  'gerade umgezogen',
  // Moving now or soon, with where to after a word for "to" ("me mudo a Sevilla", "ziehe ich nach Wien", "nach Wien
  // umziehen"). Those that end in "to" say a move only before a place: "vuelvo a empezar" is starting again.
  'me mudo a',
  'me voy a vivir a',
  'vuelvo a',
  'regreso a',
  'me mudei',
  'vou me mudar',
  'vamos nos mudar',
  'me mudo para',
  'volto para',
  'volto pra',
  // A return already made, with where to after a word for "to" ("came back to Porto", "voltei para Lisboa"): a move
  // only before a place, as above ("returned to work", "volví a estudiar" are none).
  'came back to',
  'come back to',
  'returned to',
  'went back to',
  'volvi a',
  'regrese a',
  'volvimos a',
  'voltei para',
  'voltei pra',
  'regressei a',
  'voltamos para',
  'suis rentre a',
  'suis revenu a',
  'suis revenue a',
  'sono tornato a',
  'sono tornata a',
  'sono tornato in',
  'sono tornata in',
  'je demenage',
  'nous demenageons',
  'je m installe',
  'nous nous installons',
  'mi trasferisco',
  'ci trasferiamo',
  'mi sono trasferito',
  'mi sono trasferita',
  'ziehe nach',
  'ziehen nach',
  'ziehe ich nach',
  'ziehen wir nach',
  'umziehen',
  'ziehe um',
  'umgezogen',
  // Moved, said after the place in German ("nach Hamburg gezogen"): a move only with a place gone to before it in its
  // clause, as "in Betracht gezogen" (considered) is none; the reader checks that.
  'gezogen',
  // French "je suis venu à Lyon", "nous sommes arrivés à Lyon": come or arrived, a move before a place only ("je suis
  // arrivé à finir" is managing to finish).
  'suis venu a',
  'suis venue a',
  'sommes venus a',
  'sommes venues a',
  'suis arrive a',
  'suis arrivee a',
  'sommes arrives a',
  'sommes arrivees a',
  ...MORE_LANGUAGES.flatMap((language) => language.relocation),
];

/**
 * Going back home, to a country the words do not name: English "moved back home", German "zurück nach Hause
 * gezogen",
 * Hungarian "hazaköltöztem" (I moved home). A place named before one of these is the place left ("after five years in
 * England I moved back home"), not the one to network in. Only verbs of moving: "came back home" is as often from
 * work, and so is Hungarian "hazatértem" (I returned home: "ma hazatértem a munkából", I came home from work today),
 * left out.
 */
export const HOMECOMING_WORDS: readonly string[] = [
  'moved back home',
  'moving back home',
  'move back home',
  'zurück nach hause gezogen', // German: moved back home
  'zurück nach hause ziehen', // German: to move back home
  'hazaköltöztem', // Hungarian: I moved home
  'hazaköltöztünk', // Hungarian: we moved home
];

/**
 * The words of {@link RELOCATION_WORDS} and of the other languages' relocation words that say only where (abroad), with
 * no verb of moving: right after the people wanted ("colleagues abroad", "колеги за кордоном") they say where those
 * people are, not that the writer moved.
 */
export const ABROAD_WORDS: readonly string[] = [
  'abroad',
  'overseas',
  'yurt dışına', // Turkish: abroad (going)
  'yurt dışında', // Turkish: abroad (being)
  'luar negeri', // Indonesian: abroad
  'za granicą', // Polish: abroad
  'za granicę', // Polish: (going) abroad
  'utomlands', // Swedish: abroad
  'utlandet', // Norwegian, Danish: abroad
  'v zahraničí', // Czech: abroad
  'за кордоном', // Ukrainian: abroad
  'oorsee', // Afrikaans: overseas
  'ulkomailla', // Finnish: abroad
  'ulkomaille', // Finnish: (going) abroad
  'külföldön', // Hungarian: abroad
  'külföldre', // Hungarian: (going) abroad
  'ውጭ አገር', // Amharic: abroad
  'ውጭ ሀገር', // Amharic: abroad (the other spelling)
  'ughaibuni', // Swahili: abroad
  'nje ya nchi', // Swahili: abroad, out of the country
];

/**
 * How the writer works, not how they want to meet people: "I work from home"
 * says nothing about wanting to network online. The free-text reader reads
 * them as online only after a word of wanting ("a job where I can work from
 * home"); "remote" and "from home" inside them do not count on their own.
 */
export const WORK_SETTING_WORDS: readonly string[] = [
  'work from home',
  'working from home',
  'works from home',
  'worked from home',
  'work remotely',
  'working remotely',
  'works remotely',
  'work remote',
  'wfh',
  'telecommute',
  'telecommuting',
  'home office',
  // The same said of oneself in French and German ("je bosse en télétravail", "ich arbeite im Homeoffice"): first
  // person only, so a remote job sought ("un poste en télétravail", "einen Job im Homeoffice") still reads online.
  ...['bosse en télétravail', 'travaille en télétravail', 'suis en télétravail', 'bosse à distance'],
  ...['travaille à distance', 'bosse de chez moi', 'travaille de chez moi', 'travaille depuis chez moi'],
  ...['arbeite im homeoffice', 'bin im homeoffice', 'arbeite von zu hause', 'arbeite von zuhause', 'arbeite remote'],
];

/**
 * "Remote" in the languages read: next to a word of {@link JOB_WORDS} ("a remote job", "trabalho remoto") it says how
 * the work is done, not how the writer wants to meet people.
 */
export const REMOTE_WORDS: readonly string[] = ['remote', 'remotely', 'remoto', 'remota', 'remotos', 'remotas'];

/** Words for a job or work, in the languages read, that "remote" can describe: "a remote job", "laburar remoto". */
export const JOB_WORDS: readonly string[] = [
  ...['job', 'jobs', 'work', 'role', 'roles', 'position', 'positions', 'career'],
  ...['trabajo', 'trabajos', 'trabajar', 'empleo', 'empleos', 'laburo', 'laburar', 'puesto'],
  ...['trabalho', 'trabalhos', 'trabalhar', 'emprego', 'empregos', 'vaga', 'vagas'],
  ...['lavoro', 'lavorare', 'travail', 'travailler', 'emploi', 'poste', 'arbeit', 'arbeiten', 'stelle', 'werk', 'baan'],
];

/** People who work away from an office: who someone is or meets, not how they want to meet (read as nothing). */
export const REMOTE_WORKER_WORDS: readonly string[] = [
  'remote worker',
  'remote workers',
  'telecommuter',
  'telecommuters',
  'digital nomad',
  'digital nomads',
];

/**
 * Roles whose last word names a field they are not in: a business analyst works between a business and its IT, not in
 * finance ("analyst" alone is), and the taxonomy has no field for the role. Read as nothing.
 */
export const ROLE_WITHOUT_FIELD_WORDS: readonly string[] = ['business analyst', 'business analysts'];

/**
 * School as a time of life, not the teaching field: "no longer in school",
 * "friends from school", "high school". Read as nothing; "teacher", "school
 * staff" and "schools" still name the field.
 */
export const SCHOOL_DAYS_WORDS: readonly string[] = [
  'in school',
  'from school',
  'out of school',
  'after school',
  'at school',
  'left school',
  'finished school',
  'throughout school',
  'during school',
  'through school',
  'of school',
  'go to school',
  'went to school',
  'going to school',
  'since school',
  'back to school',
  'high school',
];

/**
 * What a writer asks of the readers of their post ("any advice?", "some advice
 * please"): a request for an answer, not a wish to swap ideas with peers. Read
 * as nothing; "advice from other nurses" still asks for peers.
 */
export const ASKING_READERS_WORDS: readonly string[] = [
  'any advice',
  'some advice',
  'advice please',
  'any tips',
  // Tips asked on something ("Tips on apps or groups?"; Swedish and Norwegian "tips på"): a question to the readers.
  'tips on',
  'tips pa',
  'any suggestions',
  'any recommendations',
  'any ideas',
  'advice appreciated',
];

/**
 * Words for networking sites in general ("social networks", "social media"): the kind of site everyone means,
 * not a goal ("without using social networks", "create a new social network" of friends). Read as nothing.
 */
export const SITE_KIND_WORDS: readonly string[] = [
  'social network',
  'social networks',
  'social networking',
  'social networking sites',
  'social media',
  'social medias',
];

/** US state codes: after a town ("Birmingham, AL", "Portland, OR") they place it in the United States. */
export const US_STATE_CODES: ReadonlySet<string> = new Set(
  'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY'.split(
    ' ',
  ),
);

/**
 * School subjects that are also a field's word ("science" is research, "law" the law): their teacher teaches at a
 * school or college, the teaching field ("a science teacher", "law teachers"), as the teacher of any other subject is.
 * Not what is also taught outside school as a trade of its own: a yoga, music or dance teacher stays in that field.
 */
const SCHOOL_SUBJECTS: readonly string[] = [
  'science',
  'computer science',
  'engineering',
  'agriculture',
  'health and social care',
  'law',
  'accounting',
  'business',
  'media',
  'design',
];
/** A teacher of each of {@link SCHOOL_SUBJECTS}: the reader adds the plural. */
const SUBJECT_TEACHERS: readonly string[] = SCHOOL_SUBJECTS.map((subject) => `${subject} teacher`);

/**
 * Words in everyday sentences that name a field beyond its label and
 * synonyms (src/catalogue/taxonomy.ts): the activity rather than the job title
 * ("plumbing", "a SaaS", "people to run with").
 */
export const LISTED_FIELD_WORDS: Readonly<Partial<Record<Field, readonly string[]>>> = {
  // A new graduate in Indian English; a recent graduate anywhere.
  students: [
    'fresher',
    'freshers',
    'recent graduate',
    'recent graduates',
    'fresh grad',
    'fresh grads',
    'fresh graduate',
    'fresh graduates',
    // Indian English: a "2025 passout" graduated in 2025 (differentwordfor.com/compare/graduate-vs-pass-out;
    // freeportecon.com on "2015 passout" and batches, read on 2026-12-07); and the engineering degree named with it
    // ("B.Tech 2025 passout"), whose "tech" is no trade of the writer's. A field named later (a student's, or the one
    // they head for) says more, as for any stage.
    ...['passout', 'passouts', 'b tech', 'btech', 'm tech', 'mtech'],
    'new grad',
    'new grads',
    // Years of a US college or high school, and students before a first degree.
    'freshman',
    'freshmen',
    'sophomore',
    'sophomores',
    'undergrad',
    'undergrads',
    'undergraduate',
    'undergraduates',
    // A new graduate in Spanish (recién egresado is Latin America's), Portuguese, French, German and Italian, as a
    // man, a woman and in the plural.
    'recien egresado',
    'recien egresada',
    'recien egresados',
    'recien graduado',
    'recien graduada',
    'recien graduados',
    'recem formado',
    'recem formada',
    'recem formados',
    'jeune diplome',
    'jeune diplomee',
    'jeunes diplomes',
    'absolvent',
    'absolventin',
    'absolventen',
    'neolaureato',
    'neolaureata',
    'neolaureati',
    // A graduate in Arabic (a man, a woman, graduates): "أنا خريج جديد" (I'm a new graduate).
    'خريج',
    'خريجة',
    'خريجين',
  ],
  'research-academia': [
    'research',
    'academia',
    'phd student',
    'phd students',
    'investigador',
    'chercheur',
    'forscher',
    'ricercatore',
    // Researchers and doctoral students in Portuguese, Italian, French, Spanish and German, as the men and the women
    // are named, one and many ("sou doutoranda", "outros pesquisadores").
    ...['pesquisador', 'pesquisadora', 'pesquisadores', 'pesquisadoras', 'investigadora', 'investigadores'],
    ...['chercheuse', 'chercheurs', 'chercheuses', 'forscherin', 'ricercatrice', 'ricercatori'],
    ...['doutorando', 'doutoranda', 'doutorandos', 'doutorandas', 'dottorando', 'dottoranda', 'dottorandi'],
    ...['doctorant', 'doctorante', 'doctorants', 'doctorantes', 'doctorando', 'doctoranda', 'doctorandos'],
    ...['doktorand', 'doktorandin', 'doktoranden'],
  ],
  nursing: [
    'nurse practitioner',
    'lpn',
    'cna',
    'nursing student',
    'midwifery',
    'enfermera',
    'enfermeras',
    'enfermero',
    'enfermeros',
    'enfermeira',
    'enfermeiras',
    'enfermeiro',
    'enfermeiros',
    'infirmiere',
    'infirmieres',
    'infirmier',
    'infirmiers',
    'infermiere',
    'infermieri',
    'infermiera',
    'krankenschwester',
    'krankenpfleger',
    'krankenpflegerin',
    'pflegefachkraft',
    'pflegekraft',
    'pflegekrafte',
    'verpleegkundige',
    'pielegniarka',
  ],
  veterinary: [
    'tierarzt',
    'tierarztin',
    'veterinaire',
    'veterinario',
    'veterinaria',
    'veterinarios',
    'dierenarts',
    // "véto", the clipped everyday French for a veterinarian (the CNRTL dictionary, cnrtl.fr/lexicographie/véto, files
    // it under "vétérinaire"), in the plural only: the singular folds to the English "veto".
    'vetos',
    // Veterinary support staff (ROLE_WORDS) named without "veterinary": the role names the field too.
    'vet technician',
    'vet assistant',
    'rvt',
    'lvt',
    'cvt',
  ],
  pharmacy: [
    'apotheker',
    'apothekerin',
    'pharmacien',
    'pharmacienne',
    'farmaceutico',
    'farmaceutica',
    'farmacista',
    'farmacisti',
    'farmaceuta',
  ],
  medicine: [
    'family doctor',
    'family physician',
    'general practitioner',
    'internist',
    'hospitalist',
    'pediatrician',
    'paediatrician',
    'psychiatrist',
    'anesthesiologist',
    'anaesthetist',
    'cardiologist',
    'radiologist',
    'oncologist',
    'dermatologist',
    'medical student',
    'med student',
    'medico',
    'medicos',
    'medecin',
    'medecins',
    'medici',
    'arzt',
    'arzte',
    'arztin',
    'lekarz',
  ],
  law: [
    'law firm',
    'legaltech',
    'legal tech',
    'law student',
    'in house counsel',
    'litigator',
    'abogado',
    'abogados',
    'advogado',
    'advogados',
    'avocat',
    'avocats',
    'avvocato',
    'avvocati',
    'anwalt',
    'rechtsanwalt',
    'advocaat',
    'prawnik',
  ],
  accounting: [
    // An accountant in Russian.
    'бухгалтер',
    'bookkeeping',
    'chartered accountant',
    'tax preparer',
    'contable',
    'contador',
    'contabilista',
    'comptable',
    'commercialista',
    'steuerberater',
    'buchhalter',
    'boekhouder',
    'ksiegowy',
  ],
  education: [
    ...SUBJECT_TEACHERS,
    // Teaching at a school, said with the verb ("I teach high school math", "I've been teaching middle school for 10
    // years"): the teaching field, as "a high school teacher" is. Not "I teach yoga": a subject taught outside school
    // stays in its own field.
    ...[
      'high school',
      'middle school',
      'elementary school',
      'elementary',
      'primary school',
      'secondary school',
    ].flatMap((school) => [`teach ${school}`, `teaching ${school}`, `taught ${school}`]),
    'teach kindergarten',
    'teaching kindergarten',
    'classroom',
    'lesson plans',
    'lesson planning',
    'teaching assistant',
    'headteacher',
    'profesor',
    'profesora',
    'profesores',
    'profesoras',
    'professora',
    'professoras',
    'professores',
    'professeur',
    'professeurs',
    'enseignant',
    'enseignante',
    'enseignants',
    'lehrer',
    'lehrerin',
    'lehrkraft',
    'insegnante',
    'insegnanti',
    'docente',
    'docentes',
    'leraar',
    'nauczyciel',
  ],
  // Fire and police services are public-sector staff: the catalogue's public-sector network Knowledge Hub is "used by
  // central government departments, the NHS and police and fire services" (content/sites/knowledge-hub.md).
  'public-sector': [
    ...['firefighter', 'firefighters', 'fire fighter', 'fire fighters', 'fireman', 'firemen', 'fire service'],
    ...['police officer', 'police officers', 'policeman', 'policewoman', 'police service', 'police force'],
    ...['local government', 'council officer', 'public servant', 'public servants'],
  ],
  libraries: [
    // Spanish, Portuguese and Italian: a librarian (a man, a woman) and librarians; Italian plural bibliotecari.
    'bibliotecario',
    'bibliotecaria',
    'bibliotecarios',
    'bibliotecarias',
    'bibliotecari',
    // French: a librarian (either), librarians, a media-library librarian.
    'bibliothecaire',
    'bibliothecaires',
    'mediathecaire',
    // German: a librarian (a man, a woman), librarians (men, women).
    'bibliothekar',
    'bibliothekarin',
    'bibliothekare',
    'bibliothekarinnen',
  ],
  software: [
    // A company that makes software, where the writer works or which they run: its people are the field's.
    'software company',
    'software firm',
    'software house',
    'software business',
    'software startup',
    'software developer',
    'software architect',
    'solutions architect',
    'cloud architect',
    'web developer',
    'frontend',
    'front end developer',
    'backend',
    'back end developer',
    'full stack',
    'data scientist',
    // A data analyst works with data and code, not money: "analyst" alone is finance.
    'data analyst',
    'data engineer',
    'machine learning',
    'machine learning engineer',
    'sysadmin',
    'open source',
    'saas',
    'side project',
    'my app',
    'an app',
    'web app',
    'mobile app',
    // An app for a phone's system, and a developer called short ("solo dev here, just shipped my first iOS app",
    // "where do indie devs launch"). Not "dev" alone, which is also a name and "business dev".
    ...['ios app', 'ios apps', 'android app', 'android apps', 'ios developer', 'android developer'],
    ...['solo dev', 'indie dev', 'indie devs', 'web dev', 'web devs', 'app dev', 'ios dev', 'android dev'],
    // Languages and frameworks only programmers name ("Dev PHP/Symfony", "SWE, mostly backend/java"): not "python" or
    // "java" alone (a snake, an island, coffee; "I can't code beyond a bit of Python" is no trade), nor "react".
    ...['php', 'javascript', 'typescript', 'symfony', 'laravel', 'django', 'ruby on rails', 'golang', 'swe', 'swes'],
    'coding',
    'programming',
    'desarrollador',
    'desarrolladora',
    'programador',
    'programadora',
    'desenvolvedor',
    'desenvolvedora',
    'developpeur',
    'developpeuse',
    'entwickler',
    'entwicklerin',
    'sviluppatore',
    'programista',
    'informatico',
    // Programmers, developers and the internet industry in Chinese (simplified and traditional), Japanese and
    // Korean, found inside a run of those scripts as the job words are.
    '程序员',
    '程式設計師',
    '软件工程师',
    '軟體工程師',
    '互联网',
    '互聯網',
    'プログラマー',
    '개발자',
  ],
  trades: [
    'plumbing',
    'roofer',
    'roofing',
    'joiner',
    'landscaper',
    'tradespeople',
    'tradesman',
    'tradesmen',
    'painter and decorator',
    'decorator',
    'bricklayer',
    'plasterer',
    'hvac',
    'welder',
    'mechanic',
    'locksmith',
    'tiler',
    'cleaner',
    'cleaning business',
    // Everyday British, Australian and New Zealand names of trades: an electrician is a "sparky" or "sparkie" (and a
    // "spark", read only where the writer says it of themself), a bricklayer a "brickie" (Green's Dictionary of Slang,
    // greensdictofslang.com/entry/2fsl4qy; wattsupelectrical.co.nz; sasat.com.au, read on 2026-12-07). Not "chippy",
    // which is a carpenter but in Britain as often a fish and chip shop (idiomorigins.org/origin/chippiechippy).
    ...['sparky', 'sparkie', 'sparkies', 'brickie', 'brickies'],
    ...['self employed spark', 'spark by trade', 'im a spark', 'i m a spark'],
    // Lawn care, as a landscaper's (a lawn and gardening service: vault.com/professions/lawn-and-gardening-service-owners).
    ...['lawn care', 'lawn mowing', 'lawn service', 'lawn services', 'lawn maintenance', 'landscaping'],
    // Trades in the other languages read here.
    'fontanero',
    'fontaneria',
    'plomero',
    'electricista',
    'encanador',
    'eletricista',
    'plombier',
    'plomberie',
    'electricien',
    'handwerker',
    'handwerksbetrieb',
    'klempner',
    'elektriker',
    'idraulico',
    'elettricista',
  ],
  'fitness-wellness': [
    'runners',
    'run with',
    'running club',
    'running group',
    'cycling',
    'cyclist',
    'hiking',
    'gym',
    'athlete',
    'workout',
    'marathon',
    'personal trainers',
    'personal training',
  ],
  hospitality: [
    'waiter',
    'waiters',
    'waitress',
    'bartender',
    'barista',
    'kitchen staff',
    'catering',
    'line cook',
    'sous chef',
    'hotelier',
    'bakery',
    'baker',
    'coffee shop',
    // A bakery and a baker in Spanish and Portuguese.
    'panadería',
    'panadero',
    'panaderos',
    'padaria',
    // Cakes and sweets made to sell, in Brazilian Portuguese: a confectioner's shop, a confectioner (a woman, a man), a
    // sweets maker, and the writer making them ("faço bolos", I make cakes). Standard Portuguese words.
    'confeitaria',
    'confeiteira',
    'confeiteiro',
    'doceira',
    'faço bolos',
    'faço doces',
    'bolos e doces',
    // Cakes sold from home in Indonesian: "usaha kue" is a cake business, an UMKM (small business) in text-id.123dok's
    // paper on cake businesses; "jualan kue kering" is selling biscuits (viva.co.id); "kue basah" and "kue kering"
    // (moist cakes, biscuits) are what home cake businesses make (rsanitiyoso.blogspot.com, bisnisbanyuwangi.com; all
    // read on 2026-12-07).
    'kue basah',
    'kue kering',
    'jualan kue',
    'usaha kue',
    'kue rumahan',
    'toko kue',
    'pembuat kue',
  ],
  healthcare: [
    'biotech',
    'medtech',
    'healthtech',
    'caregiver',
    'physiotherapist',
    'physiotherapists',
    'physio',
    'physios',
    'physical therapist',
    'physical therapy',
    'physiotherapy',
    'occupational therapist',
    'speech therapist',
    'paramedic',
    'psychologist',
    'counsellor',
    'counselor',
    'optometrist',
    'care worker',
    // A practice that treats patients names its trade: "our physio clinic" ("my dental practice" is dentistry's).
    'physio clinic',
    'physiotherapy practice',
    'chiropractic practice',
  ],
  dentistry: [
    // Dental support staff (ROLE_WORDS): the role names the field too.
    'hygienist',
    'dental practice',
    'dental clinic',
    'dental office',
    'dental surgery',
    // A dentist in Spanish, Portuguese and Italian (dentista), French, German (a man, a woman, dentists) and Polish
    // (the two words Polish uses for the same profession, and a woman dentist).
    'dentista',
    'odontologo',
    'odontologa',
    'dentiste',
    'zahnarzt',
    'zahnarztin',
    'zahnarzte',
    'zahnarztpraxis',
    'dentysta',
    'dentystka',
    'stomatolog',
    'lekarz dentysta',
  ],
  // Tour guides in Spanish (a man, a woman), Portuguese, and German (city and visitor guides, a woman guide, and a
  // city tour, which a guide says they offer). Not "Reiseführer": it is also a guidebook.
  tourism: [
    'guia turistico',
    'guia turistica',
    'guias turisticos',
    'guia de turismo',
    'guias de turismo',
    'stadtfuhrer',
    'stadtfuhrerin',
    'gastefuhrer',
    'gastefuhrerin',
    'fremdenfuhrer',
    'stadtfuhrung',
    'stadtfuhrungen',
    // A tour leader (a man, a woman), a guest guide, and tourism, in German.
    'reiseleiter',
    'reiseleiterin',
    'fremdenfuhrerin',
    'tourismus',
  ],
  beauty: [
    // A salon the writer calls theirs ("more clients for my salon"); bare "salon" is also a trade fair or a drawing room.
    'my salon',
    'our salon',
    'hair and beauty',
    // Spanish: a hairdresser (a man, a woman), a hair salon, a barber and a barber's, a stylist, a manicurist, a
    // beautician, a make-up artist (a man, a woman), a beauty salon and a beauty parlour.
    'peluquero',
    'peluquera',
    'peluqueria',
    'barbero',
    'barberia',
    // A hair stylist: bare "estilista" is as often a fashion stylist ("estilista de moda").
    'estilista de pelo',
    'estilista capilar',
    'manicurista',
    'esteticista',
    'maquillador',
    'maquilladora',
    'salon de belleza',
    'centro de estetica',
    // Portuguese: a hairdresser (a man, a woman), a barber and a barber's, a make-up artist (a man, a woman), a beauty
    // salon. Not Portuguese "manicure" (a manicurist), which is English "manicure", a treatment had.
    'cabeleireiro',
    'cabeleireira',
    'barbeiro',
    'barbearia',
    'sou manicure', // I am a manicurist
    'maquiador',
    'maquiadora',
    'salao de beleza',
    // French: a hairdresser (a man, a woman), a hair salon, a barber, a beautician (a woman, a man), a beauty parlour,
    // a nail technician (two words for it), a make-up artist (a woman, a man).
    'coiffeur',
    'coiffeuse',
    'salon de coiffure',
    'barbier',
    'estheticienne',
    'estheticien',
    'institut de beaute',
    'prothesiste ongulaire',
    'styliste ongulaire',
    'maquilleuse',
    'maquilleur',
    // German: a hairdresser (a man, a woman; both spellings), a hair salon, a beautician (a woman, a man) and her
    // studio, a nail designer and a nail studio, a make-up artist (a woman, a man).
    'friseur',
    'friseurin',
    'frisor',
    'frisorin',
    'friseursalon',
    'kosmetikerin',
    'kosmetiker',
    'kosmetikstudio',
    'nageldesignerin',
    'nagelstudio',
    'visagistin',
    'visagist',
    // Italian: a hairdresser (a man, a woman, hairdressers), a barber, a beautician, a beauty centre, a make-up artist
    // (a woman, a man), a nail technician.
    'parrucchiere',
    'parrucchiera',
    'parrucchieri',
    'barbiere',
    'estetista',
    'centro estetico',
    'truccatrice',
    'truccatore',
    'onicotecnica',
  ],
  'design-creative': [
    'illustration',
    'concept art',
    'animator',
    'graphic designer',
    'web designer',
    'ux designer',
    'ui designer',
    'product designer',
    'interior designer',
    'tattoo artist',
    // Designers in the other languages read here, as photographers are ("fotografa", "photographe").
    'disenador',
    'disenadora',
    'disenadores',
    'disenador grafico',
    'disenadora grafica',
    'designer grafico',
    'designer grafica',
    'graphiste',
    'graphistes',
    'grafikdesigner',
    'grafikdesignerin',
    // A designer in Arabic (a man, a woman, designers), and a graphic designer as Egypt says it.
    'مصمم',
    'مصممة',
    'مصممين',
    'مصمم جرافيك',
    'مصممة جرافيك',
    'تصميم جرافيك', // graphic design
    'جرافيك ديزاينر', // "graphic designer", in Arabic letters
  ],
  'retail-ecommerce': [
    'online shop',
    'my products',
    'etsy shop',
    'shopify store',
    'dropshipping',
    'boutique',
    // An online shop and handmade goods (the taxonomy's "handmade"), in Spanish and Portuguese.
    'tienda en linea',
    'tienda online',
    'mis productos',
    'artesanal', // artisanal, handmade
    'artesanales',
    'artesanais',
    'artesanias',
    'hecho a mano',
    'hechos a mano',
    'hechas a mano',
    'loja virtual',
    'loja online',
    'meus produtos',
    'artesanato',
    'feito a mao',
    'feitos a mao',
  ],
  'real-estate': [
    'real estate',
    'property management',
    'letting agent',
    'mortgage broker',
    'rental property',
    // A sector's technology startups name the sector, as "medtech" and "healthtech" do for healthcare.
    'proptech',
  ],
  'photography-video': [
    'video editor',
    'cinematographer',
    'fotografo',
    'fotografa',
    'fotografas',
    'fotografi',
    'photographe',
    'fotograf',
    'fotografen',
    'fotografin',
  ],
  music: [
    'music producer',
    'rapper',
    'guitarist',
    'drummer',
    'pianist',
    'composer',
    'beatmaker',
    'guitar player',
    'bass player',
    'bassist',
    'violinist',
    'jam session',
    'bandmates',
  ],
  writing: [
    'copywriter',
    'ghostwriter',
    'screenwriter',
    'freelance writer',
    'my novel',
    // A book of one's own: "my first novel", "self-published". Not bare "novel", an adjective too ("a novel idea").
    'first novel',
    'debut novel',
    'self published',
    'self publishing',
    'self publish',
  ],
  marketing: [
    'digital marketing',
    'social media manager',
    'sales rep',
    'account executive',
    'sdr',
    'martech',
    'adtech',
  ],
  finance: [
    'financial advisor',
    'financial adviser',
    'wealth manager',
    'private equity',
    'hedge fund',
    'fintech',
    'insurtech',
  ],
  // Translators and interpreters in the other languages read here, as nurses and lawyers are.
  translation: [
    // A master's degree in translation, said short in French ("master de trad", "master trad"), which only a translator
    // takes; "trad" alone is also "traditional".
    'master de trad',
    'master en trad',
    'master trad',
    'traductor',
    'traductora',
    'traductores',
    'traductoras',
    'tradutor',
    'tradutora',
    'tradutores',
    'traducteur',
    'traductrice',
    'traducteurs',
    'traductrices',
    'traduttore',
    'traduttrice',
    'traduttori',
    'ubersetzer',
    'ubersetzerin',
    'dolmetscher',
    'dolmetscherin',
    'vertaler',
    'tlumacz',
    'interprete',
    'interpretes',
  ],
  'hr-recruiting': ['people ops', 'talent partner', 'headhunter'],
  nonprofit: [
    'fundraiser',
    'charity work',
    // Volunteering in the other languages read ({@link VOLUNTEERING_WORDS}, where the sources are named).
    ...['voluntariado', 'volontariato', 'bénévolat', 'volontariat', 'bénévole', 'bénévoles'],
    ...['ehrenamt', 'ehrenamtlich', 'freiwilligenarbeit'],
    ...['voluntário', 'voluntária', 'voluntários', 'voluntario', 'voluntaria', 'voluntarios'],
    ...['trabalho voluntário', 'trabajo voluntario'],
    // An NGO in Spanish, French, Portuguese and Italian ("ONG"), after an article or in the plural: alone, "ong" is also
    // the Vietnamese "ông" (grandfather, Mr).
    ...['una', 'une', 'uma', 'numa', 'la', 'le', 'las', 'les', 'as', 'os'].map((article) => `${article} ong`),
    'ongs',
  ],
  engineering: ['mechanical engineer', 'structural engineer', 'chemical engineer'],
  architecture: [
    ...['architekt', 'architektin', 'architecte', 'arquitecto', 'arquitecta', 'arquiteto', 'architetto'],
    // The women and the many: Italian "architetta", "architetti", Portuguese "arquiteta", French and Spanish plurals.
    ...['architetta', 'architetti', 'arquiteta', 'arquitetos', 'arquitetas', 'arquitectos', 'architectes'],
  ],
  agriculture: ['smallholder', 'beekeeper', 'vineyard', 'winemaker', 'agtech', 'agritech'],
  gaming: [
    'game dev',
    'gamedev',
    'game studio',
    'game artist',
    'esports',
    // Players of tabletop games, role-playing and board games, are the field's players too.
    'tabletop',
    'tabletop game',
    'tabletop rpg',
    'ttrpg',
    'rpg',
    'role playing game',
    'roleplaying game',
    'dungeons and dragons',
    'dungeons & dragons',
    'd&d',
    'dnd',
    'board game',
    'boardgame',
  ],
  // Wedding vendors are wedding professionals, whatever their craft: their clients are couples.
  'events-weddings': [
    'florist',
    'event planning',
    'wedding dj',
    'wedding photographer',
    'wedding photographers',
    'wedding videographer',
    'wedding videographers',
  ],
};
export const FIELD_WORDS: Readonly<Partial<Record<Field, readonly string[]>>> = withMoreLanguages(
  withScriptWords(LISTED_FIELD_WORDS, SCRIPT_FIELD_WORDS),
  // A language's volunteering words name the cause too, as the English and Romance ones do in the list above.
  (language) =>
    language.volunteering
      ? { ...language.fields, nonprofit: [...(language.fields.nonprofit ?? []), ...language.volunteering] }
      : language.fields,
);

/** Every phrase for a purpose: its label, its description and the keywords above. */
export function purposeKeywords(purpose: Purpose): string[] {
  const { label, description } = PURPOSES.get(purpose)!;
  return [label, description.replace(/\.$/, ''), ...PURPOSE_KEYWORDS[purpose]];
}

/** Other names people write for countries (names from `Intl` are added below). */
const COUNTRY_WORDS: Readonly<Record<string, readonly string[]>> = {
  GB: ['uk', 'u k', 'britain', 'great britain', 'england', 'scotland', 'wales', 'northern ireland'],
  US: ['us', 'usa', 'u s', 'u s a', 'america', 'united states', 'the states'],
  DE: ['deutschland'],
  ES: ['espana'],
  IT: ['italia'],
  NL: ['holland', 'the netherlands', 'nederland'],
  // The endonym, and Poland as Polish says it after 'in' ("w Polsce").
  PL: ['polska', 'polsce'],
  BR: ['brasil'],
  CN: ['mainland china'],
  KR: ['south korea'],
  AT: ['osterreich'],
  CH: ['schweiz', 'suisse', 'svizzera'],
  SE: ['sverige'],
  // The Nordic countries, Austria and Switzerland are also read in their own names ("job i Danmark", "in der Schweiz").
  DK: ['danmark'],
  NO: ['norge'],
  FI: ['suomi'],
  TR: ['turkiye'],
  AE: ['uae', 'emirates'],
  CZ: ['czechia'],
  // Belgium's French and German names (its Dutch one is among the native names below).
  BE: ['belgique', 'belgien'],
};

/**
 * Country names in the scripts the reader reads without Latin letters (`lexicon-scripts.ts`), as their own speakers
 * write them: a text in Arabic names its country only so, never by its script. Left out where the written word is
 * also another place or word: عمان (Oman, and Amman in Jordan).
 */
const NATIVE_COUNTRY_WORDS: Readonly<Record<string, readonly string[]>> = {
  SA: ['السعودية', 'المملكة العربية السعودية'],
  AE: ['الإمارات', 'الإمارات العربية المتحدة'],
  EG: ['مصر'],
  QA: ['قطر'],
  KW: ['الكويت'],
  BH: ['البحرين'],
  JO: ['الأردن'],
  LB: ['لبنان'],
  IQ: ['العراق'],
  SY: ['سوريا'],
  PS: ['فلسطين'],
  YE: ['اليمن'],
  LY: ['ليبيا'],
  DZ: ['الجزائر'],
  TN: ['تونس'],
  MA: ['المغرب'],
  JP: ['日本'],
  KR: ['한국', '대한민국'],
  CN: ['中国'],
};

/**
 * Countries in their own language's name, as their people write them ("trabaho sa Pilipinas"), beyond those above;
 * the name as CLDR gives it, not its inflected forms ("Magyarországon", in Hungary, is not read): each is the name CLDR gives the country in the language
 * CLDR's likely-subtags data makes its own (`new Intl.Locale('und-PH').maximize()` is Filipino; `Intl.DisplayNames`
 * in Filipino names PH "Pilipinas"). Written out here rather than built when the module loads, which takes some 40 ms
 * of a cold start; a unit test checks each against the runtime's CLDR data. Only names that differ from the English
 * one, and left out where the name is also an everyday word or another name: "Ísland" (island), "La Réunion"
 * (Spanish "the meeting"), "Maurice" (a first name), "Gaana" (Ghana in Akan, also a music app), "Saint-Martin" and
 * "Saint-Barthélemy" (many a French town), عُمان (also Amman); and the official long forms of Hong Kong and Macau,
 * which nobody writes. One language per country here: Belgium's Dutch name; its French and German ones are above.
 */
export const NATIVE_NAME_COUNTRY_WORDS: Readonly<Record<string, readonly string[]>> = {
  AF: ['افغانستان'],
  AL: ['Shqipëri'],
  AM: ['Հայաստան'],
  AX: ['Åland'],
  AZ: ['Azərbaycan'],
  BA: ['Bosna i Hercegovina'],
  BD: ['বাংলাদেশ'],
  BE: ['België'],
  BG: ['България'],
  BI: ['Uburundi'],
  BT: ['འབྲུག'],
  BV: ['Bouvetøya'],
  BY: ['Беларусь'],
  CC: ['Kepulauan Cocos (Keeling)'],
  CF: ['Ködörösêse tî Bêafrîka'],
  CM: ['Cameroun'],
  CV: ['Cabo Verde'],
  CY: ['Κύπρος'],
  CZ: ['Česko'],
  DO: ['República Dominicana'],
  EE: ['Eesti'],
  EH: ['الصحراء الغربية'],
  ER: ['ኤርትራ'],
  ET: ['ኢትዮጵያ'],
  FO: ['Føroyar'],
  GE: ['საქართველო'],
  GF: ['Guyane française'],
  GL: ['Kalaallit Nunaat'],
  GN: ['Guinée'],
  GQ: ['Guinea Ecuatorial'],
  GR: ['Ελλάδα'],
  GW: ['Guiné-Bissau'],
  HR: ['Hrvatska'],
  HU: ['Magyarország'],
  IL: ['ישראל'],
  IN: ['भारत'],
  IR: ['ایران'],
  KG: ['Кыргызстан'],
  KH: ['កម្ពុជា'],
  KM: ['جزر القمر'],
  KP: ['북한'],
  KZ: ['Казахстан'],
  LA: ['ລາວ'],
  LK: ['ශ්‍රී ලංකාව'],
  LT: ['Lietuva'],
  LV: ['Latvija'],
  MD: ['Republica Moldova'],
  ME: ['Crna Gora'],
  MG: ['Madagasikara'],
  MK: ['Северна Македонија'],
  MM: ['မြန်မာ'],
  MN: ['Монгол'],
  MR: ['موريتانيا'],
  MZ: ['Moçambique'],
  NA: ['Namibië'],
  NC: ['Nouvelle-Calédonie'],
  NE: ['Nijar'],
  NP: ['नेपाल'],
  PF: ['Polynésie française'],
  PH: ['Pilipinas'],
  PK: ['پاکستان'],
  PM: ['Saint-Pierre-et-Miquelon'],
  PS: ['الأراضي الفلسطينية'],
  RS: ['Србија'],
  RU: ['Россия'],
  RW: ['U Rwanda'],
  SD: ['السودان'],
  SI: ['Slovenija'],
  SJ: ['Svalbard og Jan Mayen'],
  SK: ['Slovensko'],
  SN: ['Senegaal'],
  SO: ['Soomaaliya'],
  SS: ['جنوب السودان'],
  ST: ['São Tomé e Príncipe'],
  TD: ['تشاد'],
  TF: ['Terres australes françaises'],
  TH: ['ไทย'],
  TJ: ['Тоҷикистон'],
  TW: ['台灣'],
  UA: ['Україна'],
  UZ: ['Oʻzbekiston'],
  VA: ['Città del Vaticano'],
  VN: ['Việt Nam'],
  WF: ['Wallis-et-Futuna'],
};

/** The words for a country's people and things ("Italian", "Thai"), read as the country too ("a Swiss bank"). */
const DEMONYMS: Readonly<Record<string, readonly string[]>> = {
  GB: ['british', 'english', 'scottish', 'welsh'],
  US: ['american', 'americans'],
  DE: ['german', 'germans'],
  FR: ['french'],
  PT: ['portuguese'],
  ES: ['spanish'],
  IT: ['italian'],
  NL: ['dutch'],
  IE: ['irish'],
  PL: ['polish'],
  BR: ['brazilian'],
  MX: ['mexican'],
  CA: ['canadian'],
  AU: ['australian', 'aussie'],
  NZ: ['kiwi'],
  IN: ['indian'],
  CN: ['chinese'],
  JP: ['japanese'],
  KR: ['korean'],
  VN: ['vietnamese'],
  RU: ['russian'],
  UA: ['ukrainian'],
  AT: ['austrian'],
  CH: ['swiss'],
  SE: ['swedish'],
  DK: ['danish'],
  NO: ['norwegian'],
  FI: ['finnish'],
  BE: ['belgian'],
  GR: ['greek'],
  TR: ['turkish'],
  AE: ['emirati'],
  SA: ['saudi'],
  ZA: ['south african'],
  NG: ['nigerian'],
  KE: ['kenyan'],
  EG: ['egyptian'],
  AR: ['argentinian', 'argentine'],
  CO: ['colombian'],
  CL: ['chilean'],
  PH: ['filipino', 'philippine'],
  ID: ['indonesian'],
  MY: ['malaysian'],
  SG: ['singaporean'],
  TH: ['thai'],
  TW: ['taiwanese'],
  IL: ['israeli'],
  CZ: ['czech'],
  HU: ['hungarian'],
  RO: ['romanian'],
};

/** {@link DEMONYMS}, folded: words that can describe a thing's style rather than say where it is. */
export const DEMONYM_WORDS: ReadonlySet<string> = new Set(Object.values(DEMONYMS).flat().map(foldWords));

/**
 * Nouns after a demonym that make it a style of food or drink, not a place: "an Italian restaurant", "a Thai café",
 * "a French bakery" may stand in any country. Not "bar", which is also the lawyers' ("the English bar").
 */
export const STYLE_NOUNS: readonly string[] = [
  'restaurant',
  'restaurants',
  'cafe',
  'cafes',
  'coffee',
  'bakery',
  'bakeries',
  'patisserie',
  'bistro',
  'brasserie',
  'deli',
  'delicatessen',
  'pizzeria',
  'trattoria',
  'taqueria',
  'pub',
  'takeaway',
  'food',
  'foods',
  'cuisine',
  'cooking',
  'dishes',
  'recipes',
  'grocery',
  'groceries',
  'wine',
  'wines',
  'beer',
  'tea',
];

/** Country names that are also everyday words or first names: only their other forms count. */
const AMBIGUOUS_NAMES: ReadonlySet<string> = new Set([
  'chad',
  'jordan',
  'georgia',
  'jersey',
  'guernsey',
  'niger',
  'guinea',
  'monaco',
  'cuba',
  'peru',
  'mali',
  'togo',
  'oman',
  'iran',
  'iraq',
]);

const CITIES = withMoreLanguages(LISTED_CITIES, (language) => language.cities);

/** States, provinces and regions people name instead of a country: a place, but wider than a town. */
const REGIONS: Readonly<Record<string, readonly string[]>> = {
  US: [
    'alabama',
    'alaska',
    'arizona',
    'arkansas',
    'california',
    'colorado',
    'connecticut',
    'delaware',
    'florida',
    'hawaii',
    'idaho',
    'illinois',
    'indiana',
    'iowa',
    'kansas',
    'kentucky',
    'louisiana',
    'maine',
    'maryland',
    'massachusetts',
    'michigan',
    'minnesota',
    'mississippi',
    'missouri',
    'montana',
    'nebraska',
    'nevada',
    'new hampshire',
    'new jersey',
    'new mexico',
    'north carolina',
    'north dakota',
    'ohio',
    'oklahoma',
    'oregon',
    'pennsylvania',
    'rhode island',
    'south carolina',
    'south dakota',
    'tennessee',
    'texas',
    'utah',
    'vermont',
    'virginia',
    'west virginia',
    'wisconsin',
    'wyoming',
  ],
  CA: ['ontario', 'quebec', 'british columbia', 'alberta'],
  AU: ['queensland', 'new south wales', 'nsw', 'tasmania'],
  PT: ['madeira', 'azores', 'algarve'],
};

/**
 * A Ge'ez letter as the one letter Amharic writes for its sound, in the same vowel form: ሐ and ኀ are ሀ, ሠ is ሰ, ዐ is
 * አ, ፀ is ጸ (ሥ → ስ, ሓ → ሀ, ዓ → አ), and the fourth form of the throat letters ሀ and አ is their first, said "a" too
 * (ሃ → ሀ, ኣ → አ). Amharic writers and dictionaries spell one word with either ("ሥራ" and "ስራ", work; "ሐኪም" and
 * "ሀኪም", a doctor; "ሃሳብ" and "ሀሳብ", an idea), as Arabic ي and Persian ی are one letter. A function, not a table,
 * as `foldWords` runs while this module's tables are still being built.
 */
function foldEthiopic(letter: string): string {
  const code = letter.codePointAt(0)!;
  const vowel = code % 8;
  const start = code - vowel;
  const row =
    start === 0x1210 || start === 0x1280
      ? 0x1200
      : start === 0x1220
        ? 0x1230
        : start === 0x12d0
          ? 0x12a0
          : start === 0x1340
            ? 0x1338
            : start;
  return String.fromCodePoint(row + ((row === 0x1200 || row === 0x12a0) && vowel === 3 ? 0 : vowel));
}

/** Lowercase, accents off, punctuation to spaces: the form every phrase is matched in. */
export function foldWords(text: string): string {
  return (
    text
      .normalize('NFKD')
      // Marks are accents, except Devanagari vowel signs, virama and anusvara, which are letters ("भर्ती",
      // recruitment, is not "भारत", India); candrabindu is written for anusvara and reads as it, the nukta drops.
      // Bangla's vowel signs, virama, candrabindu, anusvara and visarga, and Thai's vowel and tone marks, are
      // letters too ("চাকরি", a job, is not "চকর"; "เพื่อน", a friend); Bangla's nukta drops as Devanagari's does.
      // So are Sinhala's vowel signs, al-lakuna (virama), anusvara and visarga ("රැකියා", jobs, is not "රකය"); the
      // zero-width joiner some write inside a Sinhala conjunct ("ශ්‍රී", "ව්‍යාපාර") and others leave out is dropped.
      .replace(/\u200D/g, '')
      .replace(/\u0901/g, '\u0902')
      .replace(
        /(?![\u0902\u093E-\u094D\u0981-\u0983\u09BE-\u09CD\u09D7\u0D81-\u0D83\u0DCA-\u0DDF\u0DF2\u0DF3\u0E31\u0E34-\u0E3A\u0E47-\u0E4E])\p{M}/gu,
        '',
      )
      .toLowerCase()
      // Letters with no accent to take off: Turkish dotless ı, Polish ł, Vietnamese đ (typed "d" without it).
      .replace(/ı/g, 'i')
      .replace(/ł/g, 'l')
      .replace(/đ/g, 'd')
      // Arabic ي and ك, which Arabic keyboards and many Persian (and Urdu) texts typed on them write for Persian ی and
      // ک, are one letter each with them: folded to the Persian forms, Arabic words fold alike on both sides. Alef
      // maksura ى, which much Arabic (Egyptian, most of all) writes for a final ي ("دبى", Dubai) and Persian
      // keyboards type for a final ی, folds with them.
      .replace(/[\u064A\u0649]/g, '\u06CC')
      .replace(/\u0643/g, '\u06A9')
      // Arabic writers, in informal text most of all, type a word's final ة as ه ("وظيفه", a job), and Urdu keyboards
      // write Persian's and Arabic's ه as ہ (and ة as ۃ): each folded to ه.
      .replace(/[\u0629\u06C1\u06C3]/g, '\u0647')
      // The vowel forms of the Ge'ez letters that Amharic writes for one sound ({@link foldEthiopic}).
      .replace(
        /[\u1200-\u1206\u1210-\u1216\u1220-\u1226\u1280-\u1286\u12A0-\u12A6\u12D0-\u12D6\u1340-\u1346]/gu,
        foldEthiopic,
      )
      .replace(/[^\p{L}\p{N}\p{M}]+/gu, ' ')
      .trim()
  );
}

/** Words in "-man" after a consonant that are no noun for a man: their plural takes an "s" ("germans"). */
const NOT_MAN_NOUNS: ReadonlySet<string> = new Set(['german']);

/**
 * A folded phrase and its simple English plural ("nurse", "nurses"; "civil engineer", "civil engineers";
 * "secretary", "secretaries"), which the word lists leave out; a last word shorter than three letters or ending in
 * "s" is left as it is.
 */
export function withPlural(phrase: string): string[] {
  const words = phrase.split(' ');
  const last = words.pop()!;
  if (last.length < 3 || last.endsWith('s')) return [phrase];
  // "handyman", "tradesman": "-men"; not after a vowel ("human", "woman", listed apart) nor in a nationality ("german").
  const plural =
    /[^aeiou]man$/.test(last) && !NOT_MAN_NOUNS.has(last)
      ? `${last.slice(0, -3)}men`
      : last.endsWith('y') && !/[aeiou]y$/.test(last)
        ? `${last.slice(0, -1)}ies`
        : `${last}s`;
  // Spanish and Portuguese nouns of a doer in "-or" take "-es" ("desarrollador" → "desarrolladores", "contador" →
  // "contadores", "inversor" → "inversores"), where an "s" alone makes no word.
  const doers = /[dts]or$/.test(last) ? [[...words, `${last}es`].join(' ')] : [];
  return [phrase, [...words, plural].join(' '), ...doers];
}

/** Every word or phrase that names a country, folded, with its code. */
export const COUNTRY_PHRASES: ReadonlyMap<string, string> = (() => {
  const phrases = new Map<string, string>();
  for (const code of COUNTRY_CODES) {
    const name = foldWords(countryName(code));
    if (!AMBIGUOUS_NAMES.has(name)) phrases.set(name, code);
  }
  for (const table of [
    COUNTRY_WORDS,
    DEMONYMS,
    NATIVE_COUNTRY_WORDS,
    NATIVE_NAME_COUNTRY_WORDS,
    OTHER_LANGUAGES_COUNTRY_WORDS,
    ...MORE_LANGUAGES.map((l) => l.countries),
  ])
    for (const [code, words] of Object.entries(table)) for (const w of words) phrases.set(foldWords(w), code);
  for (const places of [REGIONS, CITIES])
    for (const [code, names] of Object.entries(places)) for (const c of names) phrases.set(foldWords(c), code);
  return phrases;
})();

/**
 * Country words that are also the name of a language ("Spanish", "German"). Said as the language ("a Spanish
 * translator", "my German is basic", "I speak Korean"), they name no country: a language is spoken in many.
 */
export const LANGUAGE_NAMES: readonly string[] = [
  'english',
  'spanish',
  'french',
  'portuguese',
  'german',
  'italian',
  'dutch',
  'polish',
  'chinese',
  'japanese',
  'korean',
  'vietnamese',
  'russian',
  'ukrainian',
  'swedish',
  'danish',
  'norwegian',
  'finnish',
  'greek',
  'turkish',
  'indonesian',
  'thai',
  // Indonesian names a language by its country's name after "bahasa" (language): "bahasa Inggris" is English.
  'inggris',
  'jepang',
  'jerman',
  'belanda',
];

/** Words after a language name that make it the language: "Spanish translator", "English lessons". */
export const LANGUAGE_USE_AFTER: readonly string[] = [
  'translator',
  'translators',
  'translation',
  'translations',
  'interpreter',
  'interpreters',
  'interpreting',
  'teacher',
  'teachers',
  'tutor',
  'tutors',
  'tutoring',
  'lessons',
  'classes',
  'class',
  'course',
  'courses',
  'speaker',
  'speakers',
  'speaking',
  'learner',
  'learners',
  'language',
  'skills',
  'conversation',
  'is',
];

/** Words before a language name that make it the language: "I speak Spanish", "my German". */
export const LANGUAGE_USE_BEFORE: readonly string[] = [
  'speak',
  'speaks',
  'speaking',
  'learn',
  'learning',
  'teach',
  'teaches',
  'teaching',
  'study',
  'studying',
  'my',
  'fluent',
  'bahasa',
];

/** The city names among {@link COUNTRY_PHRASES}, folded: naming one says the visitor means that town. */
export const CITY_PHRASES: ReadonlySet<string> = new Set(Object.values(CITIES).flat().map(foldWords));

/**
 * "From" in the other languages read, folded: Polish "z", "ze"; German "aus", "von"; Dutch "van"; Spanish and
 * Portuguese "de", "desde", and Portuguese "do", "da", "dos", "das" (from the); Italian "da"; Indonesian "dari"; French
 * "depuis". Most are also "of", so a place after one is where the writer comes from only when they go on to name a
 * place after a word of {@link TO_WORDS} ("z Anglii do Krakowa", "aus Berlin nach Wien").
 */
export const FROM_WORDS: readonly string[] = [
  'z',
  'ze',
  'aus',
  'von',
  'van',
  'de',
  'desde',
  'do',
  'da',
  'dos',
  'das',
  'dari',
  'depuis',
];

/**
 * "To" a place, folded: English "to", Polish "do", German "nach", Dutch "naar", Spanish, Portuguese, Italian and
 * French "a" (à), "al", "hacia", "para", "pra", "pro", "au", "vers", Indonesian "ke".
 */
export const TO_WORDS: readonly string[] = [
  'to',
  'do',
  'nach',
  'naar',
  'a',
  'al',
  'hacia',
  'para',
  'pra',
  'pro',
  'au',
  'vers',
  'ke',
];

/** Words for "anywhere": the visitor networks worldwide. */
export const WORLDWIDE_WORDS: readonly string[] = [
  'worldwide',
  'anywhere',
  'international',
  'internationally',
  'global',
  'globally',
  'around the world',
  'any country',
];

/**
 * The words people use for the catalogue's vocabularies, beyond their labels:
 * goal phrases, country names and demonyms, and cities. Search indexes the
 * goal phrases; the free-text reader (recommend) reads all of it. One list,
 * so a word means the same thing everywhere.
 */
import { COUNTRY_CODES, PURPOSES, countryName, type Purpose } from './taxonomy.ts';

/** Phrases people use for each purpose, beyond its label and description. */
export const PURPOSE_KEYWORDS: Readonly<Record<Purpose, readonly string[]>> = {
  contacts: [
    'professional contacts', 'business contacts', 'professional network', 'business networking',
    'network of contacts', 'connections', 'connect with professionals', 'career network', 'colleagues', 'industry contacts',
  ],
  'peer-ideas': [
    'ideas with peers', 'discuss ideas', 'peers', 'discussion', 'forum', 'community', 'ask questions',
    'share knowledge', 'mastermind', 'advice from peers', 'founders community',
  ],
  referrals: [
    'business referrals', 'referrals', 'referral group', 'referral club', 'introductions', 'find clients',
    'get clients', 'new customers', 'leads', 'word of mouth referrals',
  ],
  investors: [
    'investors', 'angel investors', 'angels', 'venture capital', 'vc', 'raise money', 'fundraising', 'funding',
    'startup funding', 'seed round', 'crowdfunding', 'equity crowdfunding', 'pitch investors',
  ],
  promotion: [
    'promote my business', 'promotion', 'marketing', 'word of mouth', 'reach customers', 'audience',
    'brand awareness', 'advertise', 'followers', 'go viral', 'get noticed',
  ],
  hiring: [
    'find a job', 'jobs', 'job search', 'find work', 'careers', 'hire', 'hiring', 'recruit', 'recruiting',
    'freelance work', 'talent', 'employees', 'freelancers',
  ],
  local: [
    'meet people nearby', 'nearby', 'local', 'in person', 'face to face', 'meetups', 'events near me',
    'neighbours', 'neighbors', 'local business', 'chapter meetings',
  ],
  friends: [
    'friends', 'family', 'friends and family', 'keep in touch', 'make friends', 'fun', 'entertainment',
    'chat', 'share photos', 'hang out',
  ],
};

/**
 * Extra words of everyday sentences ("swap ideas", "get clients", "new in
 * town"), for the free-text reader: in a sentence, single words carry the goal.
 */
export const GOAL_WORDS: Readonly<Record<Purpose, readonly string[]>> = {
  contacts: ['contacts', 'connect with', 'connections', 'meet professionals', 'grow my network', 'build a network', 'co-founder', 'cofounder', 'co founder', 'business partner', 'mentor', 'mentors', 'business cards', 'business card', 'netzwerk', 'networken', 'red de contactos', 'contactos', 'contatos', 'reseau', 'rete di contatti'],
  'peer-ideas': ['swap ideas', 'exchange ideas', 'share ideas', 'bounce ideas', 'talk shop', 'discuss', 'discussion', 'learn from', 'advice', 'advise', 'ask questions', 'forum', 'forums', 'community', 'communities', 'peer', 'peers', 'peer group', 'mastermind', 'support group', 'vent', 'feedback', 'share resources'],
  referrals: ['referral', 'referrals', 'clients', 'client', 'customers', 'customer', 'leads', 'new business', 'bookings', 'commissions', 'clientes', 'kunden', 'auftrage', 'projetos', 'proyectos', 'missions', 'missoes'],
  investors: ['investor', 'investors', 'angel', 'angels', 'vc', 'vcs', 'venture capital', 'raise', 'raising', 'funding', 'fundraise', 'fundraising', 'seed round', 'pre seed', 'crowdfunding', 'crowdfund', 'inversores', 'investidores', 'investoren', 'investisseurs', 'financiacion', 'financiamento'],
  promotion: ['promote', 'promoting', 'promotion', 'marketing', 'advertise', 'advertising', 'audience', 'followers', 'get the word out', 'visibility', 'showcase', 'portfolio', 'launch', 'launching', 'get noticed', 'fans', 'players', 'listeners', 'readers', 'early users', 'sell my', 'publicite', 'divulgar', 'promocionar'],
  hiring: ['job', 'jobs', 'hire', 'hiring', 'recruit', 'recruiting', 'career', 'employment', 'find work', 'internship', 'work abroad', 'gig', 'gigs', 'freelance work', 'staff', 'employer', 'employers', 'job board', 'job sites', 'trabajo', 'empleo', 'emprego', 'trabalho', 'vaga', 'vagas', 'jobsuche', 'stelle', 'stellenangebote', 'arbeit', 'emploi', 'travail', 'lavoro', 'praca'],
  local: ['face to face', 'meetup', 'meetups', 'events', 'irl'],
  friends: ['friend', 'friends', 'make friends', 'friendship', 'fun', 'hang out', 'social life', 'lonely', 'family', 'people my age', 'socialise', 'socialize', 'dont know anyone', 'don t know anyone', 'know nobody', 'expats', 'expat', 'amigos', 'amis', 'freunde', 'amici'],
};

/**
 * Goal words that are real but vague ("networking", "just moved"): they count
 * after every specific goal word in the same text, whatever their position.
 */
export const WEAK_GOAL_WORDS: Readonly<Partial<Record<Purpose, readonly string[]>>> = {
  contacts: ['network', 'networking', 'connect', 'meet people'],
  // Where, not what for: "local" says where the visitor wants to network.
  local: ['new in town', 'new city', 'just moved', 'moved to', 'moving to', 'relocating', 'relocated', 'local', 'locally', 'locals', 'local business', 'nearby', 'in my city', 'in my area', 'in my town', 'near me'],
  friends: ['keep in touch'],
};

/** Every phrase for a purpose: its label, its description and the keywords above. */
export function purposeKeywords(purpose: Purpose): string[] {
  const { label, description } = PURPOSES.get(purpose)!;
  return [label, description.replace(/\.$/, ''), ...PURPOSE_KEYWORDS[purpose]];
}

/** Other names and demonyms people write for countries (names from `Intl` are added below). */
const COUNTRY_WORDS: Readonly<Record<string, readonly string[]>> = {
  GB: ['uk', 'u k', 'britain', 'great britain', 'england', 'scotland', 'wales', 'northern ireland', 'british', 'english', 'scottish', 'welsh'],
  US: ['us', 'usa', 'u s', 'u s a', 'america', 'united states', 'the states', 'american', 'americans'],
  DE: ['german', 'germans', 'deutschland'],
  FR: ['french'],
  PT: ['portuguese'],
  ES: ['spanish', 'espana'],
  IT: ['italian'],
  NL: ['dutch', 'holland', 'the netherlands'],
  IE: ['irish'],
  PL: ['polish'],
  BR: ['brazilian', 'brasil'],
  MX: ['mexican'],
  CA: ['canadian'],
  AU: ['australian', 'aussie'],
  NZ: ['kiwi'],
  IN: ['indian'],
  CN: ['chinese', 'mainland china'],
  JP: ['japanese'],
  KR: ['korean', 'south korea'],
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
  TR: ['turkish', 'turkiye'],
  AE: ['uae', 'emirati', 'emirates'],
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
  CZ: ['czech', 'czechia'],
  HU: ['hungarian'],
  RO: ['romanian'],
};

/** Country names that are also everyday words or first names: only their other forms count. */
const AMBIGUOUS_NAMES: ReadonlySet<string> = new Set(['chad', 'jordan', 'georgia', 'jersey', 'guernsey', 'niger', 'guinea', 'monaco', 'cuba', 'peru', 'mali', 'togo', 'oman', 'iran', 'iraq']);

/** Cities people name instead of a country, by country code. */
const CITIES: Readonly<Record<string, readonly string[]>> = {
  PT: ['lisbon', 'lisboa', 'porto', 'oporto', 'braga', 'coimbra', 'faro', 'madeira', 'azores'],
  ES: ['madrid', 'barcelona', 'valencia', 'seville', 'sevilla', 'malaga', 'bilbao'],
  FR: ['paris', 'lyon', 'marseille', 'toulouse', 'bordeaux', 'lille', 'nantes', 'nice'],
  DE: ['berlin', 'munich', 'munchen', 'hamburg', 'cologne', 'koln', 'frankfurt', 'stuttgart', 'dusseldorf', 'leipzig'],
  GB: ['london', 'manchester', 'birmingham', 'leeds', 'glasgow', 'edinburgh', 'bristol', 'liverpool', 'cardiff', 'belfast', 'sheffield', 'newcastle', 'brighton', 'oxford', 'cambridge'],
  IE: ['dublin', 'cork', 'galway'],
  NL: ['amsterdam', 'rotterdam', 'utrecht', 'the hague', 'eindhoven'],
  BE: ['brussels', 'antwerp', 'ghent'],
  IT: ['rome', 'milan', 'naples', 'turin', 'florence', 'bologna'],
  AT: ['vienna', 'wien', 'salzburg', 'graz'],
  CH: ['zurich', 'geneva', 'basel', 'lausanne', 'bern'],
  PL: ['warsaw', 'krakow', 'wroclaw', 'gdansk', 'poznan'],
  CZ: ['prague', 'brno'],
  SE: ['stockholm', 'gothenburg', 'malmo'],
  DK: ['copenhagen', 'aarhus'],
  NO: ['oslo', 'bergen'],
  FI: ['helsinki'],
  GR: ['athens', 'thessaloniki'],
  US: [
    'new york', 'nyc', 'los angeles', 'san francisco', 'bay area', 'silicon valley', 'chicago', 'boston', 'seattle', 'austin', 'houston', 'dallas',
    'miami', 'atlanta', 'denver', 'portland', 'philadelphia', 'washington dc', 'san diego', 'phoenix', 'nashville', 'detroit', 'minneapolis',
    'alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware', 'florida', 'hawaii', 'idaho', 'illinois',
    'indiana', 'iowa', 'kansas', 'kentucky', 'louisiana', 'maine', 'maryland', 'massachusetts', 'michigan', 'minnesota', 'mississippi', 'missouri',
    'montana', 'nebraska', 'nevada', 'new hampshire', 'new jersey', 'new mexico', 'north carolina', 'north dakota', 'ohio', 'oklahoma', 'oregon',
    'pennsylvania', 'rhode island', 'south carolina', 'south dakota', 'tennessee', 'texas', 'utah', 'vermont', 'virginia', 'west virginia',
    'wisconsin', 'wyoming',
  ],
  CA: ['toronto', 'vancouver', 'montreal', 'calgary', 'ottawa', 'ontario', 'quebec', 'british columbia', 'alberta'],
  MX: ['mexico city', 'guadalajara', 'monterrey'],
  BR: ['sao paulo', 'rio de janeiro', 'rio', 'belo horizonte', 'brasilia', 'curitiba'],
  AR: ['buenos aires'],
  CO: ['bogota', 'medellin'],
  CL: ['santiago'],
  AU: ['sydney', 'melbourne', 'brisbane', 'perth', 'adelaide', 'queensland', 'new south wales', 'nsw', 'tasmania'],
  NZ: ['auckland', 'wellington'],
  IN: ['mumbai', 'bangalore', 'bengaluru', 'delhi', 'new delhi', 'hyderabad', 'chennai', 'pune', 'kolkata'],
  CN: ['beijing', 'shanghai', 'shenzhen', 'guangzhou', 'hangzhou'],
  HK: ['hong kong'],
  TW: ['taipei'],
  JP: ['tokyo', 'osaka', 'kyoto', 'yokohama', 'fukuoka'],
  KR: ['seoul', 'busan'],
  SG: ['singapore'],
  MY: ['kuala lumpur'],
  TH: ['bangkok', 'chiang mai'],
  VN: ['hanoi', 'ho chi minh city', 'saigon'],
  PH: ['manila'],
  ID: ['jakarta', 'bali'],
  AE: ['dubai', 'abu dhabi'],
  IL: ['tel aviv', 'jerusalem'],
  TR: ['istanbul', 'ankara'],
  EG: ['cairo'],
  NG: ['lagos', 'abuja'],
  KE: ['nairobi'],
  ZA: ['cape town', 'johannesburg'],
  RU: ['moscow', 'saint petersburg'],
  UA: ['kyiv', 'kiev'],
};

/** Lowercase, accents off, punctuation to spaces: the form every phrase is matched in. */
export function foldWords(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Every word or phrase that names a country, folded, with its code. */
export const COUNTRY_PHRASES: ReadonlyMap<string, string> = (() => {
  const phrases = new Map<string, string>();
  for (const code of COUNTRY_CODES) {
    const name = foldWords(countryName(code));
    if (!AMBIGUOUS_NAMES.has(name)) phrases.set(name, code);
  }
  for (const [code, words] of Object.entries(COUNTRY_WORDS)) for (const w of words) phrases.set(foldWords(w), code);
  for (const [code, cities] of Object.entries(CITIES)) for (const c of cities) phrases.set(foldWords(c), code);
  return phrases;
})();

/** Words for "anywhere": the visitor networks worldwide. */
export const WORLDWIDE_WORDS: readonly string[] = ['worldwide', 'anywhere', 'international', 'internationally', 'global', 'globally', 'around the world', 'any country'];

/**
 * The Networkwise taxonomy: every controlled vocabulary of the catalogue, with
 * the labels and descriptions the UI shows. The content schema builds its enums
 * from these maps, so adding a value here is the one change needed everywhere.
 */

import { PURPOSES, keysOf, labelOf, vocabulary, type Purpose, type Vocabulary } from './vocabulary.ts';

export { PURPOSES, keysOf, labelOf, type Purpose, type Vocabulary };

export const KINDS = vocabulary([
  ['business', 'Business networking', 'Contacts, ideas with peers, referrals, investors: networking for work.'],
  ['social', 'Social networking', 'Friends, family, fun and promotion by word of mouth.'],
  ['hybrid', 'Hybrid', 'A social network with strong business use, or the other way round.'],
] as const);
export type Kind = typeof KINDS extends Vocabulary<infer K> ? K : never;

/** Purposes that make a goal business networking; the rest are social. */
export const BUSINESS_PURPOSES: ReadonlySet<Purpose> = new Set([
  'contacts',
  'peer-ideas',
  'referrals',
  'investors',
  'hiring',
]);

export const SCORES = vocabulary([
  ['0', 'None', 'The site does not serve this purpose.'],
  ['1', 'Incidental', 'Possible, but not what the site is built for.'],
  ['2', 'Good', 'The site serves this purpose well.'],
  ['3', 'Core', 'This purpose is what the site is built for.'],
] as const);
export type Score = 0 | 1 | 2 | 3;
/** Lowest score that needs a written reason and counts as "serves this purpose". */
export const GOOD_SCORE: Score = 2;

export const AUDIENCES = vocabulary([
  ['freelancers', 'Freelancers', 'Independent workers selling their own services.'],
  ['small-business', 'Small businesses', 'Owners and staff of small and local businesses.'],
  ['startups', 'Startups', 'Founders and early teams of new ventures.'],
  ['professionals', 'Professionals', 'Employed people managing a career.'],
  ['enterprises', 'Enterprises', 'Large organisations, their sales and HR teams.'],
  ['creators', 'Creators', 'People who publish for an audience.'],
  ['consumers', 'Everyone', 'People using it for their private life.'],
  ['investors', 'Investors', 'Angels, VCs and people investing in ventures.'],
] as const);
export type Audience = typeof AUDIENCES extends Vocabulary<infer K> ? K : never;

export const TIME_COSTS = vocabulary([
  ['light', 'Light', 'Under an hour a week gets you value.'],
  ['moderate', 'Moderate', 'A few hours a week to get value.'],
  ['heavy', 'Heavy', 'It rewards daily use: expect it to take time every day.'],
] as const);
export type TimeCost = typeof TIME_COSTS extends Vocabulary<infer K> ? K : never;

export const PRICING_MODELS = vocabulary([
  ['free', 'Free', 'Free to use; no paid tier needed.'],
  ['freemium', 'Freemium', 'Free to join, with paid upgrades.'],
  ['paid', 'Paid', 'A subscription or fee is needed to use it.'],
  ['membership', 'Membership', 'Membership dues, often with an application.'],
] as const);
export type PricingModel = typeof PRICING_MODELS extends Vocabulary<infer K> ? K : never;

export const REVENUE_MODELS = vocabulary([
  ['ads', 'Advertising', 'Sells your attention to advertisers: it wants your time.'],
  ['subscriptions', 'Subscriptions', 'Users or businesses pay a recurring fee for features.'],
  ['membership-dues', 'Membership dues', 'Members pay dues to belong.'],
  ['transaction-fees', 'Transaction fees', 'Takes a cut of money that moves through it.'],
  ['listing-fees', 'Listing fees', 'Charges to list a job, an event, a product or a raise.'],
  ['recruiting', 'Recruiting products', 'Sells hiring tools and access to candidates.'],
  ['data', 'Data and APIs', 'Sells data, research or API access.'],
  ['donations', 'Donations', 'Funded by donations or volunteers.'],
  ['investment', 'Investment returns', 'Earns from the ventures it helps fund (carry, fees, equity).'],
  ['sponsorship', 'Sponsorship', 'Sponsors pay to be seen by the community.'],
  [
    'venture-funded',
    'Investor funding',
    'Runs on venture capital with no settled business model yet: watch how it will pay back.',
  ],
  ['none', 'None', 'No business model; run as a non-profit or a hobby.'],
  ['unknown', 'Not confirmed', 'We could not confirm how it makes money; ask before you trust what it shows you.'],
] as const);
export type RevenueModel = typeof REVENUE_MODELS extends Vocabulary<infer K> ? K : never;

export const STATUSES = vocabulary([
  ['active', 'Active', 'Running and in use.'],
  ['declining', 'Declining', 'Still running, but losing users or features.'],
  ['closed', 'Closed', 'Shut down; listed for history, never recommended.'],
] as const);
export type Status = typeof STATUSES extends Vocabulary<infer K> ? K : never;

export const FEATURES = vocabulary([
  ['profiles', 'Profiles', 'A personal or company profile others can find.'],
  ['messaging', 'Direct messages', 'Private messages between members.'],
  ['feed', 'News feed', 'An algorithmic or chronological feed of posts.'],
  ['groups', 'Groups', 'Topic or interest groups, forums or servers.'],
  ['events', 'Events', 'Listing, organising or joining events.'],
  ['jobs', 'Jobs', 'Job listings: employers post jobs, people apply.'],
  [
    'client-work',
    'Client work',
    'Clients hire a professional for a project or job; freelancers and tradespeople find clients.',
  ],
  [
    'co-founder-matching',
    'Co-founder matching',
    'Would-be founders find a co-founder, by profile or by trying out teams in a cohort.',
  ],
  ['business-pages', 'Business pages', 'A page for a company or brand.'],
  ['advertising', 'Self-serve ads', 'Businesses can buy ads to reach members.'],
  ['marketplace', 'Marketplace', 'Buying and selling goods or services.'],
  ['video', 'Video', 'Short or long video as a main format.'],
  ['live-audio', 'Live audio/video', 'Live rooms, calls or streams.'],
  ['fundraising', 'Fundraising', 'Tools to raise money or meet investors.'],
  ['referral-tracking', 'Referral tracking', 'Referrals passed and tracked between members.'],
  ['in-person-meetings', 'In-person meetings', 'Regular meetings or chapters in real places.'],
  ['q-and-a', 'Questions and answers', 'Ask and answer questions; voting on answers.'],
  ['open-protocol', 'Open protocol', 'Federated or open: you can move your account and data.'],
] as const);
export type Feature = typeof FEATURES extends Vocabulary<infer K> ? K : never;

export const FACT_CHECKS = vocabulary([
  ['sources', 'Checked against sources', 'An editor re-read the cited sources on the last-checked date.'],
  [
    'editor-knowledge',
    'From editor knowledge',
    "Written from the editor's knowledge on the last-checked date; the cited sources were not re-read that day.",
  ],
] as const);
export type FactCheck = typeof FACT_CHECKS extends Vocabulary<infer K> ? K : never;

/** ISO 3166-1 alpha-2 country code, or `global` for sites open everywhere. */
export const REGION_PATTERN = /^(global|[A-Z]{2})$/;

/**
 * Every officially assigned ISO 3166-1 alpha-2 code (249). Labels come from
 * `Intl.DisplayNames`, so the list holds codes only.
 */
export const COUNTRY_CODES: ReadonlySet<string> = new Set(
  (
    'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
    'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR ' +
    'GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO ' +
    'JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR ' +
    'MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO ' +
    'RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV ' +
    'TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'
  ).split(' '),
);

const countryNames = new Intl.DisplayNames(['en'], { type: 'region' });
/** English name of an ISO 3166-1 alpha-2 code ("DE" → "Germany"). */
export function countryName(code: string): string {
  return countryNames.of(code) ?? code;
}

/**
 * English puts "the" before a country's name when the name is built on a common noun (the United States, the Czech
 * Republic, the Cayman Islands, the Isle of Man, the Palestinian Territories): the rule reads those words, so it holds
 * for names the runtime spells differently. The exceptions are listed: plural proper names (the Netherlands, the
 * Philippines, the Bahamas, the Maldives, the Comoros, the Seychelles), which a final s cannot tell from singular ones
 * (Cyprus, Barbados, Honduras), and the Gambia, which keeps it by usage alone.
 */
const ARTICLE_HEADS = /\b(?:Republic|Kingdom|States|Union|Emirates|Islands|Territory|Territories|Isle)\b/;
const ARTICLE_NAMES = /^(?:.* )?(?:Netherlands|Philippines|Bahamas|Maldives|Comoros|Seychelles|Gambia)$/;

/**
 * A country's name inside running text: "the United States", "the Netherlands", "Germany". Labels, lists, selects
 * and titles that start with the name keep {@link countryName}.
 */
export function countryInText(code: string): string {
  const name = countryName(code);
  if (name === code || /^the /i.test(name)) return name;
  return ARTICLE_HEADS.test(name) || ARTICLE_NAMES.test(name) ? `the ${name}` : name;
}

/**
 * Professions and industries a site can be strong for. Each has a label, a
 * description and the words people use for it (the free-text reader and search
 * match on these). A general platform has no field.
 */
const FIELD_ROWS = [
  [
    'healthcare',
    'Healthcare',
    'People who work in health care in general: clinicians, therapists and allied health staff.',
    ['health', 'health care', 'clinical', 'hospital', 'clinician', 'therapist', 'allied health'],
  ],
  [
    'dentistry',
    'Dentistry',
    'Dentists, dental hygienists, dental nurses and assistants.',
    [
      'dentist',
      'dentists',
      'dental',
      'dentistry',
      'dental hygienist',
      'dental hygienists',
      'dental assistant',
      'dental nurse',
      'orthodontist',
      'orthodontists',
    ],
  ],
  [
    'medicine',
    'Doctors and medicine',
    'Physicians, surgeons and medical students.',
    ['doctor', 'doctors', 'physician', 'physicians', 'medical', 'surgeon', 'gp', 'resident', 'medic'],
  ],
  ['nursing', 'Nursing', 'Nurses, midwives and nursing students.', ['nurse', 'nurses', 'rn', 'midwife', 'midwives']],
  [
    'veterinary',
    'Veterinary',
    'Veterinarians, vet nurses and technicians, and veterinary students.',
    [
      'veterinarian',
      'veterinarians',
      'veterinary',
      'vet nurse',
      'vet nurses',
      'vet tech',
      'vet techs',
      'vet student',
      'vet students',
    ],
  ],
  [
    'pharmacy',
    'Pharmacy',
    'Pharmacists and pharmacy staff.',
    ['pharmacist', 'pharmacists', 'pharmaceutical', 'chemist'],
  ],
  [
    'research-academia',
    'Research and academia',
    'Researchers, scientists and university staff.',
    [
      'researcher',
      'researchers',
      'scientist',
      'scientists',
      'academic',
      'academics',
      'professor',
      'phd',
      'postdoc',
      'lecturer',
      'science',
    ],
  ],
  [
    'education',
    'Teaching and education',
    'Teachers and people working in schools.',
    ['teacher', 'teachers', 'educator', 'educators', 'school', 'teaching', 'tutor'],
  ],
  [
    'libraries',
    'Libraries and information',
    'Librarians, library staff and other information professionals.',
    // Not "library" alone: software has libraries ("a Python library"). Not archivists: a related profession with its
    // own bodies; the library networks' sources name librarians, library staff and information professionals only.
    [
      'librarian',
      'librarians',
      'librarianship',
      // A school's librarian, who is also a teacher ("teacher-librarian" in Australia), and a university's: without these
      // the reader takes "teacher" or "academic" for the field.
      'teacher librarian',
      'teacher-librarian',
      'school librarian',
      'school library media specialist',
      'academic librarian',
      'library staff',
      'library worker',
      'library workers',
      'library assistant',
      'library assistants',
      'library science',
      'library and information',
      'information professional',
      'information professionals',
    ],
  ],
  [
    'law',
    'Law',
    'Lawyers and people working in legal services.',
    ['lawyer', 'lawyers', 'attorney', 'attorneys', 'solicitor', 'barrister', 'legal', 'paralegal'],
  ],
  [
    'software',
    'Software and IT',
    'Developers, IT staff and people building software.',
    ['developer', 'developers', 'programmer', 'programmers', 'coder', 'software engineer', 'it', 'devops', 'tech'],
  ],
  [
    'product-management',
    'Product management',
    'Product managers, product owners and product leaders.',
    // Not "PM" alone: it is also the afternoon and a prime minister.
    [
      'product manager',
      'product managers',
      'product management',
      'product owner',
      'product owners',
      'product leader',
      'product leaders',
    ],
  ],
  [
    'engineering',
    'Engineering',
    'Engineers outside software: civil, mechanical, electrical.',
    ['engineer', 'engineers', 'mechanical', 'civil engineer', 'electrical engineer'],
  ],
  [
    'architecture',
    'Architecture',
    'Architects, architectural designers and architecture students.',
    ['architect', 'architects', 'architecture', 'architectural', 'architecture student', 'architecture students'],
  ],
  [
    'design-creative',
    'Design and creative work',
    'Designers, illustrators and visual artists.',
    ['designer', 'designers', 'illustrator', 'artist', 'artists', 'ux', 'graphic design', 'creative'],
  ],
  [
    'photography-video',
    'Photography and video',
    'Photographers, videographers and filmmakers.',
    ['photographer', 'photographers', 'photography', 'videographer', 'filmmaker', 'video'],
  ],
  [
    'music',
    'Music',
    'Musicians, producers and DJs.',
    ['musician', 'musicians', 'band', 'producer', 'dj', 'singer', 'songwriter'],
  ],
  [
    'writing',
    'Writing and publishing',
    'Writers, authors and bloggers.',
    ['writer', 'writers', 'author', 'authors', 'novelist', 'blogger', 'poet', 'newsletter'],
  ],
  [
    'translation',
    'Translation and interpreting',
    'Translators, interpreters and localisers.',
    [
      'translator',
      'translators',
      'interpreter',
      'interpreters',
      'interpreting',
      'localization',
      'localisation',
      'subtitler',
    ],
  ],
  [
    'media',
    'Media and journalism',
    'Journalists, editors and PR people who work with them.',
    ['journalist', 'journalists', 'reporter', 'press', 'pr', 'editor', 'podcaster'],
  ],
  [
    'marketing',
    'Marketing and sales',
    'Marketers, growth and sales people.',
    ['marketer', 'marketers', 'marketing', 'seo', 'growth', 'sales', 'salesperson'],
  ],
  [
    'finance',
    'Finance and banking',
    'People in banking, investment and corporate finance.',
    ['finance', 'banker', 'bankers', 'banking', 'investment banking', 'trader', 'analyst'],
  ],
  [
    'accounting',
    'Accounting',
    'Accountants and bookkeepers.',
    ['accountant', 'accountants', 'bookkeeper', 'cpa', 'auditor', 'tax'],
  ],
  [
    'real-estate',
    'Real estate',
    'Agents, brokers and property investors.',
    ['realtor', 'realtors', 'estate agent', 'real estate agent', 'property', 'landlord', 'broker'],
  ],
  [
    'trades',
    'Construction and trades',
    'Builders, plumbers, electricians and contractors.',
    [
      'plumber',
      'electrician',
      'builder',
      'builders',
      'contractor',
      'contractors',
      'carpenter',
      'tradesperson',
      // Australian and New Zealand English for a tradesperson.
      'tradie',
      'tradies',
      'construction',
      'handyman',
    ],
  ],
  [
    'hospitality',
    'Hospitality and food',
    'Hotels, restaurants, cafes and bars, and the people who work there: chefs, cooks, bakers.',
    ['hotel', 'restaurant', 'chef', 'cook', 'hospitality', 'bar', 'cafe'],
  ],
  [
    'tourism',
    'Tourism and travel',
    'Tour guides, tour operators, travel agents and others who guide visitors.',
    [
      'tourism',
      'tour guide',
      'tour guides',
      'tourist guide',
      'tourist guides',
      'tour operator',
      'tour operators',
      'tour company',
      'travel agent',
      'travel agents',
      'travel agency',
    ],
  ],
  [
    'agriculture',
    'Farming and agriculture',
    'Farmers, growers and agronomists.',
    ['farmer', 'farmers', 'farming', 'farm', 'agronomist', 'grower', 'ranch', 'agriculture'],
  ],
  [
    'retail-ecommerce',
    'Retail and e-commerce',
    'Shops and online sellers.',
    ['shop', 'store', 'online store', 'seller', 'sellers', 'ecommerce', 'e-commerce', 'retail', 'handmade'],
  ],
  [
    'hr-recruiting',
    'HR and recruiting',
    'Human resources people and recruiters.',
    ['hr', 'human resources', 'recruiter', 'recruiters', 'talent acquisition'],
  ],
  [
    'nonprofit',
    'Nonprofit and volunteering',
    'Charities, NGOs and volunteers.',
    ['nonprofit', 'non-profit', 'charity', 'ngo', 'volunteer', 'volunteers', 'volunteering'],
  ],
  [
    'social-work',
    'Social work',
    'Social workers and social work students.',
    ['social worker', 'social workers', 'social work'],
  ],
  [
    'religion',
    'Clergy and ministry',
    'Pastors, priests, rabbis, imams, chaplains and other clergy and church leaders.',
    // Not "minister" or "ministry" alone: a government has ministers and ministries.
    [
      'clergy',
      'pastor',
      'pastors',
      'priest',
      'priests',
      'rabbi',
      'rabbis',
      'imam',
      'imams',
      'chaplain',
      'chaplains',
      'vicar',
      'vicars',
      'church leader',
      'church leaders',
      'faith leader',
      'faith leaders',
    ],
  ],
  [
    'public-sector',
    'Government and public sector',
    'Civil servants and public-sector staff.',
    ['civil servant', 'government', 'public sector', 'policy'],
  ],
  [
    'military',
    'Military and veterans',
    'Serving members of the armed forces, veterans and military families.',
    // Not "army" or "navy" alone: a group calls itself an army ("the Awkward Army"), and blue can be navy.
    [
      'military',
      'veteran',
      'veterans',
      'service member',
      'service members',
      'servicemember',
      'servicemembers',
      'soldier',
      'soldiers',
      'armed forces',
    ],
  ],
  [
    'students',
    'Students and graduates',
    'Students, new graduates and interns.',
    ['student', 'students', 'graduate', 'graduates', 'grad', 'intern', 'internship', 'university', 'college'],
  ],
  [
    'gaming',
    'Games and gaming',
    'Game developers and players.',
    ['game', 'games', 'gamer', 'gamers', 'gaming', 'game developer', 'indie game'],
  ],
  [
    'events-weddings',
    'Events and weddings',
    'Wedding and event professionals.',
    ['wedding', 'weddings', 'event planner', 'wedding planner', 'events', 'caterer'],
  ],
  [
    'fitness-wellness',
    'Fitness and wellness',
    'Trainers, coaches and wellness practitioners.',
    ['personal trainer', 'fitness', 'yoga', 'wellness', 'coach', 'runner', 'running'],
  ],
  [
    'beauty',
    'Beauty and personal care',
    'Hairdressers, barbers, nail technicians, beauticians, make-up artists and salon owners.',
    // Not "salon" or "stylist" alone: a salon is also a trade fair or a drawing room, a stylist may dress people.
    [
      'beauty industry',
      'beauty business',
      'beauty professional',
      'beauty salon',
      'beauty therapist',
      'beautician',
      'esthetician',
      'aesthetician',
      'cosmetologist',
      'hairdresser',
      'hairdressing',
      'hair stylist',
      'hairstylist',
      'hair salon',
      'barber',
      'barbering',
      'barbershop',
      'barber shop',
      'nail technician',
      'nail tech',
      'nail salon',
      'manicurist',
      'makeup artist',
      'make-up artist',
      'lash technician',
      'lash artist',
      'brow artist',
      'salon owner',
    ],
  ],
  [
    'consulting',
    'Consulting and professional services',
    'Consultants, advisers and other professional-service firms.',
    ['consultant', 'consultants', 'consulting', 'adviser', 'advisor', 'advisors'],
  ],
  [
    'executives',
    'Business owners and executives',
    'CEOs, owners and senior leaders.',
    ['ceo', 'ceos', 'executive', 'executives', 'business owner', 'business owners', 'founder', 'director'],
  ],
] as const;

/** A field's key: the first of its row in {@link FIELD_ROWS}. */
export type Field = (typeof FIELD_ROWS)[number][0];

export const FIELDS = new Map(
  FIELD_ROWS.map(([key, label, description, synonyms]) => [key, { label, description, synonyms }]),
) as ReadonlyMap<Field, { label: string; description: string; synonyms: readonly string[] }>;

/**
 * The wider field a field is plainly part of (one level: a wider field is part of none), read from the two fields'
 * own descriptions above: everyone the narrow field's description names is someone its wider field's description
 * names too. Healthcare is "people who work in health care in general: clinicians, therapists and allied health
 * staff"; dentists and their hygienists, physicians, nurses and midwives, and pharmacists all are. The recommender
 * gives a network built for a field one step off the visitor's (a dental network for someone in healthcare, a
 * healthcare network for a nurse) a smaller credit than one built for theirs, not the penalty of another profession's.
 *
 * Left out, as arguable by those descriptions: veterinary (health care for animals, which "health care" alone does
 * not name), libraries in education (education is "teachers and people working in schools"; most librarians work in
 * public, academic or special libraries), tourism in hospitality ("hotels, restaurants, cafes and bars"; a tour guide
 * or travel agent works in none), photography in design (photographers are not designers, illustrators or, always,
 * visual artists), accounting in finance ("banking, investment and corporate finance"), social work in healthcare
 * (allied health in some countries only), product management in software (products are not all software).
 */
export const FIELD_WITHIN: Readonly<Partial<Record<Field, Field>>> = {
  dentistry: 'healthcare',
  medicine: 'healthcare',
  nursing: 'healthcare',
  pharmacy: 'healthcare',
};

/** How a site's field stands to the visitor's: part of it (`narrower`), or the wider field it is part of (`broader`). */
export type FieldKinship = 'narrower' | 'broader';

/**
 * Whether `siteField` is one step off `field` in {@link FIELD_WITHIN}: a part of it (dentistry, for healthcare), or
 * the wider field it is part of (healthcare, for nursing). Two parts of one field (nursing and dentistry) are not kin:
 * a nurse is no dentist.
 */
export function fieldKinship(field: Field, siteField: Field): FieldKinship | undefined {
  if (FIELD_WITHIN[siteField] === field) return 'narrower';
  if (FIELD_WITHIN[field] === siteField) return 'broader';
  return undefined;
}

/**
 * Fields whose work is done in person, on the client or at their home or event: the trades (a plumber, a roofer),
 * wedding and event vendors (a planner, a florist), fitness and wellness (a personal trainer, a yoga teacher) and beauty
 * (a hairdresser, a make-up artist). Their clients are found nearby: a marketplace where clients buy work delivered at a
 * distance (a logo, an article, code) does not bring them (the recommender's in-person client work rule). Not fields
 * whose work is also sold at a distance (design, architecture, photography, teaching, which tutors give online).
 */
export const IN_PERSON_FIELDS: ReadonlySet<Field> = new Set<Field>([
  'trades',
  'events-weddings',
  'fitness-wellness',
  'beauty',
]);

/**
 * Fields whose work is handed over at a distance, as files or text (a design, code, a translation, copy, a campaign):
 * their people can serve clients anywhere, so clients found online are worked for online, and their businesses have no
 * place customers visit. Not fields whose work is done where the client is (trades, beauty, photography of events,
 * fitness) or whose people are mostly employed. The reader reads such a field as working online; the recommender does
 * not count a listing only for businesses customers visit as theirs (`IN_PERSON_BUSINESSES_RULE`).
 */
export const DISTANCE_FIELDS: ReadonlySet<Field> = new Set<Field>([
  'software',
  'design-creative',
  'writing',
  'translation',
  'marketing',
]);

/** Order-of-magnitude audience bands, largest first; used only to break ties. */
export const REACH_BANDS = vocabulary([
  ['1b', 'Over a billion', 'A billion or more users or members.'],
  ['100m', 'Hundreds of millions', '100 million to a billion.'],
  ['10m', 'Tens of millions', '10 to 100 million.'],
  ['1m', 'Millions', '1 to 10 million.'],
  ['100k', 'Hundreds of thousands', '100,000 to a million.'],
  ['10k', 'Tens of thousands', '10,000 to 100,000.'],
  ['1k', 'Thousands', 'Fewer than 10,000.'],
] as const);
export type ReachBand = typeof REACH_BANDS extends Vocabulary<infer K> ? K : never;

const BAND_ORDER: readonly ReachBand[] = keysOf(REACH_BANDS);
/**
 * 0 for the largest reach band, growing as reach shrinks; a site without a
 * sourced reach ranks below every band. The one ordering every tie-break and
 * "largest first" list uses.
 */
export function reachRank(site: { reach?: { band: ReachBand } | undefined }): number {
  return site.reach ? BAND_ORDER.indexOf(site.reach.band) : BAND_ORDER.length;
}
/** Slugs: the lowercase brand name, words joined by hyphens (`linkedin`, `indie-hackers`). */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A vocabulary whose values carry more wordings than a label and description (roles, groups), one record each. */
function termsVocabulary<const K extends string, T extends { label: string; description: string }>(
  entries: readonly (readonly [K, T])[],
): ReadonlyMap<K, T> {
  return new Map(entries);
}

/** A group's label and description, as every vocabulary value has, and the words the other pages name it with. */
export interface GroupTerms {
  label: string;
  description: string;
  /** The group after "only for", in a network's eligibility note: "people aged 18 to 40". */
  onlyFor: string;
  /** The group in the results page's summary of the answers ("You are: a woman"). */
  name: string;
  /** A wider group everyone in this one also belongs to (a father is a man): saying you are in it says that too. */
  within?: string;
}

/**
 * Groups of people some sites admit exclusively (a women-only circle, a club
 * for men aged 18 to 40, a volunteering programme for people aged 55 and
 * over), or are made for while welcoming others (a fathers' network whose
 * members may be of any gender). A site names a group only where
 * a source says it admits no one else, or says it is made for the group and
 * others are welcome (`othersWelcome`); the recommender puts such a site after
 * the open ones unless the visitor says they belong. The labels are first-person, as the
 * quiz asks them; each group's other wordings ({@link GroupTerms}) are here
 * too, so a group is named in one place.
 */
export const ELIGIBILITY_GROUPS = termsVocabulary([
  [
    'women',
    {
      label: 'I am a woman',
      description: 'Women only (some of these sites also welcome people who identify as women).',
      onlyFor: 'women',
      name: 'a woman',
    },
  ],
  ['men', { label: 'I am a man', description: 'Men only.', onlyFor: 'men', name: 'a man' }],
  [
    'age-18-40',
    {
      label: 'I am 18 to 40 years old',
      description: 'Only people aged about 18 to 40; the exact limit is in each site’s rule.',
      onlyFor: 'people aged 18 to 40',
      name: '18 to 40 years old',
    },
  ],
  [
    'age-55-plus',
    {
      label: 'I am 55 or older',
      description: 'Only older people, aged about 55 and over; the exact limit is in each site’s rule.',
      onlyFor: 'people aged 55 and over',
      name: '55 or older',
    },
  ],
  [
    'mothers',
    {
      label: 'I am a mother',
      description: 'Mothers (mothers’ groups; a mother is counted as a woman too).',
      onlyFor: 'mothers',
      name: 'a mother',
      within: 'women',
    },
  ],
  [
    'fathers',
    {
      label: 'I am a father',
      description: 'Fathers (dads’ groups; a father is counted as a man too).',
      onlyFor: 'fathers',
      name: 'a father',
      within: 'men',
    },
  ],
]);
export type EligibilityGroup = typeof ELIGIBILITY_GROUPS extends Vocabulary<infer K> ? K : never;

/**
 * The groups and the wider groups they lie within ({@link GroupTerms.within}), in {@link ELIGIBILITY_GROUPS} order:
 * someone who says they are a father has said they are a man.
 */
export function withWiderGroups(groups: readonly EligibilityGroup[]): EligibilityGroup[] {
  const all = new Set<string>(groups);
  for (const g of groups) {
    const wider = ELIGIBILITY_GROUPS.get(g)?.within;
    if (wider !== undefined) all.add(wider);
  }
  return keysOf(ELIGIBILITY_GROUPS).filter((g) => all.has(g));
}

/** A group's {@link GroupTerms}; throws on an unknown group so typos surface. */
export function groupTerms(group: EligibilityGroup): GroupTerms {
  const terms = ELIGIBILITY_GROUPS.get(group);
  if (!terms) throw new Error(`Unknown group "${group}"`);
  return terms;
}

/** "women and people aged 18 to 40": groups after "only for" or "made for", in a sentence. */
export function groupsPhrase(groups: readonly EligibilityGroup[]): string {
  return groups.map((g) => groupTerms(g).onlyFor).join(' and ');
}

/** A role's label and description, as every vocabulary value has, and the words the other pages name it with. */
export interface RoleTerms {
  label: string;
  description: string;
  /** The role's holders after "only for", in a network's eligibility note: "qualified practitioners". */
  onlyFor: string;
  /** The visitor holding the role, after "you said you are": "a qualified practitioner". */
  youAre: string;
  /** The role in the results page's summary of the answers ("Your role: Qualified practitioner"). */
  name: string;
}

/**
 * Roles within a profession, for the networks some professions split by role: one for the qualified
 * practitioners (VIN for veterinarians) and a sister network for the staff who work beside them (VSPN for
 * veterinary technicians, nurses, assistants and practice managers). A site names the roles it admits only
 * where a source says it admits no other; the recommender keeps such a site out of the first places for a
 * visitor who says they hold another role, and ranks it as usual when the visitor says nothing of their role.
 * The labels are first-person, as the quiz asks them; each role's other wordings ({@link RoleTerms}) are here
 * too, so a role is named in one place.
 */
export const ROLES = termsVocabulary([
  [
    'practitioner',
    {
      label: 'I am a qualified practitioner',
      description:
        'The professionals a field is named after: veterinarians, doctors, dentists, pharmacists, lawyers, teachers.',
      onlyFor: 'qualified practitioners',
      youAre: 'a qualified practitioner',
      name: 'Qualified practitioner',
    },
  ],
  [
    'support-staff',
    {
      label: 'I work beside the practitioners',
      description:
        'Support staff: technicians, vet nurses, assistants, hygienists, paralegals, practice managers, receptionists.',
      onlyFor: 'support staff (technicians, nurses, assistants)',
      youAre: 'support staff',
      name: 'Support staff',
    },
  ],
]);
export type Role = typeof ROLES extends Vocabulary<infer K> ? K : never;

/** A role's {@link RoleTerms}; throws on an unknown role so typos surface. */
export function roleTerms(role: Role): RoleTerms {
  const terms = ROLES.get(role);
  if (!terms) throw new Error(`Unknown role "${role}"`);
  return terms;
}

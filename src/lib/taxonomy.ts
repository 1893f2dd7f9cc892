/**
 * The Networkwise taxonomy: every controlled vocabulary of the catalogue, with
 * the labels and descriptions the UI shows. The content schema builds its enums
 * from these maps, so adding a value here is the one change needed everywhere.
 */

/** Map of slug → label and description; insertion order is display order. */
export type Vocabulary<K extends string> = ReadonlyMap<K, { label: string; description: string }>;

function vocabulary<const K extends string>(
  entries: readonly (readonly [K, string, string])[],
): Vocabulary<K> {
  return new Map(entries.map(([slug, label, description]) => [slug, { label, description }]));
}

/** Keys of a vocabulary as a non-empty tuple, the shape `z.enum` wants. */
export function keysOf<K extends string>(vocab: Vocabulary<K>): [K, ...K[]] {
  return [...vocab.keys()] as [K, ...K[]];
}

/** Label of a vocabulary value; throws on an unknown value so typos surface. */
export function labelOf<K extends string>(vocab: Vocabulary<K>, key: K): string {
  const entry = vocab.get(key);
  if (!entry) throw new Error(`Unknown taxonomy value "${key}"`);
  return entry.label;
}

export const KINDS = vocabulary([
  ['business', 'Business networking', 'Contacts, ideas with peers, referrals, investors: networking for work.'],
  ['social', 'Social networking', 'Friends, family, fun and promotion by word of mouth.'],
  ['hybrid', 'Hybrid', 'A social network with strong business use, or the other way round.'],
] as const);
export type Kind = typeof KINDS extends Vocabulary<infer K> ? K : never;

export const PURPOSES = vocabulary([
  ['contacts', 'Professional contacts', 'Build a network of professional contacts.'],
  ['peer-ideas', 'Ideas with peers', 'Discuss ideas with a wider group of peers.'],
  ['referrals', 'Referrals', 'Give and receive business referrals.'],
  ['investors', 'Investors', 'Meet investors, raise money for a venture.'],
  ['promotion', 'Promotion', 'Promote a business, reach people by word of mouth.'],
  ['hiring', 'Jobs and hiring', 'Find work or hire people.'],
  ['local', 'Local, in person', 'Meet people and businesses nearby, in person.'],
  ['friends', 'Friends and fun', 'Keep up with friends and family, entertainment.'],
] as const);
export type Purpose = typeof PURPOSES extends Vocabulary<infer K> ? K : never;

/** Purposes that make a goal business networking; the rest are social. */
export const BUSINESS_PURPOSES: ReadonlySet<Purpose> = new Set(['contacts', 'peer-ideas', 'referrals', 'investors', 'hiring']);

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
  ['heavy', 'Heavy', 'It rewards daily use and can take over your life.'],
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
  ['venture-funded', 'Investor funding', 'Runs on venture capital with no settled business model yet: watch how it will pay back.'],
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
  ['jobs', 'Jobs', 'Job listings or a freelance marketplace.'],
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
  ['editor-knowledge', 'From editor knowledge', 'Written from the editor\'s knowledge on the last-checked date; the cited sources were not re-read that day.'],
] as const);
export type FactCheck = typeof FACT_CHECKS extends Vocabulary<infer K> ? K : never;

/** ISO 3166-1 alpha-2 country code, or `global` for sites open everywhere. */
export const REGION_PATTERN = /^(global|[A-Z]{2})$/;
/** Slugs: the lowercase brand name, words joined by hyphens (`linkedin`, `indie-hackers`). */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Goal words for search: what people type when they know what they want but
 * not which site offers it ("angel investors", "find a job"). Each site is
 * indexed with the words of the purposes it scores 2 or 3 for, so a goal query
 * finds the sites that serve that goal even when no site names it.
 */
import { PURPOSES, keysOf, type Purpose } from '#src/catalogue/taxonomy.ts';

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

/** Every phrase for a purpose: its label, its description and the keywords above. */
export function purposeKeywords(purpose: Purpose): string[] {
  const { label, description } = PURPOSES.get(purpose)!;
  return [label, description.replace(/\.$/, ''), ...PURPOSE_KEYWORDS[purpose]];
}

/** Every purpose slug, in display order. */
export const PURPOSE_SLUGS: readonly Purpose[] = keysOf(PURPOSES);

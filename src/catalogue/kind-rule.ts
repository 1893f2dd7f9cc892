/**
 * The written rule that decides an entry's kind from its purpose scores, so the
 * kind shown to visitors can never contradict the scores beside it.
 */
import { BUSINESS_PURPOSES, GOOD_SCORE, PURPOSES, keysOf, type Kind, type Purpose } from './taxonomy.ts';

/** The two purposes that make social networking; `local` is where, not what for. */
export const SOCIAL_PURPOSES: ReadonlySet<Purpose> = new Set(['friends', 'promotion']);

/**
 * The kinds an entry with these scores may have: the stronger side decides
 * (business: contacts, peer-ideas, referrals, investors, hiring; social:
 * friends, promotion); equal strength makes it hybrid. A site that serves no
 * purpose well (no score of 2 or more) may have any kind.
 */
export function kindsAllowedBy(purposes: Readonly<Record<Purpose, { score: number }>>): readonly Kind[] {
  let business = 0;
  let social = 0;
  for (const p of keysOf(PURPOSES)) {
    const score = purposes[p].score;
    if (BUSINESS_PURPOSES.has(p)) business = Math.max(business, score);
    else if (SOCIAL_PURPOSES.has(p)) social = Math.max(social, score);
  }
  if (Math.max(business, social) < GOOD_SCORE) return ['business', 'social', 'hybrid'];
  if (business > social) return ['business'];
  if (social > business) return ['social'];
  return ['hybrid'];
}

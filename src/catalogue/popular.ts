/**
 * Which catalogue sites count as "popular" for the recommender's "why not …?"
 * warnings. This list is the only definition; the methodology page prints it.
 *
 * The rule: the general-purpose platforms people reach for by default, each
 * reporting more than 300 million monthly users (LinkedIn: members) in its
 * owner's own public figures as of 2024–2025. Those figures are the companies'
 * claims, not audited counts, and we use them for nothing else: size never
 * raises a site's score. Reddit and Discord are big but report daily or weekly
 * users or smaller monthly figures, so they are not on the list. A unit test
 * checks that every slug is in the catalogue.
 */
export const POPULAR_SITES: readonly string[] = [
  'facebook',
  'youtube',
  'whatsapp',
  'instagram',
  'tiktok',
  'linkedin',
  'x',
  'snapchat',
  'pinterest',
  'telegram',
  'threads',
];

/** The rule above, in one sentence for the methodology page. */
export const POPULAR_RULE =
  'General-purpose platforms people reach for by default, each reporting more than 300 million monthly users (LinkedIn: members) in its owner’s own public figures (2024–2025). Size never raises a score; it only decides who gets a “why not …?” note.';

/** Whether the recommender treats a site as popular. */
export function isPopular(slug: string): boolean {
  return POPULAR_SITES.includes(slug);
}

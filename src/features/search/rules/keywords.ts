/**
 * Goal words for search: what people type when they know what they want but
 * not which site offers it ("angel investors", "find a job"). Each site is
 * indexed with the words of the purposes it scores 2 or 3 for, so a goal query
 * finds the sites that serve that goal even when no site names it.
 */
import { PURPOSES, keysOf, type Purpose } from '#src/catalogue/taxonomy.ts';

export { PURPOSE_KEYWORDS, purposeKeywords } from '#src/catalogue/lexicon.ts';

/** Every purpose slug, in display order. */
export const PURPOSE_SLUGS: readonly Purpose[] = keysOf(PURPOSES);

/**
 * Which sites the compare picker's menus offer. Every entry while the
 * catalogue fits in {@link LIST_LIMIT}; past it, the sites already chosen and
 * then the most widely used ones (the prerender order of
 * src/catalogue/prerender.ts: largest sourced audience first), so a page with
 * a picker does not grow with the catalogue. Any other site is reached from
 * its own page's "Add to compare" link, which the picker's note names.
 */
import type { SiteEntry } from '#src/catalogue/entry-file.ts';
import { byPrerenderPriority, LIST_LIMIT } from '#src/catalogue/prerender.ts';

export interface PickerSites {
  /** The entries the menus list (the caller orders them for display). */
  sites: SiteEntry[];
  /** How many entries of the catalogue are not in the menus. */
  left: number;
}

export function pickerSites(
  catalogue: readonly SiteEntry[],
  selected: readonly string[],
  limit = LIST_LIMIT,
): PickerSites {
  if (catalogue.length <= limit) return { sites: [...catalogue], left: 0 };
  const chosen = new Set(selected);
  const first = catalogue.filter((s) => chosen.has(s.slug));
  const rest = catalogue
    .filter((s) => !chosen.has(s.slug))
    .sort(byPrerenderPriority)
    .slice(0, Math.max(0, limit - first.length));
  const sites = [...first, ...rest];
  return { sites, left: catalogue.length - sites.length };
}

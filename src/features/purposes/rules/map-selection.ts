/**
 * Which sites a purpose map places. The home page's map shows the best-known
 * running sites, so the first page a visitor sees stays light however large the
 * catalogue grows; the full map (`/purposes/map/`) places up to {@link FULL_MAP_SIZE}
 * and its table lists every one.
 */
import type { SiteEntry } from '#src/catalogue/entry-file.ts';
import { directoryOrder, reachRank } from '#src/features/directories/index.ts';

/** How many sites the home page's map places. */
export const HOME_MAP_SIZE = 60;

/**
 * How many sites the full map places at most. Each dot carries its name, link and description, about 48 bytes
 * compressed, so the page must stop growing with the catalogue to stay within the first-flight budget
 * (`tests/support/budgets.ts`): 261 dots weighed 14,620 bytes of HTML + CSS against 14,336. Two hundred keeps a
 * margin, and past a couple of hundred dots the labels crowd out anyway. The table lists every site.
 */
export const FULL_MAP_SIZE = 200;

/** Address of the full map, with every running site. */
export const FULL_MAP_PATH = '/purposes/map/';

/** Address of the map as a table. */
export const MAP_TABLE_PATH = '/purposes/map/table/';

/** The running sites with the widest reach (unknown reach last), ties in the directory order; at most `limit`. */
export function bestKnownSites(sites: readonly SiteEntry[], limit = HOME_MAP_SIZE): SiteEntry[] {
  return sites
    .filter((s) => s.status !== 'closed')
    .sort((a, b) => reachRank(a) - reachRank(b) || directoryOrder(a, b))
    .slice(0, limit);
}

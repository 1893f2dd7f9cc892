/**
 * The purpose map as a compact list, for narrow screens: the running sites
 * grouped by the map region they sit in (business, both or social, each split
 * into conversation and broadcasting), largest reach first. Same positions as
 * the map ({@link mapPosition}); no layout needed.
 */
import type { SiteEntry } from '#src/catalogue/entry-file.ts';
import { reachRank } from '#src/catalogue/taxonomy.ts';
import { MAP_AXES, mapPosition } from './map.ts';
import { compareNames } from '#src/shared/collate.ts';

/** How close to the middle line a site must be to count as "both". */
export const MIDDLE = 0.05;

export interface MapRegion {
  key: string;
  /** "Business networking · Conversation with peers". */
  label: string;
  sites: { slug: string; name: string; status: SiteEntry['status']; x: number; y: number }[];
}

/** The non-empty regions, top-left to bottom-right as on the map. */
export function mapRegions(sites: readonly SiteEntry[]): MapRegion[] {
  const [xAxis, yAxis] = MAP_AXES;
  const columns = [
    { key: 'business', label: xAxis.negative.label, test: (x: number) => x < -MIDDLE },
    { key: 'both', label: 'Business and social equally', test: (x: number) => Math.abs(x) <= MIDDLE },
    { key: 'social', label: xAxis.positive.label, test: (x: number) => x > MIDDLE },
  ];
  const rows = [
    { key: 'conversation', label: yAxis.positive.label, test: (y: number) => y >= 0 },
    { key: 'broadcasting', label: yAxis.negative.label, test: (y: number) => y < 0 },
  ];
  const placed = sites
    .filter((s) => s.status !== 'closed')
    .map((s) => ({ site: s, ...mapPosition(s.purposes) }))
    .sort((a, b) => reachRank(a.site) - reachRank(b.site) || compareNames(a.site.name, b.site.name));
  return rows
    .flatMap((row) =>
      columns.map((col) => ({
        key: `${col.key}-${row.key}`,
        label: `${col.label} · ${row.label}`,
        sites: placed
          .filter((p) => col.test(p.x) && row.test(p.y))
          .map((p) => ({ slug: p.site.slug, name: p.site.name, status: p.site.status, x: p.x, y: p.y })),
      })),
    )
    .filter((r) => r.sites.length > 0);
}

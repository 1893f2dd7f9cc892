import { describe, expect, it } from 'vitest';
import { allSites, REACH_BANDS, keysOf } from '#src/catalogue/index.ts';
import { MIDDLE, mapPosition, mapRegions } from '#src/features/purposes/index.ts';

const sites = allSites();
const running = sites.filter((s) => s.status !== 'closed');
const bands = keysOf(REACH_BANDS);

describe('the purpose map as regions (phones)', () => {
  const regions = mapRegions(sites);
  it('lists every running site exactly once, and no closed one', () => {
    const slugs = regions.flatMap((r) => r.sites.map((s) => s.slug));
    expect(slugs.sort()).toEqual(running.map((s) => s.slug).sort());
  });
  it('puts each site in the region its map position says', () => {
    for (const r of regions)
      for (const s of r.sites) {
        const { x, y } = mapPosition(sites.find((e) => e.slug === s.slug)!.purposes);
        const side = x < -MIDDLE ? 'business' : x > MIDDLE ? 'social' : 'both';
        expect(r.key).toBe(`${side}-${y >= 0 ? 'conversation' : 'broadcasting'}`);
      }
  });
  it('lists the largest reach first within a region', () => {
    for (const r of regions) {
      const ranks = r.sites.map((s) => {
        const reach = sites.find((e) => e.slug === s.slug)!.reach;
        return reach ? bands.indexOf(reach.band) : bands.length;
      });
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    }
  });
});

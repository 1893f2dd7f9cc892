import { describe, expect, it } from 'vitest';
import { loadEntries, type SiteEntry } from '#src/catalogue/entry-file.ts';
import {
  MAP_AXES,
  MAP_DAMPING,
  axisValue,
  layoutPurposeMap,
  mapPosition,
  overlapArea,
} from '#src/features/purposes/rules/map.ts';
import { PURPOSES, keysOf, type Purpose } from '#src/catalogue/taxonomy.ts';
import { readCatalogueFiles } from '#src/integrations/vite-catalogue.ts';

const sites = loadEntries(readCatalogueFiles(`${import.meta.dirname}/../../..`));
const scores = (partial: Partial<Record<Purpose, number>>): SiteEntry['purposes'] =>
  Object.fromEntries(keysOf(PURPOSES).map((p) => [p, { score: partial[p] ?? 0 }])) as SiteEntry['purposes'];

describe('the purpose map formula', () => {
  it('puts a site that scores nothing in the middle', () => {
    expect(mapPosition(scores({}))).toEqual({ x: 0, y: 0 });
  });

  it('puts a pure business site left and a pure social site right', () => {
    expect(mapPosition(scores({ investors: 3 })).x).toBeLessThan(-0.7);
    expect(mapPosition(scores({ friends: 3 })).x).toBeGreaterThan(0.7);
  });

  it('puts a discussion site high and a broadcasting site low', () => {
    expect(mapPosition(scores({ 'peer-ideas': 3 })).y).toBeGreaterThan(0.7);
    expect(mapPosition(scores({ promotion: 3 })).y).toBeLessThan(-0.7);
  });

  it('lets one core purpose outweigh two good ones', () => {
    expect(mapPosition(scores({ friends: 3, contacts: 2, hiring: 2 })).x).toBeGreaterThan(0);
  });

  it('ignores local when placing a site between business and social', () => {
    expect(mapPosition(scores({ referrals: 3, local: 3 })).x).toBe(mapPosition(scores({ referrals: 3 })).x);
  });

  it('computes the documented formula: (positive − negative) / (both + damping) over weighted squares', () => {
    const purposes = scores({ contacts: 2, friends: 1, promotion: 3 });
    // x: social = 1 + 9 = 10, business = 4 → 6 / (14 + damping)
    expect(axisValue(MAP_AXES[0], purposes)).toBeCloseTo(6 / (14 + MAP_DAMPING));
    // y: conversation = 4 + 0.5 × 1 = 4.5, broadcast = 2 × 9 = 18
    expect(axisValue(MAP_AXES[1], purposes)).toBeCloseTo((4.5 - 18) / (22.5 + MAP_DAMPING));
  });

  it('stays within −1…+1 for every catalogue entry', () => {
    for (const s of sites) {
      const { x, y } = mapPosition(s.purposes);
      expect(Math.abs(x), s.slug).toBeLessThanOrEqual(1);
      expect(Math.abs(y), s.slug).toBeLessThanOrEqual(1);
    }
  });

  it('places LinkedIn on the business side and TikTok on the social, broadcasting side', () => {
    const at = (slug: string) => mapPosition(sites.find((s) => s.slug === slug)!.purposes);
    expect(at('linkedin').x).toBeLessThan(-0.3);
    expect(at('tiktok').x).toBeGreaterThan(0.3);
    expect(at('tiktok').y).toBeLessThan(0);
    expect(at('hacker-news').y).toBeGreaterThan(at('product-hunt').y);
  });
});

describe('the purpose map layout', () => {
  const layout = layoutPurposeMap(sites);

  it('has one dot per site that is still running, and none for closed sites', () => {
    const running = sites
      .filter((s) => s.status !== 'closed')
      .map((s) => s.slug)
      .sort();
    expect(layout.points.map((p) => p.slug).sort()).toEqual(running);
  });

  it('keeps every dot inside the plot and no two dots on top of each other', () => {
    const { plot, dotRadius, points } = layout;
    for (const p of points) {
      expect(p.cx).toBeGreaterThanOrEqual(plot.x);
      expect(p.cx).toBeLessThanOrEqual(plot.x + plot.width);
      expect(p.cy).toBeGreaterThanOrEqual(plot.y);
      expect(p.cy).toBeLessThanOrEqual(plot.y + plot.height);
    }
    for (let i = 0; i < points.length; i++) {
      for (let j = i + 1; j < points.length; j++) {
        const d = Math.hypot(points[i]!.cx - points[j]!.cx, points[i]!.cy - points[j]!.cy);
        expect(d, `${points[i]!.slug} and ${points[j]!.slug}`).toBeGreaterThanOrEqual(dotRadius * 2);
      }
    }
  });

  it('keeps a big tie inside the plot, dots apart: sixty sites scored alike at the top edge', () => {
    // Core for referrals and nothing else: the business side's top edge. One column of sixty would run past it.
    const base = sites.find((s) => s.status === 'active')!;
    const alike = Array.from({ length: 60 }, (_, i) => ({
      ...base,
      slug: `alike-${String(i).padStart(2, '0')}`,
      name: `Alike ${i}`,
      purposes: scores({ referrals: 3 }),
    }));
    const { plot, dotRadius, points } = layoutPurposeMap(alike);
    for (const p of points) {
      expect(p.cy, p.slug).toBeGreaterThanOrEqual(plot.y);
      expect(p.cy, p.slug).toBeLessThanOrEqual(plot.y + plot.height);
      expect(p.cx, p.slug).toBeGreaterThanOrEqual(plot.x);
      expect(p.cx, p.slug).toBeLessThanOrEqual(plot.x + plot.width);
    }
    for (let i = 0; i < points.length; i++)
      for (let j = i + 1; j < points.length; j++)
        expect(Math.hypot(points[i]!.cx - points[j]!.cx, points[i]!.cy - points[j]!.cy)).toBeGreaterThanOrEqual(
          dotRadius * 2,
        );
  });

  it('places labels so that none overlaps another label, a dot or an axis caption, dropping the ones that cannot fit', () => {
    const { dotRadius, axisLabels } = layout;
    const points = layout.points.filter((p) => p.labelled);
    const clashes: string[] = [];
    for (const p of points) {
      for (const q of layout.points) {
        if (p !== q && q.labelled && p.slug < q.slug && overlapArea(p.label.box, q.label.box) > 0)
          clashes.push(`${p.slug} label / ${q.slug} label`);
        const dot = { x: q.cx - dotRadius, y: q.cy - dotRadius, width: 2 * dotRadius, height: 2 * dotRadius };
        if (overlapArea(p.label.box, dot) > 0) clashes.push(`${p.slug} label / ${q.slug} dot`);
      }
      for (const a of axisLabels)
        if (overlapArea(p.label.box, a.box) > 0) clashes.push(`${p.slug} label / "${a.text}"`);
    }
    expect(clashes).toEqual([]);
  });

  it('names most sites on the map, and the largest first', () => {
    const labelled = layout.points.filter((p) => p.labelled);
    expect(labelled.length).toBeGreaterThanOrEqual(Math.min(layout.points.length, 40));
    const biggest = sites.filter((s) => s.status !== 'closed' && s.reach?.band === '1b').map((s) => s.slug);
    const unnamed = layout.points.filter((p) => !p.labelled).map((p) => p.slug);
    expect(biggest.filter((slug) => unnamed.includes(slug)).length).toBeLessThanOrEqual(Math.ceil(biggest.length / 3));
  });

  it('keeps every label inside the picture', () => {
    for (const p of layout.points.filter((x) => x.labelled)) {
      expect(p.label.box.x, p.slug).toBeGreaterThanOrEqual(0);
      expect(p.label.box.x + p.label.box.width, p.slug).toBeLessThanOrEqual(layout.width);
    }
  });

  it('draws the same picture every time', () => {
    expect(layoutPurposeMap([...sites].reverse())).toEqual(layout);
  });
});

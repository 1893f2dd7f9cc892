/** Small hand-made entries for the directory rules: only what a test sets differs from a plain, running, worldwide site. */
import type { SiteEntry } from '#src/catalogue/entry-file.ts';
import { PURPOSES, keysOf, type Purpose } from '#src/catalogue/taxonomy.ts';

export interface SiteSpec extends Partial<Omit<SiteEntry, 'purposes'>> {
  slug: string;
  /** Purpose scores; every score of 2 or more gets a reason naming the purpose. */
  scores?: Partial<Record<Purpose, number>>;
}

export function site({ slug, scores = {}, ...rest }: SiteSpec): SiteEntry {
  const purposes = Object.fromEntries(
    keysOf(PURPOSES).map((p) => {
      const score = scores[p] ?? 0;
      return [p, score >= 2 ? { score, reason: `${slug} is good for ${p}.` } : { score }];
    }),
  ) as SiteEntry['purposes'];
  return {
    slug,
    name: slug.charAt(0).toUpperCase() + slug.slice(1),
    url: `https://${slug}.example`,
    tagline: `${slug}: a test site for the directories.`,
    kind: 'business',
    purposes,
    audiences: ['professionals'],
    timeCost: 'light',
    pricing: { model: 'free' },
    revenue: ['ads'],
    owner: 'Test owner',
    countries: 'global',
    absentIn: [],
    fields: {},
    status: 'active',
    features: [],
    pros: ['Good at tests.'],
    cons: ['Not real.'],
    aliases: [],
    alternatives: [],
    sources: [{ title: 'Test source', url: 'https://example.com/' }],
    lastChecked: new Date('2026-01-01T00:00:00Z'),
    factCheck: 'sources',
    body: 'A site made up for the unit tests of the directory rules.',
    ...rest,
  };
}

/** A reach of the given band with a source. */
export const reach = (
  band: NonNullable<SiteEntry['reach']>['band'],
  year?: number,
): NonNullable<SiteEntry['reach']> => ({
  band,
  measure: 'monthly active users',
  ...(year === undefined ? {} : { year }),
  source: { title: 'Test figure', url: 'https://example.com/figure' },
});

/**
 * Synthetic catalogue entries for the recommender's property tests, built
 * from the taxonomy: every entry is valid, and each test opts in to the parts
 * it exercises (countries a site is absent or little used in, fields, groups
 * it admits alone), so one generator serves them all.
 */
import fc from 'fast-check';
import type { SiteEntry } from '#src/catalogue/entry-file.ts';
import {
  AUDIENCES,
  ELIGIBILITY_GROUPS,
  FEATURES,
  KINDS,
  PRICING_MODELS,
  PURPOSES,
  REACH_BANDS,
  ROLES,
  STATUSES,
  TIME_COSTS,
  keysOf,
  type Field,
  type Purpose,
  type Score,
} from '#src/catalogue/taxonomy.ts';

export interface SiteArbitraryOptions {
  /** The slugs to draw from; random lower-case slugs by default. */
  slug?: fc.Arbitrary<string>;
  /** The countries a national site may list. */
  countries?: readonly string[];
  /** Countries a worldwide site may be absent from. None by default. */
  absentIn?: readonly string[];
  /** Whether a worldwide site may be little used in some of `countries`, each with a synthetic source. */
  littleUsed?: boolean;
  /** The fields a site may be built for (one or two of them). None by default: general platforms only. */
  fields?: readonly Field[];
  /** Whether a site may admit only some groups of people (`eligibility`). */
  groups?: boolean;
  /** Whether a site may admit only one role in its field (`eligibility.roles`: practitioners or support staff). */
  roles?: boolean;
}

const scoreArb = fc.constantFrom<Score>(0, 1, 2, 3);
const purposesArb = fc.record(
  Object.fromEntries(
    keysOf(PURPOSES).map((p) => [
      p,
      scoreArb.map((score) => ({ score, reason: 'A synthetic reason for this score.' })),
    ]),
  ) as { [P in Purpose]: fc.Arbitrary<{ score: Score; reason: string }> },
);
const none = <T>() => fc.constant<T[]>([]);

/** A valid catalogue entry with random purposes, audiences, countries, reach and status. */
export function siteArbitrary({
  slug = fc.stringMatching(/^[a-z][a-z0-9]{0,9}$/),
  countries = ['US', 'GB', 'DE'],
  absentIn = [],
  littleUsed = false,
  fields = [],
  groups = false,
  roles = false,
}: SiteArbitraryOptions = {}): fc.Arbitrary<SiteEntry> {
  return fc
    .record({
      slug,
      kind: fc.constantFrom(...keysOf(KINDS)),
      purposes: purposesArb,
      audiences: fc.subarray(keysOf(AUDIENCES), { minLength: 1 }),
      timeCost: fc.constantFrom(...keysOf(TIME_COSTS)),
      pricingModel: fc.constantFrom(...keysOf(PRICING_MODELS)),
      countries: fc.oneof(fc.constant<'global'>('global'), fc.subarray([...countries], { minLength: 1 })),
      absentIn: absentIn.length > 0 ? fc.subarray([...absentIn]) : none<string>(),
      littleUsedIn: littleUsed ? fc.subarray([...countries]) : none<string>(),
      fields:
        fields.length > 0
          ? fc.oneof(
              fc.constant({}),
              fc
                .subarray([...fields], { minLength: 1, maxLength: 2 })
                .map((fs) => Object.fromEntries(fs.map((f) => [f, 'Built for these people.']))),
            )
          : fc.constant({}),
      reach: fc.option(fc.constantFrom(...keysOf(REACH_BANDS)), { nil: undefined }),
      status: fc.constantFrom(...keysOf(STATUSES)),
      features: fc.subarray(keysOf(FEATURES)),
      groups: groups
        ? fc.option(fc.subarray(keysOf(ELIGIBILITY_GROUPS), { minLength: 1 }), { nil: undefined })
        : fc.constant(undefined),
      roles: roles ? fc.option(fc.constantFrom(...keysOf(ROLES)), { nil: undefined }) : fc.constant(undefined),
      // Made for its groups and welcoming others (`othersWelcome`), for a site that names groups.
      othersWelcome: groups ? fc.boolean() : fc.constant(false),
    })
    .map(({ pricingModel, reach, countries, absentIn, littleUsedIn, groups, roles, othersWelcome, ...s }) => ({
      ...s,
      countries,
      absentIn: countries === 'global' ? absentIn : [],
      ...(countries === 'global' && littleUsedIn.length > 0
        ? {
            littleUsedIn: littleUsedIn.map((country) => ({
              country,
              note: 'A synthetic survey says few people there use it.',
              source: { title: `Survey ${country}`, url: 'https://example.com/survey' },
            })),
          }
        : {}),
      ...(reach
        ? { reach: { band: reach, measure: 'members', source: { title: 'Synthetic', url: 'https://example.com' } } }
        : {}),
      ...(groups || roles
        ? {
            eligibility: {
              groups: groups ?? [],
              roles: roles ? [roles] : [],
              ...(othersWelcome && groups ? { othersWelcome: true as const } : {}),
              rule: 'Only these groups may join, says the synthetic rule.',
              source: { title: 'Synthetic rule', url: 'https://example.com/rule' },
            },
          }
        : {}),
      name: s.slug.toUpperCase(),
      url: `https://${s.slug}.example`,
      tagline: 'A synthetic site for property tests.',
      pricing: { model: pricingModel, note: 'Synthetic price note' },
      revenue: ['ads' as const],
      owner: 'Test owner',
      pros: ['Synthetic pro'],
      cons: ['Synthetic con'],
      aliases: [],
      alternatives: [],
      sources: [{ title: 'Synthetic source', url: 'https://example.com' }],
      lastChecked: new Date('2026-01-01'),
      factCheck: 'sources' as const,
      body: 'A synthetic site, generated for a property test of the recommender.',
    }));
}

/** A catalogue of 1 to 15 entries with distinct slugs. */
export function catalogueArbitrary(site: fc.Arbitrary<SiteEntry>): fc.Arbitrary<SiteEntry[]> {
  return fc.uniqueArray(site, { selector: (s) => s.slug, minLength: 1, maxLength: 15 });
}

/**
 * People nearby after a goal met outside the field: when the first goal is promotion, hiring or investors, meeting
 * people nearby as a later goal is meeting the customers, employers or investors nearby (a plumber's second goal
 * after promotion is customers in town, not fellow plumbers). A network built for the visitor's field that serves
 * only those goals reaches the field's own people, only part of those wanted: it earns the outward field points, as
 * it does for the first goal alone. With the nearby goal first, or a first goal met among peers, nothing changes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SiteEntry } from '#src/catalogue/entry-file.ts';
import { FIELDS, PURPOSES, keysOf, type Purpose, type Score } from '#src/catalogue/taxonomy.ts';
import { ADJUSTMENTS, OUTWARD_GOALS, recommend } from '#src/features/recommend/rules/recommend.ts';
import { siteArbitrary } from '../../support/site-arbitrary.ts';

const FIELD_KEYS = [...FIELDS.keys()];
const OUTWARD = [...OUTWARD_GOALS];
const PEER_GOALS = keysOf(PURPOSES).filter((p) => !OUTWARD_GOALS.has(p) && p !== 'local');

/**
 * A worldwide, active site open to everyone, built for one field, good or core for one outward goal and for meeting
 * people nearby, and of no more than incidental use for every other goal, with no hiring market of its own.
 */
const siteArb = fc
  .tuple(
    siteArbitrary(),
    fc.constantFrom(...FIELD_KEYS),
    fc.constantFrom(...OUTWARD),
    fc.constantFrom<Score>(2, 3),
    fc.constantFrom<Score>(2, 3),
  )
  .map(([s, field, goal, goalScore, nearby]) => {
    const { littleUsedIn: _, ...clean } = s;
    const purposes = Object.fromEntries(
      keysOf(PURPOSES).map((p) => [p, { score: Math.min(s.purposes[p].score, 1) as Score }]),
    ) as SiteEntry['purposes'];
    const site: SiteEntry = {
      ...clean,
      slug: 'own',
      countries: 'global',
      absentIn: [],
      status: 'active',
      eligibility: undefined,
      audiences: ['consumers'],
      general: undefined,
      // No job listings, client work or co-founder matching: which hiring market it serves is another rule's.
      features: s.features.filter((f) => f !== 'jobs' && f !== 'client-work' && f !== 'co-founder-matching'),
      fields: { [field]: 'Built for this field.' },
      purposes: {
        ...purposes,
        [goal]: { score: goalScore, reason: 'Serves this goal.' },
        local: { score: nearby, reason: 'Clients nearby.' },
      },
    };
    return { site, field, goal };
  });

const fieldPoints = (goals: Purpose[], site: SiteEntry, field: string) =>
  recommend({ goals, field: field as never }, [site]).results[0]!.reasons.find((x) => /^built for/.test(x.text))!;

describe('people nearby after a goal met outside the field', () => {
  it('gives a field’s network serving only that goal and people nearby the outward field points, as for the goal alone', () => {
    fc.assert(
      fc.property(siteArb, ({ site, field, goal }) => {
        const alone = fieldPoints([goal], site, field);
        const withNearby = fieldPoints([goal, 'local'], site, field);
        expect(alone.points).toBe(ADJUSTMENTS.fieldMatchOutward.points);
        expect(withNearby.points).toBe(ADJUSTMENTS.fieldMatchOutward.points);
        expect(withNearby.text).toMatch(/only part of those you want to reach/);
      }),
    );
  });

  it('keeps the full field points when meeting people nearby comes first, or after a goal met among peers', () => {
    fc.assert(
      fc.property(siteArb, fc.constantFrom(...PEER_GOALS), ({ site, field, goal }, peer) => {
        expect(fieldPoints(['local', goal], site, field).points).toBe(ADJUSTMENTS.fieldMatch.points);
        const peers = { ...site, purposes: { ...site.purposes, [peer]: { score: 2 as Score, reason: 'Peers.' } } };
        expect(fieldPoints([peer, 'local'], peers, field).points).toBe(ADJUSTMENTS.fieldMatch.points);
      }),
    );
  });
});

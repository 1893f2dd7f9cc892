/**
 * Promotion to the crowd: when the first goal is promotion and a field is named, a field's own network earns the
 * outward field points for reaching that field's customers (its listeners, readers, buyers). A general platform core
 * for promotion, made for who the visitor said they are (whoever they are, when they did not say) and with a sourced
 * audience of over a billion, holds those customers too: it earns the same points, so the two come out equal on the
 * field and its audience orders them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SiteEntry } from '#src/catalogue/entry-file.ts';
import { AUDIENCES, FIELDS, PURPOSES, REACH_BANDS, keysOf, type Purpose } from '#src/catalogue/taxonomy.ts';
import { ADJUSTMENTS, CROWD_REACH, recommend, type Recommendation } from '#src/features/recommend/rules/recommend.ts';
import { siteArbitrary } from '../../support/site-arbitrary.ts';

const FIELD_KEYS = [...FIELDS.keys()];
const AUDIENCE_KEYS = keysOf(AUDIENCES);
const OTHER_GOALS = keysOf(PURPOSES).filter((p) => p !== 'promotion');
const source = { title: 'S', url: 'https://example.com' };

/** Twins of one random site, worldwide, active, open to everyone, core for promotion: one built for the field, one general with a billion users. */
const twinsArb = fc
  .tuple(siteArbitrary(), fc.constantFrom(...FIELD_KEYS), fc.constantFrom(...AUDIENCE_KEYS))
  .map(([s, field, audience]) => {
    const { littleUsedIn: _, ...clean } = s;
    const base: SiteEntry = {
      ...clean,
      countries: 'global',
      absentIn: [],
      status: 'active',
      eligibility: undefined,
      audiences: [audience, 'consumers'],
      purposes: { ...s.purposes, promotion: { score: 3, reason: 'Built to be seen.' } },
    };
    const crowd: SiteEntry = {
      ...base,
      slug: 'crowd',
      fields: {},
      general: undefined,
      reach: { band: '1b', measure: 'monthly active users', source },
    };
    const own: SiteEntry = {
      ...base,
      slug: 'own',
      fields: { [field]: 'Built for this field.' },
      general: undefined,
      reach: { band: '10m', measure: 'members', source },
    };
    return { crowd, own, field, audience };
  });

const fieldTerm = (r: Recommendation, slug: string) =>
  r.results.find((x) => x.slug === slug)!.reasons.find((x) => /^(built|general platform)/.test(x.text))!;
const total = (r: Recommendation, slug: string) =>
  r.results.find((x) => x.slug === slug)!.reasons.reduce((a, x) => a + x.points, 0);

describe('promotion to the crowd', () => {
  it('publishes the rule: a billion-user general platform made for you earns the outward field points', () => {
    expect(ADJUSTMENTS.fieldCrowd.points).toBe(ADJUSTMENTS.fieldMatchOutward.points);
    expect(ADJUSTMENTS.fieldCrowd.points).toBeGreaterThan(0);
    expect(ADJUSTMENTS.fieldCrowd.question).toBe('Field');
    expect(REACH_BANDS.has(CROWD_REACH)).toBe(true);
    expect(ADJUSTMENTS.fieldCrowd.when).toMatch(/promotion/);
  });

  it('gives a general platform core for promotion, made for you, with over a billion users, the field points a field network earns for promotion first, and puts it first at an equal score', () => {
    fc.assert(
      fc.property(twinsArb, fc.uniqueArray(fc.constantFrom(...OTHER_GOALS), { maxLength: 2 }), (t, later) => {
        const goals: Purpose[] = ['promotion', ...later];
        const r = recommend({ goals, field: t.field, audience: t.audience }, [t.own, t.crowd]);
        expect(fieldTerm(r, 'crowd')).toEqual({
          text: expect.stringMatching(/^general platform core for promotion, made for /) as string,
          points: ADJUSTMENTS.fieldCrowd.points,
        });
        // Promotion only: both earn the same points for the field, and the larger audience breaks the tie.
        if (later.length === 0) {
          expect(fieldTerm(r, 'own').points).toBe(ADJUSTMENTS.fieldMatchOutward.points);
          expect(total(r, 'crowd')).toBe(total(r, 'own'));
          expect(r.results.map((x) => x.slug)).toEqual(['crowd', 'own']);
        }
      }),
    );
  });

  it('gives the points with promotion a later goal when the platform is good for the first, so raising a goal it is core on never takes them away', () => {
    fc.assert(
      fc.property(twinsArb, fc.constantFrom(...OTHER_GOALS), fc.constantFrom(2, 3), (t, first, score) => {
        const crowd: SiteEntry = {
          ...t.crowd,
          features: t.crowd.features.filter((f) => f !== 'jobs' && f !== 'client-work' && f !== 'co-founder-matching'),
          purposes: { ...t.crowd.purposes, [first]: { score, reason: 'Good for it.' } },
        };
        for (const goals of [
          [first, 'promotion'],
          ['promotion', first],
        ] as Purpose[][]) {
          const r = recommend({ goals, field: t.field, audience: t.audience }, [crowd]);
          expect(fieldTerm(r, 'crowd').points).toBe(ADJUSTMENTS.fieldCrowd.points);
        }
      }),
    );
  });

  it('gives the points when you did not say who you are: the customers are on the platform whoever promotes to them, and no audience said is aimed at by no site', () => {
    fc.assert(
      fc.property(twinsArb, (t) => {
        // Made for some audience, not necessarily everyone: with none said, none is a mismatch.
        const crowd: SiteEntry = { ...t.crowd, audiences: [t.audience] };
        const own: SiteEntry = { ...t.own, audiences: [t.audience] };
        const r = recommend({ goals: ['promotion'], field: t.field }, [own, crowd]);
        expect(fieldTerm(r, 'crowd')).toEqual({
          text: expect.stringMatching(/^general platform core for promotion, with /) as string,
          points: ADJUSTMENTS.fieldCrowd.points,
        });
        expect(total(r, 'crowd')).toBe(total(r, 'own'));
        expect(r.results.map((x) => x.slug)).toEqual(['crowd', 'own']);
      }),
    );
  });

  it('gives nothing more to a platform with a smaller audience, not made for you, only good for promotion, or when promotion is a later goal and it is of little use for the first, or no field is named (with an audience said that it is not made for)', () => {
    fc.assert(
      fc.property(
        twinsArb,
        fc.constantFrom('smaller', 'other audience', 'good only', 'later', 'no field'),
        fc.constantFrom(...OTHER_GOALS),
        (t, change, other) => {
          const crowd: SiteEntry =
            change === 'smaller'
              ? { ...t.crowd, reach: { band: '100m', measure: 'monthly active users', source } }
              : change === 'other audience'
                ? { ...t.crowd, audiences: AUDIENCE_KEYS.filter((a) => a !== t.audience) }
                : change === 'good only'
                  ? { ...t.crowd, purposes: { ...t.crowd.purposes, promotion: { score: 2, reason: 'Seen.' } } }
                  : change === 'later'
                    ? { ...t.crowd, purposes: { ...t.crowd.purposes, [other]: { score: 1, reason: 'Some use.' } } }
                    : t.crowd;
          const goals: Purpose[] = change === 'later' ? [other, 'promotion'] : ['promotion'];
          const r = recommend(
            {
              goals,
              ...(change === 'no field' ? {} : { field: t.field }),
              audience: t.audience,
            },
            [crowd],
          );
          for (const reason of r.results[0]!.reasons)
            expect(reason.text).not.toMatch(/^general platform core for promotion/);
        },
      ),
    );
  });
});

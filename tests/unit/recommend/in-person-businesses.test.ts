/**
 * Some sites list only businesses that meet their customers in person (a map listing needs a place customers visit or
 * an area served): for a visitor who said they work online, or who named a field whose work is handed over at a
 * distance ({@link DISTANCE_FIELDS}: software, design, writing) without saying they meet in person, such a site's
 * promotion earns at most incidental's points; for anyone else it keeps its score.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SiteEntry } from '#src/catalogue/entry-file.ts';
import { siteSchema } from '#src/catalogue/schema.ts';
import { DISTANCE_FIELDS, type Score } from '#src/catalogue/taxonomy.ts';
import { IN_PERSON_BUSINESSES_RULE, goalPointsTable, recommend } from '#src/features/recommend/rules/recommend.ts';
import { siteArbitrary } from '../../support/site-arbitrary.ts';
import { answersArb } from '../../support/answers-arbitrary.ts';

const RULE = {
  rule: 'A business must make in-person contact with customers during its stated hours',
  source: { title: 'Listing guidelines', url: 'https://example.com/guidelines' },
};
const listedOnly = (s: SiteEntry): SiteEntry => ({ ...s, inPersonBusinessesOnly: RULE });

/** A site and its twin that lists only businesses met in person, each in a catalogue with the same other site. */
const twinsArb = fc
  .tuple(siteArbitrary({ slug: fc.constant('site') }), siteArbitrary({ slug: fc.constant('other') }))
  .map(([site, other]) => ({ site, twin: listedOnly(site), other }));
const scoreOf = (r: ReturnType<typeof recommend>, slug: string) => r.results.find((x) => x.slug === slug)?.score;
const rankOf = (r: ReturnType<typeof recommend>, slug: string) => r.results.findIndex((x) => x.slug === slug);

/**
 * With `twin` good or core (`promotion`) for promotion, its promotion earns incidental's points at the goal's place and
 * its reason says so, naming `why` (unless it is not listed: another country, closed).
 */
function expectIncidentalPromotion(
  answers: Parameters<typeof recommend>[0],
  twin: SiteEntry,
  other: SiteEntry,
  promotion: Score,
  why: RegExp,
): void {
  const site = { ...twin, purposes: { ...twin.purposes, promotion: { score: promotion, reason: 'Promotes.' } } };
  const reason = recommend(answers, [site, other])
    .results.find((x) => x.slug === 'site')
    ?.reasons.find((x) => /for promotion, your /.test(x.text));
  if (reason === undefined) return;
  expect(reason.points).toBe(goalPointsTable(answers.goals.length)[answers.goals.indexOf('promotion')]![1]);
  expect(reason.text).toMatch(/counted as incidental: .*businesses customers visit/);
  expect(reason.text).toMatch(why);
}

describe('listings only for businesses met in person', () => {
  it('never raises a site’s score or rank, for any visitor', () => {
    fc.assert(
      fc.property(answersArb(), twinsArb, (answers, { site, twin, other }) => {
        const before = recommend(answers, [site, other]);
        const after = recommend(answers, [twin, other]);
        if (scoreOf(before, 'site') === undefined) return; // not listed (another country, closed)
        expect(scoreOf(after, 'site')).toBeLessThanOrEqual(scoreOf(before, 'site')!);
        expect(rankOf(after, 'site')).toBeGreaterThanOrEqual(rankOf(before, 'site'));
      }),
    );
  });

  it('changes nothing when the visitor did not say they work online and named no field whose work is at a distance', () => {
    fc.assert(
      fc.property(answersArb(), twinsArb, (asked, { site, twin, other }) => {
        const answers = { ...asked, inPerson: asked.inPerson === 'online' ? undefined : asked.inPerson };
        if (answers.field !== undefined && DISTANCE_FIELDS.has(answers.field) && answers.inPerson !== 'in-person')
          answers.field = undefined;
        expect(recommend(answers, [twin, other])).toEqual(recommend(answers, [site, other]));
      }),
    );
  });

  it('changes nothing for a field whose work is at a distance when the visitor said they meet in person', () => {
    fc.assert(
      fc.property(answersArb({ fields: [...DISTANCE_FIELDS] }), twinsArb, (asked, { site, twin, other }) => {
        const answers = { ...asked, inPerson: 'in-person' as const };
        expect(recommend(answers, [twin, other])).toEqual(recommend(answers, [site, other]));
      }),
    );
  });

  it('gives a site good or core for promotion incidental’s points for it when the visitor’s field is work handed over at a distance (software, design, writing, translation, marketing) and they did not say in person, and says why', () => {
    fc.assert(
      fc.property(
        answersArb({ goal: 'promotion', fields: [...DISTANCE_FIELDS] }),
        twinsArb,
        fc.constantFrom<Score>(2, 3),
        fc.constantFrom(undefined, 'either' as const),
        (asked, { twin, other }, promotion, inPerson) => {
          const answers = { ...asked, field: asked.field ?? 'software', inPerson };
          expectIncidentalPromotion(answers, twin, other, promotion, /handed over at a distance/);
        },
      ),
    );
  });

  it('gives a site good or core for promotion incidental’s points for it when the visitor works online, and says why', () => {
    fc.assert(
      fc.property(
        answersArb({ goal: 'promotion' }),
        twinsArb,
        fc.constantFrom<Score>(2, 3),
        (asked, { twin, other }, promotion) => {
          const answers = { ...asked, inPerson: 'online' as const };
          expectIncidentalPromotion(answers, twin, other, promotion, /you said you work online/);
        },
      ),
    );
  });

  it('is a sourced rule in the schema, and the methodology says what it does', () => {
    const entry = (extra: object) =>
      siteSchema.safeParse({
        name: 'Example',
        url: 'https://example.com',
        tagline: 'An example listing site for tests',
        kind: 'business',
        purposes: Object.fromEntries(
          ['contacts', 'peer-ideas', 'referrals', 'investors', 'promotion', 'hiring', 'local', 'friends'].map((p) => [
            p,
            { score: 0 },
          ]),
        ),
        audiences: ['small-business'],
        timeCost: 'light',
        pricing: { model: 'free' },
        revenue: ['ads'],
        owner: 'Example Inc.',
        countries: 'global',
        status: 'active',
        features: [],
        pros: ['Free listing'],
        cons: ['Few users'],
        sources: [{ title: 'Example', url: 'https://example.com' }],
        lastChecked: '2026-12-01',
        factCheck: 'sources',
        ...extra,
      });
    expect(entry({ inPersonBusinessesOnly: RULE }).success).toBe(true);
    expect(entry({ inPersonBusinessesOnly: { rule: RULE.rule } }).success).toBe(false);
    expect(IN_PERSON_BUSINESSES_RULE).toMatch(/incidental \(1\)/);
  });
});

/**
 * A field's own networks come first when the first goal is met among peers, but not when the visitor wants to meet
 * people nearby in person and the network is online only: of no use (0) for meeting people nearby and holding no
 * meetings (a game's streaming site or virtual tabletop, for players who want a table in their town). It then ranks
 * with the general platforms, on its score, as a general platform with groups nearby may serve both goals. A field's
 * network of incidental use (1) nearby (a photo community whose groups go on walks) still comes first.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '#src/features/recommend/rules/answers.ts';
import type { SiteEntry } from '#src/catalogue/entry-file.ts';
import { siteArbitrary } from '../../support/site-arbitrary.ts';
import { ORDER_RULES, rankKeys, recommend } from '#src/features/recommend/rules/recommend.ts';
import { type Purpose, type Score } from '#src/catalogue/taxonomy.ts';
import { withScores } from '../../support/recommendation.ts';

const source = { title: 'Synthetic', url: 'https://example.com' };

/** A worldwide site open to everyone, with no fields, given features and scores. */
function site(
  base: SiteEntry,
  slug: string,
  features: SiteEntry['features'],
  scores: Partial<Record<Purpose, Score>>,
): SiteEntry {
  return withScores(
    {
      ...base,
      slug,
      status: 'active',
      countries: 'global',
      absentIn: [],
      littleUsedIn: undefined,
      audiences: ['consumers'],
      eligibility: undefined,
      fields: {},
      general: undefined,
      features,
      reach: { band: '10m', measure: 'members', source },
    },
    scores,
  );
}

describe('a field’s online-only networks, for people who want to meet nearby in person', () => {
  const [base] = fc.sample(siteArbitrary(), 1);
  const answers: Answers = { goals: ['friends', 'local'], field: 'gaming', inPerson: 'in-person' };
  // A streaming site built for gaming: core for friends (entertainment), of no use for meeting people nearby.
  const streams = {
    ...site(base!, 'streams', ['profiles', 'video'], { friends: 3, local: 0 }),
    fields: { gaming: 'Built around live streams of games.' },
  };
  // A general platform core for both, whose groups meet in person.
  const club = site(base!, 'club', ['profiles', 'groups', 'events', 'in-person-meetings'], { friends: 3, local: 3 });

  it('puts a general platform that meets nearby, with a higher score, before a field’s online-only network', () => {
    const r = recommend(answers, [streams, club]);
    const score = (slug: string) => r.results.find((x) => x.slug === slug)!.score;
    expect(score('club')).toBeGreaterThan(score('streams'));
    expect(r.results.map((x) => x.slug)).toEqual(['club', 'streams']);
  });

  it('keeps a field’s network first when it is of some use for meeting people nearby, or holds meetings', () => {
    const nearby = { ...withScores(streams, { friends: 3, local: 1 }), slug: 'nearby' };
    const meets = {
      ...withScores(streams, { friends: 3, local: 0 }),
      slug: 'meets',
      features: [...streams.features, 'in-person-meetings' as const],
    };
    const keys = new Map(rankKeys(answers, [nearby, meets, club]).map((k) => [k.site.slug, k.fieldTier]));
    expect(keys.get('nearby')).toBe(0);
    expect(keys.get('meets')).toBe(0);
    expect(keys.get('club')).toBe(1);
  });

  it('changes nothing without both: meeting people nearby as a goal, and meeting in person', () => {
    for (const other of [
      { ...answers, inPerson: 'either' as const },
      { ...answers, inPerson: undefined },
      { ...answers, goals: ['friends' as const] },
    ]) {
      const keys = new Map(rankKeys(other, [streams, club]).map((k) => [k.site.slug, k.fieldTier]));
      expect(keys.get('streams')).toBe(0);
    }
  });

  it('holds for any online-only network of the field: never in the first tier when both are asked', () => {
    fc.assert(
      fc.property(
        siteArbitrary(),
        fc.constantFrom<Purpose[]>(['friends', 'local'], ['local', 'friends'], ['peer-ideas', 'local']),
        (s, goals) => {
          const online = {
            ...withScores(s, { local: 0 }),
            features: s.features.filter((f) => f !== 'in-person-meetings'),
            status: 'active' as const,
            fields: { gaming: 'Built for players.' },
            general: undefined,
          };
          const keys = rankKeys({ goals, field: 'gaming', inPerson: 'in-person' }, [online]);
          for (const k of keys) expect(k.fieldTier).not.toBe(0);
        },
      ),
    );
  });

  it('is stated on the methodology page', () => {
    expect(ORDER_RULES.some((rule) => /meet people nearby in person/.test(rule) && /online/.test(rule))).toBe(true);
  });
});

/**
 * Meeting in person, with friends as a goal: a site good for meeting people nearby that lists events, without
 * regular meetings of its own, earns `meetsAtEvents` (the points of a club that meets) in place of `meetsNearby`:
 * its events are where people who do not know each other yet meet in person. For business goals only a club's
 * regular meetings count that much.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '#src/features/recommend/rules/answers.ts';
import { siteArbitrary } from '../../support/site-arbitrary.ts';
import { answersArb } from '../../support/answers-arbitrary.ts';
import { ADJUSTMENTS, explainSite, rankKeys, recommend } from '#src/features/recommend/rules/recommend.ts';
import { type Score } from '#src/catalogue/taxonomy.ts';
import { unclamped, withScores } from '../../support/recommendation.ts';

/** A worldwide active site without events or meetings, with the given score for meeting people nearby. */
const plain = (s: Parameters<typeof withScores>[0], local: Score) =>
  withScores(
    {
      ...s,
      status: 'active',
      countries: 'global',
      absentIn: [],
      features: s.features.filter((f) => f !== 'events' && f !== 'in-person-meetings'),
    },
    { local },
  );

const inPersonAnswers = answersArb().map((a): Answers => ({ ...a, inPerson: 'in-person' }));

describe('meeting in person at events, with friends as a goal', () => {
  it('gives a site good nearby with events the points of a club that meets, only when friends is a goal', () => {
    fc.assert(
      fc.property(inPersonAnswers, siteArbitrary(), fc.constantFrom<Score>(2, 3), (answers, s, local) => {
        const base = plain(s, local);
        const withEvents = { ...base, slug: `${base.slug}x`, features: [...base.features, 'events' as const] };
        const r = recommend(answers, [base, withEvents]);
        const friends = answers.goals.includes('friends');
        // The newFriends row may pay for the events too when meeting people nearby is not a goal
        // (new-friends.test.ts); this row is the mode's.
        const newFriends =
          friends && !answers.goals.includes('local') && local === 2 && withEvents.purposes.friends.score >= 2
            ? ADJUSTMENTS.newFriends.points
            : 0;
        expect(ADJUSTMENTS.meetsAtEvents.points).toBe(ADJUSTMENTS.meetsInPerson.points);
        expect(ADJUSTMENTS.meetsAtEvents.points).toBeGreaterThan(ADJUSTMENTS.meetsNearby.points);
        expect(unclamped(r, withEvents.slug) - unclamped(r, base.slug)).toBe(
          (friends ? ADJUSTMENTS.meetsAtEvents.points - ADJUSTMENTS.meetsNearby.points : 0) + newFriends,
        );
        const said = explainSite(answers, withEvents).reasons.some((x) =>
          x.text.includes('with events where they meet in person'),
        );
        expect(said).toBe(friends);
      }),
    );
  });

  it('orders such a site equal with a club that meets on the way of meeting, for friends in person', () => {
    fc.assert(
      fc.property(inPersonAnswers, siteArbitrary(), (answers, s) => {
        const asked: Answers = { ...answers, goals: answers.goals.includes('friends') ? answers.goals : ['friends'] };
        const base = plain(s, 2);
        const events = { ...base, slug: 'events', features: [...base.features, 'events' as const] };
        const club = { ...base, slug: 'club', features: [...base.features, 'in-person-meetings' as const] };
        const keys = new Map(rankKeys(asked, [events, club]).map((k) => [k.site.slug, k]));
        expect(keys.get('events')!.modePoints).toBe(keys.get('club')!.modePoints);
      }),
    );
  });

  it('gives events nothing for a site of no more than incidental use nearby: its events need not be near you', () => {
    fc.assert(
      fc.property(inPersonAnswers, siteArbitrary(), fc.constantFrom<Score>(0, 1), (answers, s, local) => {
        const base = plain(s, local);
        const withEvents = { ...base, slug: `${base.slug}x`, features: [...base.features, 'events' as const] };
        const keys = new Map(rankKeys(answers, [base, withEvents]).map((k) => [k.site.slug, k]));
        expect(keys.get(withEvents.slug)!.modePoints).toBe(ADJUSTMENTS.onlineOnly.points);
        expect(keys.get(base.slug)!.modePoints).toBe(ADJUSTMENTS.onlineOnly.points);
      }),
    );
  });
});

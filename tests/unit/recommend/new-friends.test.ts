/**
 * Friends as a goal: a site where people who do not know each other yet meet (core for meeting people nearby, or good
 * for it with events or in-person meetings) earns the `newFriends` adjustment over a twin that only keeps people in
 * touch, when meeting people nearby is not itself a goal (that goal already pays for it).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '#src/features/recommend/rules/answers.ts';
import { siteArbitrary } from '../../support/site-arbitrary.ts';
import { answersArb } from '../../support/answers-arbitrary.ts';
import { ADJUSTMENTS, explainSite, recommend } from '#src/features/recommend/rules/recommend.ts';
import { type Score } from '#src/catalogue/taxonomy.ts';
import { unclamped, withScores } from '../../support/recommendation.ts';

describe('new friends: a place where strangers meet, for a friends goal', () => {
  it('pays the adjustment for events when friends is a goal, meeting nearby is not, and the site is good for both', () => {
    fc.assert(
      fc.property(answersArb(), siteArbitrary(), fc.constantFrom<Score>(0, 1, 2, 3), (answers, s, friends) => {
        const base = withScores(
          {
            ...s,
            status: 'active',
            countries: 'global',
            absentIn: [],
            features: s.features.filter((f) => f !== 'events' && f !== 'in-person-meetings'),
          },
          { local: 2, friends },
        );
        const withEvents = { ...base, slug: `${base.slug}x`, features: [...base.features, 'events' as const] };
        const r = recommend(answers, [base, withEvents]);
        const fires = answers.goals.includes('friends') && !answers.goals.includes('local') && friends >= 2;
        // Wanting to meet in person with friends a goal, events are also a way of meeting in person (meetsAtEvents,
        // meets-at-events.test.ts): the twin with events earns that row's points in place of meetsNearby's too.
        const atEvents =
          answers.goals.includes('friends') && answers.inPerson === 'in-person'
            ? ADJUSTMENTS.meetsAtEvents.points - ADJUSTMENTS.meetsNearby.points
            : 0;
        expect(ADJUSTMENTS.newFriends.points).toBeGreaterThan(0);
        expect(unclamped(r, withEvents.slug) - unclamped(r, base.slug)).toBe(
          (fires ? ADJUSTMENTS.newFriends.points : 0) + atEvents,
        );
        const said = explainSite(answers, withEvents).reasons.some((x) => x.text.includes('new friends'));
        expect(said).toBe(fires);
      }),
    );
  });

  it('counts a site core for meeting people nearby without events, and not one merely good for it (a messenger)', () => {
    fc.assert(
      fc.property(answersArb(), siteArbitrary(), (answers, s) => {
        const asked: Answers = { ...answers, inPerson: undefined };
        const plain = {
          ...s,
          status: 'active' as const,
          countries: 'global' as const,
          absentIn: [],
          features: s.features.filter((f) => f !== 'events' && f !== 'in-person-meetings'),
        };
        const good = withScores({ ...plain, slug: 'good' }, { local: 2, friends: 3 });
        const core = withScores({ ...plain, slug: 'core' }, { local: 3, friends: 3 });
        const r = recommend(asked, [good, core]);
        const goals = asked.goals;
        const fires = goals.includes('friends') && !goals.includes('local');
        // Without the local goal, local's score earns nothing else (no in-person answer), so the gap is the adjustment.
        if (!goals.includes('local'))
          expect(unclamped(r, 'core') - unclamped(r, 'good')).toBe(fires ? ADJUSTMENTS.newFriends.points : 0);
      }),
    );
  });

  it('puts a place to meet new friends before a bigger messenger equally good for friends, with only friends asked', () => {
    const [s] = fc.sample(siteArbitrary(), 1);
    const site = {
      ...s!,
      status: 'active' as const,
      countries: 'global' as const,
      absentIn: [],
      general: undefined,
      fields: {},
    };
    const source = { title: 'Synthetic', url: 'https://example.com' };
    const messenger = withScores(
      {
        ...site,
        slug: 'messenger',
        features: ['profiles', 'messaging', 'groups'],
        reach: { band: '1b', measure: 'users', source },
      },
      { friends: 3, local: 2 },
    );
    const meetups = withScores(
      {
        ...site,
        slug: 'meetups',
        features: ['profiles', 'groups', 'events'],
        reach: { band: '1m', measure: 'members', source },
      },
      { friends: 3, local: 2 },
    );
    const r = recommend({ goals: ['friends'] }, [messenger, meetups]);
    expect(r.results.map((x) => x.slug)).toEqual(['meetups', 'messenger']);
  });
});

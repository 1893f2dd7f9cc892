/**
 * Co-founder matching for a contacts goal: a site made only for startup founders that matches co-founders makes
 * contacts between founders looking for a partner. For a visitor who wants professional contacts and did not say they
 * are a founder (wanting a co-founder says so), it earns the `contactsCoFoundersOnly` adjustment, as a site whose
 * only hiring is co-founder matching does for a hiring goal; a founder keeps it at its score.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SiteEntry } from '#src/catalogue/entry-file.ts';
import { siteArbitrary } from '../../support/site-arbitrary.ts';
import { answersArb } from '../../support/answers-arbitrary.ts';
import { CO_FOUNDER_FEATURE } from '#src/features/recommend/rules/hiring-market.ts';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';
import { ADJUSTMENTS, explainSite, recommend } from '#src/features/recommend/rules/recommend.ts';
import { type Audience, type Score } from '#src/catalogue/taxonomy.ts';
import { unclamped, withScores } from '../../support/recommendation.ts';

/** Twins that differ only in co-founder matching, made for `audiences`, with no hiring (that rule is hiring's). */
const twins = (s: SiteEntry, contacts: Score, audiences: Audience[]): [SiteEntry, SiteEntry] => {
  const plain = withScores(
    {
      ...s,
      status: 'active',
      countries: 'global',
      absentIn: [],
      audiences,
      features: s.features.filter((f) => f !== CO_FOUNDER_FEATURE),
    },
    { contacts, hiring: 0 },
  );
  return [plain, { ...plain, slug: `${plain.slug}x`, features: [...plain.features, CO_FOUNDER_FEATURE] }];
};

describe('co-founder matching, for a contacts goal', () => {
  it('sinks a founders-only site with co-founder matching by the documented points, unless you are a founder', () => {
    fc.assert(
      fc.property(answersArb(), siteArbitrary(), fc.constantFrom<Score>(0, 1, 2, 3), (answers, s, contacts) => {
        const [plain, matching] = twins(s, contacts, ['startups']);
        const r = recommend(answers, [plain, matching]);
        const fires = answers.goals.includes('contacts') && answers.audience !== 'startups' && contacts >= 1;
        expect(ADJUSTMENTS.contactsCoFoundersOnly.points).toBeLessThan(0);
        expect(unclamped(r, matching.slug) - unclamped(r, plain.slug)).toBe(
          fires ? ADJUSTMENTS.contactsCoFoundersOnly.points : 0,
        );
        const said = explainSite(answers, matching).reasons.some((x) => x.text.includes('co-founders'));
        expect(said).toBe(fires);
      }),
    );
  });

  it("counts its contacts as incidental for the field's points: built for your field, it is good for none of your goals", () => {
    fc.assert(
      fc.property(siteArbitrary(), fc.constantFrom<Score>(2, 3), (s, contacts) => {
        const [plain, matching] = twins(s, contacts, ['startups']).map((t): SiteEntry => ({
          ...withScores(t, { 'peer-ideas': 0 }),
          fields: { software: 'Built for software.' },
        })) as [SiteEntry, SiteEntry];
        const r = recommend({ goals: ['contacts', 'peer-ideas'], field: 'software' }, [plain, matching]);
        const field = (slug: string) =>
          r.results.find((x) => x.slug === slug)!.reasons.find((x) => x.text.startsWith('built for'))!.points;
        expect(field(plain.slug)).toBe(ADJUSTMENTS.fieldMatch.points);
        expect(field(matching.slug)).toBe(ADJUSTMENTS.fieldMatchWeak.points);
      }),
    );
  });

  it('leaves a site with co-founder matching that is made for others than founders too at its score', () => {
    fc.assert(
      fc.property(
        answersArb(),
        siteArbitrary(),
        fc.constantFrom<Score>(1, 2, 3),
        fc.constantFrom<Audience[]>(['startups', 'professionals'], ['startups', 'consumers'], ['professionals']),
        (answers, s, contacts, audiences) => {
          const [plain, matching] = twins(s, contacts, audiences);
          const r = recommend(answers, [plain, matching]);
          expect(unclamped(r, matching.slug)).toBe(unclamped(r, plain.slug));
        },
      ),
    );
  });
});

describe('a co-founder, in any language the reader knows, names the founders audience', () => {
  // Each language's word for a co-founder (its goal list reads it as contacts): saying it says the writer founds or
  // means to found a startup, as English "co-founder" does, so the rule above leaves co-founder matching at its score.
  const coFounder = [
    ...['co-founder', 'cofondateur', 'cofundadora', 'mitgründer', 'cofondator', 'medeoprichter', 'medgrundare'],
    ...['spoluzakladateľ', 'társalapító', 'współzałożyciel', 'kurucu ortak', 'đồng sáng lập', 'кофаундер'],
    ...['співзасновник', '联合创始人', '共同創辦人', '공동창업자', 'সহ-প্রতিষ্ঠাতা', 'שותף מייסד', 'شريك مؤسس'],
  ];
  it.each(coFounder)('%s', (word) => {
    const { answers } = readGoal(word);
    expect(answers?.goals).toContain('contacts');
    expect(answers?.audience).toBe('startups');
  });
});

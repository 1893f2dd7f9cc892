/**
 * Sites made for a group that welcome others too (`eligibility.othersWelcome`: a fathers' network whose members
 * may be of any gender): ranked like a site that admits only the group, after the open sites for a visitor who did
 * not say they belong and as an open site for one who did, but described as made for the group, not as admitting no
 * one else.
 */
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '#src/features/recommend/rules/answers.ts';
import { loadEntries, type SiteEntry } from '#src/catalogue/entry-file.ts';
import { readCatalogueFiles } from '#src/integrations/vite-catalogue.ts';
import { eligibilitySchema } from '#src/catalogue/schema.ts';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';
import { recommend } from '#src/features/recommend/rules/recommend.ts';
import { siteArbitrary } from '../../support/site-arbitrary.ts';
import { AUDIENCES, PURPOSES, keysOf, type EligibilityGroup } from '#src/catalogue/taxonomy.ts';

const siteArb = siteArbitrary();
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
/** A visitor who did not say they are a father (a woman, a man, someone young, or nothing). */
const outsideArb: fc.Arbitrary<Answers> = fc.record({
  goals: fc.uniqueArray(fc.constantFrom(...keysOf(PURPOSES)), { minLength: 1, maxLength: 3 }),
  audience: maybe(fc.constantFrom(...keysOf(AUDIENCES))),
  time: maybe(fc.constantFrom('light' as const, 'moderate' as const, 'heavy' as const)),
  inPerson: maybe(fc.constantFrom('online' as const, 'either' as const, 'in-person' as const)),
  groups: maybe(fc.subarray(['women', 'men', 'age-18-40', 'mothers'] as EligibilityGroup[], { minLength: 1 })),
});

const MADE_FOR_FATHERS = {
  groups: ['fathers'] as EligibilityGroup[],
  othersWelcome: true as const,
  roles: [],
  rule: 'Made for fathers; others welcome, says the synthetic source.',
  source: { title: 'Synthetic source', url: 'https://example.com/made-for' },
};
/** The same site twice: made for fathers (others welcome), and open to everyone, same facts otherwise. */
function pair(site: SiteEntry): [SiteEntry, SiteEntry] {
  const { eligibility: _, ...open } = site;
  const common = { ...open, status: 'active' as const, countries: 'global' as const };
  return [
    { ...common, slug: 'made-for', eligibility: MADE_FOR_FATHERS },
    { ...common, slug: 'open-site' },
  ];
}

describe('a site made for a group that welcomes others', () => {
  it('never comes above an open site of the same score for a visitor who did not say they belong', () => {
    fc.assert(
      fc.property(siteArb, outsideArb, (site, answers) => {
        const [madeFor, open] = pair(site);
        const results = recommend(answers, [madeFor, open]).results;
        expect(results.map((r) => r.score)).toEqual([results[0]!.score, results[0]!.score]);
        expect(results.map((r) => r.slug)).toEqual(['open-site', 'made-for']);
      }),
    );
  });

  it('ranks as an open site for a visitor who says they belong', () => {
    fc.assert(
      fc.property(siteArb, outsideArb, (site, answers) => {
        const [madeFor, open] = pair(site);
        const father = { ...answers, groups: ['fathers'] as EligibilityGroup[] };
        const byScore = recommend(father, [madeFor, { ...open, slug: 'zz-open' }]).results;
        // Same facts, same score: the tie breaks by slug, not by who the site is for.
        expect(byScore.map((r) => r.slug)).toEqual(['made-for', 'zz-open']);
        expect(byScore[0]!.rank).toBe(byScore[1]!.rank);
        expect(byScore[0]!.warnings.some((w) => w.type === 'eligibility')).toBe(false);
      }),
    );
  });

  it('says it is made for the group and welcomes others, never that it admits no one else', () => {
    const [madeFor] = pair(fc.sample(siteArb, { numRuns: 1, seed: 3 })[0]!);
    const outside = recommend({ goals: ['friends'] }, [madeFor]).results[0]!;
    expect(outside.reasons.map((r) => r.text)).toContain(
      'made for fathers, others welcome: placed after the sites made for everyone, as you did not say you are one of them',
    );
    const warning = outside.warnings.find((w) => w.type === 'eligibility')!.text;
    expect(warning).toMatch(/^Made for fathers; others are welcome/);
    expect(warning).not.toContain('admits no one else');
    const inside = recommend({ goals: ['friends'], groups: ['fathers'] }, [madeFor]).results[0]!;
    expect(inside.reasons.map((r) => r.text)).toContain('made for fathers, others welcome, as you said you are');
    // A site that admits only fathers still says so.
    const only = { ...madeFor, eligibility: { ...MADE_FOR_FATHERS, othersWelcome: undefined } };
    const onlyWarning = recommend({ goals: ['friends'] }, [only]).results[0]!.warnings.find(
      (w) => w.type === 'eligibility',
    )!.text;
    expect(onlyWarning).toContain('admits no one else');
  });

  it('needs the groups it is made for: othersWelcome alone is refused with a message', () => {
    const parsed = eligibilitySchema.safeParse({
      roles: ['practitioner'],
      othersWelcome: true,
      rule: 'Made for someone, says no one.',
      source: { title: 'Synthetic source', url: 'https://example.com/made-for' },
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => i.message)).toContain(
      'othersWelcome says who the site is made for: name the groups it is made for',
    );
  });
});

describe('parents: a group within a wider one', () => {
  it('counts a father as a man: a men-only site ranks as open for him', () => {
    const [madeFor, open] = pair(fc.sample(siteArb, { numRuns: 1, seed: 5 })[0]!);
    const { othersWelcome: _, ...rule } = MADE_FOR_FATHERS;
    const menOnly = { ...madeFor, slug: 'a-mens-club', eligibility: { ...rule, groups: ['men'] } };
    const results = recommend({ goals: ['friends'], groups: ['fathers'] }, [
      menOnly as SiteEntry,
      { ...open, slug: 'zz-open' },
    ]).results;
    expect(results.map((r) => r.slug)).toEqual(['a-mens-club', 'zz-open']);
  });

  it('reads "I\'m a dad" as a father and a man, and "as a mom" as a mother and a woman', () => {
    expect(readGoal("I'm a dad looking for other dads nearby").understood.groups?.map((g) => g.value)).toEqual([
      'men',
      'fathers',
    ]);
    expect(readGoal('as a mom I want friends nearby').understood.groups?.map((g) => g.value)).toEqual([
      'women',
      'mothers',
    ]);
  });
});

describe('the catalogue’s networks made for fathers', () => {
  const sites = loadEntries(readCatalogueFiles(join(import.meta.dirname, '../../..')));
  const dads = sites.filter((s) => s.eligibility?.othersWelcome && s.eligibility.groups.includes('fathers'));

  it('has some, each citing the source of who it is made for', () => {
    expect(dads.length).toBeGreaterThan(0);
    for (const s of dads) expect(s.sources.map((x) => x.url)).toContain(s.eligibility!.source.url);
  });

  it('keeps them out of the top five for a runner new in town and a musician seeking bandmates, and in for a father', () => {
    const visitors: Answers[] = [
      { goals: ['friends', 'local'], country: 'US' },
      { goals: ['local', 'friends'], inPerson: 'in-person', country: 'US' },
      { goals: ['friends', 'local'], groups: ['men'], country: 'US' },
    ];
    for (const answers of visitors) {
      const top = recommend(answers, sites).results.slice(0, 5);
      expect(top.filter((r) => dads.some((s) => s.slug === r.slug))).toEqual([]);
    }
    const father = recommend({ goals: ['friends', 'local'], groups: ['fathers'], country: 'US' }, sites).results.slice(
      0,
      5,
    );
    expect(father.some((r) => dads.some((s) => s.slug === r.slug))).toBe(true);
  });
});

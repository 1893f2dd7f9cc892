/**
 * Sites that admit only one group of people (women, men, people aged 18 to
 * 40): after every open site unless the visitor says they belong, ranked as
 * if open when they do, and named as restricted in each explanation.
 */
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '#src/features/recommend/rules/answers.ts';
import { loadEntries, type SiteEntry } from '#src/catalogue/entry-file.ts';
import { readCatalogueFiles } from '#src/integrations/vite-catalogue.ts';
import { recommend, unmetGroups } from '#src/features/recommend/rules/recommend.ts';
import { catalogueArbitrary, siteArbitrary } from '../../support/site-arbitrary.ts';
import { answersArb } from '../../support/answers-arbitrary.ts';
import {
  ELIGIBILITY_GROUPS,
  PURPOSES,
  keysOf,
  withWiderGroups,
  type EligibilityGroup,
  type Score,
} from '#src/catalogue/taxonomy.ts';

const GROUPS = keysOf(ELIGIBILITY_GROUPS);
/** Synthetic entries (tests/support/site-arbitrary.ts), some admitting only one or more groups. */
const siteArb = siteArbitrary({ groups: true });
const catalogueArb = catalogueArbitrary(siteArb);

// A group the visitor named counts with the wider group it lies within (a father is a man).
const restrictedFor = (answers: Answers, site: SiteEntry) =>
  (site.eligibility?.groups ?? []).some((g) => !withWiderGroups(answers.groups ?? []).includes(g));
const open = (site: SiteEntry): SiteEntry => {
  const { eligibility: _, ...rest } = site;
  return rest;
};

describe('sites that admit only one group of people', () => {
  it('never puts a site restricted to a group the visitor did not name above a site open to them', () => {
    fc.assert(
      fc.property(answersArb(), catalogueArb, (answers, sites) => {
        const bySlug = new Map(sites.map((s) => [s.slug, s]));
        const tiers = recommend(answers, sites).results.map((r) =>
          restrictedFor(answers, bySlug.get(r.slug)!) ? 1 : 0,
        );
        expect(tiers).toEqual([...tiers].sort((a, b) => a - b));
      }),
    );
  });

  it('keeps restricted sites in the results (not left out), each saying who it is for, at 0 points, with a warning', () => {
    fc.assert(
      fc.property(answersArb(), catalogueArb, (answers, sites) => {
        const { results } = recommend(answers, sites);
        expect(results.length).toBe(
          sites.filter(
            (s) =>
              s.status !== 'closed' &&
              (answers.country === undefined ||
                answers.country === 'global' ||
                s.countries === 'global' ||
                s.countries.includes(answers.country)),
          ).length,
        );
        for (const r of results) {
          const site = sites.find((s) => s.slug === r.slug)!;
          // "only for women", or "made for fathers, others welcome" for a site that welcomes others.
          const note = r.reasons.find((x) => /^only for |^made for [^:]*, others welcome/.test(x.text));
          expect(note?.points ?? 0).toBe(0);
          expect(note !== undefined).toBe(site.eligibility !== undefined);
          expect(r.warnings.some((w) => w.type === 'eligibility')).toBe(restrictedFor(answers, site));
        }
      }),
    );
  });

  it('ranks a site as if it were open once the visitor names every group it admits', () => {
    fc.assert(
      fc.property(answersArb(), catalogueArb, (answers, sites) => {
        const all = { ...answers, groups: [...GROUPS] };
        const strip = (r: ReturnType<typeof recommend>) =>
          r.results.map(({ slug, score, rank }) => ({ slug, score, rank }));
        expect(strip(recommend(all, sites))).toEqual(strip(recommend(all, sites.map(open))));
      }),
    );
  });

  it('needs every group a site lists: naming one of two is not enough', () => {
    fc.assert(
      fc.property(siteArb, siteArb, answersArb(), (a, b, answers) => {
        const twoGroups = {
          ...a,
          slug: 'club',
          status: 'active' as const,
          countries: 'global' as const,
          eligibility: {
            groups: ['men', 'age-18-40'] as EligibilityGroup[],
            rule: 'Open to men aged 18 to 40, says the synthetic rule.',
            source: { title: 'Synthetic rule', url: 'https://example.com/rule' },
          },
        };
        const other = { ...open(b), slug: 'open', status: 'active' as const, countries: 'global' as const };
        const asked = { ...answers, country: undefined, groups: ['men'] as EligibilityGroup[] };
        expect(unmetGroups(asked, twoGroups)).toEqual(['age-18-40']);
        expect(recommend(asked, [twoGroups, other]).results.map((r) => r.slug)).toEqual(['open', 'club']);
      }),
    );
  });

  it('puts a site only for people aged 55 and over after open sites unless the visitor says they are', () => {
    const base = { ...open(fc.sample(siteArb, { numRuns: 1, seed: 11 })[0]!), countries: 'global' as const };
    const core = { ...base.purposes, local: { score: 3 as Score, reason: 'Core for meeting nearby, synthetic.' } };
    const weak = { ...base.purposes, local: { score: 0 as Score } };
    const older = {
      ...base,
      slug: 'older',
      status: 'active' as const,
      purposes: core,
      eligibility: {
        groups: ['age-55-plus'] as EligibilityGroup[],
        rule: 'Volunteers aged 55 and older, says the synthetic rule.',
        source: { title: 'Synthetic rule', url: 'https://example.com/rule' },
      },
    };
    const openSite = { ...base, slug: 'open', status: 'active' as const, purposes: weak };
    const unsaid = recommend({ goals: ['local'] }, [older, openSite]);
    expect(unsaid.results.map((r) => r.slug)).toEqual(['open', 'older']);
    expect(unsaid.results[1]!.warnings.some((w) => w.type === 'eligibility')).toBe(true);
    const said = recommend({ goals: ['local'], groups: ['age-55-plus'] }, [older, openSite]);
    expect(said.results.map((r) => r.slug)).toEqual(['older', 'open']);
    expect(said.results[0]!.warnings.some((w) => w.type === 'eligibility')).toBe(false);
  });

  it('puts the steady open site first even when a declining open site scores higher than everything', () => {
    const base = {
      ...open(fc.sample(siteArb, { numRuns: 1, seed: 7 })[0]!),
      countries: 'global' as const,
    };
    const answers: Answers = { goals: ['contacts'] };
    const core = { ...base.purposes, contacts: { score: 3 as Score, reason: 'Core for contacts, synthetic.' } };
    const weak = { ...base.purposes, contacts: { score: 0 as Score } };
    const declining = { ...base, slug: 'fading', status: 'declining' as const, purposes: core };
    const restricted = {
      ...base,
      slug: 'club',
      status: 'active' as const,
      purposes: core,
      eligibility: {
        groups: ['women'] as EligibilityGroup[],
        rule: 'Women only, says the synthetic rule.',
        source: { title: 'Synthetic rule', url: 'https://example.com/rule' },
      },
    };
    const steady = { ...base, slug: 'steady', status: 'active' as const, purposes: weak };
    // An open steady site goes ahead of the declining one; the restricted site stays after both.
    expect(recommend(answers, [declining, restricted, steady]).results.map((r) => r.slug)).toEqual([
      'steady',
      'fading',
      'club',
    ]);
    // Said to be a woman: the restricted site is an ordinary steady site, first on its score.
    expect(
      recommend({ ...answers, groups: ['women'] }, [declining, restricted, steady]).results.map((r) => r.slug)[0],
    ).toBe('club');
  });
});

describe('the catalogue’s restricted sites', () => {
  const sites = loadEntries(readCatalogueFiles(join(import.meta.dirname, '../../..')));
  // Sites restricted to a group of people; those admitting one role in their field are roles.test.ts's.
  const restricted = sites.filter((s) => (s.eligibility?.groups ?? []).length > 0 && s.status !== 'closed');

  it('has some, each with a rule and an https source the entry also cites', () => {
    expect(restricted.length).toBeGreaterThan(0);
    for (const s of restricted) expect(s.sources.map((x) => x.url)).toContain(s.eligibility!.source.url);
  });

  it('keeps every one of them out of a top five for any goal when no group is given, and lets them in when it is', () => {
    let admitted = 0;
    for (const goal of keysOf(PURPOSES)) {
      const without = recommend({ goals: [goal] }, sites).results.slice(0, 5);
      expect(without.filter((r) => restricted.some((s) => s.slug === r.slug))).toEqual([]);
      const withAll = recommend({ goals: [goal], groups: [...GROUPS] }, sites).results.slice(0, 5);
      admitted += withAll.filter((r) => restricted.some((s) => s.slug === r.slug)).length;
    }
    expect(admitted).toBeGreaterThan(0);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareAt,
  compareRankKeys,
  explainSite,
  explainedKey,
  fieldColumn,
  packSiteColumns,
  rankColumns,
  rankKeys,
  readSiteColumns,
  recommend,
  siteTable,
  useSiteColumns,
} from '#src/features/recommend/rules/recommend.ts';
import { builtForAnswers, builtForAnswersAt } from '#src/features/recommend/rules/narrowing.ts';
import { packUints, unpackUints } from '#src/shared/uint-arrays.ts';
import { type Field } from '#src/catalogue/taxonomy.ts';
import { catalogueArbitrary, siteArbitrary } from '../../support/site-arbitrary.ts';
import { answersArb } from '../../support/answers-arbitrary.ts';

// rankKeys ranks every site of a catalogue at once, reading its facts from columns built per catalogue
// and writing no sentences (issue #16); an explained result works its site out alone, with its terms. Both run
// the one formula, so they must give the same numbers for every site and set of answers, or a search and the
// quiz would order sites differently.

const COUNTRIES = ['US', 'GB', 'DE', 'FR'];
const FIELD_KEYS: Field[] = ['nursing', 'law', 'software'];
const catalogueArb = catalogueArbitrary(
  siteArbitrary({ countries: COUNTRIES, absentIn: ['CN'], littleUsed: true, fields: FIELD_KEYS, groups: true }),
);
const ANSWERS = { fields: [...FIELD_KEYS, 'music' as const], countries: [...COUNTRIES, 'CN'] };

describe('rankKeys', () => {
  it('gives every listed site the key the explained scoring gives it', () => {
    fc.assert(
      fc.property(answersArb(ANSWERS), catalogueArb, (answers, sites) => {
        const keys = rankKeys(answers, sites);
        const listed = sites.filter((s) => keys.some((k) => k.site === s));
        expect(keys.map((k) => k.site)).toEqual(listed);
        for (const key of keys) {
          expect(key).toEqual(explainedKey(answers, key.site));
          // The terms the ranker records are every number it adds: their points are the score.
          expect(explainSite(answers, key.site).reasons.reduce((sum, r) => sum + r.points, 0)).toBe(key.score);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('leaves out closed sites and, for a country, the sites not available there', () => {
    fc.assert(
      fc.property(answersArb(ANSWERS), catalogueArb, (answers, sites) => {
        const slugs = new Set(rankKeys(answers, sites).map((k) => k.site.slug));
        for (const s of sites) {
          const available =
            answers.country === undefined ||
            answers.country === 'global' ||
            (s.countries === 'global' ? !s.absentIn.includes(answers.country) : s.countries.includes(answers.country));
          expect(slugs.has(s.slug)).toBe(s.status !== 'closed' && available);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('orders the recommendation by the explained keys, and a limit only cuts it', () => {
    fc.assert(
      fc.property(answersArb(ANSWERS), catalogueArb, fc.integer({ min: 0, max: 12 }), (answers, sites, limit) => {
        const all = recommend(answers, sites).results;
        // The explained keys in the recommendation's order: sorted, the best steady site first.
        const keys = sites
          .filter((s) => all.some((r) => r.slug === s.slug))
          .map((s) => explainedKey(answers, s))
          .sort(compareRankKeys);
        const steady = keys.findIndex((k) => !k.declining && k.restricted === keys[0]!.restricted);
        if (steady > 0) keys.unshift(...keys.splice(steady, 1));
        expect(all.map((r) => r.slug)).toEqual(keys.map((k) => k.site.slug));
        expect(all.map((r) => r.score)).toEqual(keys.map((k) => k.score));
        expect(recommend(answers, sites, limit).results).toEqual(all.slice(0, limit));
      }),
      { numRuns: 300 },
    );
  });

  it('ranks from the build\'s columns as from the sites: the slugs\' order breaks the last tie, and "built for" reads the table', () => {
    fc.assert(
      fc.property(answersArb(ANSWERS), catalogueArb, (answers, sites) => {
        // The columns as the Worker reads them from the build's file, with the positions in the slugs' order.
        const { countries, lists } = packSiteColumns(sites);
        const bySlug = sites.map((_, k) => k).sort((a, b) => (sites[a]!.slug < sites[b]!.slug ? -1 : 1));
        const given = [...sites];
        useSiteColumns(given, readSiteColumns(countries, unpackUints(packUints(lists)), bySlug));
        expect(siteTable(given)).toEqual(siteTable(sites));
        const fromColumns = rankColumns(answers, given);
        const fromSites = rankColumns(answers, sites);
        for (let a = 0; a < sites.length; a++)
          for (let b = 0; b < sites.length; b++)
            expect(Math.sign(compareAt(fromColumns, a, b)), `${a} ${b}`).toBe(Math.sign(compareAt(fromSites, a, b)));
        const own = answers.field === undefined ? undefined : fieldColumn(given, answers.field);
        sites.forEach((site, k) =>
          expect(builtForAnswersAt(answers, siteTable(given), own, k), site.slug).toBe(builtForAnswers(answers, site)),
        );
      }),
      { numRuns: 300 },
    );
  });
});

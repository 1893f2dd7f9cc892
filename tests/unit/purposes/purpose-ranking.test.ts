import { describe, expect, it } from 'vitest';
import { loadEntries } from '#src/catalogue/entry-file.ts';
import { isGlobal } from '#src/catalogue/countries.ts';
import { POPULAR_SITES } from '#src/catalogue/popular.ts';
import { PURPOSE_GUIDES } from '#src/features/purposes/rules/guides.ts';
import { rankForPurpose } from '#src/features/purposes/rules/ranking.ts';
import { PURPOSES, keysOf, reachRank } from '#src/catalogue/taxonomy.ts';
import { readCatalogueFiles } from '#src/integrations/vite-catalogue.ts';

const sites = loadEntries(readCatalogueFiles(`${import.meta.dirname}/../../..`));

describe('ranking the catalogue for a purpose', () => {
  for (const purpose of keysOf(PURPOSES)) {
    it(`lists running sites for ${purpose} best first, each with a reason`, () => {
      const { serving } = rankForPurpose(purpose, sites);
      expect(serving.length).toBeGreaterThan(0);
      const scores = serving.map((s) => s.purposes[purpose].score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      for (const s of serving) {
        expect(s.status).not.toBe('closed');
        expect(s.purposes[purpose].reason).toBeTruthy();
      }
    });
  }

  it('orders sites with the same score worldwide first, then by reach (a sourced order of magnitude), unknown reach last', () => {
    let national = 0;
    for (const purpose of keysOf(PURPOSES)) {
      const { serving } = rankForPurpose(purpose, sites);
      for (let i = 1; i < serving.length; i++) {
        const [a, b] = [serving[i - 1]!, serving[i]!];
        if (a.purposes[purpose].score !== b.purposes[purpose].score) continue;
        // A list for no country: a site used in listed countries only never comes above a worldwide one that fits as well.
        expect(!isGlobal(a) && isGlobal(b), `${purpose}: ${a.slug} before ${b.slug}`).toBe(false);
        if (isGlobal(a) === isGlobal(b))
          expect(reachRank(a), `${purpose}: ${a.slug} before ${b.slug}`).toBeLessThanOrEqual(reachRank(b));
      }
      national += serving.filter((s) => !isGlobal(s)).length;
    }
    expect(national).toBeGreaterThan(0);
  });

  it('puts a single-country site with a larger reach after a worldwide one with the same score', () => {
    const linkedin = sites.find((s) => s.slug === 'linkedin')!;
    const small = { ...linkedin, slug: 'small-world', name: 'Small World', reach: undefined };
    const big = { ...linkedin, slug: 'big-home', name: 'Big Home', countries: ['CN'], absentIn: [] };
    expect(rankForPurpose('hiring', [big, small]).serving.map((s) => s.slug)).toEqual(['small-world', 'big-home']);
  });

  it('ranks an active site above a declining one with the same score and reach, whatever their names', () => {
    const linkedin = sites.find((s) => s.slug === 'linkedin')!;
    // The same entry, declining, under a name that sorts first: only its status can put it after.
    const twin = { ...linkedin, slug: 'aaa-twin', name: 'AAA Twin', aliases: [], status: 'declining' as const };
    const slugs = rankForPurpose('hiring', [twin, linkedin]).serving.map((s) => s.slug);
    expect(slugs).toEqual(['linkedin', 'aaa-twin']);
  });

  it('keeps closed sites apart, for history', () => {
    const { serving, closed } = rankForPurpose('friends', sites);
    expect(closed.map((s) => s.slug)).toContain('orkut');
    expect(serving.map((s) => s.slug)).not.toContain('orkut');
  });

  it('names popular sites scoring 0 or 1 as wrong for the purpose, and only those', () => {
    const { popularButWrong } = rankForPurpose('investors', sites);
    expect(popularButWrong.map((s) => s.slug)).toContain('facebook');
    for (const s of popularButWrong) {
      expect(POPULAR_SITES).toContain(s.slug);
      expect(s.purposes.investors.score).toBeLessThanOrEqual(1);
    }
    expect(rankForPurpose('friends', sites).popularButWrong.map((s) => s.slug)).not.toContain('facebook');
  });

  it('has a written guide for every purpose', () => {
    for (const purpose of keysOf(PURPOSES)) {
      expect(PURPOSE_GUIDES[purpose].intro.length, purpose).toBeGreaterThan(150);
      expect(PURPOSE_GUIDES[purpose].lookFor.length, purpose).toBeGreaterThanOrEqual(2);
    }
  });
});

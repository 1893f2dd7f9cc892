/**
 * Clients for work done in person (a personal trainer, a make-up artist, a plumber) are found nearby, not on a
 * marketplace where clients buy work delivered at a distance: for such a visitor's client work, a site whose client
 * work has nothing local about it earns only incidental's points for the hiring goal.
 */
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '#src/features/recommend/rules/answers.ts';
import { loadEntries, type SiteEntry } from '#src/catalogue/entry-file.ts';
import { readCatalogueFiles } from '#src/integrations/vite-catalogue.ts';
import { FIELDS, IN_PERSON_FIELDS, type Field, type Score } from '#src/catalogue/taxonomy.ts';
import { IN_PERSON_CLIENT_WORK_RULE, goalPointsTable, recommend } from '#src/features/recommend/rules/recommend.ts';
import { siteArbitrary } from '../../support/site-arbitrary.ts';
import { answersArb } from '../../support/answers-arbitrary.ts';

const IN_PERSON = [...IN_PERSON_FIELDS];
const AT_A_DISTANCE = [...FIELDS.keys()].filter((f) => !IN_PERSON_FIELDS.has(f));

// Built for no field or for fields whose work may be done at a distance: a site built for the field named keeps its points.
const siteArb = siteArbitrary({ fields: ['software', 'design-creative'] });
/**
 * Twins that serve hiring (2–3) through client work only, worldwide and active: one whose client work is at a
 * distance (of no or only incidental use for meeting people nearby, no meetings), one whose client work is local
 * (good or core nearby).
 */
const twinsArb = fc
  .tuple(siteArb, fc.constantFrom<Score>(2, 3), fc.constantFrom<Score>(0, 1), fc.constantFrom<Score>(2, 3))
  .map(([s, hiring, far, nearby]) => {
    const base: SiteEntry = {
      ...s,
      countries: 'global',
      absentIn: [],
      status: 'active',
      features: [
        ...s.features.filter(
          (f) => f !== 'jobs' && f !== 'client-work' && f !== 'co-founder-matching' && f !== 'in-person-meetings',
        ),
        'client-work',
      ],
      purposes: { ...s.purposes, hiring: { score: hiring, reason: 'Clients hire professionals here.' } },
    };
    const { littleUsedIn: _, ...clean } = base;
    return {
      remote: { ...clean, slug: 'remote', purposes: { ...clean.purposes, local: { score: far } } },
      local: {
        ...clean,
        slug: 'local',
        purposes: { ...clean.purposes, local: { score: nearby, reason: 'Clients nearby.' } },
      },
    };
  });
const ANSWERS = {
  goal: 'hiring' as const,
  audiences: ['freelancers' as const, 'consumers' as const, 'small-business' as const],
};
/** A result's term for the hiring goal ("core for jobs and hiring, your first goal"). */
const hiringTerm = (r: ReturnType<typeof recommend>, slug: string) =>
  r.results
    .find((x) => x.slug === slug)!
    .reasons.find((x) => /^(no use|incidental|good|core) for jobs and hiring, your /.test(x.text))!;
const sumOf = (r: ReturnType<typeof recommend>, slug: string) =>
  r.results.find((x) => x.slug === slug)!.reasons.reduce((a, x) => a + x.points, 0);

describe('in-person client work', () => {
  it('lists fields whose work is done in person, and the rule for the methodology page', () => {
    for (const field of ['trades', 'beauty', 'fitness-wellness', 'events-weddings'] as Field[])
      expect(IN_PERSON_FIELDS.has(field), field).toBe(true);
    for (const field of ['software', 'design-creative', 'writing', 'translation', 'education'] as Field[])
      expect(IN_PERSON_FIELDS.has(field), field).toBe(false);
    expect(IN_PERSON_CLIENT_WORK_RULE).toMatch(/incidental \(1\)/);
  });

  it('gives a site whose client work is at a distance incidental’s points for a client-work goal in an in-person field, and says why; a local twin keeps its score’s points', () => {
    fc.assert(
      fc.property(answersArb(ANSWERS), twinsArb, fc.constantFrom(...IN_PERSON), (asked, twins, field) => {
        const answers: Answers = { ...asked, field, work: 'client-work' };
        const r = recommend(answers, [twins.remote, twins.local]);
        const position = answers.goals.indexOf('hiring');
        const table = goalPointsTable(answers.goals.length)[position]!;
        const remote = hiringTerm(r, 'remote');
        // Good for promotion, it counts as good for a freelancer's or a business's clients (the rule below).
        const seller = answers.audience === 'freelancers' || answers.audience === 'small-business';
        const promotes = twins.remote.purposes.promotion.score >= 2;
        expect(remote.points).toBe(table[seller && promotes ? 2 : 1]);
        expect(remote.text).toMatch(seller && promotes ? /counted as good/ : /counted as incidental/);
        expect(hiringTerm(r, 'local').points).toBe(table[twins.local.purposes.hiring.score]);
        // The local twin scores at least as well: nothing else sets them apart but what meeting nearby earns.
        const score = (slug: string) => r.results.find((x) => x.slug === slug)!.score;
        expect(score('local')).toBeGreaterThanOrEqual(score('remote'));
        // Every reason still adds up.
        for (const x of r.results) expect(sumOf(r, x.slug)).toBe(x.score);
      }),
    );
  });

  it('changes nothing for a field whose work can be done at a distance, for a job or staff, or with no field', () => {
    fc.assert(
      fc.property(
        answersArb(ANSWERS),
        twinsArb,
        fc.constantFrom(...AT_A_DISTANCE),
        fc.constantFrom(...IN_PERSON),
        (asked, twins, far, near) => {
          const cases: Answers[] = [
            { ...asked, field: far, work: 'client-work' },
            { ...asked, field: near, work: 'employment' },
            { ...asked, field: undefined, work: 'client-work' },
          ];
          for (const answers of cases) {
            const r = recommend(answers, [twins.remote, twins.local]);
            const table = goalPointsTable(answers.goals.length)[answers.goals.indexOf('hiring')]!;
            expect(hiringTerm(r, 'remote').points, JSON.stringify(answers)).toBe(
              table[twins.remote.purposes.hiring.score],
            );
            expect(hiringTerm(r, 'remote').text).not.toMatch(/counted as incidental/);
          }
        },
      ),
    );
  });

  it('leaves alone a site that also holds in-person meetings, and one built for the field named (its client work is the field’s)', () => {
    fc.assert(
      fc.property(answersArb(ANSWERS), twinsArb, fc.constantFrom(...IN_PERSON), (asked, twins, field) => {
        const meets = {
          ...twins.remote,
          slug: 'meets',
          features: [...twins.remote.features, 'in-person-meetings' as const],
        };
        const answers: Answers = { ...asked, field, work: 'client-work' };
        const own = { ...twins.remote, slug: 'own', fields: { [field]: 'Built for these people.' } };
        const r = recommend(answers, [meets, own]);
        const table = goalPointsTable(answers.goals.length)[answers.goals.indexOf('hiring')]!;
        expect(hiringTerm(r, 'meets').points).toBe(table[meets.purposes.hiring.score]);
        expect(hiringTerm(r, 'own').points).toBe(table[own.purposes.hiring.score]);
      }),
    );
  });
});

describe('clients for work done in person, found where the business promotes itself', () => {
  /** A site weaker for hiring (0–1) than for promoting a business (2–3), of incidental use for meeting people nearby. */
  const promoterArb = fc
    .tuple(siteArb, fc.constantFrom<Score>(0, 1), fc.constantFrom<Score>(2, 3))
    .map(([s, hiring, promotion]): SiteEntry => {
      const { littleUsedIn: _, ...clean } = s;
      return {
        ...clean,
        slug: 'promoter',
        countries: 'global',
        absentIn: [],
        status: 'active',
        purposes: {
          ...s.purposes,
          hiring: { score: hiring },
          promotion: { score: promotion, reason: 'Businesses promote themselves here.' },
          local: { score: 1 },
        },
      };
    });

  it('counts a site good for promotion as good (2) for the client goal of a freelancer or business selling work done in person, and says why', () => {
    fc.assert(
      fc.property(
        answersArb(ANSWERS),
        promoterArb,
        fc.constantFrom(...IN_PERSON),
        fc.constantFrom('freelancers' as const, 'small-business' as const),
        (asked, site, field, audience) => {
          const answers: Answers = { ...asked, field, audience, work: 'client-work' };
          const r = recommend(answers, [site]);
          const table = goalPointsTable(answers.goals.length)[answers.goals.indexOf('hiring')]!;
          const term = hiringTerm(r, 'promoter');
          expect(term.points).toBe(table[2]);
          expect(term.text).toMatch(/counted as good/);
          expect(sumOf(r, 'promoter')).toBe(r.results[0]!.score);
        },
      ),
    );
  });

  it('does not for someone hiring a professional (one of the public), for a field whose work may be done at a distance, or for a job', () => {
    fc.assert(
      fc.property(
        answersArb(ANSWERS),
        promoterArb,
        fc.constantFrom(...IN_PERSON),
        fc.constantFrom(...AT_A_DISTANCE),
        (asked, site, near, far) => {
          const cases: Answers[] = [
            { ...asked, field: near, audience: 'consumers', work: 'client-work' },
            { ...asked, field: near, audience: undefined, work: 'client-work' },
            { ...asked, field: far, audience: 'freelancers', work: 'client-work' },
            { ...asked, field: near, audience: 'small-business', work: 'employment' },
          ];
          for (const answers of cases) {
            const r = recommend(answers, [site]);
            const table = goalPointsTable(answers.goals.length)[answers.goals.indexOf('hiring')]!;
            expect(hiringTerm(r, 'promoter').points, JSON.stringify(answers)).toBe(table[site.purposes.hiring.score]);
          }
        },
      ),
    );
  });
});

describe('in-person client work on the real catalogue', () => {
  const catalogue = loadEntries(readCatalogueFiles(join(import.meta.dirname, '../../..')));
  const atADistance = (s: SiteEntry) =>
    s.features.includes('client-work') && s.purposes.local.score < 2 && !s.features.includes('in-person-meetings');

  it('puts no marketplace for work at a distance in the first five for a personal trainer, a make-up artist or a plumber looking for clients, unless there as a place to promote oneself', () => {
    for (const field of ['fitness-wellness', 'events-weddings', 'beauty', 'trades'] as Field[])
      for (const goals of [['hiring', 'promotion'], ['promotion', 'hiring'], ['hiring']] as Answers['goals'][]) {
        const r = recommend({ goals, field, work: 'client-work', audience: 'freelancers' }, catalogue, 5);
        const bySlug = new Map(catalogue.map((s) => [s.slug, s]));
        const promotes = (x: (typeof r.results)[number]) => x.reasons.some((why) => /counted as good/.test(why.text));
        expect(
          r.results.filter((x) => atADistance(bySlug.get(x.slug)!) && !promotes(x)).map((x) => x.slug),
          `${field} ${goals.join(',')}`,
        ).toEqual([]);
      }
  });

  it('puts sites that promote a business among the first five for a personal trainer or a make-up artist looking for clients', () => {
    for (const field of ['fitness-wellness', 'events-weddings', 'beauty'] as Field[])
      for (const goals of [
        ['hiring', 'promotion'],
        ['promotion', 'hiring'],
      ] as Answers['goals'][]) {
        const r = recommend({ goals, field, work: 'client-work', audience: 'freelancers' }, catalogue, 5);
        const bySlug = new Map(catalogue.map((s) => [s.slug, s]));
        // All but one of the first five are core for promotion and at most incidental for hiring.
        const promoters = r.results.filter((x) => {
          const s = bySlug.get(x.slug)!;
          return s.purposes.promotion.score === 3 && s.purposes.hiring.score <= 1;
        });
        expect(promoters.length, `${field} ${goals.join(',')}`).toBeGreaterThanOrEqual(4);
      }
  });

  it('still puts them first for a designer or developer looking for clients', () => {
    for (const field of ['software', 'design-creative'] as Field[]) {
      const r = recommend({ goals: ['hiring'], field, work: 'client-work', audience: 'freelancers' }, catalogue, 5);
      const bySlug = new Map(catalogue.map((s) => [s.slug, s]));
      expect(
        r.results.some((x) => atADistance(bySlug.get(x.slug)!)),
        field,
      ).toBe(true);
    }
  });
});

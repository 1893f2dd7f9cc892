/**
 * Networks that admit only one role in their field (veterinarians only; their support staff only): after every
 * site that admits the visitor once the visitor says they hold another role, ranked as usual when they say
 * nothing of their role, and named as restricted in the explanation.
 */
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadEntries, type SiteEntry } from '#src/catalogue/entry-file.ts';
import { readCatalogueFiles } from '#src/integrations/vite-catalogue.ts';
import { recommend } from '#src/features/recommend/rules/recommend.ts';
import { catalogueArbitrary, siteArbitrary } from '../../support/site-arbitrary.ts';
import { answersArb } from '../../support/answers-arbitrary.ts';
import { FIELDS, PURPOSES, ROLES, keysOf, type Field, type Role } from '#src/catalogue/taxonomy.ts';

const FIELD_KEYS: Field[] = [...FIELDS.keys()].slice(0, 4);
/** Synthetic entries, some admitting only one role, some built for a field. */
const siteArb = siteArbitrary({ roles: true, fields: FIELD_KEYS });
const catalogueArb = catalogueArbitrary(siteArb);
const ANSWERS = { fields: FIELD_KEYS };

const excludes = (site: SiteEntry, role: Role | undefined) => {
  const roles = site.eligibility?.roles ?? [];
  return role !== undefined && roles.length > 0 && !roles.includes(role);
};
const open = (site: SiteEntry): SiteEntry => {
  const { eligibility: _, ...rest } = site;
  return rest;
};
const strip = (r: ReturnType<typeof recommend>) => r.results.map(({ slug, score, rank }) => ({ slug, score, rank }));

describe('networks that admit only one role in their field', () => {
  it('never puts a network closed to the role the visitor named above one that admits them', () => {
    fc.assert(
      fc.property(answersArb(ANSWERS), catalogueArb, (answers, sites) => {
        const bySlug = new Map(sites.map((s) => [s.slug, s]));
        const tiers = recommend(answers, sites).results.map((r) =>
          excludes(bySlug.get(r.slug)!, answers.role) ? 1 : 0,
        );
        expect(tiers).toEqual([...tiers].sort((a, b) => a - b));
      }),
    );
  });

  it('ranks every network as if it were open when the visitor says nothing of their role', () => {
    fc.assert(
      fc.property(answersArb(ANSWERS), catalogueArb, (answers, sites) => {
        const unsaid = { ...answers, role: undefined };
        expect(strip(recommend(unsaid, sites))).toEqual(strip(recommend(unsaid, sites.map(open))));
      }),
    );
  });

  it('ranks a network admitting the role named as if it were open', () => {
    fc.assert(
      fc.property(answersArb(ANSWERS), catalogueArb, fc.constantFrom(...keysOf(ROLES)), (answers, sites, role) => {
        const admitting = sites.map((s) => (excludes(s, role) ? open(s) : s));
        expect(strip(recommend({ ...answers, role }, admitting))).toEqual(
          strip(recommend({ ...answers, role }, admitting.map(open))),
        );
      }),
    );
  });

  it('says, at 0 points and with a warning, that a network is for another role', () => {
    fc.assert(
      fc.property(answersArb(ANSWERS), catalogueArb, (answers, sites) => {
        for (const r of recommend(answers, sites).results) {
          const site = sites.find((s) => s.slug === r.slug)!;
          const closed = excludes(site, answers.role);
          const note = r.reasons.find((x) => x.text.startsWith('only for ') && x.text.includes('you said you are'));
          expect(note !== undefined).toBe(closed);
          expect(note?.points ?? 0).toBe(0);
          expect(r.warnings.some((w) => w.type === 'eligibility')).toBe(closed);
        }
      }),
    );
  });
});

describe('the catalogue’s networks for one role', () => {
  const sites = loadEntries(readCatalogueFiles(join(import.meta.dirname, '../../..')));
  const byRole = sites.filter((s) => (s.eligibility?.roles ?? []).length > 0 && s.status !== 'closed');

  it('has some, each with its rule cited among the entry’s sources', () => {
    expect(byRole.length).toBeGreaterThan(0);
    for (const s of byRole) expect(s.sources.map((x) => x.url)).toContain(s.eligibility!.source.url);
  });

  it('keeps each out of the top three of its own field for a role it does not admit, and in it for the role it does', () => {
    let admitted = 0;
    for (const site of byRole)
      for (const field of Object.keys(site.fields) as Field[])
        for (const role of keysOf(ROLES)) {
          const goal = keysOf(PURPOSES).find((p) => site.purposes[p].score === 3)!;
          const top = recommend({ goals: [goal], field, role }, sites)
            .results.slice(0, 3)
            .map((r) => r.slug);
          if (excludes(site, role)) expect(top).not.toContain(site.slug);
          else if (top.includes(site.slug)) admitted++;
        }
    expect(admitted).toBeGreaterThan(0);
  });
});

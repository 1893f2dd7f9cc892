/**
 * Fields one step apart (dentistry within healthcare): a network built for a part of the visitor's field, or for the
 * wider field theirs is part of, is not another profession's network. Someone in dentistry who picks "healthcare" in
 * the quiz, or a nurse offered a healthcare network, should not see it lose what a farmers' forum loses.
 */
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadEntries, type SiteEntry } from '#src/catalogue/entry-file.ts';
import { readCatalogueFiles } from '#src/integrations/vite-catalogue.ts';
import { ADJUSTMENTS, recommend, type Recommendation } from '#src/features/recommend/rules/recommend.ts';
import { FIELDS, FIELD_WITHIN, fieldKinship, type Field } from '#src/catalogue/taxonomy.ts';
import { siteArbitrary } from '../../support/site-arbitrary.ts';
import { answersArb } from '../../support/answers-arbitrary.ts';

const FIELD_KEYS = [...FIELDS.keys()];
/** Every (visitor's field, site's field) pair one step apart, either way. */
const KIN_PAIRS = FIELD_KEYS.flatMap((f) =>
  FIELD_KEYS.filter((g) => fieldKinship(f, g) !== undefined).map((g) => [f, g] as const),
);
/** Fields in a relation, and fields in none, for the "unrelated fields keep their loss" property. */
const RELATED = [...new Set(Object.entries(FIELD_WITHIN).flat())] as Field[];
const UNRELATED: Field[] = ['law', 'music', 'agriculture'];

const siteArb = siteArbitrary({ fields: [] });
const base = (s: SiteEntry): SiteEntry => {
  const { littleUsedIn: _, ...site } = s;
  return { ...site, countries: 'global', absentIn: [], status: 'active' };
};
const result = (r: Recommendation, slug: string) => r.results.find((x) => x.slug === slug)!;
const label = (field: Field) => FIELDS.get(field)!.label.toLowerCase();
/** The points of the reason that names the site's field (`built for dentistry, …`, `built around law, not …`). */
const fieldPoints = (r: Recommendation, slug: string, siteField: Field) =>
  result(r, slug)
    .reasons.filter((x) =>
      [`built for ${label(siteField)}`, `built around ${label(siteField)}`].some((w) => x.text.startsWith(w)),
    )
    .reduce((sum, x) => sum + x.points, 0);
const OTHER_FIELD_POINTS = [
  ADJUSTMENTS.fieldOther.points,
  ADJUSTMENTS.fieldOtherOpen.points,
  ADJUSTMENTS.fieldOtherOpenHiring.points,
];

describe('the fields’ wider-field relation', () => {
  it('is a tree one level deep: a wider field lies within none, and no field lies within itself', () => {
    for (const [narrow, wider] of Object.entries(FIELD_WITHIN) as [Field, Field][]) {
      expect(FIELDS.has(narrow) && FIELDS.has(wider), narrow).toBe(true);
      expect(narrow).not.toBe(wider);
      expect(FIELD_WITHIN[wider], `${wider} is a wider field`).toBeUndefined();
    }
  });

  it('relates a part to its wider field both ways, and two parts of one field not at all', () => {
    expect(fieldKinship('healthcare', 'dentistry')).toBe('narrower');
    expect(fieldKinship('nursing', 'healthcare')).toBe('broader');
    expect(fieldKinship('nursing', 'dentistry')).toBeUndefined();
    expect(fieldKinship('nursing', 'nursing')).toBeUndefined();
  });
});

describe('the recommender, for fields one step apart', () => {
  it('gives a network built for a part of the visitor’s field, or for its wider field, no other profession’s loss, and says how the fields stand', () => {
    fc.assert(
      fc.property(answersArb(), siteArb, fc.constantFrom(...KIN_PAIRS), (answers, s, [field, siteField]) => {
        const kin = { ...base(s), slug: 'kin', fields: { [siteField]: 'Built for these people.' } };
        const r = recommend({ ...answers, field }, [kin]);
        const points = fieldPoints(r, kin.slug, siteField);
        expect(points).toBeGreaterThanOrEqual(0);
        const how = fieldKinship(field, siteField) === 'narrower' ? 'a part of' : 'which takes in';
        expect(result(r, kin.slug).reasons.map((x) => x.text)).toContainEqual(
          expect.stringContaining(`, ${how} ${label(field)}`),
        );
      }),
    );
  });

  it('never ranks or scores an exact field match below an otherwise identical site built for a field one step off', () => {
    fc.assert(
      fc.property(answersArb(), siteArb, fc.constantFrom(...KIN_PAIRS), (answers, s, [field, siteField]) => {
        const exact = { ...base(s), slug: 'exact', fields: { [field]: 'Built for these people.' } };
        const kin = { ...base(s), slug: 'kin', fields: { [siteField]: 'Built for these people.' } };
        for (const sites of [
          [exact, kin],
          [kin, exact],
        ]) {
          const r = recommend({ ...answers, field }, sites);
          expect(result(r, exact.slug).score).toBeGreaterThanOrEqual(result(r, kin.slug).score);
          expect(result(r, exact.slug).rank).toBeLessThanOrEqual(result(r, kin.slug).rank);
        }
      }),
    );
  });

  it('still gives a network built for an unrelated field, or for a sibling part, another profession’s loss', () => {
    const pairs = [
      ...RELATED.flatMap((f) => UNRELATED.flatMap((g) => [[f, g] as const, [g, f] as const])),
      ['nursing', 'dentistry'] as const,
      ['pharmacy', 'medicine'] as const,
    ];
    fc.assert(
      fc.property(answersArb(), siteArb, fc.constantFrom(...pairs), (answers, s, [field, siteField]) => {
        const other = { ...base(s), slug: 'other', fields: { [siteField]: 'Built for these people.' } };
        const r = recommend({ ...answers, field }, [other]);
        expect(OTHER_FIELD_POINTS).toContain(fieldPoints(r, other.slug, siteField));
      }),
    );
  });

  it('with healthcare named, gives no catalogue network built for a part of healthcare the loss of another profession’s', () => {
    const sites = loadEntries(readCatalogueFiles(join(import.meta.dirname, '../../..')));
    const parts = new Set(FIELD_KEYS.filter((f) => FIELD_WITHIN[f] === 'healthcare'));
    const partsOnly = sites.filter(
      (s) =>
        s.status !== 'closed' &&
        Object.keys(s.fields).length > 0 &&
        Object.keys(s.fields).every((f) => parts.has(f as Field)),
    );
    expect(partsOnly.length).toBeGreaterThan(0);
    const r = recommend({ goals: ['peer-ideas'], field: 'healthcare' }, sites);
    for (const s of partsOnly)
      for (const f of Object.keys(s.fields) as Field[])
        expect(fieldPoints(r, s.slug, f), `${s.slug} (${f})`).toBeGreaterThanOrEqual(0);
  }, 60_000);
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEntries, type SiteEntry } from '#src/catalogue/entry-file.ts';
import { GOOD_SCORE, PURPOSES, keysOf } from '#src/catalogue/taxonomy.ts';

const dir = join(import.meta.dirname, '../../../content/sites');
const files = Object.fromEntries(
  readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => [`content/sites/${f}`, readFileSync(join(dir, f), 'utf8')]),
);

describe('the catalogue in content/sites', () => {
  it('validates every entry and resolves every alternative', () => {
    expect(() => loadEntries(files)).not.toThrow();
  });

  const sites: SiteEntry[] = loadEntries(files);
  const count = (pred: (s: SiteEntry) => boolean) => sites.filter(pred).length;

  it('holds at least 60 entries', () => {
    expect(sites.length).toBeGreaterThanOrEqual(60);
  });

  it('has at least 10 business and 10 social entries', () => {
    expect(count((s) => s.kind === 'business')).toBeGreaterThanOrEqual(10);
    expect(count((s) => s.kind === 'social')).toBeGreaterThanOrEqual(10);
  });

  it('has at least 8 sites good for investors and 6 good for referrals', () => {
    expect(count((s) => s.purposes.investors.score >= GOOD_SCORE)).toBeGreaterThanOrEqual(8);
    expect(count((s) => s.purposes.referrals.score >= GOOD_SCORE)).toBeGreaterThanOrEqual(6);
  });

  it('keeps at least 4 closed sites for history', () => {
    expect(count((s) => s.status === 'closed')).toBeGreaterThanOrEqual(4);
  });

  it('gives every entry a reason for each score of 2 or more, a revenue model, sources and a check date', () => {
    const gaps: string[] = [];
    for (const s of sites) {
      for (const p of keysOf(PURPOSES)) {
        if (s.purposes[p].score >= GOOD_SCORE && !s.purposes[p].reason) gaps.push(`${s.slug}: purposes.${p}.reason`);
      }
      if (s.revenue.length === 0) gaps.push(`${s.slug}: revenue`);
      if (s.sources.length === 0) gaps.push(`${s.slug}: sources`);
      if (Number.isNaN(s.lastChecked.getTime())) gaps.push(`${s.slug}: lastChecked`);
      if (s.body.trim().length < 40) gaps.push(`${s.slug}: description`);
    }
    expect(gaps).toEqual([]);
  });

  it('points every alternative at another existing entry', () => {
    const slugs = new Set(sites.map((s) => s.slug));
    const broken = sites.flatMap((s) =>
      s.alternatives.filter((a) => a === s.slug || !slugs.has(a)).map((a) => `${s.slug} → ${a}`),
    );
    expect(broken).toEqual([]);
  });

  it('gives a closing year only to closed sites', () => {
    expect(sites.filter((s) => s.closed !== undefined && s.status !== 'closed').map((s) => s.slug)).toEqual([]);
  });
});

describe('the schema on broken entries (tests/unit/fixtures)', () => {
  const fixtures = join(import.meta.dirname, 'fixtures');
  const load = (name: string) => {
    const file = `tests/unit/fixtures/${name}`;
    return () => loadEntries({ [file]: readFileSync(join(fixtures, name), 'utf8') });
  };

  it('accepts the valid fixture the broken ones are made from', () => {
    expect(load('valid-entry.md')).not.toThrow();
  });

  it.each([
    ['score-of-four.md', 'purposes.contacts.score', /0–3/],
    ['unknown-alternative.md', 'alternatives', /"not-a-real-site" is not an entry/],
    ['http-source.md', 'sources[0].url', /https:\/\//],
    ['missing-reason.md', 'purposes.contacts.reason', /needs a reason/],
    ['misspelt-field.md', 'tagline', /expected string/],
    ['future-last-checked.md', 'lastChecked', /in the future/],
    ['missing-countries.md', 'countries', /./],
    ['field-without-reason.md', 'fields.medicine', /expected string/],
    ['unknown-field.md', 'fields', /"doctors"/],
  ])('refuses %s with a message naming the file and %s', (name, field, message) => {
    const file = `tests/unit/fixtures/${name}`;
    expect(load(name)).toThrow(`${file}: ${field}: `);
    expect(load(name)).toThrow(message);
  });

  describe('inPersonBusinessesOnly', () => {
    const valid = readFileSync(join(fixtures, 'valid-entry.md'), 'utf8');
    const file = 'tests/unit/fixtures/in-person-businesses.md';
    const withLines = (extra: string) => () =>
      loadEntries({ [file]: valid.replace('countries: global', `countries: global\n${extra}`) });

    it('keeps the rule and its source of a site that lists only businesses met in person', () => {
      const [entry] = withLines(
        'inPersonBusinessesOnly:\n  rule: "A business must meet its customers in person"\n  source: {title: "Guidelines", url: "https://example.com/guidelines"}',
      )();
      expect(entry!.inPersonBusinessesOnly).toEqual({
        rule: 'A business must meet its customers in person',
        source: { title: 'Guidelines', url: 'https://example.com/guidelines' },
      });
    });

    it('refuses the rule without its source, naming the field', () => {
      const load = withLines('inPersonBusinessesOnly:\n  rule: "A business must meet its customers in person"');
      expect(load).toThrow(`${file}: inPersonBusinessesOnly.source: `);
    });
  });

  describe('littleUsedIn', () => {
    const valid = readFileSync(join(fixtures, 'valid-entry.md'), 'utf8');
    const file = 'tests/unit/fixtures/little-used.md';
    const note = (code: string) =>
      `  - {country: ${code}, note: "A survey says few people there use it (2020).", source: {title: "A survey", url: "https://example.com/survey"}}`;
    const withLines = (countries: string, extra: string) => () =>
      loadEntries({ [file]: valid.replace('countries: global', `countries: ${countries}\n${extra}`) });

    it('takes sourced countries on a global site', () => {
      const [entry] = withLines('global', `littleUsedIn:\n${note('JP')}`)();
      expect(entry!.littleUsedIn).toEqual([
        {
          country: 'JP',
          note: 'A survey says few people there use it (2020).',
          source: { title: 'A survey', url: 'https://example.com/survey' },
        },
      ]);
    });

    it.each([
      ['a national site', '[DE]', `littleUsedIn:\n${note('JP')}`, /only for global sites/],
      ['a country also absent', 'global', `absentIn: [JP]\nlittleUsedIn:\n${note('JP')}`, /not available there at all/],
      ['a country twice', 'global', `littleUsedIn:\n${note('JP')}\n${note('JP')}`, /twice/],
      ['a code that is not a country', 'global', `littleUsedIn:\n${note('XX')}`, /ISO 3166-1/],
      [
        'a note without a source',
        'global',
        'littleUsedIn:\n  - {country: JP, note: "A survey says few people there use it."}',
        /source/,
      ],
    ])('refuses %s', (_, countries, extra, message) => {
      expect(withLines(countries, extra)).toThrow(`${file}: littleUsedIn`);
      expect(withLines(countries, extra)).toThrow(message);
    });
  });

  describe('eligibility roles', () => {
    const valid = readFileSync(join(fixtures, 'valid-entry.md'), 'utf8');
    const file = 'tests/unit/fixtures/eligibility.md';
    const rule = 'rule: "Only support staff may join, says a synthetic rule."';
    const source = 'source: {title: "A rule", url: "https://example.com/rule"}';
    const withEligibility = (inner: string) => () =>
      loadEntries({ [file]: valid.replace('countries: global', `countries: global\neligibility: {${inner}}`) });

    it('takes a role without groups, and groups without a role', () => {
      expect(withEligibility(`roles: [support-staff], ${rule}, ${source}`)()[0]!.eligibility).toMatchObject({
        groups: [],
        roles: ['support-staff'],
      });
      expect(withEligibility(`groups: [women], ${rule}, ${source}`)()[0]!.eligibility).toMatchObject({
        groups: ['women'],
        roles: [],
      });
    });

    it.each([
      ['neither groups nor roles', `${rule}, ${source}`, /at least one group or role/],
      ['every role', `roles: [practitioner, support-staff], ${rule}, ${source}`, /names every role/],
      ['an unknown role', `roles: [boss], ${rule}, ${source}`, /support-staff/],
      ['a role without its source', `roles: [practitioner], ${rule}`, /source/],
    ])('refuses %s', (_, inner, message) => {
      expect(withEligibility(inner)).toThrow(`${file}: eligibility`);
      expect(withEligibility(inner)).toThrow(message);
    });
  });

  it('names a misspelt field itself, not only the missing one', () => {
    expect(load('misspelt-field.md')).toThrow(/tests\/unit\/fixtures\/misspelt-field\.md: .*"taglin"/);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadEntries } from '#src/catalogue/entry-file.ts';
import {
  CSV_COLUMNS,
  csvField,
  parseCsv,
  sitesFromCsv,
  sitesFromJson,
  sitesToCsv,
  sitesToJson,
} from '#src/catalogue/open-data.ts';
import { PURPOSES, keysOf } from '#src/catalogue/taxonomy.ts';
import { readCatalogueFiles } from '#src/integrations/vite-catalogue.ts';

const sites = loadEntries(readCatalogueFiles(`${import.meta.dirname}/../../..`));
const sortedBySlug = [...sites].sort((a, b) => (a.slug < b.slug ? -1 : 1));

describe('open data: JSON', () => {
  const json = sitesToJson(sites);
  const parsed = JSON.parse(json) as Record<string, unknown>[];

  it('round-trips the parsed catalogue exactly', () => {
    expect(sitesFromJson(json)).toEqual(sortedBySlug);
  });

  it('puts one entry on each line between the brackets, with no indentation', () => {
    const lines = json.trimEnd().split('\n');
    expect(lines[0]).toBe('[');
    expect(lines.at(-1)).toBe(']');
    const inner = lines.slice(1, -1);
    expect(inner).toHaveLength(sites.length);
    inner.forEach((line, i) => expect(JSON.parse(line.replace(/,$/, ''))).toEqual(parsed[i]));
    expect(json).not.toMatch(/\n /);
    expect(sitesToJson([])).toBe('[]\n');
  });

  it('has one object per entry, slug first, sorted by slug', () => {
    expect(parsed.map((o) => o.slug)).toEqual(sortedBySlug.map((s) => s.slug));
    expect(Object.keys(parsed[0]!)[0]).toBe('slug');
  });

  it('publishes purposes as {"<purpose>": {"score", "reason"}} with null for a missing reason', () => {
    const linkedin = parsed.find((o) => o.slug === 'linkedin')!;
    const purposes = linkedin.purposes as Record<string, { score: number; reason: string | null }>;
    expect(Object.keys(purposes)).toEqual(keysOf(PURPOSES));
    expect(purposes.contacts).toEqual({ score: 3, reason: expect.stringMatching(/\w{5,}/) });
    expect(purposes.friends).toEqual({ score: 0, reason: null });
  });

  it('gives every object the same keys, with dates as YYYY-MM-DD', () => {
    const keys = Object.keys(parsed[0]!);
    for (const o of parsed) {
      expect(Object.keys(o)).toEqual(keys);
      expect(o.lastChecked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});

describe('open data: CSV', () => {
  const csv = sitesToCsv(sites);

  it('round-trips the parsed catalogue exactly', () => {
    expect(sitesFromCsv(csv)).toEqual(sortedBySlug);
  });

  it('has a header row with slug first and one row per site', () => {
    const rows = parseCsv(csv);
    expect(rows[0]![0]).toBe('slug');
    expect(rows[0]).toEqual(CSV_COLUMNS.map((c) => c.name));
    expect(rows.slice(1).map((r) => r[0])).toEqual(sortedBySlug.map((s) => s.slug));
  });

  it('ends every record with CRLF', () => {
    expect(csv.endsWith('\r\n')).toBe(true);
    // Outside quoted fields, every line break is CRLF: strip quoted fields and look.
    const unquoted = csv.replace(/"(?:[^"]|"")*"/g, '');
    expect(unquoted).not.toMatch(/[^\r]\n/);
  });

  it('quotes fields with commas, quotes or line breaks, doubling quotes (RFC 4180)', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });

  it('parses back any row of awkward text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string(), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }),
        (rows) => {
          // A row holding one empty field is indistinguishable from a blank line; RFC 4180 leaves it out too.
          fc.pre(rows.every((r) => r.length > 1 || r[0] !== ''));
          const text = rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
          expect(parseCsv(text)).toEqual(rows);
        },
      ),
    );
  });

  it('refuses a file whose header is not the published one', () => {
    expect(() => sitesFromCsv('name,slug\r\nX,x\r\n')).toThrow(/header/);
  });
});

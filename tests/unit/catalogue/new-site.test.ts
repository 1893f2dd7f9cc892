import { describe, expect, it } from 'vitest';
import { EntryError, loadEntries, parseEntryFile } from '#src/catalogue/entry-file.ts';
import { scaffoldEntry, slugify } from '#src/catalogue/editor/entry-scaffold.ts';
import { siteSchema } from '#src/catalogue/schema.ts';
import { PURPOSES, keysOf } from '#src/catalogue/taxonomy.ts';

const file = 'content/sites/example-network.md';
const scaffold = scaffoldEntry({ name: 'Example Network', url: 'https://example.com' });

function problems(): { field: string; message: string }[] {
  try {
    parseEntryFile(file, scaffold);
  } catch (error) {
    if (error instanceof EntryError) return [...error.problems];
    throw error;
  }
  throw new Error('the scaffold passed validation');
}

describe('the new-site scaffold', () => {
  it('derives slugs from brand names', () => {
    expect(slugify('Indie Hackers')).toBe('indie-hackers');
    expect(slugify('Google+')).toBe('google-plus');
    expect(slugify('Bēhance')).toBe('behance');
    expect(slugify('  AT&T Connect! ')).toBe('at-and-t-connect');
  });

  it('is valid YAML front matter with the name and URL filled in', () => {
    expect(scaffold.startsWith('---\n')).toBe(true);
    expect(scaffold).toContain('name: "Example Network"');
    expect(scaffold).toContain('url: "https://example.com"');
    expect(problems().some((p) => p.field === '(front matter)')).toBe(false);
  });

  it('fails validation on every field an editor has to fill, naming each one', () => {
    const fields = new Set(problems().map((p) => p.field.replace(/\[\d+\]/g, '')));
    const shape = Object.keys(siteSchema.shape);
    expect(shape).toContain('alternatives');
    const toFill = shape.filter(
      (k) => k !== 'name' && k !== 'url' && k !== 'purposes' && k !== 'pricing' && k !== 'sources',
    );
    const expected = [
      ...toFill,
      ...keysOf(PURPOSES).flatMap((p) => [`purposes.${p}.score`, `purposes.${p}.reason`]),
      'pricing.model',
      'pricing.note',
      'sources.title',
      'sources.url',
      '(description)',
    ];
    // A nested field (reach) fails on its parts: reach.band counts for reach.
    const failed = (f: string) => fields.has(f) || [...fields].some((g) => g.startsWith(`${f}.`));
    expect([...expected].filter((f) => !failed(f))).toEqual([]);
  });

  it('cannot slip into the catalogue through loadEntries', () => {
    expect(() => loadEntries({ [file]: scaffold })).toThrow(`${file}: tagline: still says TODO`);
  });
});

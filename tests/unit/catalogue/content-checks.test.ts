import { describe, expect, it } from 'vitest';
import type { SiteEntry } from '#src/catalogue/entry-file.ts';
import {
  checkAliases, checkAlternativesPointBack, checkContent, checkDuplicateHosts, checkDuplicateNames, checkStale, checkUnverified,
  formatIssue, normalizeName, recheckCutoff, siteKey,
} from '#src/catalogue/editor/content-checks.ts';
import { PURPOSES, keysOf } from '#src/catalogue/taxonomy.ts';

/** A minimal valid entry; tests override what they exercise. */
function entry(slug: string, over: Partial<SiteEntry> = {}): SiteEntry {
  return {
    slug,
    name: slug.toUpperCase(),
    url: `https://${slug}.example`,
    tagline: 'A test entry for the content checks.',
    kind: 'business',
    purposes: Object.fromEntries(keysOf(PURPOSES).map((p) => [p, { score: 0 }])) as SiteEntry['purposes'],
    audiences: ['professionals'],
    timeCost: 'light',
    pricing: { model: 'free' },
    revenue: ['ads'],
    owner: 'Test Ltd',
    countries: 'global',
    absentIn: [],
    fields: {},
    status: 'active',
    features: [],
    pros: ['Good.'],
    cons: ['Bad.'],
    aliases: [],
    alternatives: [],
    sources: [{ title: 'Test source', url: 'https://example.com' }],
    lastChecked: new Date('2026-06-01T00:00:00Z'),
    factCheck: 'sources',
    body: 'A test entry for the content checks, long enough.',
    ...over,
  };
}
const today = new Date('2026-11-26T12:00:00Z');

describe('duplicate hosts', () => {
  it('flags two entries on the same host, ignoring www. and the path', () => {
    const issues = checkDuplicateHosts([entry('a', { url: 'https://www.same.example/' }), entry('b', { url: 'https://same.example/jobs' })]);
    expect(issues.map(formatIssue)).toEqual([
      'content/sites/a.md: url: same.example is also the address of content/sites/b.md: one site, one entry',
      'content/sites/b.md: url: same.example is also the address of content/sites/a.md: one site, one entry',
    ]);
    expect(issues.every((i) => i.severity === 'error')).toBe(true);
  });

  it('lets closed sites share Wikipedia as long as the articles differ', () => {
    const a = entry('a', { url: 'https://en.wikipedia.org/wiki/Orkut', status: 'closed' });
    const b = entry('b', { url: 'https://en.wikipedia.org/wiki/Friendster', status: 'closed' });
    expect(checkDuplicateHosts([a, b])).toEqual([]);
    expect(checkDuplicateHosts([a, entry('c', { url: 'https://en.wikipedia.org/wiki/Orkut/' })])).toHaveLength(2);
  });

  it('treats an encoded and a plain article address as the same', () => {
    expect(siteKey('https://en.wikipedia.org/wiki/Google%2B')).toBe(siteKey('https://en.wikipedia.org/wiki/Google+'));
  });
});

describe('duplicate names and aliases', () => {
  it('flags two entries whose names differ only in case and punctuation', () => {
    const issues = checkDuplicateNames([entry('a', { name: 'Indie Hackers' }), entry('b', { name: 'indie-hackers' })]);
    expect(issues).toHaveLength(2);
    expect(issues[0]).toMatchObject({ severity: 'error', file: 'content/sites/a.md', field: 'name' });
  });

  it('keeps Google+ and Google apart', () => {
    expect(normalizeName('Google+')).not.toBe(normalizeName('Google'));
    expect(normalizeName('Bēhance')).toBe(normalizeName('behance'));
  });

  it('refuses an alias that is another entry’s name, naming the alias', () => {
    const issues = checkAliases([entry('x', { name: 'X', aliases: ['Twitter'] }), entry('threads', { name: 'Threads', aliases: ['x'] })]);
    expect(issues.map(formatIssue)).toEqual(['content/sites/threads.md: aliases[0]: "x" is the name of content/sites/x.md: remove it or rename one of them']);
  });

  it('warns, without failing, when two entries share an alias', () => {
    const issues = checkAliases([entry('a', { aliases: ['AngelList Jobs'] }), entry('b', { aliases: ['angellist jobs'] })]);
    expect(issues.map((i) => [i.severity, i.file])).toEqual([
      ['warning', 'content/sites/a.md'],
      ['warning', 'content/sites/b.md'],
    ]);
  });

  it('does not flag an entry whose alias is its own name', () => {
    expect(checkAliases([entry('a', { name: 'Reddit', aliases: ['reddit'] })])).toEqual([]);
  });
});

describe('alternatives that do not point back', () => {
  it('warns on a one-way alternative and names both files', () => {
    const issues = checkAlternativesPointBack([entry('a', { alternatives: ['b'] }), entry('b')]);
    expect(issues.map(formatIssue)).toEqual(['content/sites/a.md: alternatives: lists "b", but content/sites/b.md does not list "a" back']);
    expect(issues[0]!.severity).toBe('warning');
  });

  it('accepts alternatives that point both ways', () => {
    expect(checkAlternativesPointBack([entry('a', { alternatives: ['b'] }), entry('b', { alternatives: ['a'] })])).toEqual([]);
  });

  it('lets a closed site point at its successor one way', () => {
    expect(checkAlternativesPointBack([entry('old', { status: 'closed', alternatives: ['new'] }), entry('new')])).toEqual([]);
    expect(checkAlternativesPointBack([entry('new', { alternatives: ['old'] }), entry('old', { status: 'closed' })])).toHaveLength(1);
  });
});

describe('entries due for a re-check', () => {
  it('lists entries last checked more than 12 months ago, oldest first', () => {
    const issues = checkStale(
      [
        entry('fresh', { lastChecked: new Date('2026-01-01T00:00:00Z') }),
        entry('old', { lastChecked: new Date('2025-11-25T00:00:00Z') }),
        entry('older', { lastChecked: new Date('2024-03-01T00:00:00Z') }),
      ],
      today,
    );
    expect(issues.map((i) => [i.severity, i.file])).toEqual([
      ['stale', 'content/sites/older.md'],
      ['stale', 'content/sites/old.md'],
    ]);
    expect(issues[0]!.message).toContain('2024-03-01');
  });

  it('counts an entry checked exactly 12 months ago as still current', () => {
    expect(recheckCutoff(today).toISOString().slice(0, 10)).toBe('2025-11-26');
    expect(checkStale([entry('a', { lastChecked: new Date('2025-11-26T00:00:00Z') })], today)).toEqual([]);
  });
});

describe('entries not yet checked against their sources', () => {
  it('are listed for re-check until an editor sets factCheck: sources', () => {
    const issues = checkUnverified([entry('memory', { factCheck: 'editor-knowledge' }), entry('checked', { factCheck: 'sources' })]);
    expect(issues.map((i) => [i.severity, i.file, i.field])).toEqual([['stale', 'content/sites/memory.md', 'factCheck']]);
  });
});

describe('checkContent', () => {
  it('lists errors before warnings before stale entries', () => {
    const issues = checkContent(
      [
        entry('a', { alternatives: ['b'], lastChecked: new Date('2020-01-01T00:00:00Z') }),
        entry('b', { name: 'A' }),
      ],
      today,
    );
    expect(issues.map((i) => i.severity)).toEqual(['error', 'error', 'warning', 'stale']);
  });

  it('finds no errors in the catalogue as it stands', async () => {
    const { loadEntries } = await import('#src/catalogue/entry-file.ts');
    const { readCatalogueFiles } = await import('#src/integrations/vite-catalogue.ts');
    const sites = loadEntries(readCatalogueFiles(`${import.meta.dirname}/../../..`));
    expect(checkContent(sites, new Date()).filter((i) => i.severity === 'error').map(formatIssue)).toEqual([]);
  });
});

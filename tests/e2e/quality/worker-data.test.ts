/**
 * The Worker does not carry the catalogue: its bundle holds none of the
 * entries' text, and what it answers comes from the static files under
 * `/_catalogue/`, read through the assets binding (issue: scale).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { loadEntries } from '#src/catalogue/entry-file.ts';
import { readCatalogueFiles } from '#src/integrations/vite-catalogue.ts';

const baseUrl = inject('baseUrl');
const root = join(import.meta.dirname, '../../..');
const server = join(root, 'dist/server');
const sites = loadEntries(readCatalogueFiles(root));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

describe('the Worker reads the catalogue from static files', () => {
  it('bundles no entry text into the Worker', () => {
    const code = files(server)
      .filter((f) => /\.m?js$/.test(f))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const inBundle = sites.filter((s) => code.includes(s.tagline));
    expect(inBundle.map((s) => s.slug)).toEqual([]);
  });

  it('publishes every entry in /_catalogue/core.json, without bodies', async () => {
    const res = await fetch(`${baseUrl}/_catalogue/core.json`);
    expect(res.status).toBe(200);
    const core = await res.json<{ sites: { slug: string; body?: string }[] }>();
    expect(core.sites.map((s) => s.slug).sort()).toEqual(sites.map((s) => s.slug).sort());
    expect(core.sites.filter((s) => 'body' in s)).toEqual([]);
  });

  it('answers search, comparison and a description from those files', async () => {
    const [first, second] = sites.filter((s) => s.status === 'active');
    const search = await (
      await fetch(`${baseUrl}/api/search?q=${encodeURIComponent(first!.name)}`)
    ).json<{ results: { slug: string }[] }>();
    expect(search.results.map((r) => r.slug)).toContain(first!.slug);
    const compare = await (
      await fetch(`${baseUrl}/api/compare?sites=${first!.slug},${second!.slug}`)
    ).json<{ sites: { slug: string; description: string }[] }>();
    expect(compare.sites.map((s) => [s.slug, s.description])).toEqual(
      [first!, second!].map((s) => [s.slug, s.body.trim()]),
    );
  });
});

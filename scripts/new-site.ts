/**
 * `npm run new:site -- --name "Name" --url https://…`: scaffolds
 * `content/sites/<slug>.md` with every field and TODO markers that fail
 * validation until an editor fills them. `--slug` overrides the derived slug.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { scaffoldEntry, slugify } from '#src/catalogue/editor/entry-scaffold.ts';
import { SLUG_PATTERN } from '#src/catalogue/taxonomy.ts';

const root = join(import.meta.dirname, '..');
const usage = 'Usage: npm run new:site -- --name "Site name" --url https://example.com [--slug example]';

function fail(message: string): never {
  console.error(`${message}\n${usage}`);
  process.exit(1);
}

let values: { name?: string | undefined; url?: string | undefined; slug?: string | undefined };
try {
  ({ values } = parseArgs({
    options: { name: { type: 'string' }, url: { type: 'string' }, slug: { type: 'string' } },
  }));
} catch (error) {
  fail((error as Error).message);
}
const name = values.name?.trim();
const url = values.url?.trim();
if (!name) fail("Give the site's name with --name.");
if (!url) fail("Give the site's home page with --url.");
if (!URL.canParse(url) || !url.startsWith('https://')) fail(`--url must be a full https:// address; got "${url}".`);
const slug = values.slug ?? slugify(name);
if (!SLUG_PATTERN.test(slug))
  fail(`"${slug}" is not a usable slug: lowercase letters and digits joined by hyphens. Pass one with --slug.`);

const file = join('content/sites', `${slug}.md`);
if (existsSync(join(root, file))) fail(`${file} already exists: edit it instead, or pass a different --slug.`);
writeFileSync(join(root, file), scaffoldEntry({ name, url }), { flag: 'wx' });
console.log(`Created ${file}.\nFill in every TODO (see CONTRIBUTING.md), then run: npm run check:content`);

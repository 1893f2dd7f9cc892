/**
 * `npm run import:suggestions [-- --remote]`: turns what moderators accepted
 * into work for an editor. Reads accepted suggestions and corrections from the
 * local D1 (`.wrangler/state`, as `npm start` uses it) or, with `--remote`,
 * the production one, through `wrangler d1 execute`. For each accepted
 * suggestion it writes `content/sites/<slug>.md` from the same scaffold as
 * `npm run new:site` (TODO markers that fail validation until an editor
 * completes the entry), with the visitor's words as comments; it never
 * overwrites a file. Then it prints the accepted corrections with their sources.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { asComment, suggestionScaffold, suggestionSlug } from '#src/features/community/rules/suggestion-scaffold.ts';

const root = join(import.meta.dirname, '..');
const usage = 'Usage: npm run import:suggestions [-- --remote]';

let remote = false;
try {
  remote = Boolean(parseArgs({ options: { remote: { type: 'boolean' } } }).values.remote);
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`);
  process.exit(1);
}

interface SuggestionRow {
  id: string;
  name: string;
  url: string;
  why: string;
  purposes: string;
  created_at: string;
  decided_at: string | null;
}
interface CorrectionRow {
  id: string;
  site_slug: string;
  field: string;
  correction: string;
  source: string | null;
  decided_at: string | null;
}

/** Runs one read-only query through wrangler and answers its rows. */
function query<T>(sql: string): T[] {
  const wrangler = join(root, 'node_modules', '.bin', 'wrangler');
  let out: string;
  try {
    out = execFileSync(wrangler, ['d1', 'execute', 'DB', remote ? '--remote' : '--local', '--json', '--command', sql], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    const { stderr, stdout } = error as { stderr?: string; stdout?: string };
    console.error(
      `Could not read the ${remote ? 'remote' : 'local'} database with wrangler:\n${(stderr || stdout || String(error)).trim()}`,
    );
    if (!remote) console.error('Run npm start once first: it creates the local database and applies the migrations.');
    process.exit(1);
  }
  const parsed = JSON.parse(out) as { results: T[] }[];
  return parsed.flatMap((r) => r.results);
}

const suggestions = query<SuggestionRow>(
  "SELECT id, name, url, why, purposes, created_at, decided_at FROM suggestions WHERE status = 'accepted' ORDER BY decided_at, id",
);
const corrections = query<CorrectionRow>(
  "SELECT id, site_slug, field, correction, source, decided_at FROM corrections WHERE status = 'accepted' ORDER BY site_slug, decided_at, id",
);

const where = remote ? 'the remote database' : 'the local database';
console.log(`Accepted suggestions in ${where}: ${suggestions.length}`);
let written = 0;
for (const s of suggestions) {
  const slug = suggestionSlug(s);
  if (!slug) {
    console.log(`  - ${s.name} (${s.url}): no usable slug; run npm run new:site -- --name … --url … --slug …`);
    continue;
  }
  const file = join('content/sites', `${slug}.md`);
  if (existsSync(join(root, file))) {
    console.log(`  - ${s.name}: ${file} already exists, left as it is`);
    continue;
  }
  let purposes: string[];
  try {
    purposes = JSON.parse(s.purposes) as string[];
  } catch {
    purposes = [];
  }
  const scaffold = suggestionScaffold({ ...s, purposes, createdAt: s.created_at });
  writeFileSync(join(root, file), scaffold, { flag: 'wx' });
  written++;
  console.log(`  + ${s.name}: wrote ${file}`);
}
if (written > 0)
  console.log(`Fill in every TODO in the new files (see CONTRIBUTING.md), then run: npm run check:content`);

console.log(`\nAccepted corrections in ${where}: ${corrections.length}`);
for (const c of corrections) {
  console.log(
    `\n  content/sites/${c.site_slug}.md · ${c.field} (accepted ${c.decided_at?.slice(0, 10) ?? '?'}, ${c.id})`,
  );
  console.log(asComment(c.correction).replace(/^# {3}/gm, '    '));
  console.log(`    source: ${c.source ?? 'none given: find one before changing the entry'}`);
}

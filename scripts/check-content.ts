/**
 * `npm run check:content`: validates every entry with the shared schema, then
 * runs the editor checks (src/catalogue/editor/content-checks.ts): the kind
 * rule, an independent source, duplicates, alternatives, reach, scores that
 * contradict similar sites, re-checks. Exit 1 on any error; warnings and
 * entries due for a re-check are listed but pass.
 */
import { loadEntries } from '#src/catalogue/entry-file.ts';
import { checkContent, formatIssue, recheckCutoff, type ContentIssue } from '#src/catalogue/editor/content-checks.ts';
import { readCatalogueFiles } from '#src/integrations/vite-catalogue.ts';

const root = new URL('..', import.meta.url).pathname;
const files = readCatalogueFiles(root);

let entries;
try {
  entries = loadEntries(files);
} catch (error) {
  console.error((error as Error).message);
  console.error(
    '\nFix the entries above (CONTRIBUTING.md explains every field), then run npm run check:content again.',
  );
  process.exit(1);
}

const today = new Date();
const issues = checkContent(entries, today);
const section = (title: string, list: ContentIssue[]) => {
  if (list.length === 0) return;
  console.log(`\n${title} (${list.length})`);
  for (const issue of list) console.log(`  ${formatIssue(issue)}`);
};
const errors = issues.filter((i) => i.severity === 'error');
const warnings = issues.filter((i) => i.severity === 'warning');
const stale = issues.filter((i) => i.severity === 'stale');
console.log(`Checked ${entries.length} entries against the schema: all valid.`);
section('Errors', errors);
section('Warnings', warnings);
section(`Due for a re-check (last checked before ${recheckCutoff(today).toISOString().slice(0, 10)})`, stale);
if (errors.length > 0) {
  console.log(`\n${errors.length} error(s): fix them before committing.`);
  process.exit(1);
}
const toRecheck = new Set(stale.map((i) => i.file)).size;
console.log(
  `\nNo errors${warnings.length + toRecheck > 0 ? `; ${warnings.length} warning(s) and ${toRecheck} entr${toRecheck === 1 ? 'y' : 'ies'} to re-check` : ''}.`,
);

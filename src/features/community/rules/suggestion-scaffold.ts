/**
 * The content file an accepted suggestion becomes (`npm run import:suggestions`):
 * the `npm run new:site` scaffold, whose TODO markers fail validation until an
 * editor completes the entry, headed by the visitor's words as YAML comments
 * (a comment cannot break the YAML, whatever the visitor typed). Pure.
 */
import { scaffoldEntry, slugify } from '#src/catalogue/editor/entry-scaffold.ts';
import { SLUG_PATTERN } from '#src/catalogue/taxonomy.ts';

export interface AcceptedSuggestion {
  id: string;
  name: string;
  url: string;
  why: string;
  purposes: readonly string[];
  createdAt: string;
}

/** The slug for a suggestion: from its name, else from its address's host; null when neither gives one. */
export function suggestionSlug(s: Pick<AcceptedSuggestion, 'name' | 'url'>): string | null {
  const fromName = slugify(s.name);
  if (SLUG_PATTERN.test(fromName)) return fromName;
  const host = URL.canParse(s.url) ? new URL(s.url).hostname.replace(/^www\./, '') : '';
  const fromHost = slugify(host.split('.').slice(0, -1).join(' ') || host);
  return SLUG_PATTERN.test(fromHost) ? fromHost : null;
}

/** Text as YAML comment lines, each line of it kept, indented under a heading comment. */
export function asComment(text: string): string {
  return text
    .split(/\r\n?|\n|\u2028|\u2029/)
    .map((line) => `#   ${line}`)
    .join('\n');
}

/** The scaffold's text for an accepted suggestion (the URL made https, as the catalogue requires). */
export function suggestionScaffold(s: AcceptedSuggestion): string {
  const oneLine = (text: string) => text.replace(/[\r\n\u2028\u2029]+/g, ' ');
  const header = [
    `# Suggested by a visitor on ${s.createdAt.slice(0, 10)} (suggestion ${s.id}), accepted by a moderator.`,
    `# Their address: ${oneLine(s.url)}`,
    ...(s.purposes.length ? [`# They said it is good for: ${s.purposes.join(', ')}`] : []),
    '# Why it belongs, in their words (check everything against sources, then delete these lines):',
    asComment(s.why),
  ].join('\n');
  const url = s.url.replace(/^http:\/\//i, 'https://');
  return scaffoldEntry({ name: oneLine(s.name), url }).replace(/^---\n/, `---\n${header}\n`);
}

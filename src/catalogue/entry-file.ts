/**
 * Reads one catalogue file (`content/sites/<slug>.md`: YAML front matter and a
 * Markdown body) and validates it with the shared schema, reporting every
 * problem as `<file>: <field>: <message>` so an editor knows where to look.
 * Used by the build-time catalogue module, the editor scripts and the tests.
 */
import { parse as parseYaml } from 'yaml';
import { siteSchema, type SiteData } from './schema.ts';
import { SLUG_PATTERN } from './taxonomy.ts';
import { fieldName } from '#src/shared/validation.ts';

/** An entry as the API and tools see it: validated data, its slug and Markdown body. */
export interface SiteEntry extends SiteData {
  slug: string;
  /** The description, as Markdown. */
  body: string;
}

/** A validation failure that names the file and the field. */
export class EntryError extends Error {
  readonly file: string;
  readonly problems: readonly { field: string; message: string }[];
  constructor(file: string, problems: readonly { field: string; message: string }[]) {
    super(problems.map((p) => `${file}: ${p.field}: ${p.message}`).join('\n'));
    this.name = 'EntryError';
    this.file = file;
    this.problems = problems;
  }
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/** The slug a file name stands for: `content/sites/linkedin.md` → `linkedin`. */
export function slugFromPath(file: string): string {
  return file.replace(/^.*\//, '').replace(/\.md$/, '');
}

/** Parses and validates one entry file; throws {@link EntryError} naming the file and fields. */
export function parseEntryFile(file: string, source: string): SiteEntry {
  const slug = slugFromPath(file);
  const problems: { field: string; message: string }[] = [];
  if (!SLUG_PATTERN.test(slug)) {
    problems.push({
      field: '(file name)',
      message: `"${slug}" is not a slug: use the lowercase brand name with hyphens, like "indie-hackers"`,
    });
  }
  const match = FRONT_MATTER.exec(source);
  if (!match)
    throw new EntryError(file, [
      { field: '(front matter)', message: 'must start with a --- YAML block --- followed by the Markdown description' },
    ]);
  let raw: unknown;
  try {
    raw = parseYaml(match[1]!);
  } catch (error) {
    throw new EntryError(file, [
      { field: '(front matter)', message: `is not valid YAML: ${(error as Error).message}` },
    ]);
  }
  const result = siteSchema.safeParse(raw);
  if (!result.success) {
    for (const issue of result.error.issues) problems.push({ field: fieldName(issue.path), message: issue.message });
  }
  const body = match[2]!.trim();
  if (body.length < 40)
    problems.push({
      field: '(description)',
      message: 'the Markdown description below the front matter must be at least 40 characters',
    });
  if (/\bTODO\b/.test(body))
    problems.push({ field: '(description)', message: 'still says TODO: write the description' });
  if (problems.length > 0 || !result.success) throw new EntryError(file, problems);
  return { ...result.data, slug, body };
}

/**
 * Checks what no single entry can check alone: alternatives point at real
 * entries and not at themselves. Returns problems naming both entries.
 */
export function crossCheck(
  entries: readonly SiteEntry[],
  fileOf: (slug: string) => string = (slug) => `content/sites/${slug}.md`,
): string[] {
  const slugs = new Set(entries.map((e) => e.slug));
  const problems: string[] = [];
  for (const entry of entries) {
    for (const alt of entry.alternatives) {
      if (alt === entry.slug) problems.push(`${fileOf(entry.slug)}: alternatives: lists itself`);
      else if (!slugs.has(alt))
        problems.push(`${fileOf(entry.slug)}: alternatives: "${alt}" is not an entry (no content/sites/${alt}.md)`);
    }
  }
  return problems;
}

/** Parses every file, collecting all errors before throwing, so an editor sees them at once. */
export function loadEntries(files: Record<string, string>): SiteEntry[] {
  const entries: SiteEntry[] = [];
  const errors: string[] = [];
  const fileBySlug = new Map<string, string>();
  for (const [file, source] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    fileBySlug.set(slugFromPath(file), file);
    try {
      entries.push(parseEntryFile(file, source));
    } catch (error) {
      errors.push((error as Error).message);
    }
  }
  errors.push(...crossCheck(entries, (slug) => fileBySlug.get(slug) ?? `content/sites/${slug}.md`));
  if (errors.length > 0) throw new Error(`The catalogue has errors:\n${errors.join('\n')}`);
  return entries;
}

/**
 * Editor checks beyond the schema, run by `npm run check:content` on entries
 * that already passed {@link loadEntries}: the same site entered twice, an
 * alias that is another entry's name, alternatives that do not point back and
 * entries due for a re-check. Pure: the script does the reading and printing.
 */
import type { SiteEntry } from '../entry-file.ts';

/**
 * `error` fails the check (exit 1). `warning` and `stale` are listed for an
 * editor to look at but do not fail it.
 */
export type Severity = 'error' | 'warning' | 'stale';

export interface ContentIssue {
  severity: Severity;
  /** `content/sites/<slug>.md` */
  file: string;
  field: string;
  message: string;
}

/** Entries must be re-checked at least this often. */
export const RECHECK_MONTHS = 12;

/**
 * Hosts of reference pages, not of networks: closed sites link to their
 * Wikipedia article or an archived copy, so on these hosts two entries
 * collide only if the whole address is the same.
 */
export const REFERENCE_HOSTS: ReadonlySet<string> = new Set(['en.wikipedia.org', 'wikipedia.org', 'web.archive.org', 'archive.org']);

const fileOf = (slug: string) => `content/sites/${slug}.md`;

/** Compares names the way people type them: case, accents, spaces and punctuation ignored. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\+/g, 'plus')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** What two entries must not share: the host without `www.`, or the whole address on reference hosts. */
export function siteKey(url: string): string {
  const u = new URL(url);
  const host = u.hostname.toLowerCase().replace(/^www\./, '');
  if (!REFERENCE_HOSTS.has(host)) return host;
  return `${host}${decodeURIComponent(u.pathname).replace(/\/+$/, '')}`;
}

/** Groups values and returns the groups with more than one member. */
function duplicates<T>(items: readonly T[], key: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return [...groups.values()].filter((g) => g.length > 1);
}

/** Two entries for one address (host, or full URL on reference hosts). */
export function checkDuplicateHosts(entries: readonly SiteEntry[]): ContentIssue[] {
  return duplicates(entries, (e) => siteKey(e.url)).flatMap((group) =>
    group.map((e) => ({
      severity: 'error' as const,
      file: fileOf(e.slug),
      field: 'url',
      message: `${siteKey(e.url)} is also the address of ${group.filter((o) => o !== e).map((o) => fileOf(o.slug)).join(', ')}: one site, one entry`,
    })),
  );
}

/** Two entries with the same name, ignoring case and punctuation. */
export function checkDuplicateNames(entries: readonly SiteEntry[]): ContentIssue[] {
  return duplicates(entries, (e) => normalizeName(e.name)).flatMap((group) =>
    group.map((e) => ({
      severity: 'error' as const,
      file: fileOf(e.slug),
      field: 'name',
      message: `"${e.name}" is also the name of ${group.filter((o) => o !== e).map((o) => fileOf(o.slug)).join(', ')}`,
    })),
  );
}

/**
 * An alias equal to another entry's name is an error: search would send people
 * to the wrong site. The same alias on two entries is a warning: sometimes
 * right (a former shared brand), often a copy-paste slip.
 */
export function checkAliases(entries: readonly SiteEntry[]): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const names = new Map(entries.map((e) => [normalizeName(e.name), e]));
  const aliasOwners = new Map<string, SiteEntry[]>();
  for (const entry of entries) {
    entry.aliases.forEach((alias, i) => {
      const key = normalizeName(alias);
      const named = names.get(key);
      if (named && named !== entry) {
        issues.push({ severity: 'error', file: fileOf(entry.slug), field: `aliases[${i}]`, message: `"${alias}" is the name of ${fileOf(named.slug)}: remove it or rename one of them` });
      }
      const owners = aliasOwners.get(key) ?? [];
      if (!owners.includes(entry)) aliasOwners.set(key, [...owners, entry]);
    });
  }
  for (const entry of entries) {
    entry.aliases.forEach((alias, i) => {
      const others = (aliasOwners.get(normalizeName(alias)) ?? []).filter((o) => o !== entry);
      if (others.length > 0) {
        issues.push({ severity: 'warning', file: fileOf(entry.slug), field: `aliases[${i}]`, message: `"${alias}" is also an alias of ${others.map((o) => fileOf(o.slug)).join(', ')}` });
      }
    });
  }
  return issues;
}

/**
 * A lists B as an alternative but B does not list A. A warning: sometimes
 * one-way is right. A closed entry pointing at a running one is never flagged:
 * it says where its users went, and running entries should not send visitors
 * to history.
 */
export function checkAlternativesPointBack(entries: readonly SiteEntry[]): ContentIssue[] {
  const bySlug = new Map(entries.map((e) => [e.slug, e]));
  const issues: ContentIssue[] = [];
  for (const entry of entries) {
    for (const alt of entry.alternatives) {
      const other = bySlug.get(alt);
      if (!other || (entry.status === 'closed' && other.status !== 'closed')) continue;
      if (!other.alternatives.includes(entry.slug)) {
        issues.push({ severity: 'warning', file: fileOf(entry.slug), field: 'alternatives', message: `lists "${alt}", but ${fileOf(alt)} does not list "${entry.slug}" back` });
      }
    }
  }
  return issues;
}

/** The date {@link RECHECK_MONTHS} months before `today` (UTC). */
export function recheckCutoff(today: Date): Date {
  const cutoff = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - RECHECK_MONTHS, today.getUTCDate()));
  return cutoff;
}

/** Entries last checked more than {@link RECHECK_MONTHS} months before `today`, oldest first. */
export function checkStale(entries: readonly SiteEntry[], today: Date): ContentIssue[] {
  const cutoff = recheckCutoff(today);
  return entries
    .filter((e) => e.lastChecked.getTime() < cutoff.getTime())
    .sort((a, b) => a.lastChecked.getTime() - b.lastChecked.getTime())
    .map((e) => ({
      severity: 'stale' as const,
      file: fileOf(e.slug),
      field: 'lastChecked',
      message: `last checked ${e.lastChecked.toISOString().slice(0, 10)}, more than ${RECHECK_MONTHS} months ago: re-check the facts and sources, then update the date`,
    }));
}

/**
 * Entries written from editor knowledge whose sources nobody has re-read yet:
 * listed for re-check like stale ones, so the gap stays visible until closed.
 */
export function checkUnverified(entries: readonly SiteEntry[]): ContentIssue[] {
  return entries
    .filter((e) => e.factCheck !== 'sources')
    .map((e) => ({
      severity: 'stale' as const,
      file: fileOf(e.slug),
      field: 'factCheck',
      message: 'written from editor knowledge: re-read the cited sources, correct what differs, then set factCheck: sources and lastChecked',
    }));
}

/** Every check, errors first. */
export function checkContent(entries: readonly SiteEntry[], today: Date): ContentIssue[] {
  const order: Record<Severity, number> = { error: 0, warning: 1, stale: 2 };
  return [
    ...checkDuplicateHosts(entries),
    ...checkDuplicateNames(entries),
    ...checkAliases(entries),
    ...checkAlternativesPointBack(entries),
    ...checkStale(entries, today),
    ...checkUnverified(entries),
  ].sort((a, b) => order[a.severity] - order[b.severity]);
}

/** One line per issue, `<file>: <field>: <message>`, as the schema errors read. */
export function formatIssue(issue: ContentIssue): string {
  return `${issue.file}: ${issue.field}: ${issue.message}`;
}

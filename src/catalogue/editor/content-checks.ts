/**
 * Editor checks beyond the schema, run by `npm run check:content` on entries
 * that already passed {@link loadEntries}: the kind rule, an independent
 * source, the same site entered twice, an alias that is another entry's name,
 * alternatives that do not point back, missing reach, scores that contradict
 * the entry's own features, and entries due for a re-check. Pure: the script
 * does the reading and printing.
 */
import type { SiteEntry } from '../entry-file.ts';
import { SOCIAL_PURPOSES, kindsAllowedBy } from '../kind-rule.ts';
import { BUSINESS_PURPOSES, GOOD_SCORE, PURPOSES, keysOf, type Feature, type Purpose } from '../taxonomy.ts';

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
export const REFERENCE_HOSTS: ReadonlySet<string> = new Set([
  'en.wikipedia.org',
  'wikipedia.org',
  'web.archive.org',
  'archive.org',
]);

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

/**
 * Separate products one company runs on one host, each its own entry because
 * each serves different purposes: a mode inside an app and a sister app, both
 * on the company's site. Listed by slug, so a new entry on the same host is
 * still a duplicate until an editor adds it here (and says why).
 */
export const SHARED_HOSTS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  // Bumble Inc.: Bizz, a professional mode of the Bumble app (bumble.com), and
  // Bumble For Friends, the friendship app (bumble.com/bff).
  ['bumble.com', new Set(['bumble-bizz', 'bumble-for-friends'])],
]);

/** Two entries for one address (host, or full URL on reference hosts), unless {@link SHARED_HOSTS} lists them all. */
export function checkDuplicateHosts(
  entries: readonly SiteEntry[],
  sharedHosts: ReadonlyMap<string, ReadonlySet<string>> = SHARED_HOSTS,
): ContentIssue[] {
  return duplicates(entries, (e) => siteKey(e.url))
    .filter((group) => !group.every((e) => sharedHosts.get(siteKey(e.url))?.has(e.slug)))
    .flatMap((group) =>
      group.map((e) => ({
        severity: 'error' as const,
        file: fileOf(e.slug),
        field: 'url',
        message: `${siteKey(e.url)} is also the address of ${group
          .filter((o) => o !== e)
          .map((o) => fileOf(o.slug))
          .join(', ')}: one site, one entry`,
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
      message: `"${e.name}" is also the name of ${group
        .filter((o) => o !== e)
        .map((o) => fileOf(o.slug))
        .join(', ')}`,
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
        issues.push({
          severity: 'error',
          file: fileOf(entry.slug),
          field: `aliases[${i}]`,
          message: `"${alias}" is the name of ${fileOf(named.slug)}: remove it or rename one of them`,
        });
      }
      const owners = aliasOwners.get(key) ?? [];
      if (!owners.includes(entry)) aliasOwners.set(key, [...owners, entry]);
    });
  }
  for (const entry of entries) {
    entry.aliases.forEach((alias, i) => {
      const others = (aliasOwners.get(normalizeName(alias)) ?? []).filter((o) => o !== entry);
      if (others.length > 0) {
        issues.push({
          severity: 'warning',
          file: fileOf(entry.slug),
          field: `aliases[${i}]`,
          message: `"${alias}" is also an alias of ${others.map((o) => fileOf(o.slug)).join(', ')}`,
        });
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
        issues.push({
          severity: 'warning',
          file: fileOf(entry.slug),
          field: 'alternatives',
          message: `lists "${alt}", but ${fileOf(alt)} does not list "${entry.slug}" back`,
        });
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
      message:
        'written from editor knowledge: re-read the cited sources, correct what differs, then set factCheck: sources and lastChecked',
    }));
}

/**
 * The kind rule (src/catalogue/kind-rule.ts): the kind shown to visitors must
 * follow from the scores beside it. An error: a wrong kind puts the site on
 * the wrong side of every list and of the purpose map.
 */
export function checkKindRule(entries: readonly SiteEntry[]): ContentIssue[] {
  return entries.flatMap((e) => {
    const allowed = kindsAllowedBy(e.purposes);
    if (allowed.includes(e.kind)) return [];
    const strongest = (side: ReadonlySet<Purpose>) =>
      Math.max(
        ...keysOf(PURPOSES)
          .filter((p) => side.has(p))
          .map((p) => e.purposes[p].score),
      );
    const business = strongest(BUSINESS_PURPOSES);
    const social = strongest(SOCIAL_PURPOSES);
    return [
      {
        severity: 'error' as const,
        file: fileOf(e.slug),
        field: 'kind',
        message: `is "${e.kind}", but the scores make it "${allowed.join('" or "')}" (strongest business purpose ${business}, strongest of friends and promotion ${social}; local does not count): fix the scores honestly or the kind`,
      },
    ];
  });
}

/** Wikipedia in any language: a fine `url` for a closed site, never its independent source. */
const isWikipedia = (host: string) => host === 'wikipedia.org' || host.endsWith('.wikipedia.org');

/** Second-level labels under which country domains register names (`bbc.co.uk`, `abc.net.au`). */
const COUNTRY_SECOND_LEVELS: ReadonlySet<string> = new Set([
  'co',
  'com',
  'org',
  'net',
  'ac',
  'gov',
  'edu',
  'or',
  'ne',
  'go',
  'gob',
  'nic',
]);

/**
 * The host a source really comes from: lowercase, `www.` dropped, and for a
 * Wayback Machine copy (`web.archive.org/web/<time>/<address>`) the archived
 * page's host, so an archived copy of a site's own page is still its own.
 */
export function sourceHost(url: string): string {
  const u = new URL(url);
  const host = u.hostname.toLowerCase().replace(/^www\./, '');
  if (host === 'web.archive.org') {
    const inner = /^\/web\/[^/]+\/(.+)$/.exec(u.pathname + u.search)?.[1];
    if (inner) {
      try {
        return sourceHost(/^https?:\/\//.test(inner) ? inner : `https://${inner}`);
      } catch {
        return host;
      }
    }
  }
  return host;
}

/**
 * The registered domain of a host, by a small rule rather than the public
 * suffix list: the last two labels, or three under a country's second level
 * (`news.bbc.co.uk` → `bbc.co.uk`). `about.linkedin.com` → `linkedin.com`.
 */
export function registeredDomain(host: string): string {
  const labels = host.split('.');
  const n =
    labels[labels.length - 1]!.length === 2 && COUNTRY_SECOND_LEVELS.has(labels[labels.length - 2] ?? '') ? 3 : 2;
  return labels.slice(-n).join('.');
}

/** A host or alias written as a domain (`nk.pl`, `Hyves.nl`). */
const DOMAIN = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i;

/** The name part of a registered domain, hyphens dropped: `nasza-klasa.pl` → `naszaklasa`. */
const domainLabel = (host: string) => registeredDomain(host).split('.')[0]!.replace(/-/g, '');

/**
 * What counts as the entry's own site: the registered domain of its `url`
 * (unless the url is a reference page, or a closed site's url is someone
 * else's page documenting it), any alias written as a domain (`nk.pl`), and
 * any domain named after the entry or one of its aliases (`xing.de` for XING).
 */
export function ownSite(entry: Pick<SiteEntry, 'url' | 'name' | 'aliases' | 'status'>): {
  domains: Set<string>;
  labels: Set<string>;
} {
  const labels = new Set<string>();
  const domains = new Set<string>();
  for (const name of [entry.name, ...entry.aliases]) {
    if (DOMAIN.test(name)) domains.add(registeredDomain(name.toLowerCase()));
    else if (normalizeName(name)) labels.add(normalizeName(name));
  }
  const host = sourceHost(entry.url);
  const reference = isWikipedia(host) || REFERENCE_HOSTS.has(host);
  const documentedElsewhere =
    entry.status === 'closed' && !labels.has(domainLabel(host)) && !domains.has(registeredDomain(host));
  if (!reference && !documentedElsewhere) domains.add(registeredDomain(host));
  return { domains, labels };
}

/**
 * Whether a source is independent of the entry: not on Wikipedia and not on
 * the entry's own site ({@link ownSite}; any subdomain, or an archived copy).
 */
export function isIndependentSource(
  entry: Pick<SiteEntry, 'url' | 'name' | 'aliases' | 'status'>,
  sourceUrl: string,
): boolean {
  const host = sourceHost(sourceUrl);
  if (isWikipedia(host)) return false;
  const own = ownSite(entry);
  return !own.domains.has(registeredDomain(host)) && !own.labels.has(domainLabel(host));
}

/**
 * Every entry needs one source that is neither the site itself nor Wikipedia
 * (news, filings, regulators, research). An error on entries checked against
 * their sources; an entry written from editor knowledge is listed for
 * re-check instead, with {@link checkUnverified}, until someone finds one.
 */
export function checkIndependentSource(entries: readonly SiteEntry[]): ContentIssue[] {
  return entries
    .filter((e) => !e.sources.some((s) => isIndependentSource(e, s.url)))
    .map((e) => ({
      severity: e.factCheck === 'sources' ? ('error' as const) : ('stale' as const),
      file: fileOf(e.slug),
      field: 'sources',
      message:
        "no source is independent (each is the site's own or Wikipedia): cite one that is neither the site itself nor Wikipedia, such as news, a filing or research",
    }));
}

/**
 * A running site with no `reach` and no word in `notes` on why: either the
 * band was forgotten or the gap was not recorded. A warning: many sites
 * publish no figure, and an honest gap beats an invented number.
 */
export function checkReach(entries: readonly SiteEntry[]): ContentIssue[] {
  return entries
    .filter((e) => e.status !== 'closed' && e.reach === undefined && !/\breach\b/i.test(e.notes ?? ''))
    .map((e) => ({
      severity: 'warning' as const,
      file: fileOf(e.slug),
      field: 'reach',
      message: 'no reach band: add one with its source, or say in notes that no source gives the reach',
    }));
}

/**
 * The purpose each of these features exists to serve. Small on purpose: only
 * features whose presence means the site does serve the purpose at least
 * incidentally. Features that serve many purposes (profiles, messaging, feed,
 * events, video…) are left out.
 */
export const FEATURE_PURPOSES: ReadonlyMap<Feature, Purpose> = new Map<Feature, Purpose>([
  ['referral-tracking', 'referrals'],
  ['jobs', 'hiring'],
  ['client-work', 'hiring'],
  ['in-person-meetings', 'local'],
  ['fundraising', 'investors'],
  ['q-and-a', 'peer-ideas'],
  ['groups', 'peer-ideas'],
]);

/**
 * Similar sites scored inconsistently: a running entry lists a feature from
 * {@link FEATURE_PURPOSES} but scores the purpose it serves 0, while other
 * running entries of the same kind with the same feature score it
 * {@link GOOD_SCORE} or more. One of the two is likely wrong: the feature is
 * real, so the purpose is served at least incidentally, or the feature was
 * listed by mistake. The warning names the similar entries so the editor
 * compares like with like; without such a peer nothing is said (a feature can
 * be there and serve another purpose, such as a business's questions from
 * customers). A warning: the editor decides.
 */
export function checkFeatureScores(entries: readonly SiteEntry[]): ContentIssue[] {
  const running = entries.filter((e) => e.status !== 'closed');
  const issues: ContentIssue[] = [];
  for (const entry of running) {
    entry.features.forEach((feature, i) => {
      const purpose = FEATURE_PURPOSES.get(feature);
      if (!purpose || entry.purposes[purpose].score > 0) return;
      const peers = running
        .filter(
          (o) =>
            o !== entry &&
            o.kind === entry.kind &&
            o.features.includes(feature) &&
            o.purposes[purpose].score >= GOOD_SCORE,
        )
        .map((o) => o.slug);
      if (peers.length === 0) return;
      const named = `${peers.slice(0, 3).join(', ')}${peers.length > 3 ? ` and ${peers.length - 3} more` : ''}`;
      issues.push({
        severity: 'warning',
        file: fileOf(entry.slug),
        field: `purposes.${purpose}`,
        message: `scores ${purpose} 0 although it lists "${feature}" (features[${i}]), which ${entry.kind} sites with that feature score ${GOOD_SCORE} or more (${named}): score it at least 1, or drop the feature if the site does not have it`,
      });
    });
  }
  return issues;
}

/** Every check, errors first. */
export function checkContent(entries: readonly SiteEntry[], today: Date): ContentIssue[] {
  const order: Record<Severity, number> = { error: 0, warning: 1, stale: 2 };
  return [
    ...checkKindRule(entries),
    ...checkIndependentSource(entries),
    ...checkDuplicateHosts(entries),
    ...checkDuplicateNames(entries),
    ...checkAliases(entries),
    ...checkAlternativesPointBack(entries),
    ...checkReach(entries),
    ...checkFeatureScores(entries),
    ...checkStale(entries, today),
    ...checkUnverified(entries),
  ].sort((a, b) => order[a.severity] - order[b.severity]);
}

/** One line per issue, `<file>: <field>: <message>`, as the schema errors read. */
export function formatIssue(issue: ContentIssue): string {
  return `${issue.file}: ${issue.field}: ${issue.message}`;
}

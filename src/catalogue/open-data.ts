/**
 * The open data files, `/data/sites.json` and `/data/sites.csv`: the whole
 * catalogue with every attribute, serialised here (pure) and parsed back for
 * the round-trip tests. The methodology page renders {@link CSV_COLUMNS} and
 * {@link OPEN_DATA_CONVENTIONS}, so the documentation is the code's own.
 */
import type { SiteEntry } from './entry-file.ts';
import {
  PURPOSES,
  keysOf,
  type EligibilityGroup,
  type Role,
  type Field,
  type Purpose,
  type ReachBand,
  type Score,
} from './taxonomy.ts';

/** One site as published: every attribute, `null` where an optional value is absent. */
export interface OpenDataSite {
  slug: string;
  name: string;
  url: string;
  tagline: string;
  kind: SiteEntry['kind'];
  purposes: Record<Purpose, { score: Score; reason: string | null }>;
  audiences: SiteEntry['audiences'];
  timeCost: SiteEntry['timeCost'];
  pricing: { model: SiteEntry['pricing']['model']; note: string | null };
  revenue: SiteEntry['revenue'];
  revenueNote: string | null;
  owner: string;
  operator: string | null;
  /** `"global"` or ISO 3166-1 alpha-2 codes. */
  countries: 'global' | string[];
  absentIn: string[];
  /** For global sites: countries where it is open but, per the cited source, little used. */
  littleUsedIn: { country: string; note: string; source: { title: string; url: string } }[];
  fields: Partial<Record<Field, string>>;
  /** A general platform that is still strong for its `fields` (see the schema). */
  general: boolean;
  reach: { band: ReachBand; measure: string; year: number | null; source: { title: string; url: string } } | null;
  /** Who may join, for a site that admits only some groups or one role; `null` for a site open to everyone. */
  eligibility: {
    /** The groups a member must belong to; empty when only roles restrict who may join. */
    groups: EligibilityGroup[];
    /** The roles in its field a member must hold (practitioner, support-staff); empty when every role may join. */
    roles: Role[];
    /** true when the site is made for its groups and welcomes others too; false when it admits no one else. */
    othersWelcome: boolean;
    rule: string;
    source: { title: string; url: string };
  } | null;
  /** For a site whose business listings are only for businesses that meet customers in person: the rule and its source. */
  inPersonBusinessesOnly: { rule: string; source: { title: string; url: string } } | null;
  founded: number | null;
  launched: number | null;
  status: SiteEntry['status'];
  closed: number | null;
  features: SiteEntry['features'];
  pros: string[];
  cons: string[];
  aliases: string[];
  alternatives: string[];
  sources: { title: string; url: string }[];
  /** `YYYY-MM-DD`. */
  lastChecked: string;
  factCheck: SiteEntry['factCheck'];
  notes: string | null;
  /** The Markdown description. */
  description: string;
}

/** The conventions both files follow, one sentence each, for the methodology page. */
export const OPEN_DATA_CONVENTIONS: readonly string[] = [
  'Both files hold every entry, closed sites included, sorted by slug, with every attribute of the entry file.',
  'JSON: an array of objects; purposes as {"<purpose>": {"score": 0–3, "reason": "…"}}; optional values that an entry leaves out are null; dates as YYYY-MM-DD.',
  'CSV: RFC 4180 (comma-separated, CRLF line ends, fields with commas, quotes or line breaks in double quotes, quotes doubled), UTF-8, one header row, one row per site, slug first.',
  'CSV column names are the JSON paths (pricing.model, purposes.contacts.score). Lists of fixed keywords (countries, absentIn, audiences, revenue, features, alternatives) are joined with "; "; lists of free text or objects (pros, cons, aliases, sources, littleUsedIn) are JSON arrays inside the cell. An empty cell means the value is absent.',
];

type ListKind = 'keywords' | 'json';
interface Column {
  name: string;
  get: (s: OpenDataSite) => string;
  set: (s: OpenDataSite, value: string) => void;
  /** What the column holds, for the methodology page. */
  description: string;
}

const KEYWORD_SEPARATOR = '; ';
const optionalText = (v: string | null) => v ?? '';
const fromOptionalText = (v: string) => (v === '' ? null : v);
const optionalNumber = (v: number | null) => (v === null ? '' : String(v));
const fromOptionalNumber = (v: string) => (v === '' ? null : Number(v));

function list(kind: ListKind, values: readonly unknown[]): string {
  if (kind === 'json') return JSON.stringify(values);
  return values.join(KEYWORD_SEPARATOR);
}
function fromList<T>(kind: ListKind, cell: string): T[] {
  if (kind === 'json') return cell === '' ? [] : (JSON.parse(cell) as T[]);
  return cell === '' ? [] : (cell.split(KEYWORD_SEPARATOR) as T[]);
}

/** A column for a top-level field of {@link OpenDataSite}. */
function field<K extends keyof OpenDataSite>(
  name: K,
  description: string,
  encode: (v: OpenDataSite[K]) => string,
  decode: (cell: string) => OpenDataSite[K],
): Column {
  return { name, description, get: (s) => encode(s[name]), set: (s, v) => void (s[name] = decode(v)) };
}
const text = <K extends keyof OpenDataSite>(name: K, description: string) =>
  field(
    name,
    description,
    (v) => v as string,
    (c) => c as OpenDataSite[K],
  );
const keywords = <K extends keyof OpenDataSite>(name: K, description: string) =>
  field(
    name,
    description,
    (v) => list('keywords', v as unknown[]),
    (c) => fromList('keywords', c) as OpenDataSite[K],
  );
/** A column for an optional object (reach, who may join…): JSON in the cell, an empty cell when absent. */
const jsonObject = <K extends keyof OpenDataSite>(name: K, description: string) =>
  field(
    name,
    description,
    (v) => (v === null ? '' : JSON.stringify(v)),
    (c) => (c === '' ? null : JSON.parse(c)) as OpenDataSite[K],
  );
const jsonList = <K extends keyof OpenDataSite>(name: K, description: string) =>
  field(
    name,
    description,
    (v) => list('json', v as unknown[]),
    (c) => fromList('json', c) as OpenDataSite[K],
  );

/** The CSV columns in order; `slug` first. */
export const CSV_COLUMNS: readonly Column[] = [
  text('slug', 'The entry’s identifier and the last part of its page address'),
  text('name', 'Brand name'),
  text('url', 'Home page'),
  text('tagline', 'One line on what the site is for'),
  text('kind', 'business, social or hybrid'),
  ...keysOf(PURPOSES).flatMap((p): Column[] => [
    {
      name: `purposes.${p}.score`,
      description: `Score 0–3 for ${PURPOSES.get(p)!.label.toLowerCase()}`,
      get: (s) => String(s.purposes[p].score),
      set: (s, v) => void (s.purposes[p] = { score: Number(v) as Score, reason: s.purposes[p]?.reason ?? null }),
    },
    {
      name: `purposes.${p}.reason`,
      description: 'Why (present for scores of 2 and 3, sometimes for lower ones)',
      get: (s) => optionalText(s.purposes[p].reason),
      set: (s, v) => void (s.purposes[p] = { score: s.purposes[p]?.score ?? 0, reason: fromOptionalText(v) }),
    },
  ]),
  keywords('audiences', 'Who gets most from it'),
  text('timeCost', 'light, moderate or heavy'),
  {
    name: 'pricing.model',
    description: 'free, freemium, paid or membership',
    get: (s) => s.pricing.model,
    set: (s, v) => void (s.pricing = { model: v as OpenDataSite['pricing']['model'], note: s.pricing?.note ?? null }),
  },
  {
    name: 'pricing.note',
    description: 'What it costs',
    get: (s) => optionalText(s.pricing.note),
    set: (s, v) => void (s.pricing = { model: s.pricing?.model ?? 'free', note: fromOptionalText(v) }),
  },
  keywords('revenue', 'How the site makes money'),
  field('revenueNote', 'One line on the business model', optionalText, fromOptionalText),
  text('owner', 'Who owns or runs it'),
  field('operator', 'The company that runs it, where it differs from the owner', optionalText, fromOptionalText),
  field(
    'countries',
    '"global" or ISO 3166-1 alpha-2 codes where it is available and used',
    (v) => (v === 'global' ? 'global' : list('keywords', v)),
    (c) => (c === 'global' ? 'global' : fromList<string>('keywords', c)),
  ),
  keywords('absentIn', 'For global sites: ISO codes where it is blocked or absent'),
  jsonList(
    'littleUsedIn',
    'For global sites: countries where it is open but a cited source says few people use it, as a JSON array of {"country", "note", "source"}',
  ),
  field(
    'fields',
    'Professions it is strong for, as a JSON object of field key to reason',
    (v) => (Object.keys(v).length === 0 ? '' : JSON.stringify(v)),
    (c) => (c === '' ? {} : (JSON.parse(c) as OpenDataSite['fields'])),
  ),
  field(
    'general',
    '"true" for a general platform (every field and topic) that is still strong for the fields listed; empty otherwise',
    (v) => (v ? 'true' : ''),
    (c) => c === 'true',
  ),
  jsonObject('reach', 'Order-of-magnitude audience as JSON {"band", "measure", "year", "source"}'),
  jsonObject(
    'eligibility',
    'Who may join, only for sites that admit just some people, as JSON {"groups", "roles", "rule", "source"}; an empty groups (or roles) list means groups (or roles) do not restrict who may join',
  ),
  jsonObject(
    'inPersonBusinessesOnly',
    'Only for sites whose business listings are just for businesses that meet customers in person, as JSON {"rule", "source"}',
  ),
  field('founded', 'Year the organisation was founded, when known', optionalNumber, fromOptionalNumber),
  field('launched', 'Year the site went live, when known', optionalNumber, fromOptionalNumber),
  text('status', 'active, declining or closed'),
  field('closed', 'Year it shut down (closed sites)', optionalNumber, fromOptionalNumber),
  keywords('features', 'Feature keywords'),
  jsonList('pros', 'What it does well (JSON array)'),
  jsonList('cons', 'What it does badly (JSON array)'),
  jsonList('aliases', 'Other names people search for (JSON array)'),
  keywords('alternatives', 'Slugs of similar entries'),
  jsonList('sources', 'Sources as a JSON array of {"title", "url"}'),
  text('lastChecked', 'When an editor last checked the facts (YYYY-MM-DD)'),
  text('factCheck', 'sources (the cited sources were re-read) or editor-knowledge (they were not)'),
  field('notes', 'Editor notes: gaps and uncertain facts', optionalText, fromOptionalText),
  text('description', 'The description, as Markdown'),
];

/** A cited source as published: its title and address, nothing else the entry file may add. */
const sourceOf = (s: { title: string; url: string }) => ({ title: s.title, url: s.url });

/** An entry as published. */
export function toOpenData(site: SiteEntry): OpenDataSite {
  const purposes = Object.fromEntries(
    keysOf(PURPOSES).map((p) => [
      p,
      { score: site.purposes[p].score as Score, reason: site.purposes[p].reason ?? null },
    ]),
  ) as OpenDataSite['purposes'];
  return {
    slug: site.slug,
    name: site.name,
    url: site.url,
    tagline: site.tagline,
    kind: site.kind,
    purposes,
    audiences: [...site.audiences],
    timeCost: site.timeCost,
    pricing: { model: site.pricing.model, note: site.pricing.note ?? null },
    revenue: [...site.revenue],
    revenueNote: site.revenueNote ?? null,
    owner: site.owner,
    operator: site.operator ?? null,
    countries: site.countries === 'global' ? 'global' : [...site.countries],
    absentIn: [...site.absentIn],
    littleUsedIn: (site.littleUsedIn ?? []).map((l) => ({
      country: l.country,
      note: l.note,
      source: sourceOf(l.source),
    })),
    fields: { ...site.fields },
    general: site.general === true,
    reach: site.reach
      ? {
          band: site.reach.band,
          measure: site.reach.measure,
          year: site.reach.year ?? null,
          source: sourceOf(site.reach.source),
        }
      : null,
    eligibility: site.eligibility
      ? {
          groups: [...site.eligibility.groups],
          roles: [...site.eligibility.roles],
          othersWelcome: site.eligibility.othersWelcome === true,
          rule: site.eligibility.rule,
          source: sourceOf(site.eligibility.source),
        }
      : null,
    inPersonBusinessesOnly: site.inPersonBusinessesOnly
      ? {
          rule: site.inPersonBusinessesOnly.rule,
          source: sourceOf(site.inPersonBusinessesOnly.source),
        }
      : null,
    founded: site.founded ?? null,
    launched: site.launched ?? null,
    status: site.status,
    closed: site.closed ?? null,
    features: [...site.features],
    pros: [...site.pros],
    cons: [...site.cons],
    aliases: [...site.aliases],
    alternatives: [...site.alternatives],
    sources: site.sources.map(sourceOf),
    lastChecked: site.lastChecked.toISOString().slice(0, 10),
    factCheck: site.factCheck,
    notes: site.notes ?? null,
    description: site.body.trim(),
  };
}

/** The inverse of {@link toOpenData}: absent values become missing keys again, as the schema leaves them. */
export function fromOpenData(o: OpenDataSite): SiteEntry {
  const purposes = Object.fromEntries(
    keysOf(PURPOSES).map((p) => [
      p,
      o.purposes[p].reason === null
        ? { score: o.purposes[p].score }
        : { score: o.purposes[p].score, reason: o.purposes[p].reason },
    ]),
  ) as SiteEntry['purposes'];
  const site: SiteEntry = {
    slug: o.slug,
    name: o.name,
    url: o.url,
    tagline: o.tagline,
    kind: o.kind,
    purposes,
    audiences: o.audiences,
    timeCost: o.timeCost,
    pricing: o.pricing.note === null ? { model: o.pricing.model } : { model: o.pricing.model, note: o.pricing.note },
    revenue: o.revenue,
    owner: o.owner,
    countries: o.countries,
    absentIn: o.absentIn,
    fields: o.fields,
    status: o.status,
    features: o.features,
    pros: o.pros,
    cons: o.cons,
    aliases: o.aliases,
    alternatives: o.alternatives,
    sources: o.sources,
    lastChecked: new Date(`${o.lastChecked}T00:00:00Z`),
    factCheck: o.factCheck,
    body: o.description,
  };
  if (o.littleUsedIn.length > 0) site.littleUsedIn = o.littleUsedIn;
  if (o.revenueNote !== null) site.revenueNote = o.revenueNote;
  if (o.operator !== null) site.operator = o.operator;
  if (o.reach !== null) {
    const { year, ...rest } = o.reach;
    site.reach = year === null ? rest : { ...rest, year };
  }
  if (o.eligibility !== null) {
    const { othersWelcome, ...rule } = o.eligibility;
    site.eligibility = othersWelcome ? { ...rule, othersWelcome } : rule;
  }
  if (o.inPersonBusinessesOnly !== null) site.inPersonBusinessesOnly = o.inPersonBusinessesOnly;
  if (o.general) site.general = true;
  if (o.founded !== null) site.founded = o.founded;
  if (o.launched !== null) site.launched = o.launched;
  if (o.closed !== null) site.closed = o.closed;
  if (o.notes !== null) site.notes = o.notes;
  return site;
}

const bySlug = (a: { slug: string }, b: { slug: string }) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);

/**
 * `/data/sites.json`: every entry, sorted by slug, as one JSON array with one
 * entry per line (compact within the line). Still one valid JSON document for
 * any parser, and a line per entry for `grep` and diffs; not pretty-printed,
 * because indentation made the file a quarter larger and Cloudflare serves no
 * static file over 25 MiB (10,000 entries came to 25.7 MiB pretty-printed,
 * about 20 MiB like this: issue 16).
 */
export function sitesToJson(sites: readonly SiteEntry[]): string {
  const lines = sites
    .map(toOpenData)
    .sort(bySlug)
    .map((site) => JSON.stringify(site));
  return lines.length === 0 ? '[]\n' : `[\n${lines.join(',\n')}\n]\n`;
}

/** Parses `/data/sites.json` back into entries. */
export function sitesFromJson(json: string): SiteEntry[] {
  return (JSON.parse(json) as OpenDataSite[]).map(fromOpenData);
}

/** Quotes a CSV field when RFC 4180 requires it. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** `/data/sites.csv`: a header row, then one row per entry sorted by slug; CRLF line ends. */
export function sitesToCsv(sites: readonly SiteEntry[]): string {
  const rows = [CSV_COLUMNS.map((c) => c.name)];
  for (const site of sites.map(toOpenData).sort(bySlug)) rows.push(CSV_COLUMNS.map((c) => c.get(site)));
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** Parses RFC 4180 CSV (CRLF or LF line ends) into rows of fields. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let value = '';
  let quoted = false;
  let i = 0;
  const endField = () => {
    row.push(value);
    value = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        value += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else value += ch;
      i++;
      continue;
    }
    if (ch === '"' && value === '') quoted = true;
    else if (ch === ',') endField();
    else if (ch === '\r' && text[i + 1] === '\n') {
      endRow();
      i++;
    } else if (ch === '\n') endRow();
    else value += ch;
    i++;
  }
  if (quoted) throw new Error('CSV ends inside a quoted field');
  if (value !== '' || row.length > 0) endRow();
  return rows;
}

/** Parses `/data/sites.csv` back into entries; throws if the header is not {@link CSV_COLUMNS}. */
export function sitesFromCsv(csv: string): SiteEntry[] {
  const [header, ...rows] = parseCsv(csv);
  const expected = CSV_COLUMNS.map((c) => c.name);
  if (!header || header.join(',') !== expected.join(','))
    throw new Error('The CSV header does not match the published columns');
  return rows.map((cells, n) => {
    if (cells.length !== expected.length)
      throw new Error(`CSV row ${n + 2} has ${cells.length} fields, expected ${expected.length}`);
    const o = { purposes: {} } as OpenDataSite;
    CSV_COLUMNS.forEach((c, i) => c.set(o, cells[i]!));
    return fromOpenData(o);
  });
}

/**
 * A deterministic synthetic catalogue for benchmarks: `size` entries shaped
 * like the real ones (names of 3–30 characters, up to four aliases, taglines
 * of 60–140 characters, descriptions of 300–900 characters in two paragraphs,
 * a few closed and declining sites), drawn from a seeded PRNG so every run
 * searches the same data. Words follow a skewed distribution, so common words
 * are very common, as in real text.
 */
import type { SiteEntry } from '#src/catalogue/entry-file.ts';
import { PURPOSE_KEYWORDS } from '#src/features/search/rules/keywords.ts';
import {
  AUDIENCES,
  FEATURES,
  KINDS,
  PURPOSES,
  keysOf,
  type Kind,
  type Purpose,
  type Score,
  type Status,
} from '#src/catalogue/taxonomy.ts';

/** mulberry32: a small, fast, seeded PRNG returning floats in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Helpers bound to one PRNG. */
export function picker(random: () => number) {
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  /** Skewed towards the start of the list: the first words are the common ones. */
  const common = <T>(xs: readonly T[]): T => xs[Math.floor(random() ** 2.2 * xs.length)]!;
  return { random, int, pick, common };
}

const SYLLABLES = (
  'ka lo mi net vo ra zu pex lin tra bo qui sen dal fi cor vex hub mo ly ta ri nu gen pal ster zen ko ' +
  'ma tic lo ve ro ba la ni so fa de vi cu ly pi ne xo jo wa yu ge ze ar el on in us ix ox al ey ia'
).split(' ');
const NAME_WORDS =
  'Hub Circle Club Network Link Connect Works Guild Forum Square Place Market Exchange Collective Society Labs Social Space'.split(
    ' ',
  );
const WORDS = (
  'the and for with people members your business network professional groups local events share post ' +
  'find meet connect friends jobs work community online site app users profile ideas founders startup ' +
  'investors referrals clients customers chat video photos news feed free paid premium membership weekly ' +
  'city region country global small large owners freelancers creators teams companies industry market ' +
  'platform service tools features messages forum discussion questions answers advice learn mentors ' +
  'pitch raise money funding capital angel venture deal round equity crowd backers launch product ' +
  'hiring recruit talent careers skills portfolio design code developers writers artists music games ' +
  'family photos stories travel hosts guests neighbours nearby chapter meetings breakfast lunch dinner ' +
  'trust reviews ratings recommendations introductions contacts colleagues peers experts leaders ' +
  'marketing promotion brand audience followers reach word mouth ads sponsored content creators ' +
  'privacy data open protocol federated servers moderation rules spam bots growth decline closed ' +
  'founded owned bought acquired years popular known mainly mostly often sometimes rarely useful ' +
  'strong weak best worst good bad easy hard slow fast cheap expensive busy quiet active loyal ' +
  'europe america asia africa london berlin paris york tokyo sydney toronto madrid rome dublin ' +
  'organisers sellers buyers hosts moderators admins volunteers students graduates parents retirees ' +
  'sports hobbies books films cooking fitness health finance legal property energy retail food'
).split(' ');
const STATUSES: readonly Status[] = [
  'active',
  'active',
  'active',
  'active',
  'active',
  'active',
  'active',
  'active',
  'declining',
  'closed',
];
const PURPOSE_LIST = keysOf(PURPOSES);
const KIND_LIST = keysOf(KINDS);

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** A sentence of `min`–`max` words, capitalised, with a full stop. */
function sentence(r: ReturnType<typeof picker>, min: number, max: number): string {
  const words = Array.from({ length: r.int(min, max) }, () => r.common(WORDS));
  return `${capitalise(words.join(' '))}.`;
}

/** Text of `min`–`max` characters, whole sentences. */
function text(r: ReturnType<typeof picker>, min: number, max: number, words: [number, number]): string {
  const target = r.int(min, max);
  let out = sentence(r, words[0], words[1]);
  while (out.length < target) {
    const next = `${out} ${sentence(r, words[0], words[1])}`;
    if (next.length > max) break;
    out = next;
  }
  return out;
}

function brandName(r: ReturnType<typeof picker>): string {
  const word = Array.from({ length: r.int(2, 4) }, () => r.pick(SYLLABLES)).join('');
  const name = capitalise(word);
  const roll = r.int(0, 9);
  if (roll < 6) return name;
  if (roll < 9) return `${name} ${r.pick(NAME_WORDS)}`;
  return `${name} ${r.pick(NAME_WORDS)} ${capitalise(r.common(WORDS))}`;
}

/** One alias: a spacing variant, a domain, a typo or an old name. */
function alias(r: ReturnType<typeof picker>, name: string): string {
  const compact = name.replace(/\s+/g, '');
  switch (r.int(0, 3)) {
    case 0:
      return `${compact}.com`;
    case 1: {
      const i = r.int(1, Math.max(1, compact.length - 2));
      return compact.slice(0, i) + compact.slice(i + 1);
    }
    case 2:
      return `${compact.slice(0, Math.ceil(compact.length / 2))} ${compact.slice(Math.ceil(compact.length / 2))}`;
    default:
      return brandName(r);
  }
}

/** `size` entries; the same seed always gives the same catalogue. */
export function syntheticCatalogue(size: number, seed = 2026): SiteEntry[] {
  const r = picker(prng(seed));
  const names = new Set<string>();
  const sites: SiteEntry[] = [];
  while (sites.length < size) {
    const name = brandName(r);
    if (names.has(name.toLowerCase())) continue;
    names.add(name.toLowerCase());
    const slug = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${sites.length}`;
    const kind: Kind = r.pick(KIND_LIST);
    const status = r.pick(STATUSES);
    const purposes = Object.fromEntries(
      PURPOSE_LIST.map((p) => {
        const score = (r.random() < 0.3 ? r.int(2, 3) : r.int(0, 1)) as Score;
        return [p, score >= 2 ? { score, reason: sentence(r, 6, 14) } : { score }];
      }),
    ) as Record<Purpose, { score: Score; reason?: string }>;
    sites.push({
      slug,
      name,
      url: `https://www.${slug}.example`,
      tagline: text(r, 60, 140, [6, 12]),
      kind,
      purposes: purposes,
      audiences: [r.pick(keysOf(AUDIENCES))],
      timeCost: r.pick(['light', 'moderate', 'heavy'] as const),
      pricing: { model: 'free' },
      revenue: ['ads'],
      owner: `${capitalise(r.pick(SYLLABLES))}${r.pick(SYLLABLES)} Inc.`,
      countries: 'global',
      absentIn: [],
      fields: {},
      founded: r.int(1995, 2025),
      status,
      ...(status === 'closed' ? { closed: 2026 } : {}),
      features: [r.pick(keysOf(FEATURES))],
      pros: [sentence(r, 5, 12)],
      cons: [sentence(r, 5, 12)],
      aliases: Array.from({ length: r.int(0, 4) }, () => alias(r, name)),
      alternatives: [],
      sources: [{ title: `${name}: About`, url: `https://www.${slug}.example/about` }],
      lastChecked: new Date('2026-11-01T00:00:00Z'),
      factCheck: 'sources',
      body: `${text(r, 150, 450, [8, 18])}\n\n${text(r, 150, 450, [8, 18])}`,
    });
  }
  return sites;
}

export type QueryKind = 'exact' | 'prefix' | 'typo' | 'multi-word' | 'no-match';
/** The mix: share of each kind of query. */
const MIX: [QueryKind, number][] = [
  ['exact', 0.25],
  ['prefix', 0.2],
  ['typo', 0.25],
  ['multi-word', 0.2],
  ['no-match', 0.1],
];
const GOAL_PHRASES = Object.values(PURPOSE_KEYWORDS)
  .flat()
  .filter((k) => k.includes(' '));

/** One typing mistake: a letter dropped, doubled, swapped with the next or replaced. */
function typo(r: ReturnType<typeof picker>, word: string): string {
  const i = r.int(1, word.length - 2);
  switch (r.int(0, 3)) {
    case 0:
      return word.slice(0, i) + word.slice(i + 1);
    case 1:
      return word.slice(0, i) + word[i] + word.slice(i);
    case 2:
      return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    default:
      return word.slice(0, i) + r.pick([...'aeiou']) + word.slice(i + 1);
  }
}

/** The fixed query mix for a catalogue, deterministic for a seed. */
export function syntheticQueries(
  sites: readonly SiteEntry[],
  count: number,
  seed = 7,
): { kind: QueryKind; q: string }[] {
  const r = picker(prng(seed));
  const queries: { kind: QueryKind; q: string }[] = [];
  for (const [kind, share] of MIX) {
    for (let n = 0; n < Math.round(count * share); n++) {
      const site = r.pick(sites);
      const name = site.name.toLowerCase();
      const first = name.split(' ')[0]!;
      let q: string;
      if (kind === 'exact') q = r.int(0, 1) ? site.name : name;
      else if (kind === 'prefix') q = first.slice(0, r.int(3, Math.max(3, Math.min(6, first.length - 1))));
      else if (kind === 'typo') q = typo(r, first.length >= 5 ? first : name);
      else if (kind === 'multi-word') {
        const words = site.tagline
          .toLowerCase()
          .replace(/[^a-z ]/g, '')
          .split(' ');
        const at = r.int(0, words.length - 2);
        q = r.int(0, 1) ? r.pick(GOAL_PHRASES) : words.slice(at, at + r.int(2, 3)).join(' ');
      } else
        q = Array.from({ length: r.int(1, 2) }, () =>
          Array.from({ length: r.int(4, 7) }, () => r.pick([...'qxzjvkw'])).join(''),
        ).join(' ');
      queries.push({ kind, q });
    }
  }
  return queries;
}

/**
 * The catalogue sites a goal's text names ("XING oder LinkedIn?", "is Meetup or
 * Eventbrite better for finding local events"). The names are the search's:
 * its lookup of a site's slug, name or an alias, folded (`SiteSource.named`,
 * src/features/search/rules/site-source.ts), asked for every run of the text's
 * words, longest first, as the search reads a name among other words.
 *
 * Many names are ordinary words ("Band", "Indeed", "Threads", "Remember", the
 * alias "Meet up"), and the reader has no dictionary, so a name is read only
 * with a sign that the writer means the site:
 * - its spelling in the catalogue is one no ordinary word has (a capital inside
 *   a word, "LinkedIn"; letters and digits, "500px"; a domain, "Meetup.com"), and
 *   it is not a word the reader knows otherwise ("HeadHunter", "headhunter");
 * - or the writer wrote it with the capitals the catalogue gives it, and not
 *   only because it begins a sentence ("I'm on Slack", not "Remember, …") or,
 *   in a German text, because it is a noun ("eine kleine Band");
 * - or it is said as a site: before "app", "account", "workspace" or "server"
 *   ("band app"), compared with another name ("slack vs discord"), offered as a
 *   choice ("or", "oder"…) beside a name read by a sign above ("Meetup or
 *   Eventbrite?", where "Meetup" begins the sentence; "xing oder linkedin"), or
 *   added to one ("and", "und"…) and written with its capital.
 * Pure; reading names changes no answer: the ranking is the goal's.
 */
import { foldWords } from '#src/catalogue/lexicon.ts';
import type { Reading } from './read-goal.ts';

/** A site as the lookup of names returns it. */
export interface NamedSite {
  slug: string;
  name: string;
  aliases: readonly string[];
}

/** The lookup of names: the search's `SiteSource` (its `siteSource(sites)`) is one. */
export interface SiteNames {
  /** The site whose slug (dashes as spaces), name or an alias is `folded`, folded with `foldWords`. */
  named(folded: string): NamedSite | undefined;
}

/** The text's words as the reader splits them: folded, as written, and the sentence and clause of each. */
export interface Tokens {
  words: readonly string[];
  written: readonly string[];
  sentences: readonly number[];
  clauses: readonly number[];
}

/**
 * Most words of a site's name looked for: the catalogue's longest names have five ("National Association of Social
 * Workers"), one more than the search looks for among a query's few words ("angel investment network").
 */
const LONGEST_NAME = 5;
/** Shortest name read, as in the search: a word like "x" names nothing. */
const SHORTEST_NAME = 3;

/** Words after a name that make it a site: "band app", "slack workspace", "discord server", "indeed account". */
const SITE_NOUNS: ReadonlySet<string> = new Set([
  'app',
  'apps',
  'account',
  'accounts',
  'workspace',
  'workspaces',
  'server',
  'servers',
]);
/** Words between two names that compare them: either is a site ("slack vs discord"). */
const COMPARING: ReadonlySet<string> = new Set(['vs', 'versus']);
/**
 * Words between two names that offer a choice: one read as a site makes the other one so, written in capitals or
 * not ("Meetup or Eventbrite", "xing oder linkedin?").
 */
const CHOOSING: ReadonlySet<string> = new Set(['or', 'oder', 'ou', 'o', 'eller']);
/**
 * Words between two names that add one to the other: one read as a site makes the other one so only when written
 * with a capital ("LinkedIn and Facebook"); "LinkedIn and line managers" names one site.
 */
const ADDING: ReadonlySet<string> = new Set(['and', 'und', 'et', 'e', 'y', 'og']);

/**
 * Words only German writes, of which a text with two or more is German: there every noun begins with a capital, so a
 * capital says nothing of a name that is also a word the reader knows ("Wir sind eine kleine Band" names no BAND app).
 * Short words other languages share ("die", "das", "bin", "mit") are left out.
 */
const GERMAN_MARKERS: ReadonlySet<string> = new Set([
  'ich',
  'wir',
  'und',
  'nicht',
  'eine',
  'einen',
  'einer',
  'sind',
  'unser',
  'unsere',
  'unseren',
  'mein',
  'meine',
  'meinen',
  'ist',
  'auch',
  'aber',
  'oder',
  'kein',
  'keine',
  'keinen',
  'suche',
  'suchen',
  'habe',
  'haben',
]);

/** Whether the folded `words` are German's, by two or more of its own words. */
function germanText(words: readonly string[]): boolean {
  return new Set(words.filter((w) => GERMAN_MARKERS.has(w))).size >= 2;
}

/** A name found in the text, sure or waiting for a name beside it. */
interface Found {
  slug: string;
  run: string;
  start: number;
  end: number;
  sure: boolean;
  /** Whether the writer began it with a capital. */
  capital: boolean;
}

/** A word of a name as the catalogue writes it, per folded word ("Meetup.com" → "Meetup", "com"). */
function spelledWords(form: string): string[] {
  return [...form.matchAll(/[\p{L}\p{N}\p{M}]+/gu)].flatMap((m) =>
    foldWords(m[0])
      .split(' ')
      .filter(Boolean)
      .map(() => m[0]),
  );
}

/** A spelling no ordinary word has: a capital inside a word, letters with digits, or a domain. */
function marked(form: string): boolean {
  return (
    /\p{Ll}\p{Lu}/u.test(form) ||
    spelledWords(form).some((w) => /\p{L}/u.test(w) && /\p{N}/u.test(w)) ||
    /[\p{L}\p{N}]\.[\p{L}\p{N}]/u.test(form)
  );
}

/**
 * The sites `tokens` name, in the order named, each once, with the folded words that name it (the reader puts
 * them in the writer's own words). `ordinary`: whether a folded run is a word the reader knows otherwise.
 */
export function sitesNamedIn(
  tokens: Tokens,
  raw: string,
  names: SiteNames,
  ordinary: (run: string) => boolean,
): Reading<string>[] {
  const { words, written, sentences, clauses } = tokens;
  // Capitals in a text written all in capitals say nothing, unless the text is one name ("XING").
  const capitalsSay = /\p{Ll}/u.test(raw) || words.length === 1;
  const startsSentence = (k: number) => k === 0 || sentences[k - 1] !== sentences[k];
  // In German a noun's capital is the language's, not the writer's sign of a name.
  const nounCapitals = germanText(words);
  /** Whether the writer gave the run at `i` the capitals the catalogue's `form` has, other than a sentence's first. */
  const capitalized = (form: string, i: number, n: number): boolean => {
    const spelled = spelledWords(form);
    if (!capitalsSay || spelled.length !== n) return false;
    const initialSays = !(nounCapitals && ordinary(words.slice(i, i + n).join(' ')));
    let said = false;
    for (let k = 0; k < n; k++) {
      const own = spelled[k]!;
      if (!/^\p{Lu}/u.test(own)) continue;
      const typed = written[i + k]!;
      if (!/^\p{Lu}/u.test(typed)) return false;
      // A sentence's first word has a capital anyway; a capital past the first letter, as written in the catalogue
      // ("XING", "LinkedIn"), is meant wherever it stands.
      if ((initialSays && !startsSentence(i + k)) || (typed === own && /^.+\p{Lu}/u.test(own))) said = true;
    }
    return said;
  };
  const found: Found[] = [];
  let i = 0;
  while (i < words.length) {
    let best: Found | undefined;
    for (let n = Math.min(LONGEST_NAME, words.length - i); n >= 1; n--) {
      const run = words.slice(i, i + n).join(' ');
      if (run.length < SHORTEST_NAME) continue;
      const site = names.named(run);
      if (site === undefined) continue;
      // Only a name or an alias the catalogue spells: a slug has no capitals to go by.
      const forms = [site.name, ...site.aliases].filter((f) => foldWords(f) === run);
      if (forms.length === 0) continue;
      const sure =
        forms.some((f) => (marked(f) && !ordinary(run)) || capitalized(f, i, n)) || SITE_NOUNS.has(words[i + n] ?? '');
      const here = { slug: site.slug, run, start: i, end: i + n, sure, capital: /^\p{Lu}/u.test(written[i]!) };
      // A longer run not sure of itself may hide a shorter one that is: "band app" (an alias, not in its capitals)
      // holds "band" before "app".
      if (best === undefined) best = here;
      if (sure) {
        best = here;
        break;
      }
    }
    if (best === undefined) {
      i++;
      continue;
    }
    found.push(best);
    i = best.end;
  }
  // Names side by side: compared, both are sites; offered as a choice or added, one sure makes the other one so.
  for (let changed = true; changed;) {
    changed = false;
    for (let k = 0; k + 1 < found.length; k++) {
      const a = found[k]!;
      const b = found[k + 1]!;
      const between = words.slice(a.end, b.start);
      if (between.length !== 1 || clauses[a.end - 1] !== clauses[b.start]) continue;
      const word = between[0]!;
      const compared = COMPARING.has(word);
      for (const [x, other] of [
        [a, b],
        [b, a],
      ] as const) {
        const joined = other.sure && (CHOOSING.has(word) || (ADDING.has(word) && capitalsSay && x.capital));
        if (!x.sure && (compared || joined)) {
          x.sure = true;
          changed = true;
        }
      }
    }
  }
  const read = new Map<string, Reading<string>>();
  for (const f of found) if (f.sure && !read.has(f.slug)) read.set(f.slug, { value: f.slug, words: f.run });
  return [...read.values()];
}

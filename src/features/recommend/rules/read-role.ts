/**
 * The writer's role in their field ({@link ROLES}): a qualified practitioner (a veterinarian, a lawyer) or the
 * support staff beside them (a vet tech, a paralegal), from the lexicon's {@link ROLE_WORDS}. Some professions have
 * one network for each (VIN and VSPN), and the recommender keeps a network closed to the visitor's role out of
 * the first places; so a role is read only where the text says it is the writer's, never from the people they
 * want to meet or hire ("find veterinarians", "hire paralegals").
 */
import { ROLE_WORDS, SELF_MARKERS, foldWords, withPlural } from '#src/catalogue/lexicon.ts';
import type { Role } from '#src/catalogue/taxonomy.ts';

/** A reading of the role, with the words that say it (the reader's `Reading<Role>`). */
export interface RoleReading {
  value: Role;
  words: string;
}

/** Every role phrase, folded, singular and plural ("vet techs", "secretaries"), with its role. */
const ROLE_BY_PHRASE: ReadonlyMap<string, Role> = new Map(
  (Object.entries(ROLE_WORDS) as [Role, readonly string[]][]).flatMap(([role, phrases]) =>
    phrases.flatMap((p) => withPlural(foldWords(p)).map((f) => [f, role] as const)),
  ),
);
const LONGEST = Math.max(...[...ROLE_BY_PHRASE.keys()].map((p) => p.split(' ').length));

/** "other"/"fellow" right before a role: the writer's peers, who hold the writer's role ("other vet techs"). */
const PEER_MARKERS: ReadonlySet<string> = new Set(['other', 'fellow']);
/** "I am", "I'm", "as", "being": the writer saying who they are. */
const SELF: readonly string[] = SELF_MARKERS.filter((m) => !PEER_MARKERS.has(m));
/** Words before "as" that make it no statement of self: "such as vets", "as well as lawyers". */
const NOT_SELF_AS: ReadonlySet<string> = new Set(['such', 'well']);
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);
/** Words that may stand between "I'm a" and the role, as adjectives do ("a small animal vet"), at most this many. */
const FREE_WORDS = 2;
/** Words that end a description of oneself: "I'm a pet owner looking for vets" is no vet. */
const NOT_DESCRIBING: ReadonlySet<string> = new Set([
  'and',
  'or',
  'for',
  'to',
  'with',
  'of',
  'in',
  'at',
  'from',
  'who',
  'looking',
  'seeking',
  'want',
  'need',
  'hire',
  'find',
  'the',
]);
/**
 * Verbs of wanting someone: a role after one of them in its clause is whom a short query seeks ("hire paralegals",
 * "find a veterinarian"), not who writes it.
 */
const SEEKING: ReadonlySet<string> = new Set([
  'hire',
  'hiring',
  'recruit',
  'recruiting',
  'find',
  'finding',
  'need',
  'needed',
  'looking',
  'seeking',
  'search',
  'searching',
  'want',
  'book',
  'meet',
]);
/** Work in a role, after its name: "looking for vet tech jobs" seeks the writer's own work, not a vet tech. */
const JOB_NOUNS: ReadonlySet<string> = new Set([
  'job',
  'jobs',
  'position',
  'positions',
  'vacancy',
  'vacancies',
  'opening',
  'openings',
  'career',
  'careers',
  'work',
]);
/** A query this short, with no "I", names whom it is for ("community for vet techs"). */
const QUERY_LENGTH = 8;
const FIRST_PERSON: ReadonlySet<string> = new Set(['i', 'im', 'me', 'my', 'we', 'our', 'us']);

interface Found {
  role: Role;
  at: number;
  phrase: string;
}

/** Every role phrase in `words`, longest first at each place, in text order. */
function rolePhrases(words: readonly string[]): Found[] {
  const found: Found[] = [];
  for (let i = 0; i < words.length;) {
    let matched = 0;
    for (let n = Math.min(LONGEST, words.length - i); n >= 1 && matched === 0; n--) {
      const phrase = words.slice(i, i + n).join(' ');
      const role = ROLE_BY_PHRASE.get(phrase);
      if (role === undefined) continue;
      found.push({ role, at: i, phrase });
      matched = n;
    }
    i += Math.max(1, matched);
  }
  return found;
}

/**
 * Whether the role at word `at` is said of the writer: "I'm a vet tech", "as a paralegal", "I work as a veterinary
 * technician", with an article and up to {@link FREE_WORDS} describing words between ("I'm a small animal vet").
 */
function saidOfSelf(words: readonly string[], clauses: readonly number[], at: number): boolean {
  for (let free = 0; free <= FREE_WORDS; free++)
    for (const article of [1, 0]) {
      // With describing words, an article must follow the marker: "I am looking for vets" describes no one.
      if (free > 0 && article === 0) continue;
      const start = at - free - article;
      if (start < 1) continue;
      if (article === 1 && !ARTICLES.has(words[start]!)) continue;
      const between = words.slice(start + article, at);
      if (between.some((w) => NOT_DESCRIBING.has(w) || ARTICLES.has(w))) continue;
      if (clauses[start] !== clauses[at]) continue;
      const marker = SELF.find((m) => {
        const parts = m.split(' ');
        const from = start - parts.length;
        return from >= 0 && clauses[from] === clauses[at] && parts.every((p, k) => words[from + k] === p);
      });
      if (marker === undefined) continue;
      if (marker === 'as' && NOT_SELF_AS.has(words[start - 2] ?? '')) continue;
      return true;
    }
  return false;
}

/**
 * The writer's role: the first role phrase said of the writer ({@link saidOfSelf}); else the first right after
 * "other"/"fellow" (peers hold the writer's role); else, in a short query with no "I", the one role all its role
 * phrases name ("community for vet techs") unless it seeks them ("hire paralegals", not "find paralegal jobs"). Undefined when the text says
 * none, or a query names both.
 */
export function readRole(words: readonly string[], clauses: readonly number[]): RoleReading | undefined {
  const found = rolePhrases(words);
  const self = found.find((f) => saidOfSelf(words, clauses, f.at));
  if (self !== undefined) return { value: self.role, words: self.phrase };
  const peer = found.find((f) => PEER_MARKERS.has(words[f.at - 1] ?? '') && clauses[f.at - 1] === clauses[f.at]);
  if (peer !== undefined) return { value: peer.role, words: `${words[peer.at - 1]} ${peer.phrase}` };
  if (words.length <= QUERY_LENGTH && !words.some((w) => FIRST_PERSON.has(w))) {
    const sought = (f: Found) =>
      !JOB_NOUNS.has(words[f.at + f.phrase.split(' ').length] ?? '') &&
      words.some((w, k) => k < f.at && clauses[k] === clauses[f.at] && SEEKING.has(w));
    const roles = new Set(found.map((f) => f.role));
    if (roles.size === 1 && !found.some(sought)) return { value: found[0]!.role, words: found[0]!.phrase };
  }
  return undefined;
}

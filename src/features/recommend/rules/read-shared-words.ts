/**
 * Small word sets that the free-text reader's rules in several modules share: articles and possessives, words of
 * seeking, wanting and negating, peer markers ("other", "fellow", "us"), nouns for people and ties to them.
 */
import { GROUP_NOUNS, foldWords } from '#src/catalogue/lexicon.ts';
import { MORE_LANGUAGES } from '#src/catalogue/languages.ts';
import { MORE_NOT_ONLY } from '#src/catalogue/lexicon-turkish-indonesian-polish.ts';
import type { EligibilityGroup } from '#src/catalogue/taxonomy.ts';
import { FIVE_LANGUAGES_ONLY } from '#src/catalogue/lexicon-bangla-thai-greek-romanian-malay.ts';
import { SEVEN_LANGUAGES_ONLY } from '#src/catalogue/lexicon-nordic-czech-ukrainian-hebrew-afrikaans.ts';

/** Words before a profession that make it a peer group: "other nurses", "fellow lawyers". */
export const PEER_MARKERS: ReadonlySet<string> = new Set([
  'other',
  'fellow',
  'like minded',
  'andere',
  'anderen',
  'autres',
  'otros',
  'otras',
  'outros',
  'outras',
  'altri',
  'altre',
  'innymi',
  // "innych lekarzy" (other doctors, genitive), "inni programiści".
  'innych',
  'inni',
]);

/** Words that may stand between a peer marker and a profession: "other young nurses", "us new farmers". */
export const PEER_FILLERS: ReadonlySet<string> = new Set([
  'new',
  'young',
  'old',
  'older',
  'experienced',
  'aspiring',
  'junior',
  'senior',
  'local',
  'female',
  'male',
  'independent',
  'small',
  'freelance',
  'retired',
  'and',
]);

/** "us farmers", "we teachers": the writer and others of their profession. */
export const WE_MARKERS: ReadonlySet<string> = new Set(['us', 'we']);

/** Most filler words between a peer marker and a profession. */
export const PEER_REACH = 5;

/** "photographers like me": a profession followed by these asks for its people. */
export const LIKE_ME: ReadonlySet<string> = new Set(['me', 'myself', 'us']);

/** Nouns for people in general, which the word before them may name by what they do: "data people", "tech folks". */
export const PEOPLE_NOUNS: ReadonlySet<string> = new Set(['people', 'folks', 'folk', 'peeps']);

export const ME: ReadonlySet<string> = new Set(['me', 'us']);

/**
 * Words that say the visitor does not want what follows: "not looking for a
 * job", "don't need investors", "instead of friends". A goal counts as
 * unwanted only when one of these comes shortly before it in the same clause
 * and is followed by a word of wanting ({@link DESIRE_WORDS}) or directly by
 * the goal, so "I have no contacts here" still asks for contacts.
 */
export const NEGATORS: ReadonlySet<string> = new Set(['not', 'never', 'nor', 'dont', 'doesnt', 'didnt', 'wont', 't']);

export const DESIRE_WORDS: ReadonlySet<string> = new Set([
  'want',
  'wanting',
  'need',
  'needing',
  'looking',
  'interested',
  'seeking',
  'after',
  'into',
  'trying',
  'care',
  'like',
  'mean',
  'searching',
  'hoping',
  // The same in the other languages read: Spanish, French, German, Portuguese, Italian, Dutch. Not German "will",
  // which is also English ("not sure I will find friends").
  ...['busco', 'buscando', 'buscamos', 'quiero', 'queremos', 'necesito', 'necesitamos'],
  ...['cherche', 'cherchons', 'veux', 'voulons', 'besoin'],
  ...['suche', 'suchen', 'brauche', 'brauchen', 'mochte', 'mochten'],
  ...['procuro', 'procurando', 'procuramos', 'quero', 'queremos', 'preciso', 'precisamos'],
  ...['cerco', 'cercando', 'cerchiamo', 'voglio', 'vogliamo', 'bisogno'],
  ...['zoek', 'zoeken', 'wil', 'willen'],
  // Being interested, as "interested" is: "no me interesa el networking", "non mi interessano i contatti".
  ...['interesa', 'interesan', 'interessa', 'interessano', 'interessam'],
  // Arabic, folded as the text is (أ to ا): "I/we look for", "I/we want", "I/we need".
  ...['أبحث', 'نبحث', 'أريد', 'نريد', 'أحتاج', 'نحتاج'].map(foldWords),
  // Levantine "I/we want" (بدي, بدنا), Gulf "I/we want" (أبغى, نبغى), and "needing" (محتاج, محتاجة). Not Gulf أبي,
  // which is also "my father".
  ...['بدي', 'بدنا', 'أبغى', 'نبغى', 'محتاج', 'محتاجة'].map(foldWords),
  // Indonesian and Polish (`lexicon-turkish-indonesian-polish.ts`).
  ...MORE_LANGUAGES.flatMap((language) => language.wanting.map(foldWords)),
]);

/** Words of wanting before a way of working ("want to work from home"): then it is asked for, online. */
export const WISHING: ReadonlySet<string> = new Set([...DESIRE_WORDS, 'would', 'prefer', 'find', 'finding']);

/** How far back a word of wanting reaches. */
export const WISH_REACH = 8;

/** "not just friends": a negation followed by one of these adds rather than removes. */
export const NOT_ONLY: ReadonlySet<string> = new Set([
  'just',
  'only',
  'merely',
  'simply',
  // The same in the other languages read ("nicht nur", "no solo", "pas seulement", "não apenas", "non solo"); not
  // Portuguese "só", which folds to English "so" ("not so interested in friends" still negates).
  ...['nur', 'solo', 'solamente', 'seulement', 'uniquement', 'somente', 'apenas', 'soltanto', 'alleen'],
  ...MORE_NOT_ONLY,
  // Romanian, Greek, Swedish, Norwegian, Danish, Czech, Ukrainian and Hebrew ("nu doar", "inte bara", "не тільки").
  ...[...FIVE_LANGUAGES_ONLY, ...SEVEN_LANGUAGES_ONLY].map(foldWords),
]);

/** "meet experienced landlords", "connect with local bankers": meeting people of a field is wanting contacts. */
export const MEETING_WORDS: ReadonlySet<string> = new Set(['meet', 'meeting', 'connect', 'connecting']);

/** "looking for someone", "find somebody": beside a founder and no other goal, a partner (a co-founder). */
export const SEEK_WORDS: ReadonlySet<string> = new Set([
  'look',
  'looking',
  'find',
  'finding',
  'seek',
  'seeking',
  'search',
]);

/** Words of seeking or wishing ({@link SEEK_WORDS}, {@link WISHING}): "looking for my …", "want my …" still seek it. */
export const SEEKING_OR_WISHING: ReadonlySet<string> = new Set([...SEEK_WORDS, ...WISHING]);

export const SOMEONE: ReadonlySet<string> = new Set(['someone', 'somebody']);

/** Nouns for ties to people: "connections to investors" names whom the ties are to. */
export const TIES: ReadonlySet<string> = new Set([
  'connections',
  'connection',
  'contacts',
  'contact',
  'network',
  'links',
  'ties',
  'introductions',
  'introduction',
]);

/** Words before a trade that make it the writer's own: "my plumbing business", "our small bakery". */
export const OWN_TRADE: ReadonlySet<string> = new Set(['my', 'our']);

/** "I have no membership": a lack told of, not a refusal. */
export const HAVING: ReadonlySet<string> = new Set(['have', 'has', 'had', 'got']);

export const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'another', 'the', 'one']);

/** Words after "for" that make the group someone else's: "for my wife". */
export const POSSESSIVES: ReadonlySet<string> = new Set(['my', 'our', 'his', 'her', 'their', 'your']);

/** The most words of a query typed as a search rather than written as a sentence ("nursing networking events"). */
export const QUERY_LENGTH = 8;

export const GROUP_BY_NOUN: ReadonlyMap<string, EligibilityGroup> = new Map(
  (Object.entries(GROUP_NOUNS) as [EligibilityGroup, readonly string[]][]).flatMap(([group, nouns]) =>
    nouns.map((n) => [n, group] as const),
  ),
);

/** Words before a noun that make it the writer's own: in "my bakery" the bakery is what the phrase says. */
export const OWNING: ReadonlySet<string> = new Set(['my', 'our']);

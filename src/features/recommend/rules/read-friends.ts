/**
 * Friends and company, for the free-text reader: what friends sought are for, friends told of ("my friend went to
 * BNI"), friends who are already the writer's customers, company for an activity, a group of a sport.
 */
import { RELOCATION_WORDS, SPORT_GROUP_WORDS, PLAY_WORDS, SPORT_WORDS, foldWords } from '#src/catalogue/lexicon.ts';
import type { Purpose } from '#src/catalogue/taxonomy.ts';
import { pastFillers } from './read-clause-walk.ts';
import { SEEK_WORDS, WISHING } from './read-shared-words.ts';
import { RETIREMENT_WORDS } from './read-goal-words.ts';

/** Who someone wants company from: "people to run with", "someone to play chess with" asks for friends. */
export const COMPANY_WORDS: ReadonlySet<string> = new Set([
  'people',
  'someone',
  'somebody',
  'others',
  'buddies',
  'partners',
]);

/** "someone to help with production work": help wanted, not company. */
const HELPING: ReadonlySet<string> = new Set(['help', 'assist']);

/** "people to team up with", "people to work with": collaborators, read by the goal words, not company. */
const WORKING_TOGETHER: ReadonlySet<string> = new Set(['team', 'work', 'collaborate', 'partner']);

/** Most words between "people to" and "with" in "people to play board games with". */
const COMPANY_GAP = 3;

/**
 * Having retired, like having moved, leaves someone to find people where they live: the words that say it (the
 * consumers' {@link RETIREMENT_WORDS}), with a wish for friends, ask to meet people nearby too. Not those that say a move
 * ("retired to Spain"): the reader reads them as the move ({@link RELOCATION_WORDS}), which asks for people nearby on
 * its own terms.
 */
export const RETIRED: ReadonlySet<string> = new Set(
  RETIREMENT_WORDS.filter((phrase) => !RELOCATION_WORDS.includes(phrase)),
);

/** Goals about meeting people: with one of them, having just moved also means meeting people nearby. */
export const PEOPLE_GOALS: ReadonlySet<Purpose> = new Set(['friends', 'contacts', 'peer-ideas', 'local']);

/** "someone I could …", "people we can …": the writer and a verb of being able, before what they would do together. */
const COULD_DO: ReadonlySet<string> = new Set(['could', 'can']);

/** Words after "with" that start what is handed to someone ("trust with my accounts"), not the end of company. */
const ENTRUSTED_BEFORE: ReadonlySet<string> = new Set(['my', 'our', 'the', 'a', 'an', 'your', 'his', 'her', 'their']);

/** Most words between "someone I could" and "with" in "someone I could invite over and drink coffee with". */
const COMPANION_GAP = 6;

/**
 * "people to run with", "someone I could grab a beer with": the words from "people" to "with", when the text has them
 * at `i`, in one clause.
 */
export function companyAt(words: readonly string[], clauses: readonly number[], i: number): string | undefined {
  if (!COMPANY_WORDS.has(words[i]!)) return undefined;
  const writer = ['i', 'we'].includes(words[i + 1] ?? '') && COULD_DO.has(words[i + 2] ?? '');
  const from = writer ? i + 3 : i + 2;
  const activity = words[from] ?? '';
  if ((!writer && words[i + 1] !== 'to') || HELPING.has(activity) || WORKING_TOGETHER.has(activity)) return undefined;
  const end = words.slice(from, from + 1 + (writer ? COMPANION_GAP : COMPANY_GAP)).indexOf('with');
  if (end <= 0 || clauses[from + end] !== clauses[i]) return undefined;
  // "someone I can trust with my accounts": "with" before what is handed over, not the company kept.
  if (writer && ENTRUSTED_BEFORE.has(words[from + end + 1] ?? '')) return undefined;
  return words.slice(i, from + end + 1).join(' ');
}

/**
 * Words that open what friends sought are for, right after the friends: "friends to talk about football with",
 * "friends who I can share tips with", "amigos para intercambiar ideas", "amis avec qui …". "And" is not one: "make
 * friends and share tips with other gardeners" asks for both.
 */
const FRIENDSHIP_OPENERS: ReadonlySet<string> = new Set([
  'to',
  'who',
  'that',
  'whom',
  'i',
  'we',
  'for',
  'para',
  'pour',
  'per',
  'que',
  'qui',
  'con',
  'avec',
  'com',
  'mit',
  'zum',
  'um',
]);

/** Most words from the opener to a goal word it still governs: "friends to grab a beer with and talk about …". */
const FRIENDSHIP_REACH = 8;

/** Goals whose words, said of the friends sought, are what the friendship is (talk, support, connecting). */
export const FRIENDSHIP_GOALS: ReadonlySet<Purpose> = new Set(['peer-ideas', 'contacts']);

/**
 * Whether the goal word at `i` says what friends sought are for: friends read ending at `friendsEnd`, an opener right
 * after them, and the word within reach in the same clause ("friends to connect with", not "friends, and to swap
 * ideas with other designers").
 */
export function friendshipAt(
  words: readonly string[],
  clauses: readonly number[],
  friendsEnd: number,
  i: number,
): boolean {
  return (
    i > friendsEnd &&
    i - friendsEnd <= FRIENDSHIP_REACH &&
    FRIENDSHIP_OPENERS.has(words[friendsEnd] ?? '') &&
    clauses[friendsEnd] === clauses[friendsEnd - 1] &&
    clauses[i] === clauses[friendsEnd]
  );
}

/** "my friend", "a friend (of mine)": one person or people the writer knows, as the subject of what follows. */
const FRIEND_WORDS: ReadonlySet<string> = new Set(['friend', 'friends', 'buddy', 'mate']);

const KNOWN_BY: ReadonlySet<string> = new Set(['my', 'a', 'our', 'his', 'her', 'their', 'one']);

/** Friends and family named together, who may be told of as doing something: "Friends and family bought it". */
const FRIENDS_AND_FAMILY: ReadonlySet<string> = new Set(['friends and family', 'family and friends']);

/** Verbs a friend told of does ("my friend went", "a friend of mine recommended"): telling, going, using, joining. */
const TOLD_OF_VERBS: ReadonlySet<string> = new Set([
  'went',
  'goes',
  'said',
  'says',
  'told',
  'tells',
  'recommended',
  'recommends',
  'suggested',
  'suggests',
  'swears',
  'used',
  'uses',
  'joined',
  'joins',
  'tried',
  'found',
  'met',
  'got',
  'works',
  'worked',
  'runs',
  'ran',
  'started',
  'invited',
  // Buying or ordering from the writer: friends as their first customers ("friends and family bought it").
  ...['bought', 'ordered', 'supported', 'booked'],
  // Friends in the plural, now: "my friends say", "my friends keep telling me".
  ...['say', 'saying', 'tell', 'telling', 'think', 'recommend', 'suggest', 'go', 'use'],
]);

/** Of {@link TOLD_OF_VERBS}, those of doing, not telling: what a friend did is theirs. */
export const DOING_VERBS: ReadonlySet<string> = new Set(
  [...TOLD_OF_VERBS].filter((v) => !/^(sa[iy]|tel|told|recommend|suggest|swears|invited|think)/.test(v)),
);

/** Words between a friend told of and the verb: "my friends only ever say", "my friends keep telling me". */
const TOLD_OF_ADVERBS: ReadonlySet<string> = new Set([
  ...['only', 'ever', 'always', 'just', 'never', 'all', 'also', 'both', 'usually', 'often', 'sometimes', 'keep'],
]);

/** Most such words: "only ever". */
const TOLD_OF_ADVERB_REACH = 2;

/**
 * Whether the friend word at `i` (of `n` words) names someone the writer speaks of, who does something ("my friend
 * went to BNI", "a friend of mine recommended Meetup"), not friends wished for.
 */
export function friendToldOfAt(words: readonly string[], clauses: readonly number[], i: number, n: number): boolean {
  const phrase = words.slice(i, i + n).join(' ');
  if (!(n === 1 ? FRIEND_WORDS.has(words[i]!) : FRIENDS_AND_FAMILY.has(phrase))) return false;
  // "my friend went", or friends starting the clause: "Friends and family bought it".
  if (!KNOWN_BY.has(words[i - 1] ?? '') && i > 0 && clauses[i - 1] === clauses[i]) return false;
  let k = i + n;
  if (words[k] === 'of' && words[k + 1] === 'mine') k += 2;
  for (let n = 0; n < TOLD_OF_ADVERB_REACH && TOLD_OF_ADVERBS.has(words[k] ?? ''); n++) k++;
  return TOLD_OF_VERBS.has(words[k] ?? '') && clauses[k] === clauses[i];
}

/**
 * Words for friends and family in the languages read, as the friends goal's words give them: the people a writer may
 * tell of as the only ones who buy, come or listen ("only my friends and family come to our gigs", "vengono solo amici
 * e parenti", "só amigas e vizinhas compram", "solo me compran mis amigos").
 */
const FRIENDS_OR_KIN: ReadonlySet<string> = new Set([
  ...['friend', 'friends', 'family', 'amici', 'amiche', 'amigos', 'amigas', 'amis', 'amies', 'freunde', 'familie'],
  ...['familia', 'famiglia', 'famille', 'parenti', 'parentes', 'familiares'],
]);

/**
 * Verbs of buying from, coming to, listening to, reading or using what the writer makes or sells, as friends told of
 * as the writer's only audience do them: English, Italian, Portuguese, Spanish, French and German.
 */
const AUDIENCE_VERBS: ReadonlySet<string> = new Set([
  ...['buy', 'buys', 'bought', 'come', 'comes', 'came', 'listen', 'listens', 'listened', 'read', 'reads'],
  ...['subscribe', 'subscribes', 'subscribed', 'follow', 'follows', 'followed', 'watch', 'watches', 'watched'],
  ...['order', 'orders', 'ordered', 'download', 'downloads', 'downloaded', 'attend', 'attends', 'attended'],
  ...['book', 'books', 'booked', 'show', 'shows', 'showed'],
  // Italian: buy, come, listen, read, follow, order.
  ...['compra', 'comprano', 'vengono', 'viene', 'venuti', 'ascoltano', 'leggono', 'seguono', 'ordinano'],
  // Portuguese ("vêm", "leem" folded) and Spanish.
  ...['compram', 'compraram', 'vem', 'vieram', 'ouvem', 'leem', 'seguem', 'assistem', 'encomendam'],
  ...['compran', 'compraron', 'vienen', 'vinieron', 'escuchan', 'leen', 'siguen', 'piden'],
  // French and German.
  ...['achete', 'achetent', 'viennent', 'ecoutent', 'lisent', 'suivent', 'commandent'],
  ...['kaufen', 'kauft', 'kommen', 'kommt', 'kamen', 'lesen', 'folgen'],
]);

/**
 * Words saying the friends are all there is: "only", "just", and the same in the other languages read (Portuguese "só"
 * folds to "so").
 */
const ONLY_THEM: ReadonlySet<string> = new Set([
  ...['only', 'just', 'mostly', 'mainly', 'solo', 'so', 'solamente', 'soltanto', 'somente', 'apenas'],
  ...['seulement', 'uniquement', 'nur'],
]);

/** Words that count friends among people already had, with no verb: "mostly friends and coworkers", "half are my family". */
const SHARE_OF: ReadonlySet<string> = new Set(['mostly', 'mainly', 'largely', 'half']);

/** Words between a share and the friends it counts: "half are my family", "mostly just friends". */
const SHARE_FILLERS: ReadonlySet<string> = new Set(['are', 'were', 'is', 'of', 'my', 'our', 'the', 'just']);

/**
 * Who already buys from or follows the writer, in the languages read ("customers", "clientes", "clienti", "Kunden"):
 * friends said to BE them ("my customers are mostly friends") are people told of, not friends wanted.
 */
const PATRON_WORDS: ReadonlySet<string> = new Set([
  ...['customers', 'clients', 'buyers', 'clientele', 'patrons', 'regulars', 'followers', 'readers', 'listeners'],
  ...['subscribers', 'fans', 'audience', 'students', 'members'],
  ...['clientes', 'clientas', 'compradores', 'compradoras', 'clienti', 'kunden', 'kundinnen', 'seguidores'],
]);

/** "Are" in the languages read ("são" folds to "sao"), with what they were. */
const ARE_WORDS: ReadonlySet<string> = new Set([
  ...['are', 'were', 'son', 'eran', 'sao', 'eram', 'sono', 'erano', 'sont', 'etaient', 'sind', 'waren'],
]);

/** Words between "are" and the friends they are: "are mostly my friends", "son casi todos amigos". */
const ARE_FILLERS: ReadonlySet<string> = new Set([
  ...['mostly', 'mainly', 'largely', 'all', 'almost', 'basically', 'just', 'only', 'still', 'my', 'our', 'the'],
  ...['casi', 'todos', 'todas', 'mis', 'nuestros', 'solo', 'quase', 'meus', 'minhas', 'nossos', 'so'],
  ...['quasi', 'tutti', 'tutte', 'miei', 'mie', 'presque', 'tous', 'toutes', 'mes', 'nos', 'fast', 'alle', 'meine'],
]);

/** Most words from the people who buy to "are": "my customers| here| are", "as minhas clientes| são". */
const ARE_REACH = 2;

/** Whether the friends at `i` are said to be the writer's customers: "my customers are mostly friends". */
function friendsArePatronsAt(words: readonly string[], clauses: readonly number[], i: number): boolean {
  const k = pastFillers(words, clauses, i, ARE_FILLERS);
  if (k < 0 || !ARE_WORDS.has(words[k]!)) return false;
  for (let j = k - 1; j >= Math.max(0, k - ARE_REACH) && clauses[j] === clauses[i]; j--)
    if (PATRON_WORDS.has(words[j]!)) return true;
  return false;
}

/** Most words around the friends to the limiting word and the verb: "solo| me compran mis| amigos". */
const AUDIENCE_REACH = 4;

/**
 * How the friends or family read at `i` (`n` words) are told of as the writer's present audience, not wished for:
 * `'audience'` when they are said to be the only ones who buy, come or listen (a word of {@link ONLY_THEM} before them
 * and a verb of {@link AUDIENCE_VERBS} near them in the clause: "only my friends and family come to our gigs", "ai live
 * vengono solo amici e parenti", "solo me compran mis amigos"), which wants a wider audience; `'told'` when they are
 * counted ("mostly friends and coworkers", "half are my family") or are where something came from ("word of mouth from
 * family", "built from friends' babies"); undefined otherwise. A word of wanting or seeking before them in the clause
 * ("I just want friends who come to gigs") keeps them wished for.
 */
export function friendsAsAudienceAt(
  words: readonly string[],
  clauses: readonly number[],
  i: number,
  n: number,
): 'audience' | 'told' | undefined {
  if (!words.slice(i, i + n).some((w) => FRIENDS_OR_KIN.has(w))) return undefined;
  const c = clauses[i];
  for (let k = i - 1; k >= 0 && clauses[k] === c; k--)
    if (WISHING.has(words[k]!) || SEEK_WORDS.has(words[k]!)) return undefined;
  const near = (from: number, to: number, set: ReadonlySet<string>) => {
    for (let k = Math.max(0, from); k < Math.min(words.length, to); k++)
      if (clauses[k] === c && set.has(words[k]!)) return true;
    return false;
  };
  if (near(i - AUDIENCE_REACH, i, ONLY_THEM) && near(i - AUDIENCE_REACH, i + n + AUDIENCE_REACH, AUDIENCE_VERBS))
    return 'audience';
  const k = pastFillers(words, clauses, i, SHARE_FILLERS);
  if (k >= 0 && (SHARE_OF.has(words[k]!) || words[k] === 'from')) return 'told';
  if (friendsArePatronsAt(words, clauses, i)) return 'told';
  return undefined;
}

const SPORT: ReadonlySet<string> = new Set(SPORT_WORDS.map(foldWords));

const SPORT_GROUP: ReadonlySet<string> = new Set(SPORT_GROUP_WORDS.map(foldWords));

const PLAY: ReadonlySet<string> = new Set(PLAY_WORDS.map(foldWords));

/** The most words of a sport or a group word: "course a pied", "cau lac bo". */
const SPORT_LONGEST = Math.max(...[...SPORT, ...SPORT_GROUP].map((p) => p.split(' ').length));

/**
 * The words of a group of a sport in the text ("hiking group", "komunitas lari", "grupo de senderismo"), or
 * undefined: a sport word right before a group word, or after it over at most one word ("de", "of"), in its clause.
 * Not "running a group", where the sport word is a verb before an article. A verb of playing before a sport, as after
 * a group word ("play squash", "jugar al fútbol"), says a game played with others as well.
 */
export function sportGroupIn(words: readonly string[], clauses: readonly number[]): string | undefined {
  const phraseIn = (set: ReadonlySet<string>, from: number, n: number) =>
    from >= 0 && clauses[from] === clauses[from + n - 1] && set.has(words.slice(from, from + n).join(' '));
  for (let k = 0; k < words.length; k++)
    for (let g = 1; g <= SPORT_LONGEST; g++) {
      const group = phraseIn(SPORT_GROUP, k, g);
      if (!group && !(g === 1 && PLAY.has(words[k]!))) continue;
      for (let n = 1; n <= SPORT_LONGEST; n++) {
        if (group && phraseIn(SPORT, k - n, n) && clauses[k - 1] === clauses[k])
          return words.slice(k - n, k + g).join(' ');
        for (const gap of [0, 1]) {
          const at = k + g + gap;
          if (phraseIn(SPORT, at, n) && clauses[at] === clauses[k]) return words.slice(k, at + n).join(' ');
        }
      }
    }
  return undefined;
}

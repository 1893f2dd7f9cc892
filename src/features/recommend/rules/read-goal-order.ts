/**
 * The order of the goals read, for the free-text reader: a goal a cue marks first ("above all"), ideas with peers
 * before the contacts of connecting with them.
 */
import { PRIORITY_WORDS, foldWords } from '#src/catalogue/lexicon.ts';
import type { Purpose } from '#src/catalogue/taxonomy.ts';
import { partsAt, phraseAt } from './read-clause-walk.ts';
import { MEETING_WORDS, PEER_MARKERS, PEER_REACH } from './read-shared-words.ts';
import type { Reading } from './read-goal.ts';

/** Words after a verb of connecting that say the people are more seasoned peers: "connect with more experienced investors". */
const SEASONED: ReadonlySet<string> = new Set(['experienced', 'seasoned', 'senior']);

/**
 * Whether the people connected with after the verb at `k` ("connect with other librarians", "meet experienced
 * landlords") are the writer's peers: a peer marker or a word of seniority within {@link PEER_REACH} words after it,
 * in its clause.
 */
function peersConnectedAt(words: readonly string[], clauses: readonly number[], k: number): boolean {
  for (let j = k + 1; j <= k + PEER_REACH && j < words.length && clauses[j] === clauses[k]; j++)
    if (PEER_MARKERS.has(words[j]!) || SEASONED.has(words[j]!)) return true;
  return false;
}

/**
 * The goals with ideas with peers before the contacts of connecting with them: "connect with other social workers to
 * share resources", "meet experienced landlords who can advise me" name the means (connecting) first and the aim
 * (talking with peers) after, as "meet other vets" is read already. Only a verb of connecting with peers, and the
 * peers' talk in the same sentence after it; "network with …" names contacts as the aim and stays first.
 */
export function peersBeforeConnecting(
  goals: readonly Reading<Purpose>[],
  words: readonly string[],
  clauses: readonly number[],
  sentences: readonly number[],
): Reading<Purpose>[] {
  const contacts = goals.findIndex((g) => g.value === 'contacts');
  const peers = goals.findIndex((g) => g.value === 'peer-ideas');
  if (contacts < 0 || peers < contacts) return [...goals];
  const verb = goals[contacts]!.words.split(' ')[0]!;
  if (!MEETING_WORDS.has(verb)) return [...goals];
  const at = partsAt(words, [verb]);
  const talkAt = phraseAt(words, goals[peers]!.words.split(' … ')[0]!);
  if (at < 0 || talkAt <= at || sentences[talkAt] !== sentences[at] || !peersConnectedAt(words, clauses, at))
    return [...goals];
  const moved = [...goals];
  const [talk] = moved.splice(peers, 1);
  moved.splice(contacts, 0, talk!);
  return moved;
}

/** German verbs of networking, said at the end of their clause: "sich mit anderen Lehrern vernetzen". */
const NETWORKING_LAST: ReadonlySet<string> = new Set(['vernetzen']);

/** The German "with" that joins the people networked with: "mit anderen Lehrern". */
const WITH_LAST: ReadonlySet<string> = new Set(['mit']);

/**
 * The goals with the contacts of a German networking verb before the peers it governs: German says the verb last
 * ("mich mit anderen Lehrern vernetzen"), where English says it first ("network with other teachers", contacts as the
 * aim, then the peers). Only peers joined by "mit", and the verb later in the same clause.
 */
export function networkingBeforePeers(
  goals: readonly Reading<Purpose>[],
  words: readonly string[],
  clauses: readonly number[],
): Reading<Purpose>[] {
  const contacts = goals.findIndex((g) => g.value === 'contacts');
  const peers = goals.findIndex((g) => g.value === 'peer-ideas');
  if (contacts < 0 || peers < 0 || peers > contacts || !NETWORKING_LAST.has(goals[contacts]!.words)) return [...goals];
  const verbAt = partsAt(words, [goals[contacts]!.words]);
  const peersAt = phraseAt(words, goals[peers]!.words.split(' … ')[0]!);
  if (verbAt <= peersAt || peersAt < 1 || !WITH_LAST.has(words[peersAt - 1]!) || clauses[verbAt] !== clauses[peersAt])
    return [...goals];
  const moved = [...goals];
  const [verb] = moved.splice(contacts, 1);
  moved.splice(peers, 0, verb!);
  return moved;
}

const PRIORITY: readonly string[] = PRIORITY_WORDS.map(foldWords);

/** Each cue's words, split once rather than at every read (issue #16). */
const PRIORITY_PARTS: readonly (readonly string[])[] = PRIORITY.map((cue) => cue.split(' '));

/** How far after a cue word its goal may start: "above all I need clients", "my main goal is to find investors". */
const PRIORITY_REACH = 6;

/**
 * The goals with the one a cue word marks first ("friends would be nice, but above all I need clients"), else as
 * they are: the first goal whose words start within a few words after a cue, in its sentence.
 */
export function cuedFirst(
  goals: readonly Reading<Purpose>[],
  words: readonly string[],
  sentences: readonly number[],
): Reading<Purpose>[] {
  for (const cue of PRIORITY_PARTS) {
    const start = partsAt(words, cue);
    if (start < 0) continue;
    const end = start + cue.length;
    const marked = goals
      .map((g) => ({ g, at: phraseAt(words, g.words) }))
      .filter(({ at }) => at >= end && at <= end + PRIORITY_REACH && sentences[at] === sentences[start])
      .sort((a, b) => a.at - b.at)[0];
    if (marked !== undefined) return [marked.g, ...goals.filter((g) => g !== marked.g)];
  }
  return [...goals];
}

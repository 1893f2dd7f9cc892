/**
 * A partner's or mentor's role held by the writer, for the free-text reader: "I'm the technical cofounder of …",
 * "Co-founder at a climate startup", "my co-founder and I", "as a mentor to juniors". The contacts goal's role nouns
 * ("co-founder", "business partner", "mentor", "collaborator") name a person sought in "looking for a co-founder";
 * said of the writer, or of the partner they already have, they say who the writer is (the audience), not whom they
 * seek.
 */
import { lookBack, setBefore } from './read-clause-walk.ts';
import { OWNING, SEEKING_OR_WISHING } from './read-shared-words.ts';

/** The contacts goal's nouns for a role someone holds (folded, as the reader's words are). */
const ROLE_NOUNS: ReadonlySet<string> = new Set([
  'co founder',
  'cofounder',
  'business partner',
  'mentor',
  'collaborator',
  // French, Spanish and German (the goal words of `lexicon.ts`).
  ...['cofondateur', 'cofondatrice', 'cofundador', 'cofundadora', 'mitgrunder', 'mitgrunderin'],
]);

/** Words right before a role that make it the writer's: "I'm (the technical) cofounder", "as a mentor". */
const BEING: ReadonlySet<string> = new Set(['im', 'am', 'as']);

/** Words that make the role a thing sought or the object of another word: "looking for a", "in need of a". */
const NOT_HELD: ReadonlySet<string> = new Set([...SEEKING_OR_WISHING, 'for', 'of', 'with', 'to', 'no', 'not']);

/** Most words between being and the role: "I'm the technical co-founder". */
const ROLE_REACH = 3;

/** Words after a role that say where it is held: "co-founder of a startup", "mentor at a bootcamp". */
const HELD_AT: ReadonlySet<string> = new Set(['of', 'at']);

/**
 * Whether the `n` words at `i` are a role noun ({@link ROLE_NOUNS}) held by the writer or had by them: after "I'm",
 * "I am" or "as" over at most {@link ROLE_REACH} words, with no word of seeking or a preposition between ("I'm the
 * technical cofounder", not "I'm looking for a cofounder"); right after "my" or "our" with no seeking shortly before
 * ("my co-founder and I", not "find my co-founder"); or opening its clause with "of" or "at" after it, as a
 * signature does ("Co-founder of a hardware startup").
 */
export function ownRoleAt(words: readonly string[], clauses: readonly number[], i: number, n: number): boolean {
  if (!ROLE_NOUNS.has(words.slice(i, i + n).join(' '))) return false;
  if (OWNING.has(words[i - 1] ?? '') && clauses[i - 1] === clauses[i])
    return !setBefore(words, clauses, i - 1, ROLE_REACH, SEEKING_OR_WISHING);
  const being = lookBack(words, clauses, i, ROLE_REACH + 1, (w, k) => {
    if (NOT_HELD.has(w)) return false;
    if (BEING.has(w) || (w === 'm' && words[k - 1] === 'i')) return true;
    return undefined;
  });
  if (being === true) return true;
  const opensClause = i === 0 || clauses[i - 1] !== clauses[i];
  return opensClause && HELD_AT.has(words[i + n] ?? '');
}

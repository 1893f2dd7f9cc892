/**
 * Work that belongs to someone else, for the free-text reader: "we moved for my wife's new job", "his first job
 * brought us here". Someone else's job is why the writer is where they are, not a job they look for.
 */
import { WORK_NOUNS, ownedByOther } from './read-jobs.ts';

/** Words for a job that may start with its adjective: "new job" is one phrase of the lexicon. */
const WORK_PHRASES: ReadonlySet<string> = new Set([...WORK_NOUNS, 'new job', 'new role']);

/** Adjectives between whose the work is and the work: "my wife's new job", "her first real job". */
const WORK_ADJECTIVES: ReadonlySet<string> = new Set(['new', 'first', 'current', 'dream', 'real', 'better', 'big']);

/** Most adjectives between the owner and the work: "her first real| job". */
const ADJECTIVE_REACH = 2;

/**
 * Whether the work phrase `phrase` at word `i` is another person's ("his job", "my partner's new job", "her first
 * real job"): an owner ({@link ownedByOther}) before it, over at most {@link ADJECTIVE_REACH} adjectives.
 */
export function othersWorkAt(words: readonly string[], i: number, phrase: string): boolean {
  if (!WORK_PHRASES.has(phrase)) return false;
  for (let k = i; k >= Math.max(0, i - ADJECTIVE_REACH); k--) {
    if (ownedByOther(words, k)) return true;
    if (!WORK_ADJECTIVES.has(words[k - 1] ?? '')) return false;
  }
  return false;
}

/**
 * Apprenticeships and traineeships, for the free-text reader: a job with training, sought as an internship is
 * ("looking for an apprenticeship"), and the apprentices and trainees employed in one. The training is sought unless
 * it is someone's own ("finished my apprenticeship"); the person is sought only when an employer asks for them
 * ("need a first-year apprentice", "take on an apprentice"), otherwise the noun says who the writer is ("I'm an
 * apprentice electrician") or who their peers are ("other apprentices").
 */
import { lookBack, setBefore } from './read-clause-walk.ts';
import { ASKING_FOR } from './read-hiring.ts';
import { POSSESSIVES, SEEKING_OR_WISHING } from './read-shared-words.ts';

/** The hiring words of `lexicon.ts` that name the training itself. */
const TRAININGS: ReadonlySet<string> = new Set(['apprenticeship', 'apprenticeships', 'traineeship', 'traineeships']);

/** The hiring words of `lexicon.ts` that name a learner employed, not the training itself. */
const LEARNERS: ReadonlySet<string> = new Set(['apprentice', 'apprentices', 'trainee', 'trainees']);

/** Verbs that with "on" take someone into a firm: "take on an apprentice". */
const TAKING: ReadonlySet<string> = new Set(['take', 'takes', 'taking', 'took']);

/** Words that make the learners someone's company or likeness, not the ones asked for: "swap tips with other apprentices". */
const NOT_ASKED: ReadonlySet<string> = new Set(['with', 'among', 'other', 'fellow', 'to', 'like', 'as']);

/** Most words between the asking and the learner: "need a good first year apprentice". */
const ASKED_REACH = 6;

/** Most words back to a word of seeking before "my": "looking for my apprenticeship", still sought. */
const SEEK_REACH = 3;

/**
 * Whether the hiring `phrase` at `i` is an apprenticeship or traineeship not sought: a learner ({@link LEARNERS}) its
 * clause does not ask for (no word of needing, wanting, finding or hiring, {@link ASKING_FOR}, nor "take on" shortly
 * before it, over no word that makes them company, {@link NOT_ASKED}); or a training ({@link TRAININGS}) right after a
 * possessive ("my apprenticeship", "her traineeship") with no word of seeking shortly before.
 */
export function apprenticeNotSoughtAt(
  words: readonly string[],
  clauses: readonly number[],
  i: number,
  phrase: string,
): boolean {
  if (TRAININGS.has(phrase))
    return POSSESSIVES.has(words[i - 1] ?? '') && !setBefore(words, clauses, i - 1, SEEK_REACH, SEEKING_OR_WISHING);
  if (!LEARNERS.has(phrase)) return false;
  const asked = lookBack(words, clauses, i, ASKED_REACH, (w, k) =>
    NOT_ASKED.has(w) ? false : ASKING_FOR.has(w) || (w === 'on' && TAKING.has(words[k - 1] ?? '')) ? true : undefined,
  );
  return asked !== true;
}

/**
 * What a search narrowed its recommendation to, carried to the full ranking it
 * links to (`/quiz/results/?goals=…&kind=…&purpose=…&built=1`), so that page
 * shows first the same kind of list the search did: its kind and purpose
 * filters, and "built for it" when the words asked for a kind of place ("a
 * referral group", "a networking app"). The ranking itself is the quiz's;
 * these only choose which of its sites lead the page.
 */
import { z } from 'astro/zod';
import { GOOD_SCORE, KINDS, PURPOSES, keysOf, labelOf, type Kind, type Purpose } from '#src/catalogue/taxonomy.ts';
import { blankToUndefined, queryRecord } from '#src/shared/query-params.ts';
import { fieldErrors, type FieldError } from '#src/shared/validation.ts';
import type { Answers } from './answers.ts';
import {
  PURPOSE_KEYS,
  SITE_FLAGS,
  builtAroundFields,
  openToEveryone,
  type RecommendableSite,
  type SiteTable,
} from './recommend.ts';

export interface Narrowing {
  /** Only sites of this kind (the search's kind filter). */
  kind?: Kind | undefined;
  /** Only sites good (2–3) for this purpose (the search's purpose filter). */
  purpose?: Purpose | undefined;
  /** Only sites built for one of the goals (core, 3) or for the field named, when there are any. */
  built?: true | undefined;
}

const narrowingQuerySchema = z.object({
  kind: z.preprocess(
    blankToUndefined,
    z.enum(keysOf(KINDS), { message: `must be one of ${keysOf(KINDS).join(', ')}` }).optional(),
  ),
  purpose: z.preprocess(
    blankToUndefined,
    z.enum(keysOf(PURPOSES), { message: `must be one of ${keysOf(PURPOSES).join(', ')}` }).optional(),
  ),
  built: z.preprocess(
    blankToUndefined,
    z
      .literal('1', { message: 'must be 1 (only the sites built for one of the goals or for the field) or left out' })
      .optional(),
  ),
});

/** Reads the narrowing from the results page's URL; a bad value is named, as for the answers. */
export function parseNarrowing(
  params: URLSearchParams,
): { ok: true; narrowing: Narrowing } | { ok: false; errors: FieldError[] } {
  const result = narrowingQuerySchema.safeParse(queryRecord(params));
  if (!result.success) return { ok: false, errors: fieldErrors(result.error, '(query)') };
  const { kind, purpose, built } = result.data;
  return { ok: true, narrowing: { kind, purpose, built: built === '1' ? true : undefined } };
}

/** `&kind=business&purpose=referrals&built=1`, or '' when nothing narrows. */
export function narrowingQuery({ kind, purpose, built }: Narrowing): string {
  const params = new URLSearchParams();
  if (kind) params.set('kind', kind);
  if (purpose) params.set('purpose', purpose);
  if (built) params.set('built', '1');
  const query = params.toString();
  return query ? `&${query}` : '';
}

/**
 * Built for what was asked: for the field named, or core (3) for one of the goals (the words that asked for a kind of
 * place asked it of every goal they were read as: "networking groups" are for ideas and for contacts), unless it is another profession's
 * own place (built around fields the visitor did not name and not open to everyone: an estate agents' referral
 * network is no "referral group" for an accountant, or for whoever names no field).
 */
export function builtForAnswers(
  answers: Pick<Answers, 'field' | 'goals'>,
  site: Pick<RecommendableSite, 'fields' | 'purposes' | 'general' | 'audiences'>,
): boolean {
  const { field, goals } = answers;
  if (field !== undefined && site.fields[field] !== undefined) return true;
  return goals.some((g) => site.purposes[g].score === 3) && !(builtAroundFields(site) && !openToEveryone(site));
}

/**
 * {@link builtForAnswers} of the site at position `k`, from the recommender's columns: `table` ({@link SiteTable}) and
 * `own`, 1 where a site is built for the field named (`fieldColumn`; undefined with no field). Reads no site, so a
 * search tests every listed site without reading their entries.
 */
export function builtForAnswersAt(
  answers: Pick<Answers, 'field' | 'goals'>,
  table: Pick<SiteTable, 'scores' | 'flags'>,
  own: ArrayLike<number> | undefined,
  k: number,
): boolean {
  if (answers.field !== undefined && own?.[k] === 1) return true;
  const flags = table.flags[k]!;
  const base = k * PURPOSE_KEYS.length;
  return (
    answers.goals.some((g) => table.scores[base + PURPOSE_KEYS.indexOf(g)] === 3) &&
    !((flags & SITE_FLAGS.specialist) !== 0 && (flags & SITE_FLAGS.everyone) === 0)
  );
}

/**
 * The sites (in the ranking's order) that pass the narrowing. `built` applies only when some site passes it
 * with the rest, as in the search: when none is built for what was asked, the others are what there is.
 */
export function narrowRanking<
  T extends Pick<RecommendableSite, 'fields' | 'purposes' | 'kind' | 'general' | 'audiences'>,
>(
  answers: Pick<Answers, 'field' | 'goals'>,
  { kind, purpose, built }: Narrowing,
  ranked: readonly T[],
): { sites: T[]; builtApplied: boolean } {
  const filtered = ranked.filter(
    (s) => (!kind || s.kind === kind) && (!purpose || s.purposes[purpose].score >= GOOD_SCORE),
  );
  const builtOnes = built ? filtered.filter((s) => builtForAnswers(answers, s)) : [];
  return builtOnes.length > 0 ? { sites: builtOnes, builtApplied: true } : { sites: filtered, builtApplied: false };
}

/** "business sites, good for finding work, built for referrals": what the page says it narrowed to. */
export function describeNarrowing(
  answers: Pick<Answers, 'field' | 'goals'>,
  { kind, purpose }: Narrowing,
  builtApplied: boolean,
): string {
  return [
    kind && `${labelOf(KINDS, kind).toLowerCase()} sites`,
    purpose && `good for ${labelOf(PURPOSES, purpose).toLowerCase()}`,
    builtApplied &&
      `built for ${answers.goals.map((g) => labelOf(PURPOSES, g).toLowerCase()).join(' or ')}${answers.field ? ' or for your field' : ''}`,
  ]
    .filter(Boolean)
    .join(', ');
}

/**
 * The no-JavaScript side of /suggest/ and /sites/{slug}/corrections/: the
 * pages' own form posts handled with the same rules, limits and actions as the
 * JSON API, turned into what the page should show. Takes the Request and the
 * bindings, so the api tests can drive it directly.
 */
import type { SiteEntry } from '#src/catalogue/index.ts';
import { identifyClient } from '#src/features/reviews/index.ts';
import { readTextWithin } from '#src/server/body-limit.ts';
import { Problem } from '#src/server/problem.ts';
import { DB_BUSY_MESSAGE, DB_RETRY_HEADERS, isTransientDbError } from '#src/server/db-errors.ts';
import {
  CORRECTION_FIELDS,
  INPUT_KEPT,
  MAX_COMMUNITY_BODY_BYTES,
  SUGGESTION_FIELDS,
  TOO_LARGE_DETAIL,
  correctionFromForm,
  suggestionFromForm,
} from '../rules/fields.ts';
import { validateCorrection, validateSuggestion } from '../rules/community-rules.ts';
import { submitCorrection, submitSuggestion, type ContributionOutcome } from './submit.ts';

/** What a visitor typed, echoed back into the form when something is wrong (purposes as a list). */
export interface ContributionValues {
  [field: string]: string | string[] | undefined;
}

export interface ContributionBindings {
  db: D1Database;
  clientKey: string | undefined;
  limiter: RateLimit | undefined;
}

export type ContributionPostResult =
  /** Received (or silently trapped): show the thank-you page. */
  | { kind: 'thanks' }
  /** Show the form again with these values, field errors and/or a message, with this status. */
  | {
      kind: 'form';
      status: number;
      values: ContributionValues;
      errors: Record<string, string>;
      message?: string;
      headers?: Record<string, string>;
    }
  /** Something other than the form went wrong: show this message with this status. */
  | { kind: 'error'; status: number; message: string; headers?: Record<string, string> };

const FORM_TYPE = /^application\/x-www-form-urlencoded\s*(;|$)/i;

async function readForm(
  request: Request,
  bindings: ContributionBindings,
  now: Date,
): Promise<{ ok: true; client: string; form: URLSearchParams } | { ok: false; result: ContributionPostResult }> {
  const who = await identifyClient(request.headers, bindings, now);
  if (!who.ok)
    return {
      ok: false,
      result: {
        kind: 'error',
        status: who.status,
        message: who.message,
        ...(who.headers ? { headers: who.headers } : {}),
      },
    };
  if (!FORM_TYPE.test(request.headers.get('content-type') ?? ''))
    return {
      ok: false,
      result: {
        kind: 'error',
        status: 415,
        message: 'This page accepts only its own form. Go back and use the form there.',
      },
    };
  try {
    return {
      ok: true,
      client: who.client,
      form: new URLSearchParams(await readTextWithin(request, MAX_COMMUNITY_BODY_BYTES)),
    };
  } catch (error) {
    if (!(error instanceof Problem)) throw error;
    return {
      ok: false,
      result: { kind: 'error', status: error.status, message: error.status === 413 ? TOO_LARGE_DETAIL : error.detail },
    };
  }
}

function firstErrors(errors: readonly { field: string; message: string }[]): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const { field, message } of errors) byField[field] ??= message;
  return byField;
}

function toResult(outcome: ContributionOutcome, values: ContributionValues): ContributionPostResult {
  if (outcome.kind === 'accepted') return { kind: 'thanks' };
  if (outcome.kind === 'duplicate') return { kind: 'form', status: 409, values, errors: {}, message: outcome.detail };
  return {
    kind: 'form',
    status: 429,
    values,
    errors: {},
    message: `${outcome.detail} ${INPUT_KEPT}`,
    headers: { 'retry-after': String(outcome.retryAfterSeconds) },
  };
}

/** Transient database trouble as a page answer: 503, "try again in a moment", Retry-After; anything else is thrown on. */
async function orBusy(work: () => Promise<ContributionPostResult>): Promise<ContributionPostResult> {
  try {
    return await work();
  } catch (error) {
    if (!isTransientDbError(error)) throw error;
    console.warn('Database trouble on a suggestion or correction form', error);
    return { kind: 'error', status: 503, message: DB_BUSY_MESSAGE, headers: { ...DB_RETRY_HEADERS } };
  }
}

/** Handles a POST to /suggest/. */
export function handleSuggestionPost(
  request: Request,
  bindings: ContributionBindings,
  now = new Date(),
): Promise<ContributionPostResult> {
  return orBusy(() => suggestionPost(request, bindings, now));
}

/** Handles a POST to /sites/{slug}/corrections/. */
export function handleCorrectionPost(
  request: Request,
  site: SiteEntry,
  bindings: ContributionBindings,
  now = new Date(),
): Promise<ContributionPostResult> {
  return orBusy(() => correctionPost(request, site, bindings, now));
}

async function suggestionPost(
  request: Request,
  bindings: ContributionBindings,
  now = new Date(),
): Promise<ContributionPostResult> {
  const read = await readForm(request, bindings, now);
  if (!read.ok) return read.result;
  const { form, client } = read;
  const values: ContributionValues = {};
  for (const field of SUGGESTION_FIELDS)
    values[field] = field === 'purposes' ? form.getAll(field) : (form.get(field) ?? '');
  const checked = validateSuggestion(suggestionFromForm(form));
  if (!checked.ok) return { kind: 'form', status: 422, values, errors: firstErrors(checked.errors) };
  return toResult(await submitSuggestion(bindings.db, { suggestion: checked.suggestion, client, now }), values);
}

async function correctionPost(
  request: Request,
  site: SiteEntry,
  bindings: ContributionBindings,
  now = new Date(),
): Promise<ContributionPostResult> {
  const read = await readForm(request, bindings, now);
  if (!read.ok) return read.result;
  const { form, client } = read;
  const values: ContributionValues = {};
  for (const field of CORRECTION_FIELDS) values[field] = form.get(field) ?? '';
  const checked = validateCorrection(correctionFromForm(form));
  if (!checked.ok) return { kind: 'form', status: 422, values, errors: firstErrors(checked.errors) };
  return toResult(await submitCorrection(bindings.db, { site, correction: checked.correction, client, now }), values);
}

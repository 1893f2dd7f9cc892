/**
 * The rules a visitor's review must follow, written once: the JSON API
 * (`POST /api/sites/<slug>/reviews`) validates with {@link reviewInputSchema}
 * and the no-JavaScript form on `/sites/<slug>/reviews/` with
 * {@link validateReview}, so both refuse the same input with the same messages.
 * Pure: no env, no request.
 */
import { z } from 'astro/zod';
import { PURPOSES, keysOf } from '#src/catalogue/taxonomy.ts';
import { HONEYPOT_FIELD, REVIEW_FIELDS, REVIEW_LIMITS, characterCount, type ReviewFieldError } from './fields.ts';
import {
  duplicateFold,
  hasLoneSurrogate,
  illFormedMessage,
  invisibleOnlyMessage,
  isInvisibleOnly,
} from '#src/shared/text-hygiene.ts';

// C0 and C1 controls and DEL, plus bidirectional overrides and isolates
// ("Trojan Source" text that displays differently from what it says).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
// eslint-disable-next-line no-control-regex -- as above, line breaks allowed
const CONTROL_EXCEPT_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** Trims, normalises to NFC and turns CRLF/CR line breaks into LF. */
export function normaliseText(text: string): string {
  return text.normalize('NFC').replace(/\r\n?/g, '\n').trim();
}

/** A text field: trimmed and normalised, control characters refused, length counted in characters. */
function text(field: 'title' | 'body' | 'author', name: string, ask: string, multiline: boolean, description: string) {
  const { min, max } = REVIEW_LIMITS[field];
  const range = `${min}–${max.toLocaleString('en')} characters`;
  return z
    .string({
      error: (issue) =>
        issue.input === undefined || issue.input === null ? `${ask} (${range}).` : `${name} must be text (${range}).`,
    })
    .overwrite(normaliseText)
    .superRefine((value, ctx) => {
      if (hasLoneSurrogate(value)) {
        ctx.addIssue({ code: 'custom', message: illFormedMessage(name) });
        return;
      }
      if ((multiline ? CONTROL_EXCEPT_LINES : CONTROL).test(value)) {
        ctx.addIssue({
          code: 'custom',
          message: `${name} contains invisible control characters${multiline ? '' : ' or line breaks'}; type or paste plain text.`,
        });
        return;
      }
      const n = characterCount(value);
      if (n > 0 && isInvisibleOnly(value)) ctx.addIssue({ code: 'custom', message: invisibleOnlyMessage(name) });
      else if (n === 0) ctx.addIssue({ code: 'custom', message: `${ask} (${range}).` });
      else if (n < min)
        ctx.addIssue({ code: 'custom', message: `${name} is too short: ${n} characters, at least ${min}.` });
      else if (n > max)
        ctx.addIssue({
          code: 'custom',
          message: `${name} is too long: ${n.toLocaleString('en')} characters, at most ${max.toLocaleString('en')}.`,
        });
    })
    .meta({ description, minLength: min, maxLength: max });
}

const RATING_MESSAGE = 'Choose a rating from 1 to 5 stars.';
const PURPOSE_KEYS = keysOf(PURPOSES);

/** The body of `POST /api/sites/<slug>/reviews`. Unknown fields are refused so a typo is not silently lost. */
export const reviewInputSchema = z
  .strictObject(
    {
      rating: z
        .int({ error: RATING_MESSAGE })
        .min(1, RATING_MESSAGE)
        .max(5, RATING_MESSAGE)
        .describe('Stars, a whole number from 1 to 5'),
      title: text('title', 'The title', 'Give your review a title', false, 'A one-line summary, 3–120 characters'),
      body: text(
        'body',
        'Your review',
        'Write what the site did for you',
        true,
        'What the site did for you, 20–4,000 characters; line breaks kept',
      ),
      author: text(
        'author',
        'Your name',
        'Give a name to show with your review',
        false,
        'The name shown with the review, 1–60 characters',
      ),
      usedFor: z
        .enum(PURPOSE_KEYS, {
          error: `Choose what you used it for from the list (${PURPOSE_KEYS.join(', ')}), or leave it out.`,
        })
        .nullish()
        .describe('What you used the site for: one of the eight purposes'),
      // Any value passes: a validation message about the trap would tell a bot it exists.
      [HONEYPOT_FIELD]: z
        .unknown()
        .optional()
        .describe('Leave empty. A trap for spam bots: a filled-in value is accepted and discarded.'),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? undefined
          : 'Send the review as a JSON object with rating, title, body and author.',
    },
  )
  .describe('A review of a catalogue site. Text is trimmed and stored verbatim.');

/** A valid review as submitted (text already trimmed and normalised). */
export type ReviewInput = z.output<typeof reviewInputSchema>;

/** Turns zod's issues into one `{field, message}` per problem; an unknown key is named as its own field. */
export function reviewFieldErrors(error: z.ZodError): ReviewFieldError[] {
  return error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        field: key,
        message: `"${key}" is not a review field; send only ${REVIEW_FIELDS.join(', ')}.`,
      }));
    }
    const field = issue.path.length === 0 ? '(body)' : issue.path.map(String).join('.');
    return [{ field, message: issue.message }];
  });
}

/** Validates raw input (parsed JSON or {@link reviewFromForm}) against the review rules. */
export function validateReview(
  raw: unknown,
): { ok: true; review: ReviewInput } | { ok: false; errors: ReviewFieldError[] } {
  const result = reviewInputSchema.safeParse(raw);
  return result.success ? { ok: true, review: result.data } : { ok: false, errors: reviewFieldErrors(result.error) };
}

/** True when the spam trap was filled in: answer as if accepted, store nothing. */
export function isTrapped(review: ReviewInput): boolean {
  const trap = review[HONEYPOT_FIELD];
  return trap !== undefined && trap !== null && (typeof trap === 'string' ? trap : JSON.stringify(trap)).trim() !== '';
}

/**
 * What makes two submissions "the same review": the text, ignoring case,
 * spacing, compatibility forms (NFKC: full-width letters) and invisible
 * characters (a zero-width space must not defeat the check). Hashed with the site slug into the stored content hash, so the same
 * text sent again for the same site within 24 hours is refused even if the
 * title or stars changed.
 */
export function duplicateKey(siteSlug: string, review: Pick<ReviewInput, 'body'>): string {
  return `${siteSlug}\n${duplicateFold(review.body)}`;
}

/** The longest reason a report may give, in characters. */
export const REPORT_REASON_LIMIT = 500;

/** A report's optional reason: plain text up to {@link REPORT_REASON_LIMIT} characters; blank means none. */
export const reportReasonSchema = z
  .string({ error: `The reason must be text (at most ${REPORT_REASON_LIMIT} characters).` })
  .overwrite(normaliseText)
  .superRefine((value, ctx) => {
    if (hasLoneSurrogate(value)) ctx.addIssue({ code: 'custom', message: illFormedMessage('The reason') });
    else if (CONTROL_EXCEPT_LINES.test(value))
      ctx.addIssue({ code: 'custom', message: 'The reason contains invisible control characters; type plain text.' });
    else if (characterCount(value) > REPORT_REASON_LIMIT)
      ctx.addIssue({
        code: 'custom',
        message: `The reason is too long: ${characterCount(value)} characters, at most ${REPORT_REASON_LIMIT}.`,
      });
  })
  .nullish()
  .describe(`Why the review should be looked at, at most ${REPORT_REASON_LIMIT} characters`);

/** The optional JSON body of `POST /api/reviews/<id>/report`. */
export const reportInputSchema = z
  .strictObject({ reason: reportReasonSchema })
  .describe('An optional reason for the moderator');

/** The reason of a report as stored: null when blank or invalid-free; an error message when invalid. */
export function validateReportReason(
  raw: unknown,
): { ok: true; reason: string | null } | { ok: false; message: string } {
  const result = reportReasonSchema.safeParse(raw);
  if (!result.success) return { ok: false, message: result.error.issues[0]?.message ?? 'The reason is not valid.' };
  return { ok: true, reason: result.data ? result.data : null };
}

/**
 * The review form's fields, limits and labels, and the texts the review pages
 * show: the parts of the review rules that the browser needs too. No zod here,
 * so the page's enhancement script stays small; the rules themselves are in
 * ./review-rules.ts. Pure: no env, no request, no DOM.
 */

/** Length limits in characters (Unicode code points), after trimming. */
export const REVIEW_LIMITS = {
  title: { min: 3, max: 120 },
  body: { min: 20, max: 4000 },
  author: { min: 1, max: 60 },
} as const;

/** The review fields a visitor fills in, in form order. */
export const REVIEW_FIELDS = ['rating', 'title', 'body', 'author', 'usedFor'] as const;
export type ReviewField = (typeof REVIEW_FIELDS)[number];

/** How each field is named to a person (form labels and messages). */
export const FIELD_LABELS: Record<ReviewField, string> = {
  rating: 'Rating',
  title: 'Title',
  body: 'Your review',
  author: 'Your name',
  usedFor: 'What you used it for',
};

/** The hidden spam-trap field: people leave it empty, naive bots fill it in. */
export const HONEYPOT_FIELD = 'website';

/** One invalid field and what to do about it. */
export interface ReviewFieldError {
  field: string;
  message: string;
}

/** Characters as a person counts them: code points, so an emoji is one. */
export function characterCount(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/**
 * The raw review from an HTML form post: only the known fields, the rating as
 * a number when it is one, an empty "used for" as not given. Other form
 * fields (like the form's `intent`) are ignored.
 */
export function reviewFromForm(form: URLSearchParams): Record<string, unknown> {
  const rating = form.get('rating')?.trim() ?? '';
  const raw: Record<string, unknown> = {
    rating: rating === '' ? undefined : /^\d{1,3}$/.test(rating) ? Number(rating) : rating,
    title: form.get('title') ?? undefined,
    body: form.get('body') ?? undefined,
    author: form.get('author') ?? undefined,
    usedFor: form.get('usedFor') || undefined,
  };
  const trap = form.get(HONEYPOT_FIELD);
  if (trap !== null) raw[HONEYPOT_FIELD] = trap;
  return raw;
}

/** What a visitor is told after a vote, with or without JavaScript. */
export const VOTE_THANKS = {
  helpful: 'Thanks: marked as helpful.',
  report: 'Reported. Thank you: a moderator will take a look.',
} as const;

/** The heading of the error summary above the form. */
export const FIX_FIELDS = 'Please fix the fields marked below.';
/** Added to a refusal (429) when the form keeps what was typed. */
export const INPUT_KEPT = 'What you wrote is kept below.';

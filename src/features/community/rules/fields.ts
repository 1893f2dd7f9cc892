/**
 * The suggestion and correction forms' fields, limits and labels, and the
 * texts the pages show. No zod here; the rules themselves are in
 * ./community-rules.ts. Pure: no env, no request, no DOM.
 */
import { PURPOSES, keysOf } from '#src/catalogue/index.ts';

/** Length limits in characters (Unicode code points), after trimming. */
export const SUGGESTION_LIMITS = {
  name: { min: 1, max: 80 },
  url: { min: 1, max: 300 },
  why: { min: 20, max: 1000 },
} as const;

export const CORRECTION_LIMITS = {
  correction: { min: 10, max: 2000 },
  source: { min: 1, max: 500 },
} as const;

/** The largest suggestion or correction body accepted (413 beyond): the longest texts fit with room to spare. */
export const MAX_COMMUNITY_BODY_BYTES = 8 * 1024;
export const TOO_LARGE_DETAIL = `The request is larger than ${MAX_COMMUNITY_BODY_BYTES / 1024} kB. A suggestion or a correction is at most ${CORRECTION_LIMITS.correction.max.toLocaleString('en')} characters of text: shorten it and send it again.`;

/** The fields a visitor fills in, in form order. */
export const SUGGESTION_FIELDS = ['name', 'url', 'why', 'purposes'] as const;
export type SuggestionField = (typeof SUGGESTION_FIELDS)[number];
export const CORRECTION_FIELDS = ['field', 'correction', 'source'] as const;
export type CorrectionFormField = (typeof CORRECTION_FIELDS)[number];

export const SUGGESTION_LABELS: Record<SuggestionField, string> = {
  name: 'Name of the site',
  url: 'Its address',
  why: 'Why it belongs here',
  purposes: 'What it is good for',
};
export const CORRECTION_LABELS: Record<CorrectionFormField, string> = {
  field: 'What is wrong',
  correction: 'What it should say',
  source: 'Source',
};

/** The hidden spam-trap field: people leave it empty, naive bots fill it in (the same name as the review form's). */
export const HONEYPOT_FIELD = 'website';

/**
 * The parts of an entry a visitor can report a mistake in, as `field` values
 * with the label the form shows. Every purpose score is its own choice
 * (`purposes.referrals`), so the editor knows exactly which line to re-read.
 */
export const ENTRY_FIELDS: ReadonlyMap<string, string> = new Map<string, string>([
  ['name', 'Name'],
  ['url', 'Web address'],
  ['tagline', 'Tagline (what it is for)'],
  ['kind', 'Kind (business, social or hybrid)'],
  ...keysOf(PURPOSES).map((p): [string, string] => [
    `purposes.${p}`,
    `Score for ${PURPOSES.get(p)!.label.toLowerCase()}`,
  ]),
  ['audiences', 'Who it is for'],
  ['timeCost', 'Time it takes'],
  ['pricing', 'Pricing'],
  ['revenue', 'How it makes money'],
  ['owner', 'Owner'],
  ['operator', 'Run by'],
  ['countries', 'Countries'],
  ['fields', 'Fields and professions'],
  ['reach', 'Reach (how many use it)'],
  ['founded', 'Year founded'],
  ['launched', 'Year launched'],
  ['status', 'Status (active, declining or closed)'],
  ['features', 'Features'],
  ['pros', 'What it does well'],
  ['cons', 'What it does badly'],
  ['alternatives', 'Alternatives'],
  ['sources', 'Sources'],
  ['description', 'Description'],
  ['other', 'Something else'],
]);
export const ENTRY_FIELD_KEYS = [...ENTRY_FIELDS.keys()] as [string, ...string[]];

/** One invalid field and what to do about it. */
export interface CommunityFieldError {
  field: string;
  message: string;
}

/** Characters as a person counts them: code points, so an emoji is one. */
export function characterCount(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** The heading of the error summary above a form. */
export const FIX_FIELDS = 'Please fix the fields marked below.';
/** Added to a refusal when the form keeps what was typed. */
export const INPUT_KEPT = 'What you wrote is kept below.';

/** The raw suggestion from an HTML form post: only the known fields; purposes as a list (checkboxes). */
export function suggestionFromForm(form: URLSearchParams): Record<string, unknown> {
  const raw: Record<string, unknown> = {
    name: form.get('name') ?? undefined,
    url: form.get('url') ?? undefined,
    why: form.get('why') ?? undefined,
    purposes: form.getAll('purposes'),
  };
  const trap = form.get(HONEYPOT_FIELD);
  if (trap !== null) raw[HONEYPOT_FIELD] = trap;
  return raw;
}

/** The raw correction from an HTML form post; an empty source is not given. */
export function correctionFromForm(form: URLSearchParams): Record<string, unknown> {
  const raw: Record<string, unknown> = {
    field: form.get('field') || undefined,
    correction: form.get('correction') ?? undefined,
    source: form.get('source')?.trim() || undefined,
  };
  const trap = form.get(HONEYPOT_FIELD);
  if (trap !== null) raw[HONEYPOT_FIELD] = trap;
  return raw;
}

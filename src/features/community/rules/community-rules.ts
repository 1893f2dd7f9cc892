/**
 * The rules a suggested site and a reported mistake must follow, written once:
 * the JSON API validates with {@link suggestionInputSchema} and
 * {@link correctionInputSchema}, the no-JavaScript pages with
 * {@link validateSuggestion} and {@link validateCorrection}, so both refuse the
 * same input with the same messages. Also what makes two of them "the same"
 * (duplicate detection). Pure: no env, no request, no database.
 */
import { z } from 'astro/zod';
import { PURPOSES, keysOf, type SiteEntry } from '#src/catalogue/index.ts';
import {
  CORRECTION_LIMITS,
  ENTRY_FIELD_KEYS,
  ENTRY_FIELDS,
  HONEYPOT_FIELD,
  SUGGESTION_LIMITS,
  characterCount,
  type CommunityFieldError,
} from './fields.ts';

// C0 and C1 controls and DEL, plus bidirectional overrides and isolates.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
// eslint-disable-next-line no-control-regex -- as above, line breaks allowed
const CONTROL_EXCEPT_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
/** Characters that show nothing: format characters (zero-width space, joiners, BOM…) and the Hangul fillers. */
const INVISIBLE = /[\p{Cf}\u115f\u1160\u3164\uffa0]/gu;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Trims, normalises to NFC and turns CRLF/CR line breaks into LF (ill-formed text is left for the checks to refuse). */
export function normaliseText(text: string): string {
  const trimmed = text.replace(/\r\n?/g, '\n').trim();
  return LONE_SURROGATE.test(trimmed) ? trimmed : trimmed.normalize('NFC');
}

/** Text folded for "is this the same?": compatibility forms (NFKC), case, accents, invisible characters, spacing and punctuation ignored. */
export function foldText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A name folded to compare: as {@link foldText}, with the spaces gone too ("Linked In" is "LinkedIn"). */
export function nameKey(name: string): string {
  return foldText(name).replace(/ /g, '');
}

/**
 * A web address as "the same site": host without `www.` and the path without
 * trailing slashes, lowercased; scheme, port, query and fragment ignored.
 * Null when it is not an http(s) address.
 */
export function urlKey(url: string): string | null {
  if (!URL.canParse(url)) return null;
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '');
  const path = parsed.pathname.replace(/\/+$/, '').toLowerCase();
  return `${host}${path}`;
}

function text(
  name: string,
  ask: string,
  limits: { min: number; max: number },
  options: { multiline: boolean; description: string },
) {
  const { min, max } = limits;
  const range =
    min > 1 ? `${min}–${max.toLocaleString('en')} characters` : `up to ${max.toLocaleString('en')} characters`;
  return z
    .string({
      error: (issue) =>
        issue.input === undefined || issue.input === null ? `${ask} (${range}).` : `${name} must be text (${range}).`,
    })
    .overwrite(normaliseText)
    .superRefine((value, ctx) => {
      if (LONE_SURROGATE.test(value)) {
        ctx.addIssue({ code: 'custom', message: `${name} contains a broken character; type or paste it again.` });
        return;
      }
      if ((options.multiline ? CONTROL_EXCEPT_LINES : CONTROL).test(value)) {
        ctx.addIssue({
          code: 'custom',
          message: `${name} contains invisible control characters${options.multiline ? '' : ' or line breaks'}; type or paste plain text.`,
        });
        return;
      }
      const n = characterCount(value);
      if (n === 0) ctx.addIssue({ code: 'custom', message: `${ask} (${range}).` });
      else if (value.replace(INVISIBLE, '').trim() === '')
        ctx.addIssue({ code: 'custom', message: `${name} is only invisible characters; type it in letters.` });
      else if (n < min)
        ctx.addIssue({ code: 'custom', message: `${name} is too short: ${n} characters, at least ${min}.` });
      else if (n > max)
        ctx.addIssue({
          code: 'custom',
          message: `${name} is too long: ${n.toLocaleString('en')} characters, at most ${max.toLocaleString('en')}.`,
        });
    })
    .meta({ description: options.description, minLength: min, maxLength: max });
}

/** An address: http(s), with a dotted host, no credentials. `httpsOnly` for sources. */
function address(name: string, ask: string, max: number, httpsOnly: boolean, description: string) {
  const scheme = httpsOnly ? 'https://' : 'https:// or http://';
  return z
    .string({
      error: (issue) =>
        issue.input === undefined || issue.input === null ? ask : `${name} must be a web address starting ${scheme}.`,
    })
    .overwrite((s) => s.trim())
    .superRefine((value, ctx) => {
      if (value === '') return void ctx.addIssue({ code: 'custom', message: ask });
      if (characterCount(value) > max)
        return void ctx.addIssue({ code: 'custom', message: `${name} is too long: at most ${max} characters.` });
      const parsed = URL.canParse(value) ? new URL(value) : null;
      const schemeOk = parsed && (parsed.protocol === 'https:' || (!httpsOnly && parsed.protocol === 'http:'));
      if (!parsed || !schemeOk || !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(parsed.hostname) || /\s/.test(value))
        return void ctx.addIssue({
          code: 'custom',
          message: `${name} must be a full web address starting ${scheme}, like https://example.com.`,
        });
      if (parsed.username || parsed.password)
        ctx.addIssue({ code: 'custom', message: `${name} must not contain a user name or password.` });
    })
    .meta({ description, format: 'uri', maxLength: max });
}

const PURPOSE_KEYS = keysOf(PURPOSES);
// Any value passes: a validation message about the trap would tell a bot it exists.
const trap = z
  .unknown()
  .optional()
  .describe('Leave empty. A trap for spam bots: a filled-in value is accepted and discarded.');

/** The body of `POST /api/suggestions`. Unknown fields are refused so a typo is not silently lost. */
export const suggestionInputSchema = z
  .strictObject(
    {
      name: text('The name', 'Give the name of the site', SUGGESTION_LIMITS.name, {
        multiline: false,
        description: 'The name the site goes by, 1–80 characters',
      }),
      url: address(
        'The address',
        'Give the address of the site, starting https://.',
        SUGGESTION_LIMITS.url.max,
        false,
        'Its home page, an http(s) address',
      ),
      why: text('Why it belongs', 'Say what the site is for and why it belongs here', SUGGESTION_LIMITS.why, {
        multiline: true,
        description: 'What the site is for and who uses it, 20–1,000 characters; line breaks kept',
      }),
      purposes: z
        .array(
          z.enum(PURPOSE_KEYS, {
            error: `Choose purposes from the list (${PURPOSE_KEYS.join(', ')}).`,
          }),
          { error: 'Send purposes as a list of purpose keys.' },
        )
        .max(PURPOSE_KEYS.length)
        .optional()
        .overwrite((list) => (list ? [...new Set(list)] : list))
        .describe('What the site is good for: purpose keys, optional'),
      [HONEYPOT_FIELD]: trap,
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys' ? undefined : 'Send the suggestion as a JSON object with name, url and why.',
    },
  )
  .describe('A site suggested for the catalogue. Text is trimmed and stored verbatim.');

/** The body of `POST /api/sites/{slug}/corrections`. */
export const correctionInputSchema = z
  .strictObject(
    {
      field: z
        .enum(ENTRY_FIELD_KEYS, {
          error: (issue) =>
            issue.input === undefined || issue.input === ''
              ? 'Choose what is wrong from the list.'
              : `Choose what is wrong from the list (${ENTRY_FIELD_KEYS.join(', ')}).`,
        })
        .describe('The part of the entry that is wrong'),
      correction: text('The correction', 'Say what is wrong and what it should say', CORRECTION_LIMITS.correction, {
        multiline: true,
        description: 'What is wrong and what it should say, 10–2,000 characters; line breaks kept',
      }),
      source: address(
        'The source',
        'Give the source as an https:// address, or leave it out.',
        CORRECTION_LIMITS.source.max,
        true,
        'Optional: an https page that supports the correction',
      ).optional(),
      [HONEYPOT_FIELD]: trap,
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? undefined
          : 'Send the correction as a JSON object with field and correction.',
    },
  )
  .describe('A mistake reported in a catalogue entry. Text is trimmed and stored verbatim.');

export type SuggestionInput = z.output<typeof suggestionInputSchema>;
export type CorrectionInput = z.output<typeof correctionInputSchema>;

/** zod's issues as `{field, message}`; an unknown key is named as its own field. */
export function communityFieldErrors(error: z.ZodError, known: readonly string[]): CommunityFieldError[] {
  return error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        field: key,
        message: `"${key}" is not a field here; send only ${known.join(', ')}.`,
      }));
    }
    const field = issue.path.length === 0 ? '(body)' : String(issue.path[0]);
    return [{ field, message: issue.message }];
  });
}

export function validateSuggestion(
  raw: unknown,
): { ok: true; suggestion: SuggestionInput } | { ok: false; errors: CommunityFieldError[] } {
  const result = suggestionInputSchema.safeParse(raw);
  return result.success
    ? { ok: true, suggestion: result.data }
    : { ok: false, errors: communityFieldErrors(result.error, ['name', 'url', 'why', 'purposes']) };
}

export function validateCorrection(
  raw: unknown,
): { ok: true; correction: CorrectionInput } | { ok: false; errors: CommunityFieldError[] } {
  const result = correctionInputSchema.safeParse(raw);
  return result.success
    ? { ok: true, correction: result.data }
    : { ok: false, errors: communityFieldErrors(result.error, ['field', 'correction', 'source']) };
}

/** True when the spam trap was filled in: answer as if accepted, store nothing. */
export function isTrapped(input: { [HONEYPOT_FIELD]?: unknown }): boolean {
  const value = input[HONEYPOT_FIELD];
  return (
    value !== undefined && value !== null && (typeof value === 'string' ? value : JSON.stringify(value)).trim() !== ''
  );
}

/** The keys that make two suggestions the same site: the address (host and path) and the folded name. */
export function suggestionKeys(suggestion: Pick<SuggestionInput, 'name' | 'url'>): { urlKey: string; nameKey: string } {
  return { urlKey: urlKey(suggestion.url) ?? suggestion.url.toLowerCase(), nameKey: nameKey(suggestion.name) };
}

/** The catalogue entry a suggestion is already, by address (host and path, or the same host for a home page) or by name or alias. */
export function catalogueMatch(
  sites: readonly SiteEntry[],
  suggestion: Pick<SuggestionInput, 'name' | 'url'>,
): SiteEntry | undefined {
  const keys = suggestionKeys(suggestion);
  return sites.find(
    (site) =>
      urlKey(site.url) === keys.urlKey ||
      [site.name, ...site.aliases].some((name) => nameKey(name) === keys.nameKey && keys.nameKey !== ''),
  );
}

/** What makes two corrections the same: the site, the field and the folded text. */
export function correctionKey(siteSlug: string, correction: Pick<CorrectionInput, 'field' | 'correction'>): string {
  return `${siteSlug}\n${correction.field}\n${foldText(correction.correction)}`;
}

/** The label of an entry field for people ("Score for referrals"); the key itself if unknown. */
export function entryFieldLabel(field: string): string {
  return ENTRY_FIELDS.get(field) ?? field;
}

/**
 * Hygiene for every field people type, shared by every feature that stores
 * visitors' text (reviews, suggestions, corrections). Pure: no env, no request.
 *
 * - {@link hasLoneSurrogate}: ill-formed UTF-16 (a lone surrogate) cannot be
 *   stored faithfully as UTF-8; refuse it (422) rather than store U+FFFD.
 * - {@link isInvisibleOnly}: a name or title made only of blank or invisible
 *   characters (zero-width, U+3164 Hangul filler, braille blank…) says nothing.
 * - {@link duplicateFold}: what two texts must share to be "the same" for
 *   duplicate detection: NFKC, case-folded, invisible characters removed, spacing collapsed.
 */

/**
 * Characters that render as nothing or as blank space but are not matched by
 * `\s`: zero-width space/joiners, word joiner, invisible operators, BOM, soft
 * hyphen, Mongolian vowel separator, combining grapheme joiner, Hangul fillers,
 * braille blank, halfwidth Hangul filler, and the variation selectors and tags.
 */
const INVISIBLE_RANGES = [
  '\\u00ad',
  '\\u034f',
  '\\u061c',
  '\\u115f\\u1160',
  '\\u17b4\\u17b5',
  '\\u180b-\\u180f',
  '\\u200b-\\u200f',
  '\\u202a-\\u202e',
  '\\u2060-\\u206f',
  '\\u2800',
  '\\u3164',
  '\\ufe00-\\ufe0f',
  '\\ufeff',
  '\\uffa0',
  '\\u{e0000}-\\u{e007f}',
  '\\u{e0100}-\\u{e01ef}',
];
// eslint-disable-next-line no-misleading-character-class -- each invisible or combining character is matched on its own, on purpose
const INVISIBLE = new RegExp(`[${INVISIBLE_RANGES.join('')}]`, 'gu');

/** True when the text holds a lone (unpaired) UTF-16 surrogate. */
export function hasLoneSurrogate(text: string): boolean {
  return !text.isWellFormed();
}

/** The text without invisible characters (see {@link INVISIBLE}). */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

/** True when the text has no visible character: only whitespace and invisible characters (or nothing). */
export function isInvisibleOnly(text: string): boolean {
  return stripInvisible(text).replace(/\s+/gu, '') === '';
}

/** The form of a text that duplicate detection compares: NFKC, lower case, no invisible characters, single spaces. */
export function duplicateFold(text: string): string {
  return stripInvisible(text.normalize('NFKC')).normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
}

/** The message for a field holding a lone surrogate. */
export function illFormedMessage(name: string): string {
  return `${name} contains a broken character (ill-formed UTF-16); type or paste it again as plain text.`;
}

/** The message for a name or title with no visible character. */
export function invisibleOnlyMessage(name: string): string {
  return `${name} is made only of blank or invisible characters; type some visible text.`;
}

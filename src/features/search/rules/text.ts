/**
 * Text handling shared by the search index and its queries: one
 * normalisation, words, n-grams, and a typo counter that agrees with Fuse.js.
 */

/**
 * Combining marks that are accents on a letter, not letters: the generic diacritics of Latin, Greek and Cyrillic
 * ("é", "ά", "ё"), Cyrillic's own, Hebrew points and cantillation, and Arabic harakat with the hamza and madda that NFD
 * takes off alef, waw and yeh ("أ" is "ا" as most searches type it). The nukta of the Indic scripts (a dot many
 * writers leave off: "ज़" and "ज") goes with them. Every other mark stays: in Devanagari, Bengali, Tamil, Thai,
 * Sinhala and the other Brahmic scripts the marks are vowel signs and viramas, which are letters ("नौकरी", a job, is
 * not "नकर"; "की" is not "को"), and in a script not listed here keeping a mark never makes two words one.
 */
const ACCENT_MARKS =
  /(?:[\u0300-\u036f\u0483-\u0489\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed]|[\u093c\u09bc\u0a3c\u0abc\u0b3c\u0c3c\u0cbc]|[\u1ab0-\u1aff]|[\u1dc0-\u1dff]|[\u20d0-\u20ff]|[\ufe20-\ufe2f])+/gu;

/**
 * Format characters that sit inside a word: the zero-width non-joiner and joiner (Persian "می‌خواهم", Sinhala
 * "ශ්‍රී", Indic conjuncts, which others write without them), the soft hyphen, the word joiner, direction marks and
 * the byte-order mark. Removed, not spaced, so the word stays one. The zero-width space is a word break (Thai and
 * Khmer write it between words) and becomes a space like the control characters.
 */
const IN_WORD_FORMAT = /(?!\u200b)\p{Cf}+/gu;

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Lowercase, no accents or control characters, single spaces: how index and queries are compared. */
export function normalizeText(text: string): string {
  // Printable ASCII (most queries) has no marks to drop, nothing NFD changes and no control or format
  // characters: the same result without the Unicode passes.
  if (PRINTABLE_ASCII.test(text)) return text.toLowerCase().replace(/\s+/g, ' ').trim();
  return normalizeUnicodeText(text);
}

/** {@link normalizeText} with every Unicode pass, whatever the text: its definition, which the fast path must match. */
export function normalizeUnicodeText(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(ACCENT_MARKS, '')
      // Devanagari's candrabindu is written for anusvara and read as it ("हूँ", "हूं"), as the reader folds it.
      .replace(/\u0901/g, '\u0902')
      .replace(IN_WORD_FORMAT, '')
      .replace(/[\p{Cc}\u200b]+/gu, ' ')
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/**
 * A word: letters, the marks {@link normalizeText} keeps (the vowel signs and viramas inside an Indic or Thai word)
 * and digits; punctuation and spaces separate words.
 */
export const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** The words of a normalised text (letters, their kept marks and digits; punctuation separates). */
export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Trigrams of a word padded with one space each side (`" li"`, `"lin"`, …, `"in "`). */
export function trigramsOf(word: string): string[] {
  const padded = ` ${word} `;
  const grams: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) grams.push(padded.slice(i, i + 3));
  return grams;
}

/** Bigrams of a word, unpadded (`"li"`, `"in"`, …). */
export function bigramsOf(word: string): string[] {
  const grams: string[] = [];
  for (let i = 0; i + 2 <= word.length; i++) grams.push(word.slice(i, i + 2));
  return grams;
}

/**
 * Counts typos the way Fuse's Bitap does: the fewest insertions, deletions
 * and substitutions that turn a pattern into some substring of a text. Uses
 * Myers' bit-parallel algorithm (patterns up to 31 letters, one step per
 * letter of text); longer patterns fall back to dynamic programming.
 */
export function createTypoCounter() {
  const masks = new Int32Array(65536);
  let pattern = '';
  let row = new Int32Array(64);
  let nextRow = new Int32Array(64);

  /** Sets the pattern the next counts are for. */
  function use(next: string): void {
    for (let i = 0; i < pattern.length; i++) masks[pattern.charCodeAt(i)] = 0;
    pattern = next;
    if (pattern.length > 31) return;
    for (let i = 0; i < pattern.length; i++) masks[pattern.charCodeAt(i)]! |= 1 << i;
  }

  /** Typos between the pattern and the best-matching substring of `text`; `max + 1` once sure to exceed `max`. */
  function count(text: string, max: number): number {
    const m = pattern.length;
    if (m === 0) return 0;
    if (m > 31) return slowCount(text, max);
    const best = scan(text, max, false);
    return best > max ? max + 1 : best;
  }

  /**
   * {@link count} for the text held in `codes` from `from` to `to` (its UTF-16 code units): the same count, read
   * from one typed array rather than a string of its own (`expand.ts` keeps a vocabulary's letters in one, so a
   * scan of thousands of words reads memory in order).
   */
  function countCodes(codes: Uint16Array, from: number, to: number, max: number): number {
    const m = pattern.length;
    if (m === 0) return 0;
    if (m > 31) return slowCount(String.fromCharCode(...codes.subarray(from, to)), max);
    const high = 1 << (m - 1);
    const all = m === 31 ? 0x7fffffff : (1 << m) - 1;
    let pv = all;
    let mv = 0;
    let score = m;
    let best = m;
    // As in `scan`: past `to - 1 - j` letters left, no later substring comes nearer than `score` less them.
    for (let j = from; j < to; j++) {
      const eq = masks[codes[j]!]!;
      const xv = eq | mv;
      const xh = ((((eq & pv) + pv) & all) ^ pv) | eq;
      let ph = mv | (~(xh | pv) & all);
      let mh = pv & xh;
      if (ph & high) score++;
      else if (mh & high) score--;
      ph = (ph << 1) & all;
      mh = (mh << 1) & all;
      pv = mh | (~(xv | ph) & all);
      mv = ph & xv;
      if (score < best) best = score;
      else if (best > max && score - (to - 1 - j) > max) return max + 1;
    }
    return best > max ? max + 1 : best;
  }

  /**
   * Whether some substring of `text` is within `max` typos of the pattern: {@link count}`(text, max) <= max`,
   * stopping at the first such substring.
   */
  function within(text: string, max: number): boolean {
    const m = pattern.length;
    if (m === 0 || max >= m) return true;
    if (m > 31) return slowCount(text, max) <= max;
    return scan(text, max, true) <= max;
  }

  /**
   * Myers' scan of `text` for a pattern of 1 to 31 letters: the fewest typos of any substring, or, with
   * `stopWithin`, the first count that reaches `max` or fewer, as soon as it does. Either way, a count above `max`
   * may be any count above it: the scan stops once no later substring can come within `max`. Why that is safe:
   * `score` is D[m][j], the fewest typos of a substring ending at letter `j`, and moving the end one letter on
   * changes it by at most one (D[m][j + 1] ≥ D[m][j] − 1, as every cell of the edit table differs from its left
   * neighbour by at most one), so no substring ending later has fewer than `score − (n − 1 − j)`; once that is
   * above `max` (and none so far is within it), none will be.
   */
  function scan(text: string, max: number, stopWithin: boolean): number {
    const m = pattern.length;
    const high = 1 << (m - 1);
    const all = m === 31 ? 0x7fffffff : (1 << m) - 1;
    let pv = all;
    let mv = 0;
    let score = m;
    let best = m;
    const n = text.length;
    for (let j = 0; j < n; j++) {
      const eq = masks[text.charCodeAt(j)]!;
      const xv = eq | mv;
      const xh = ((((eq & pv) + pv) & all) ^ pv) | eq;
      let ph = mv | (~(xh | pv) & all);
      let mh = pv & xh;
      if (ph & high) score++;
      else if (mh & high) score--;
      ph = (ph << 1) & all;
      mh = (mh << 1) & all;
      pv = mh | (~(xv | ph) & all);
      mv = ph & xv;
      if (score < best) {
        best = score;
        if (stopWithin && best <= max) return best;
      } else if (best > max && score - (n - 1 - j) > max) return best;
    }
    return best;
  }

  function slowCount(text: string, max: number): number {
    const n = text.length;
    if (row.length <= n) {
      row = new Int32Array(n * 2 + 2);
      nextRow = new Int32Array(n * 2 + 2);
    }
    let prev = row;
    let next = nextRow;
    prev.fill(0, 0, n + 1); // the match may start anywhere in the text
    for (let i = 1; i <= pattern.length; i++) {
      next[0] = i;
      let best = i;
      const p = pattern.charCodeAt(i - 1);
      for (let j = 1; j <= n; j++) {
        const value = Math.min(prev[j - 1]! + (text.charCodeAt(j - 1) === p ? 0 : 1), prev[j]! + 1, next[j - 1]! + 1);
        next[j] = value;
        if (value < best) best = value;
      }
      if (best > max) return max + 1;
      [prev, next] = [next, prev];
    }
    let result = max + 1;
    for (let j = 0; j <= n; j++) result = Math.min(result, prev[j]!);
    return result;
  }

  return { use, count, countCodes, within };
}

/** A word's stem for loose matching: folded, a plural "s" dropped ("expats" → "expat"). */
export function stemOf(word: string): string {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/** Shortest shared beginning that makes two stems the same word ("promot" in "promote" and "promotion"). */
export const MIN_SHARED_PREFIX = 5;
/** Longest ending either word may have past the shared beginning: an inflection ("-ion", "-ing"), not a second word. */
const MAX_ENDING = 4;

/**
 * Whether two stems are forms of one word: equal, or sharing a beginning of
 * at least five letters past which neither has more than an ending ("launch"
 * and "launches", "invest" and "investor"; not "run" and "runway", nor
 * "market" and "marketplace").
 */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  let shared = 0;
  while (shared < shorter && a[shared] === b[shared]) shared++;
  return shared >= MIN_SHARED_PREFIX && a.length - shared <= MAX_ENDING && b.length - shared <= MAX_ENDING;
}

/**
 * The country a text's writing system points to, for the free-text reader, when the text names no place.
 *
 * Only a script that belongs to one language spoken natively in one country counts:
 * - kana (hiragana, katakana) are written only in Japanese, whose speakers live almost all in Japan (JP);
 * - hangul is written only in Korean; of the two Koreas only South Korea (KR) uses these sites;
 * - Thai script is written only for Thai (and the regional languages of Thailand), the language of Thailand (TH).
 * - Sinhala script is written only for Sinhala, the language of Sri Lanka (LK).
 *
 * Not Bangla script (Bangladesh and India's West Bengal), nor Greek (Greece and Cyprus).
 *
 * Chinese characters alone are left (China, Taiwan, Hong Kong, Singapore, Malaysia), and so is every Latin or
 * Cyrillic text: English, Spanish, French, Portuguese, Arabic, Russian and German are each the language of several
 * countries, and the languages mainly of one (Polish, Danish, Czech, …) have no letters of their own that a short
 * text reliably carries (Danish shares æ, ø and å with Norwegian; "Szukam pracy" has no Polish letter at all).
 */

/** One script, its country, and a run of the text in that script (with the kanji between kana, for Japanese). */
const SCRIPTS: readonly { country: string; run: RegExp }[] = [
  {
    country: 'JP',
    run: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]*[\p{Script=Hiragana}\p{Script=Katakana}][\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]*/u,
  },
  { country: 'KR', run: /\p{Script=Hangul}+(?:\s+\p{Script=Hangul}+)?/u },
  { country: 'TH', run: /\p{Script=Thai}+(?:\s+\p{Script=Thai}+)?/u },
  { country: 'LK', run: /\p{Script=Sinhala}+(?:\s+\p{Script=Sinhala}+)?/u },
];

/** Most characters of the text shown as the words that said the country. */
const SHOWN_LENGTH = 16;

/**
 * The country the text's script belongs to ({@link SCRIPTS}), with the first run of text in that script as its
 * words ("転職を考えています" → JP), or undefined.
 */
export function countryOfScript(text: string): { value: string; words: string } | undefined {
  for (const { country, run } of SCRIPTS) {
    const found = run.exec(text);
    if (found) return { value: country, words: [...found[0]].slice(0, SHOWN_LENGTH).join('') };
  }
  return undefined;
}

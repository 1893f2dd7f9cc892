/**
 * Place names with case endings, for the free-text reader: Russian, Ukrainian, Polish, Czech and Slovak change a
 * name's ending with its case ("из Москвы", from Moscow; "в России", in Russia; "w Krakowie", in Kraków; "v Brně", in
 * Brno), so a name listed in its dictionary form is read with the endings of these languages' nouns too.
 *
 * Only names are read so, never other words: a name written in Cyrillic (the place tables of `lexicon.ts` hold no
 * other Cyrillic words), and in Latin letters only the names of the countries whose languages inflect them, so
 * "indie" is not India nor "lime" Lima. A name is its stem (the name without its own ending: "москв" of "москва")
 * and one ending; stems shorter than {@link SHORTEST_STEM} letters are left, their forms listed where wanted.
 */
import { COUNTRY_PHRASES } from '#src/catalogue/lexicon.ts';

/** Countries whose names are read with the case endings of their languages when written in Latin letters. */
const LATIN_CASE_COUNTRIES: ReadonlySet<string> = new Set(['PL', 'CZ', 'SK']);

/**
 * A name's own ending in its dictionary form, and the endings its other cases have in its place, folded as the text
 * is (й to и, ё to е; ę, ą and ě lose their marks), longest own ending first. Russian: "россия" → "россии", "россию",
 * "россией"; "москва" → "москвы", "москве", "москву", "москвой"; "казань" → "казани", "казанью"; "новосибирск" →
 * "новосибирска", "новосибирске"; "нидерланды" → "нидерландах". A name ending otherwise ("сочи") does not change.
 */
const CYRILLIC_CASES: readonly (readonly [string, readonly string[]])[] = [
  ['ия', ['ии', 'ию', 'иеи']],
  // An adjective in a name: "нижний" (folded "нижнии") → "нижнего", "нижнем"; "великий" → "великого", "великом".
  ['ии', ['его', 'ого', 'ему', 'ому', 'им', 'ем', 'ом']],
  ['ыи', ['ого', 'ому', 'ым', 'ом']],
  ['а', ['ы', 'и', 'е', 'у', 'ои', 'ою']],
  ['я', ['и', 'е', 'ю', 'еи', 'ею']],
  ['ь', ['и', 'ью', 'я', 'ю', 'ем', 'е']],
  ['ы', ['ах', 'ов', 'ам']],
  ['', ['а', 'у', 'ом', 'е', 'ы', 'ов', 'ах', 'ам']],
];
/**
 * The same for Polish, Czech and Slovak names: "warszawa" → "warszawy", "warszawie", "warszawe"; "gdynia" → "gdyni";
 * "krakow" → "krakowa", "krakowie"; "brno" → "brna", "brne"; "praha" → "prahy", "prahou". Not "-i" or "-u" after
 * "-a": "polski" and "po polsku" are the language, not the country.
 */
const LATIN_CASES: readonly (readonly [string, readonly string[]])[] = [
  ['ia', ['ii', 'i', 'ie', 'e']],
  ['a', ['y', 'e', 'ie', 'ou']],
  ['o', ['a', 'u', 'e', 'em', 'ie']],
  ['', ['a', 'u', 'ie', 'iu', 'em', 'e', 'y', 'ow']],
];
/** Shortest stem read with endings: "омск" (Omsk) has four letters; "уф" of "уфа" (Ufa) is too short. */
const SHORTEST_STEM = 3;

const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /^[a-z]+$/;

/**
 * Each inflected form of a place name's words, with the word it is of: every word of a name in Cyrillic, where each
 * word of a name takes the case ("в Нижнем Новгороде", "в Ростове-на-Дону"), and the last word of one in Latin letters.
 */
const FORMS: ReadonlyMap<string, string> = (() => {
  const forms = new Map<string, string>();
  for (const [phrase, code] of COUNTRY_PHRASES) {
    const all = phrase.split(' ');
    const cyrillic = CYRILLIC.test(phrase);
    if (!cyrillic && !(all.every((w) => LATIN.test(w)) && LATIN_CASE_COUNTRIES.has(code))) continue;
    for (const word of cyrillic ? all : all.slice(-1)) {
      const [own, endings] = (cyrillic ? CYRILLIC_CASES : LATIN_CASES).find(([e]) => word.endsWith(e))!;
      const stem = word.slice(0, word.length - own.length);
      if (stem.length < SHORTEST_STEM) continue;
      for (const ending of endings) if (!forms.has(stem + ending)) forms.set(stem + ending, word);
    }
  }
  return forms;
})();

/**
 * The listed place name a folded word is with a case ending ("москвы" → "москва", "россии" → "россия", "krakowie" →
 * "krakow", "петербурге" → "петербург"), or undefined when it is none.
 */
export function placeNameOf(word: string): string | undefined {
  return FORMS.get(word);
}

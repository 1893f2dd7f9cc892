/**
 * Place names with case endings, for the free-text reader: Russian, Ukrainian, Polish, Czech, Slovak and the other
 * Slavic languages, Finnish, Hungarian and the Baltic languages change a name's ending with its case ("из Москвы", from
 * Moscow; "у Львові", in Lviv; "w Krakowie", in Kraków; "v Košiciach", in Košice; "Oulussa", in Oulu; "Budapesten",
 * in Budapest; "Vilniuje", in Vilnius), so a name listed in its dictionary form is read with the endings of these
 * languages' nouns too: the regular endings of each language by the name's own ending, never a list of forms.
 *
 * Only names are read so, never other words: a name written in Cyrillic (the place tables of `lexicon.ts` hold no
 * other Cyrillic words), and in Latin letters only the names of the countries whose languages inflect them, with that
 * language's endings, so "indie" is not India nor "lime" Lima. A name is its stem (the name without its own ending:
 * "москв" of "москва") and one ending; stems shorter than {@link SHORTEST_STEM} letters are left, their forms listed
 * where wanted, as are forms that change the stem itself ("у Києві", "w Łodzi", "Helsingissä").
 */
import { CITY_PHRASES, COUNTRY_PHRASES, DEMONYM_WORDS, foldWords } from '#src/catalogue/lexicon.ts';
import { OTHER_LANGUAGES_COUNTRY_WORDS } from '#src/catalogue/lexicon-country-names.ts';
import { COUNTRY_CODES, countryName } from '#src/catalogue/taxonomy.ts';

/** A name's own ending and the endings its other cases have in its place, folded; the first own ending it has counts. */
type CaseEndings = readonly (readonly [string, readonly string[]])[];

/**
 * A name's own ending in its dictionary form, and the endings its other cases have in its place, folded as the text
 * is (й to и, ё to е; ę, ą and ě lose their marks), longest own ending first. Russian: "россия" → "россии", "россию",
 * "россией"; "москва" → "москвы", "москве", "москву", "москвой"; "казань" → "казани", "казанью"; "новосибирск" →
 * "новосибирска", "новосибирске"; "нидерланды" → "нидерландах". A name ending otherwise ("сочи") does not change.
 */
const CYRILLIC_CASES: CaseEndings = [
  // Ukrainian names in "-ів" and "-іль" take "о" in their other cases: "Львів" → "Львова", "у Львові"; "Харків" →
  // "у Харкові"; "Тернопіль" → "у Тернополі". Russian writes no "і".
  ['ів', ['ова', 'ові', 'ову', 'овом']],
  ['іль', ['оля', 'олі', 'олем']],
  ['ия', ['ии', 'ию', 'иеи']],
  // An adjective in a name: "нижний" (folded "нижнии") → "нижнего", "нижнем"; "великий" → "великого", "великом".
  ['ии', ['его', 'ого', 'ему', 'ому', 'им', 'ем', 'ом']],
  ['ыи', ['ого', 'ому', 'ым', 'ом']],
  // Ukrainian "і" where Russian writes "е": "Одеса" → "в Одесі", "Вінниця" → "у Вінниці", "Ужгород" → "в Ужгороді".
  ['а', ['ы', 'и', 'е', 'у', 'ои', 'ою', 'і']],
  ['я', ['и', 'е', 'ю', 'еи', 'ею', 'і']],
  ['ь', ['и', 'ью', 'я', 'ю', 'ем', 'е', 'і']],
  ['ы', ['ах', 'ов', 'ам']],
  // Plural names in "-и": "Черкаси" → "у Черкасах". Names in "-о": "Дніпро" → "у Дніпрі", "з Дніпра"; "Гродно" →
  // "в Гродне"; "Сарајево" → "у Сарајеву".
  ['и', ['ах', 'ам']],
  ['о', ['а', 'у', 'е', 'і', 'ом']],
  ['', ['а', 'у', 'ом', 'е', 'ы', 'ов', 'ах', 'ам', 'і']],
];
/**
 * The same for the Slavic languages written in Latin letters (Polish, Czech, Slovak, Croatian, Serbian, Slovenian, and
 * those who write Ukrainian, Belarusian and Russian names so): "warszawa" → "warszawy", "warszawie", "warszawe";
 * "gdynia" → "gdyni"; "krakow" → "krakowa", "krakowie"; "brno" → "brna", "brne"; "praha" → "prahy", "prahou";
 * "olomouc" → "olomouci"; "zagreb" → "zagrebu"; "sarajevo" → "sarajevu". Not "-i" or "-u" after "-a" in a country's
 * name: "polski" and "po polsku" are the language, not the country ({@link SLAVIC_CITY_CASES} give them to towns).
 * Plural names in "-ice", "-ce" ("Košice", "Katowice", "Pardubice"): "v Košiciach", "w Katowicach", "v Pardubicích",
 * "z Košíc"; neuter ones ("Opole"): "w Opolu".
 */
const SLAVIC_CASES: CaseEndings = [
  ['ia', ['ii', 'i', 'ie', 'e']],
  ['a', ['y', 'e', 'ie', 'ou']],
  ['o', ['a', 'u', 'e', 'em', 'ie']],
  ['e', ['iach', 'ich', 'ach', 'am', 'ami', 'a', 'u', '']],
  ['', ['a', 'u', 'ie', 'iu', 'em', 'e', 'y', 'ow', 'i']],
];
/** {@link SLAVIC_CASES} for a town, whose "-a" is "-i" in its place and "-u" gone to: "v Ljubljani", "u Podgorici". */
const SLAVIC_CITY_CASES: CaseEndings = SLAVIC_CASES.map(([own, endings]) =>
  own === 'a' ? ([own, [...endings, 'i', 'u']] as const) : ([own, endings] as const),
);
/**
 * Finnish: a name's place cases by its last vowel (folded: "ä" is "a"): in, from, on, off, to ("Oulussa", "Oulusta",
 * "Ouluun"; "Kuopiossa"; "Jyväskylässä"; "Vantaalla", "Vantaalle"; "Espoossa"), and the genitive ("Oulun"). Names in
 * "-e" take another "e" ("Tampere" → "Tampereella", "Tampereen"). Not the names whose consonants change
 * ("Helsinki" → "Helsingissä", "Turku" → "Turussa"), listed in `lexicon-finnish-hungarian-amharic-swahili.ts`.
 */
const FINNISH_CASES: CaseEndings = [
  ...['aa', 'oo', 'uu', 'ee', 'ii'].map(
    (v) => [v, [`${v}ssa`, `${v}sta`, `${v}lla`, `${v}lta`, `${v}lle`, `${v}n`, `${v}seen`]] as const,
  ),
  ['e', ['eella', 'eelle', 'eelta', 'een', 'eessa', 'eesta', 'eeseen']],
  ...['a', 'o', 'u', 'i', 'y'].map(
    (v) => [v, [`${v}ssa`, `${v}sta`, `${v}lla`, `${v}lta`, `${v}lle`, `${v}n`, `${v}${v}n`]] as const,
  ),
];
/**
 * Hungarian: the place endings on the whole name, folded ("ö", "ő" are "o"; "é", "á" are "e", "a"): in, on, to, from,
 * at ("Budapesten", "Budapestre", "Budapestről", "Debrecenben", "Szegeden", "Miskolcon", "Győrben"; a name in a vowel
 * lengthens it, which folding hides: "Nyíregyházán"), and "-i", of the town ("budapesti").
 */
const HUNGARIAN_CASES: CaseEndings = [
  ['', ['ban', 'ben', 'on', 'en', 'n', 'ra', 're', 'ba', 'be', 'rol', 'bol', 'tol', 'hoz', 'hez', 'nal', 'nel', 'i']],
];
/** Lithuanian: "Vilnius" → "Vilniuje", "Vilniaus"; "Kaunas" → "Kaune", "Kauno"; "Klaipėda" → "Klaipėdoje"; "Šiauliai" → "Šiauliuose". */
const LITHUANIAN_CASES: CaseEndings = [
  ['ius', ['iuje', 'iaus', 'iu', 'iumi']],
  ['iai', ['iuose', 'iu', 'iams']],
  ['as', ['e', 'o', 'ui', 'a', 'u']],
  ['a', ['oje', 'os', 'ai']],
];
/** Latvian: "Rīga" → "Rīgas" (its "in", "Rīgā", folds to the name); "Daugavpils" → "Daugavpilī". */
const LATVIAN_CASES: CaseEndings = [
  ['a', ['as', 'u', 'ai']],
  ['s', ['i', 'ij']],
];
/**
 * Estonian: in, from, to: "Tallinn" → "Tallinnas", "Tallinnast", "Tallinnasse"; "Tartu" → "Tartus"; "Eesti" → "Eestis".
 * Not "on" ("-l"): "Narval" is also the narwhal in Spanish and French.
 */
const ESTONIAN_CASES: CaseEndings = [
  ...['a', 'e', 'i', 'o', 'u'].map((v) => [v, [`${v}s`, `${v}st`, `${v}sse`]] as const),
  ['', ['a', 'as', 'ast', 'asse']],
];
const SLAVIC = { country: SLAVIC_CASES, city: SLAVIC_CITY_CASES };
const same = (cases: CaseEndings) => ({ country: cases, city: cases });
/** The countries whose names are read with the case endings of their languages when written in Latin letters. */
const LATIN_CASES: Readonly<Record<string, { country: CaseEndings; city: CaseEndings }>> = {
  PL: SLAVIC,
  CZ: SLAVIC,
  SK: SLAVIC,
  HR: SLAVIC,
  RS: SLAVIC,
  SI: SLAVIC,
  BA: SLAVIC,
  ME: SLAVIC,
  UA: SLAVIC,
  BY: SLAVIC,
  RU: SLAVIC,
  FI: same(FINNISH_CASES),
  HU: same(HUNGARIAN_CASES),
  LT: same(LITHUANIAN_CASES),
  LV: same(LATVIAN_CASES),
  EE: same(ESTONIAN_CASES),
};
/** Shortest stem read with endings: "омск" (Omsk) has four letters; "уф" of "уфа" (Ufa) is too short. */
const SHORTEST_STEM = 3;
/**
 * Shortest stem of the last word of a name of several words in Latin letters, whose last word is often short and
 * common on its own: "Rostov on Don" ("done" is no "don"), "Banja Luka" ("Luke"), "Novi Sad" ("sady", Czech orchards).
 */
const SHORTEST_STEM_IN_PHRASE = 5;

const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /^[a-z]+$/;
/**
 * English words for those countries and their people ("russia", "poland", "russian"), and the names French, Spanish,
 * Portuguese, German and Italian give them ("Russie", "Rusia", "Polonia"), which their languages do not inflect (they
 * write "Rosja", "Rusko", "w Polsce"): with endings they made other languages' words, French "russe" and Italian
 * "russi" (Russian, Russians) read as Russia.
 */
const ENGLISH_WORDS: ReadonlySet<string> = new Set([
  ...[...COUNTRY_CODES].map((code) => foldWords(countryName(code))),
  ...DEMONYM_WORDS,
  ...Object.values(OTHER_LANGUAGES_COUNTRY_WORDS).flatMap((names) => names.map(foldWords)),
]);

/**
 * Each inflected form of a place name's words, with the word it is of: every word of a name in Cyrillic, where each
 * word of a name takes the case ("в Нижнем Новгороде", "в Ростове-на-Дону"), and the last word of one in Latin letters.
 * `placeNameOf()` in `read-tokens.ts` reads them, as `reader-tables.ts` holds them: a build computes them once, so
 * the Worker neither builds them nor bundles this module.
 */
export function buildPlaceForms(): Map<string, string> {
  const forms = new Map<string, string>();
  for (const [phrase, code] of COUNTRY_PHRASES) {
    const all = phrase.split(' ');
    const cyrillic = CYRILLIC.test(phrase);
    const latin = LATIN_CASES[code];
    if (!cyrillic && !(all.every((w) => LATIN.test(w)) && latin !== undefined && !ENGLISH_WORDS.has(phrase))) continue;
    const cases = cyrillic ? CYRILLIC_CASES : CITY_PHRASES.has(phrase) ? latin!.city : latin!.country;
    for (const word of cyrillic ? all : all.slice(-1)) {
      const found = cases.find(([e]) => word.endsWith(e));
      if (found === undefined) continue;
      const [own, endings] = found;
      const stem = word.slice(0, word.length - own.length);
      if (stem.length < (cyrillic || all.length === 1 ? SHORTEST_STEM : SHORTEST_STEM_IN_PHRASE)) continue;
      for (const ending of endings) if (!forms.has(stem + ending)) forms.set(stem + ending, word);
    }
  }
  return forms;
}

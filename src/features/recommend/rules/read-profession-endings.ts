/**
 * Professions with case endings, for the free-text reader: German and Polish change a noun's ending with its case,
 * so a profession listed in one form ("Lehrer", "lekarze") is written in others ("mit anderen Lehrern", "innych
 * lekarzy", "z programistami"). The reader reads the field lists' words in these forms too, as
 * `read-place-endings.ts` does for place names.
 *
 * German: a noun ending in -er, -el or -e takes -n in the dative plural ("Lehrern", "Ärzten", "Pflegekräften"), and a
 * feminine noun in -in takes -nen in the plural ("Lehrerinnen"). Applied to every listed word's last word: a form made
 * from a word of another language ("nursen") is no word anyone writes, so it reads nothing. Polish: only the Polish
 * field list's words (`lexicon-turkish-indonesian-polish.ts`), whose stem (the word without its case ending) takes
 * the endings of Polish nouns' cases.
 */
import { foldWords } from '#src/catalogue/lexicon.ts';
import { POLISH } from '#src/catalogue/lexicon-turkish-indonesian-polish.ts';
import type { Field } from '#src/catalogue/taxonomy.ts';

/** Shortest German word given case forms: "arzte" (Ärzte) has five letters. */
const SHORTEST_GERMAN = 5;

/** The German case forms of a folded phrase's last word: "lehrer" → "lehrern", "lehrerin" → "lehrerinnen". */
export function germanCaseForms(phrase: string): string[] {
  const words = phrase.split(' ');
  const last = words.pop()!;
  if (last.length < SHORTEST_GERMAN) return [];
  const forms: string[] = [];
  if (/(?:er|el|e)$/.test(last)) forms.push(`${last}n`);
  if (/[^aeiou]in$/.test(last)) forms.push(`${last}nen`);
  return forms.map((f) => [...words, f].join(' '));
}

/**
 * Endings a Polish word's case forms take off, longest first, to leave its stem: "lekarzem" → "lekarz", "nauczyciele"
 * → "nauczyciel", "informatykiem" → "informatyk", "programistka" → "programistk".
 */
const POLISH_OWN_ENDINGS: readonly string[] = ['iem', 'em', 'a', 'e', 'i', 'y'];
/** The endings of Polish nouns' cases, singular and plural (folded: "ą" is "a", "ów" is "ow"). */
const POLISH_ENDINGS: readonly string[] = ['a', 'u', 'e', 'y', 'i', 'ow', 'om', 'ami', 'ach', 'owi', 'em', 'iem'];
/** Shortest Polish stem given endings: "rolnik" (farmer) has six letters, "muzyk" five. */
const SHORTEST_POLISH_STEM = 5;

/** Each case form of the Polish field list's single words, with its field: "lekarzy" → medicine. */
export const POLISH_PROFESSION_FORMS: ReadonlyMap<string, Field> = (() => {
  const forms = new Map<string, Field>();
  for (const [field, list] of Object.entries(POLISH.fields) as [Field, readonly string[]][])
    for (const word of list.map(foldWords).filter((w) => !w.includes(' '))) {
      const own = POLISH_OWN_ENDINGS.find((e) => word.endsWith(e));
      const stem = own === undefined ? word : word.slice(0, -own.length);
      if (stem.length < SHORTEST_POLISH_STEM) continue;
      for (const ending of POLISH_ENDINGS) if (!forms.has(stem + ending)) forms.set(stem + ending, field);
    }
  return forms;
})();

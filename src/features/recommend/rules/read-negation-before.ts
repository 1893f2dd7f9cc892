/**
 * A goal said not to be wanted by a negated verb of wanting written before it, where the negator cannot stand alone:
 * Romanian "nu caut un loc de muncă" ("nu" alone is also Danish and Swedish "now"; {@link ROMANIAN_NOT_SOUGHT_BEFORE}),
 * Danish and Norwegian "har ikke brug for investorer" ({@link NORDIC_NOT_SOUGHT_BEFORE}), Finnish "en halua" (I
 * don't want; "en" alone is also French and Swedish, {@link FINNISH_NOT_SOUGHT_BEFORE}), Czech and Swahili verbs with
 * "not" written on ("nechci nové klienty", {@link CZECH_NOT_WANTING}; Slovak "nehľadám prácu", {@link SLOVAK_NOT_WANTING}; "sitaki wateja", {@link SWAHILI_NOT_WANTING}),
 * and Thai, which runs "not" and the verb into the
 * goal's word ("ไม่ได้หางาน", not looking for a job; {@link THAI_NEGATED_AFTER_NOT}). All folded as the text is.
 */
import { foldWords } from '#src/catalogue/lexicon.ts';
import {
  ROMANIAN_NOT_SOUGHT_BEFORE,
  THAI_NEGATED_AFTER_NOT,
  THAI_NOT,
} from '#src/catalogue/lexicon-bangla-thai-greek-romanian-malay.ts';
import {
  CZECH_NOT_WANTING,
  NORDIC_NOT_SOUGHT_BEFORE,
} from '#src/catalogue/lexicon-nordic-czech-ukrainian-hebrew-afrikaans.ts';
import {
  FINNISH_NOT_SOUGHT_BEFORE,
  SWAHILI_NOT_WANTING,
} from '#src/catalogue/lexicon-finnish-hungarian-amharic-swahili.ts';
import { SLOVAK_NOT_WANTING } from '#src/catalogue/lexicon-catalan-slovak.ts';
import { CHINESE_HAVE_NOT, CHINESE_NEGATED_AFTER_NOT, CHINESE_NOT } from '#src/catalogue/lexicon-chinese.ts';
import { phraseAt } from './read-negation-after.ts';

const PHRASES: readonly (readonly string[])[] = [
  ...ROMANIAN_NOT_SOUGHT_BEFORE,
  ...NORDIC_NOT_SOUGHT_BEFORE,
  ...FINNISH_NOT_SOUGHT_BEFORE,
].map((p) => foldWords(p).split(' '));
const NOT_WANTING: ReadonlySet<string> = new Set(
  [...CZECH_NOT_WANTING, ...SLOVAK_NOT_WANTING, ...SWAHILI_NOT_WANTING].map(foldWords),
);

/**
 * Whether the words from `j` on are a negated verb of wanting that ends before the goal at `i`, in its clause: "nu
 * caut" in "nu caut un loc de muncă", "nechci" in "nechci nové klienty".
 */
export function negatedWantingAt(words: readonly string[], clauses: readonly number[], j: number, i: number): boolean {
  if (clauses[j] !== clauses[i]) return false;
  if (NOT_WANTING.has(words[j]!)) return true;
  return PHRASES.some((phrase) => j + phrase.length <= i && phraseAt(words, clauses, j, clauses[i]!, phrase));
}

const THAI_SCRIPT = /\p{Script=Thai}/u;
/** Thai "not" and one or more of the words it negates, at the end of what comes before the goal's word. */
const THAI_NEGATED = new RegExp(`${foldWords(THAI_NOT)}(?:${THAI_NEGATED_AFTER_NOT.map(foldWords).join('|')})+$`);

/**
 * Whether the Thai goal word at `i` comes right after "not" and a verb it negates, in the same run of Thai or the
 * word before it in the clause: "ไม่ได้หางาน" (not looking for a job), "ไม่อยากได้ลูกค้า" (don't want customers). "ไม่มี
 * เพื่อน" (have no friends) is a lack and still asks.
 */
export function notSoughtInThaiAt(words: readonly string[], clauses: readonly number[], i: number): boolean {
  const before = words[i - 1];
  return (
    THAI_SCRIPT.test(words[i]!) && before !== undefined && clauses[i - 1] === clauses[i] && THAI_NEGATED.test(before)
  );
}

const HAN_SCRIPT = /\p{Script=Han}/u;
/** Chinese "not" (or "have not") and the verbs it negates, at the end of the run before a goal's word. */
const CHINESE_NEGATED = new RegExp(
  `(?:${CHINESE_NOT.map(foldWords).join('|')})(?:${CHINESE_NEGATED_AFTER_NOT.map(foldWords).join('|')})*$|` +
    `(?:${CHINESE_HAVE_NOT.map(foldWords).join('|')})(?:${CHINESE_NEGATED_AFTER_NOT.map(foldWords).join('|')})+$`,
);

/**
 * Whether the Chinese goal word at `i` comes right after "not" and the verbs it negates, at the end of the run before
 * it in its clause: "我不想找工作" (I don't want to look for work), "我们不需要投资人" (we don't need investors), "没在找
 * 工作" (not looking for work). "我没有朋友" (I have no friends) is a lack and still asks.
 */
export function notSoughtInChineseAt(words: readonly string[], clauses: readonly number[], i: number): boolean {
  const before = words[i - 1];
  return (
    HAN_SCRIPT.test(words[i]!) && before !== undefined && clauses[i - 1] === clauses[i] && CHINESE_NEGATED.test(before)
  );
}

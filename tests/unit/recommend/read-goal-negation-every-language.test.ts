/**
 * Every language of the lexicon with words of its own (the registry, `languages.ts`: the languages beside English and
 * the five of `lexicon.ts`) has words that say a goal is not wanted: a goal asked for in it is left out once the
 * sentence says it is not wanted. A language added without negation words fails here (its goals would be read as asked
 * for when refused), as does one missing from the table. The forms are those the lexicon's comments give; every
 * sentence is made up for the test.
 */
import { describe, expect, it } from 'vitest';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';
import type { Purpose } from '#src/catalogue/taxonomy.ts';
import { LANGUAGES } from '#src/catalogue/languages.ts';

const goals = (text: string) => readGoal(text).understood.goals.map((g) => g.value);

/** Per language, by its registry name: a sentence asking for a goal, the same sentence refusing it, and the goal. */
const NEGATED: readonly (readonly [string, string, string, Purpose])[] = [
  ['Turkish', 'yatırımcı arıyorum', 'yatırımcı aramıyorum', 'investors'],
  ['Indonesian', 'saya mencari kerja', 'saya tidak mencari kerja', 'hiring'],
  ['Polish', 'szukam pracy', 'nie szukam pracy', 'hiring'],
  ['Dutch', 'ik zoek werk', 'ik zoek geen werk', 'hiring'],
  ['Russian', 'ищу работу', 'не ищу работу', 'hiring'],
  ['Korean', '친구를 찾아요', '친구는 안 찾아요', 'friends'],
  ['Hindi', 'मुझे नौकरी चाहिए', 'मुझे नौकरी नहीं चाहिए', 'hiring'],
  ['Vietnamese', 'Mình muốn tìm việc', 'Mình không muốn tìm việc', 'hiring'],
  ['Bangla', 'চাকরি চাই', 'চাকরি চাই না', 'hiring'],
  ['Thai', 'ต้องการนักลงทุน', 'ไม่ต้องการนักลงทุน', 'investors'],
  ['Greek', 'Ψάχνω δουλειά', 'Δεν ψάχνω δουλειά', 'hiring'],
  ['Romanian', 'Am nevoie de investitori', 'Nu am nevoie de investitori', 'investors'],
  ['Malay', 'Saya perlukan pelabur', 'Saya tidak perlukan pelabur', 'investors'],
  ['Swedish, Norwegian or Danish', 'Vi behöver investerare', 'Vi behöver inga investerare', 'investors'],
  ['Czech', 'Potřebuji investory', 'Nepotřebuji investory', 'investors'],
  ['Ukrainian', 'Нам потрібні інвестори', 'Нам не потрібні інвестори', 'investors'],
  ['Hebrew', 'אני רוצה לקוחות חדשים', 'אני לא רוצה לקוחות חדשים', 'referrals'],
  ['Afrikaans', 'Ek soek werk', 'Ek soek nie werk nie', 'hiring'],
  ['Sinhala', 'රැකියාවක් ඕන', 'රැකියාවක් ඕන නෑ', 'hiring'],
  ['Finnish', 'haluan uusia asiakkaita', 'en halua uusia asiakkaita', 'referrals'],
  ['Hungarian', 'befektetőket keresek', 'befektetőket nem keresek', 'investors'],
  ['Amharic', 'ደንበኞች እፈልጋለሁ', 'ደንበኞች አልፈልግም', 'referrals'],
  ['Swahili', 'nataka wateja', 'sitaki wateja', 'referrals'],
  ['Catalan', 'Necessito inversors', 'No necessito inversors', 'investors'],
  ['Slovak', 'Potrebujem investorov', 'Nepotrebujem investorov', 'investors'],
  ['Chinese', '我想找工作', '我不想找工作', 'hiring'],
  ['Persian', 'سرمایه‌گذار می‌خواهم', 'سرمایه‌گذار نمی‌خواهم', 'investors'],
  ['Tagalog', 'Kailangan ng empleyado', 'Hindi kailangan ng empleyado', 'hiring'],
  ['Urdu', 'مجھے نوکری چاہیے', 'مجھے نوکری نہیں چاہیے', 'hiring'],
];

describe('negation words in every language of the lexicon', () => {
  it('has a negated sentence for every language the reader reads', () => {
    const covered = new Set(NEGATED.map(([name]) => name));
    const withWords = LANGUAGES.filter((language) => language.words !== undefined);
    withWords.forEach((language) => expect(covered.has(language.name), language.name).toBe(true));
    expect(NEGATED).toHaveLength(withWords.length);
  });

  it.each(NEGATED)('%s: a goal asked for is left out once it is said not to be wanted', (_, asked, refused, goal) => {
    expect(goals(asked), asked).toContain(goal);
    expect(goals(refused), refused).not.toContain(goal);
  });
});

/**
 * Every language of the lexicon (`MORE_LANGUAGES`, the languages beside English and the five of `lexicon.ts`) has words
 * that say a goal is not wanted: a goal asked for in it is left out once the sentence says it is not wanted. A language
 * added without negation words fails here (its goals would be read as asked for when refused), as does one missing
 * from the table. The forms are those the lexicon's comments give; every sentence is made up for the test.
 */
import { describe, expect, it } from 'vitest';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';
import type { Purpose } from '#src/catalogue/taxonomy.ts';
import {
  INDONESIAN,
  MORE_LANGUAGES,
  POLISH,
  TURKISH,
  type LanguageWords,
} from '#src/catalogue/lexicon-turkish-indonesian-polish.ts';
import { DUTCH, HINDI, KOREAN, RUSSIAN } from '#src/catalogue/lexicon-dutch-russian-korean-hindi.ts';
import { VIETNAMESE } from '#src/catalogue/lexicon-vietnamese.ts';
import { BANGLA, GREEK, MALAY, ROMANIAN, THAI } from '#src/catalogue/lexicon-bangla-thai-greek-romanian-malay.ts';
import {
  AFRIKAANS,
  CZECH,
  HEBREW,
  NORDIC,
  UKRAINIAN,
} from '#src/catalogue/lexicon-nordic-czech-ukrainian-hebrew-afrikaans.ts';
import { SINHALA } from '#src/catalogue/lexicon-sinhala.ts';
import { AMHARIC, FINNISH, HUNGARIAN, SWAHILI } from '#src/catalogue/lexicon-finnish-hungarian-amharic-swahili.ts';
import { CATALAN, SLOVAK } from '#src/catalogue/lexicon-catalan-slovak.ts';
import { CHINESE } from '#src/catalogue/lexicon-chinese.ts';
import { PERSIAN, TAGALOG } from '#src/catalogue/lexicon-persian-tagalog.ts';

const goals = (text: string) => readGoal(text).understood.goals.map((g) => g.value);

/** Per language: a sentence asking for a goal, the same sentence refusing it, and the goal. */
const NEGATED: readonly (readonly [string, LanguageWords, string, string, Purpose])[] = [
  ['Turkish', TURKISH, 'yatırımcı arıyorum', 'yatırımcı aramıyorum', 'investors'],
  ['Indonesian', INDONESIAN, 'saya mencari kerja', 'saya tidak mencari kerja', 'hiring'],
  ['Polish', POLISH, 'szukam pracy', 'nie szukam pracy', 'hiring'],
  ['Dutch', DUTCH, 'ik zoek werk', 'ik zoek geen werk', 'hiring'],
  ['Russian', RUSSIAN, 'ищу работу', 'не ищу работу', 'hiring'],
  ['Korean', KOREAN, '친구를 찾아요', '친구는 안 찾아요', 'friends'],
  ['Hindi', HINDI, 'मुझे नौकरी चाहिए', 'मुझे नौकरी नहीं चाहिए', 'hiring'],
  ['Vietnamese', VIETNAMESE, 'Mình muốn tìm việc', 'Mình không muốn tìm việc', 'hiring'],
  ['Bangla', BANGLA, 'চাকরি চাই', 'চাকরি চাই না', 'hiring'],
  ['Thai', THAI, 'ต้องการนักลงทุน', 'ไม่ต้องการนักลงทุน', 'investors'],
  ['Greek', GREEK, 'Ψάχνω δουλειά', 'Δεν ψάχνω δουλειά', 'hiring'],
  ['Romanian', ROMANIAN, 'Am nevoie de investitori', 'Nu am nevoie de investitori', 'investors'],
  ['Malay', MALAY, 'Saya perlukan pelabur', 'Saya tidak perlukan pelabur', 'investors'],
  ['Swedish, Norwegian, Danish', NORDIC, 'Vi behöver investerare', 'Vi behöver inga investerare', 'investors'],
  ['Czech', CZECH, 'Potřebuji investory', 'Nepotřebuji investory', 'investors'],
  ['Ukrainian', UKRAINIAN, 'Нам потрібні інвестори', 'Нам не потрібні інвестори', 'investors'],
  ['Hebrew', HEBREW, 'אני רוצה לקוחות חדשים', 'אני לא רוצה לקוחות חדשים', 'referrals'],
  ['Afrikaans', AFRIKAANS, 'Ek soek werk', 'Ek soek nie werk nie', 'hiring'],
  ['Sinhala', SINHALA, 'රැකියාවක් ඕන', 'රැකියාවක් ඕන නෑ', 'hiring'],
  ['Finnish', FINNISH, 'haluan uusia asiakkaita', 'en halua uusia asiakkaita', 'referrals'],
  ['Hungarian', HUNGARIAN, 'befektetőket keresek', 'befektetőket nem keresek', 'investors'],
  ['Amharic', AMHARIC, 'ደንበኞች እፈልጋለሁ', 'ደንበኞች አልፈልግም', 'referrals'],
  ['Swahili', SWAHILI, 'nataka wateja', 'sitaki wateja', 'referrals'],
  ['Catalan', CATALAN, 'Necessito inversors', 'No necessito inversors', 'investors'],
  ['Slovak', SLOVAK, 'Potrebujem investorov', 'Nepotrebujem investorov', 'investors'],
  ['Chinese', CHINESE, '我想找工作', '我不想找工作', 'hiring'],
  ['Persian', PERSIAN, 'سرمایه‌گذار می‌خواهم', 'سرمایه‌گذار نمی‌خواهم', 'investors'],
  ['Tagalog', TAGALOG, 'Kailangan ng empleyado', 'Hindi kailangan ng empleyado', 'hiring'],
];

describe('negation words in every language of the lexicon', () => {
  it('has a negated sentence for every language the reader reads', () => {
    const covered = new Set(NEGATED.map(([, language]) => language));
    MORE_LANGUAGES.forEach((language, i) => expect(covered.has(language), `MORE_LANGUAGES[${i}]`).toBe(true));
    expect(NEGATED).toHaveLength(MORE_LANGUAGES.length);
  });

  it.each(NEGATED)(
    '%s: a goal asked for is left out once it is said not to be wanted',
    (_, __, asked, refused, goal) => {
      expect(goals(asked), asked).toContain(goal);
      expect(goals(refused), refused).not.toContain(goal);
    },
  );
});

/**
 * The free-text reader on Japanese and Arabic text (issue #13): the goal words of `lexicon-scripts.ts`, found inside
 * a Japanese run or behind what Arabic joins to a word's front, and places named in those scripts. Every sentence
 * here is made up for the test.
 */
import { describe, expect, it } from 'vitest';
import { keysOf, PURPOSES } from '#src/catalogue/taxonomy.ts';
import { SCRIPT_GOAL_WORDS } from '#src/catalogue/lexicon-scripts.ts';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';

const understood = (text: string) => readGoal(text).understood;
const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const ARABIC = /\p{Script=Arabic}/u;

describe('readGoal(): goal words in Japanese and Arabic', () => {
  it('has, for every goal of the taxonomy, Japanese and Arabic words, each read as that goal on its own', () => {
    for (const purpose of keysOf(PURPOSES)) {
      const words = SCRIPT_GOAL_WORDS[purpose];
      expect(
        words.some((w) => JAPANESE.test(w)),
        purpose,
      ).toBe(true);
      expect(
        words.some((w) => ARABIC.test(w)),
        purpose,
      ).toBe(true);
      for (const w of words) expect(understood(w).goals[0]?.value, w).toBe(purpose);
    }
  });

  it('finds a Japanese goal word inside a sentence and shows it as written', () => {
    const read = understood('同業者と情報交換できる場所を探しています');
    expect(read.goals.map((g) => g.value)).toEqual(['peer-ideas']);
    expect(read.goals[0]?.words).toBe('同業者');
    expect(understood('クラウドファンディングで資金を集めたい').goals[0]).toEqual({
      value: 'investors',
      words: 'クラウドファンディング',
    });
  });

  it('finds an Arabic goal word behind "and", "for" or "the" joined to it, shown as written', () => {
    expect(understood('نبحث عن مستثمر ولعملاء جدد').goals.map((g) => g.value)).toEqual(['investors', 'referrals']);
    expect(understood('أريد أن أكون صداقات جديدة').goals[0]).toEqual({ value: 'friends', words: 'صداقات' });
  });

  it('finds an Arabic word behind "like" (ك) joined to it, ك being folded as the text is', () => {
    expect(understood('أعمل كمهندس وأريد وظيفة').field?.value).toBe('engineering');
    expect(understood('أعمل كمصمم جرافيك وأبحث عن عملاء').field?.value).toBe('design-creative');
  });
});

describe('readGoal(): work in Japanese and Arabic', () => {
  it('reads work as a job search only where it is looked for, not the work someone has', () => {
    expect(understood('毎日仕事ばかりで趣味の友人がいない').goals.map((g) => g.value)).toEqual(['friends']);
    expect(understood('عملي في البنك ممل وأريد صداقات جديدة').goals.map((g) => g.value)).toEqual(['friends']);
    expect(understood('大阪で仕事を見つけたい').goals[0]?.value).toBe('hiring');
    expect(understood('نبحث عن عمل في الدوحة').goals[0]?.value).toBe('hiring');
  });
});

describe('readGoal(): places named in Japanese and Arabic', () => {
  it('reads a city or country named in those scripts, with what is joined to its front taken off', () => {
    expect(understood('أبحث عن عملاء في الدوحة').country?.value).toBe('QA');
    expect(understood('أريد أصدقاء بالقاهرة').country).toEqual({ value: 'EG', words: 'القاهرة' });
    expect(understood('فرص عمل في الكويت').country?.value).toBe('KW');
    expect(understood('福岡で採用を強化したい').country).toEqual({ value: 'JP', words: '福岡' });
  });

  it('reads no country from Arabic script alone', () => {
    const read = understood('أبحث عن مستثمرين لمشروعي');
    expect(read.goals.map((g) => g.value)).toEqual(['investors']);
    expect(read.country).toBeUndefined();
  });
});

describe('readGoal(): negation and clauses in Arabic', () => {
  it('reads a goal after "لا" (not) and a word of wanting as not wanted, the clause ending at an Arabic comma', () => {
    expect(understood('لا نحتاج إلى مستثمرين، نحتاج إلى عملاء').goals.map((g) => g.value)).toEqual(['referrals']);
    expect(understood('لا أبحث عن عمل، أريد صداقات').goals.map((g) => g.value)).toEqual(['friends']);
  });

  it('still reads a lack told in Arabic as a wish', () => {
    expect(understood('ليس لدي أصدقاء في هذه المدينة').goals.map((g) => g.value)).toEqual(['friends']);
  });
});

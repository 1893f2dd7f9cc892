/**
 * The free-text reader on every non-Latin script its lexicons cover: a plain sentence in each, made up for the test
 * with words of that language's list, must read its goal. Amharic spelling and prepositions are read the general way:
 * letters that Amharic writes for one sound are one letter ("ሥራ" and "ስራ", "ሐኪም" and "ሀኪም"), a preposition
 * written on to the front of a listed word ("ከጓደኞች", from friends) and an ending on its back ("ጓደኞቼ", my friends)
 * leave the word they are on.
 */
import { describe, expect, it } from 'vitest';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';
import type { Purpose } from '#src/catalogue/taxonomy.ts';

const understood = (text: string) => readGoal(text).understood;
const goals = (text: string) => understood(text).goals.map((g) => g.value);

/** Per script and language, a plain sentence and the goal it asks for. */
const SENTENCES: readonly [string, Purpose, string][] = [
  ['Arabic', 'hiring', 'أبحث عن وظيفة في الرياض'],
  ['Persian (Arabic script)', 'friends', 'می‌خواهم دوستان جدید پیدا کنم'],
  ['Hebrew', 'friends', 'אני מחפשת חברים חדשים'],
  ['Hindi (Devanagari)', 'friends', 'मैं नए दोस्त बनाना चाहता हूँ'],
  ['Bangla', 'friends', 'আমি নতুন বন্ধুদের সাথে আড্ডা দিতে চাই'],
  ['Thai', 'hiring', 'ฉันอยากหางาน'],
  ['Greek', 'hiring', 'ψάχνω δουλειά στην Αθήνα'],
  ['Russian (Cyrillic)', 'hiring', 'ищу работу'],
  ['Ukrainian (Cyrillic)', 'hiring', 'шукаю роботу в Києві'],
  ['Amharic (Ge’ez)', 'friends', 'አዲስ ጓደኞች ማፍራት እፈልጋለሁ'],
  ['Korean', 'friends', '새 친구를 사귀고 싶어요'],
  ['Chinese', 'hiring', '我想找工作'],
  ['Japanese', 'hiring', '転職したい'],
  ['Sinhala', 'hiring', 'මම රැකියාවක් හොයනවා'],
];

describe('the reader on every non-Latin script its lexicons cover', () => {
  it.each(SENTENCES)('reads the goal of a plain sentence in %s (%s)', (_, goal, text) => {
    expect(goals(text)).toContain(goal);
  });
});

describe('Amharic letters for one sound', () => {
  it('reads a listed word written with the other letter of its sound (ሀ for ሐ)', () => {
    expect(understood('እኔ ሀኪም ነኝ').field?.value).toBe('medicine');
  });

  it('reads the first and the fourth form of a throat letter alike (ሀሳብ and ሃሳብ, an idea)', () => {
    expect(goals('ከሌሎች መምህራን ጋር ሀሳብ መለዋወጥ እፈልጋለሁ')).toContain('peer-ideas');
  });
});

describe('Amharic prepositions on the front of a word', () => {
  it('reads a listed word behind "from" (ከ)', () => {
    expect(goals('ከጓደኞች ጋር መገናኘት እፈልጋለሁ')).toContain('friends');
  });

  it('reads a listed phrase behind "for" (ለ)', () => {
    expect(goals('ለሥራ ፈላጊዎች የሚሆን ድረ ገጽ')).toContain('hiring');
  });

  it('reads a city behind "from" (ከ)', () => {
    expect(understood('ከአዲስ አበባ ነኝ').country?.value).toBe('ET');
  });

  it('leaves a word whose rest after the letter is no listed word', () => {
    expect(goals('በጣም ደስ ብሎኛል')).toEqual([]);
  });
});

describe('Amharic endings on the back of a word', () => {
  it('reads a listed plural with "my", which changes the vowel of its last letter (ጓደኞቼ)', () => {
    expect(goals('ጓደኞቼ ሁሉ ውጭ አገር ሄደዋል፣ አዲስ ሰዎችን ማወቅ እፈልጋለሁ')).toContain('friends');
  });

  it('reads a listed plural with "our", its last letter in the "a" form (ደንበኞቻችን)', () => {
    expect(goals('ደንበኞቻችን በጣም ጥቂት ናቸው')).toContain('referrals');
  });

  it('reads a preposition and an ending on one word (ከጓደኞቼ ጋር)', () => {
    expect(goals('ከጓደኞቼ ጋር ጊዜ ማሳለፍ እፈልጋለሁ')).toContain('friends');
  });

  it('leaves a word whose last letter is no ending of a listed word', () => {
    expect(goals('ዛሬ ቡና ጠጣሁ')).toEqual([]);
  });
});

describe('Arabic-script letters typed two ways', () => {
  it('reads a final ة typed as ه, as informal Arabic writes it (وظيفه, a job)', () => {
    expect(goals('ابحث عن وظيفه في الرياض')).toContain('hiring');
  });

  it('reads Persian ه typed as the Urdu ہ of Urdu keyboards (شبکہ سازی, networking)', () => {
    expect(goals('دنبال شبکہ سازی هستم')).toContain('contacts');
  });
});

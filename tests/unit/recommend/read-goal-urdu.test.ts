/**
 * The free-text reader on Urdu text (`lexicon-urdu.ts`). Before these words, a text in Urdu was read as nothing but a
 * Pakistani city's name. Every sentence here is made up for the test.
 */
import { describe, expect, it } from 'vitest';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';
import type { Purpose } from '#src/catalogue/taxonomy.ts';
import { expectEveryWordRead } from '../../support/language-words.ts';
import { URDU } from '#src/catalogue/lexicon-urdu.ts';
import { PERSIAN } from '#src/catalogue/lexicon-persian-tagalog.ts';
import { foldWords } from '#src/catalogue/lexicon.ts';

const understood = (text: string) => readGoal(text).understood;
const goals = (text: string) => understood(text).goals.map((g) => g.value);

/** A sentence per situation, and the goal it asks for first. */
const SENTENCES: readonly [Purpose, string][] = [
  ['hiring', 'میں لاہور میں نوکری ڈھونڈ رہا ہوں'],
  ['hiring', 'ہماری بیکری کو ملازمین کی ضرورت ہے'],
  ['referrals', 'میں گھر سے کپڑے بیچتی ہوں اور مجھے نئے گاہک چاہییں'],
  ['friends', 'ہم ابھی کراچی شفٹ ہوئے ہیں اور یہاں نئے دوست بنانا چاہتے ہیں'],
  ['peer-ideas', 'میں نرس ہوں اور دوسرے ہسپتالوں کے ہم پیشہ لوگوں سے تجربات کا تبادلہ کرنا چاہتی ہوں'],
  ['local', 'کیا میرے علاقے میں کوئی مقامی گروپ ہے؟'],
  ['investors', 'ہمارے اسٹارٹ اپ کو سرمایہ کار چاہیے'],
  ['promotion', 'اپنی دکان کی تشہیر کیسے کروں؟'],
  ['contacts', 'مجھے کاروباری روابط بڑھانے ہیں'],
  ['promotion', 'میں گھر سے کیک بناتی ہوں، آرڈرز کیسے بڑھاؤں؟'],
];

describe('readGoal(): Urdu', () => {
  it('has words for every goal, each read as that goal on its own', () => {
    expectEveryWordRead([URDU]);
  });

  it.each(SENTENCES)('reads an Urdu sentence asking for %s: "%s"', (purpose, text) => {
    expect(goals(text)[0]).toBe(purpose);
  });

  it('reads a profession, a retiree and a move', () => {
    expect(understood('میں ایک سافٹ ویئر ڈویلپر ہوں').field?.value).toBe('software');
    expect(understood('میں ریٹائرڈ ہوں').groups?.map((g) => g.value)).toContain('age-55-plus');
    expect(goals('میں حال ہی میں نئے شہر منتقل ہوا ہوں')).toContain('local');
  });

  it('reads a job refused as no job sought', () => {
    expect(goals('مجھے نوکری چاہیے')).toContain('hiring');
    expect(goals('مجھے نوکری نہیں چاہیے')).not.toContain('hiring');
  });

  it('reads Urdu ہ and Persian ه alike, and lists no word Persian lists already', () => {
    expect(foldWords('پیشہ')).toBe(foldWords('پیشه'));
    const strings = (value: unknown): string[] =>
      typeof value === 'string'
        ? [foldWords(value)]
        : value && typeof value === 'object'
          ? Object.values(value).flatMap(strings)
          : [];
    const persian = new Set(strings(PERSIAN));
    expect(strings(URDU).filter((w) => persian.has(w))).toEqual([]);
  });
});

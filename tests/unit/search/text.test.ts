import { describe, expect, it } from 'vitest';
import { normalizeText, normalizeUnicodeText as reference, wordsOf } from '#src/features/search/rules/text.ts';

describe('normalizeText', () => {
  it('agrees with the full normalisation on every printable ASCII character and on mixed texts', () => {
    const ascii = Array.from({ length: 0x5f }, (_, k) => String.fromCharCode(0x20 + k));
    const texts = [
      ...ascii,
      ascii.join(''),
      '  LinkedIn   Vs  XING ',
      'Café\u0301 Über',
      'tab\there\nnew\u200bline',
      '\u0000ctl\u007f',
    ];
    let seed = 7;
    for (let n = 0; n < 200; n++) {
      let text = '';
      for (let i = 0; i < 12; i++) {
        seed = (seed * 1103515245 + 12345) >>> 0;
        text += ascii[seed % ascii.length];
      }
      texts.push(text);
    }
    for (const text of texts) expect(normalizeText(text), JSON.stringify(text)).toBe(reference(text));
  });
});

describe('normalizeText across scripts', () => {
  it('folds the accents of Latin, Greek and Cyrillic letters, as before', () => {
    expect(normalizeText('Café')).toBe(normalizeText('cafe'));
    expect(normalizeText('São Paulo Über')).toBe('sao paulo uber');
    expect(normalizeText('Αθήνα')).toBe('αθηνα');
    expect(normalizeText('Ёлка')).toBe('елка');
  });

  it('drops Hebrew points and Arabic harakat, which are vowels most writers leave out', () => {
    expect(normalizeText('מְשׂרָה')).toBe(normalizeText('משרה'));
    expect(normalizeText('مُسْتَقِلّ')).toBe(normalizeText('مستقل'));
  });

  it('keeps the vowel signs and viramas of Indic scripts and Thai, which are letters: distinct words stay distinct', () => {
    const pairs = [
      ['नौकरी', 'नकर'], // Hindi: a job; its consonants alone are no word
      ['की', 'को'], // Hindi: "of" and "to"
      ['भर्ती', 'भारत'], // Hindi: recruitment; India
      ['চাকরি', 'চকর'], // Bangla: a job
      ['கடை', 'கட'], // Tamil: a shop
      ['เพื่อน', 'เพอน'], // Thai: a friend
    ];
    for (const [a, b] of pairs) expect(normalizeText(a!), `${a} / ${b}`).not.toBe(normalizeText(b!));
    for (const word of ['नौकरी', 'চাকরি', 'கடை', 'เพื่อน', 'රැකියා'])
      expect(wordsOf(normalizeText(word)), word).toEqual([word.normalize('NFD')]);
  });

  it('drops the nukta and reads candrabindu as anusvara, as the reader does (two spellings of one word)', () => {
    expect(normalizeText('ज़रूरत')).toBe(normalizeText('जरूरत'));
    expect(normalizeText('हूँ')).toBe(normalizeText('हूं'));
  });

  it('removes the zero-width joiners written inside a word rather than splitting it', () => {
    expect(wordsOf(normalizeText('می\u200Cخواهم'))).toEqual([normalizeText('میخواهم')]);
    expect(wordsOf(normalizeText('ශ්\u200Dරී'))).toEqual([normalizeText('ශ්රී')]);
    expect(normalizeText('net\u00ADwork')).toBe('network');
    expect(wordsOf(normalizeText('งาน\u200Bใหม่'))).toHaveLength(2);
  });
});

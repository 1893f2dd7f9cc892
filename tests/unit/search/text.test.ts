import { describe, expect, it } from 'vitest';
import { normalizeText, normalizeUnicodeText as reference } from '#src/features/search/rules/text.ts';

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

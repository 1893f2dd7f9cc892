/**
 * The country a text's script points to (issue #13): only scripts of one language spoken in one country, and only
 * when the text names no place. Every sentence here is made up for the test.
 */
import { describe, expect, it } from 'vitest';
import { countryOfScript } from '#src/features/recommend/rules/read-language.ts';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';

describe('countryOfScript()', () => {
  it('reads kana as Japan and hangul as South Korea, with the run of text that said it', () => {
    expect(countryOfScript('新しい仕事を探しています')).toEqual({ value: 'JP', words: '新しい仕事を探しています' });
    expect(countryOfScript('새 직장을 찾고 있어요')).toEqual({ value: 'KR', words: '새 직장을' });
  });

  it('reads no country from Chinese characters alone, nor from Latin or Cyrillic letters', () => {
    for (const text of ['我在找工作', 'Szukam pracy', 'Jeg søger job', 'Ищу работу', 'Ich suche einen Job'])
      expect(countryOfScript(text), text).toBeUndefined();
  });
});

describe('readGoal(): the country of a text in Japanese or Korean', () => {
  it('gives the country of the script when no place is named, shown with its words', () => {
    const { understood } = readGoal('転職したいです。おすすめのサイトは？');
    expect(understood.country?.value).toBe('JP');
    expect('転職したいです。おすすめのサイトは？').toContain(understood.country?.words);
    expect(readGoal('이직 준비를 하고 싶어요').understood.country?.value).toBe('KR');
  });

  it('lets a place named in the text win over the script', () => {
    expect(readGoal('I want to find a job in Berlin, 転職したい').understood.country?.value).toBe('DE');
  });
});

/**
 * The free-text reader on Chinese text in Traditional characters (Taiwan, Hong Kong) and Simplified ones
 * (`lexicon-chinese.ts`). Before these words a Traditional text was read as nothing at all and a Simplified one only
 * through a handful of job and network words. Every sentence here is made up for the test.
 */
import { describe, expect, it } from 'vitest';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';
import type { Purpose } from '#src/catalogue/taxonomy.ts';
import { expectEveryWordRead } from '../../support/language-words.ts';
import { CHINESE } from '#src/catalogue/lexicon-chinese.ts';

const understood = (text: string) => readGoal(text).understood;
const goals = (text: string) => understood(text).goals.map((g) => g.value);

/** Per script, a sentence per goal, and the goal it asks for first. */
const SENTENCES: Readonly<Record<string, readonly [Purpose, string][]>> = {
  Traditional: [
    ['contacts', '剛轉行，想多累積人脈'],
    ['peer-ideas', '希望跟其他老師交流經驗'],
    ['referrals', '我的咖啡廳最近很缺客戶'],
    ['investors', '我們的新創團隊正在找天使投資'],
    ['promotion', '請問怎麼幫我的小店做行銷？'],
    ['hiring', '有沒有適合社會新鮮人的職缺？'],
    ['local', '想認識住在附近的人'],
    ['friends', '剛搬來這裡，一個朋友都沒有'],
  ],
  Simplified: [
    ['contacts', '想拓展人脉，认识更多同行'],
    ['peer-ideas', '有没有可以分享经验的程序员社区'],
    ['referrals', '开了一家小店，怎么找新客户'],
    ['investors', '我们的项目需要融资'],
    ['promotion', '想给我的咖啡店做推广'],
    ['hiring', '刚毕业，想找实习'],
    ['local', '想参加同城的线下聚会'],
    ['friends', '一个人在外地，想交朋友'],
  ],
};

describe('readGoal(): Chinese, Traditional and Simplified', () => {
  it('has words for every goal, each read as that goal on its own', () => {
    expectEveryWordRead([CHINESE]);
  });

  for (const [script, sentences] of Object.entries(SENTENCES))
    for (const [purpose, text] of sentences)
      it(`reads a ${script} sentence asking for ${purpose}: "${text}"`, () => {
        expect(goals(text)[0]).toBe(purpose);
      });

  it('reads professions in both scripts and as Taiwan names them', () => {
    expect(understood('我是護理師').field?.value).toBe('nursing');
    expect(understood('我是一名护士').field?.value).toBe('nursing');
    expect(understood('我在事務所當律師').field?.value).toBe('law');
  });

  it('reads meeting in person or online and not paying', () => {
    expect(understood('比較喜歡線下見面').inPerson?.value).toBe('in-person');
    expect(understood('希望是免費的').budget?.value).toBe('free');
  });

  it('reads a goal refused as not wanted, and a lack as wanted', () => {
    expect(goals('我不想找工作，想交朋友')).toEqual(['friends']);
    expect(goals('我們不需要投資人')).toEqual([]);
    expect(goals('我没在找工作')).toEqual([]);
    expect(goals('我沒有朋友')).toEqual(['friends']);
  });

  it('reads an everyday sentence with no goal as none', () => {
    expect(goals('今天天氣很好，我們去公園散步')).toEqual([]);
    expect(goals('晚上吃了牛肉面，很好吃')).toEqual([]);
  });
});

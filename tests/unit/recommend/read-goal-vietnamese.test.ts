/**
 * The free-text reader on Vietnamese text (issue #13): the words of `lexicon-vietnamese.ts`, read with or without
 * their tone marks. Every sentence here is made up for the test.
 */
import { describe, expect, it } from 'vitest';
import { foldWords } from '#src/catalogue/lexicon.ts';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';
import { expectEveryWordRead } from '../../support/language-words.ts';
import type { Purpose } from '#src/catalogue/taxonomy.ts';
import { VIETNAMESE } from '#src/catalogue/lexicon-vietnamese.ts';

const understood = (text: string) => readGoal(text).understood;
const goals = (text: string) => understood(text).goals.map((g) => g.value);

/** A sentence per goal, and the goal it asks for first. */
const SENTENCES: readonly [Purpose, string][] = [
  ['contacts', 'Mình muốn mở rộng mối quan hệ trong ngành tài chính'],
  ['peer-ideas', 'Muốn trao đổi kinh nghiệm với những người cùng nghề'],
  ['referrals', 'Tôi là luật sư, đang tìm khách hàng mới'],
  ['investors', 'Startup của chúng tôi đang gọi vốn từ nhà đầu tư'],
  ['promotion', 'Làm sao để quảng bá tiệm bánh của mình?'],
  ['hiring', 'Mình đang tìm việc làm ở Đà Nẵng'],
  ['local', 'Thích gặp mặt hơn là nhắn tin'],
  ['friends', 'Mới chuyển đến Sài Gòn, muốn kết bạn'],
];

describe('readGoal(): Vietnamese', () => {
  it('has words for every goal, each read as that goal on its own, and its places as their country', () => {
    expectEveryWordRead([VIETNAMESE]);
  });

  for (const [purpose, text] of SENTENCES)
    it(`reads a sentence asking for ${purpose}: "${text}"`, () => {
      expect(goals(text)[0]).toBe(purpose);
    });

  it('reads a text typed without tone marks, or without the stroke of "đ", as the same text', () => {
    expect(foldWords('Đà Nẵng')).toBe(foldWords('Da Nang'));
    expect(understood('minh dang tim viec lam o Da Nang')).toMatchObject({
      goals: [{ value: 'hiring' }],
      country: { value: 'VN' },
    });
  });

  it('reads selling online as promotion, and a city as its country', () => {
    expect(understood('Mình muốn bán hàng online ở Hà Nội')).toMatchObject({
      goals: [{ value: 'promotion' }],
      country: { value: 'VN', words: 'Hà Nội' },
    });
  });

  it('reads professions and who the writer is', () => {
    expect(understood('Mình là lập trình viên ở Sài Gòn').field?.value).toBe('software');
    expect(understood('Em là kế toán, muốn chuyển việc').field?.value).toBe('accounting');
    expect(understood('Tôi làm tự do, cần thêm khách').audience?.value).toBe('freelancers');
    expect(understood('Hộ kinh doanh nhỏ muốn quảng cáo').audience?.value).toBe('small-business');
  });

  it('reads how the writer wants to meet', () => {
    expect(understood('Muốn học hỏi trực tuyến').inPerson?.value).toBe('online');
  });

  it('drops a goal said not to be wanted, but keeps a lack', () => {
    expect(goals('Mình không muốn tìm việc, chỉ muốn kết bạn')).toEqual(['friends']);
    expect(goals('Ở đây mình không quen ai')).toEqual(['friends']);
  });

  it('says dating is not covered rather than reading it as friends', () => {
    expect(understood('Có app hẹn hò nào tốt không?')).toMatchObject({ goals: [], notCovered: { value: 'dating' } });
  });
});

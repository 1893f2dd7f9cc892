/**
 * Everyday words the reader missed in Danish, Ukrainian, Thai and spoken Arabic (Levantine, Gulf), found by going
 * through each goal of the taxonomy in each language: the way people say it in a post or a search box rather than the
 * standard phrase the lexicon had. Every sentence here is made up for the test.
 */
import { describe, expect, it } from 'vitest';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';
import type { Purpose } from '#src/catalogue/taxonomy.ts';

const understood = (text: string) => readGoal(text).understood;
const goals = (text: string) => understood(text).goals.map((g) => g.value);

/** Per language, sentences that each ask for a goal first. */
const SENTENCES: Readonly<Record<string, readonly [Purpose, string][]>> = {
  Danish: [
    ['contacts', 'Hvordan får jeg nye kontakter i branchen?'],
    ['peer-ideas', 'Savner sparring med andre selvstændige'],
    ['promotion', 'Min café har brug for mere synlighed'],
    ['hiring', 'Hvor finder man et studiejob i Aarhus?'],
    ['local', 'Kunne godt tænke mig at lære naboer at kende'],
    ['friends', 'Jeg vil gerne have nye veninder'],
  ],
  Ukrainian: [
    ['contacts', 'Де знайти корисні знайомства для бізнесу?'],
    ['peer-ideas', 'Хочу поділитися досвідом з іншими батьками'],
    ['referrals', 'Як отримати більше замовлень на фрілансі?'],
    ['promotion', 'Потрібна розкрутка для моєї кав’ярні'],
    ['hiring', 'де знайти роботу без досвіду'],
    ['hiring', 'Шукаю підробіток на вихідні'],
    ['local', 'Хочу познайомитися з сусідами'],
    ['friends', 'Переїхала до Києва, хочу нових подруг'],
  ],
  Thai: [
    ['contacts', 'อยากสร้างเน็ตเวิร์กกับคนทำธุรกิจ'],
    ['peer-ideas', 'อยากแชร์ประสบการณ์กับคนสายเดียวกัน'],
    ['investors', 'สตาร์ทอัพของเรากำลังหาแหล่งทุน'],
    ['promotion', 'อยากให้คนรู้จักร้านมากขึ้น'],
    ['hiring', 'หางานพาร์ทไทม์ช่วงปิดเทอม'],
    ['local', 'มีกิจกรรมแถวนี้ไหม'],
    ['friends', 'ย้ายมาใหม่ อยากหาสังคมใหม่'],
  ],
  Arabic: [
    ['contacts', 'بدي شريك عمل لمشروعي'],
    ['peer-ideas', 'بدي احكي مع ناس من نفس المجال'],
    ['referrals', 'المحل محتاج زباين'],
    ['promotion', 'كيف اعمل دعاية لمطعمي؟'],
    ['hiring', 'عم دور على شغل بعمان'],
    ['hiring', 'أبغى دوام في الرياض'],
    ['local', 'بدي اتعرف على جيران'],
    ['friends', 'ما عندي صحاب هون'],
  ],
};

describe('readGoal(): everyday words in Danish, Ukrainian, Thai and spoken Arabic', () => {
  for (const [language, sentences] of Object.entries(SENTENCES))
    for (const [purpose, text] of sentences)
      it(`reads a ${language} sentence asking for ${purpose}: "${text}"`, () => {
        expect(goals(text)[0]).toBe(purpose);
      });

  it('reads professions and who someone is', () => {
    expect(understood('Jeg er læge i Odense').field?.value).toBe('medicine');
    expect(understood('Я маркетолог').field?.value).toBe('marketing');
    expect(understood('Я ФОП, шукаю клієнтів').audience?.value).toBe('freelancers');
    expect(understood('เป็นช่างทำผม อยากได้ลูกค้า').field?.value).toBe('beauty');
    expect(understood('Jeg er selvstændig og mangler kunder').audience?.value).toBe('freelancers');
  });

  it('reads spoken Arabic refusals as not wanted, and a lack as wanted', () => {
    expect(goals('ما بدي شغل، بدي صحاب')).toEqual(['friends']);
    expect(goals('مش محتاج زباين')).toEqual([]);
    expect(goals('بدي شغل')).toEqual(['hiring']);
  });

  it('reads meeting offline in Thai as in person', () => {
    expect(understood('อยากเจอแบบออฟไลน์').inPerson?.value).toBe('in-person');
  });

  it('reads an everyday sentence with no goal as none', () => {
    expect(goals('I dag regner det, så vi bliver hjemme')).toEqual([]);
    expect(goals('Сьогодні ходив у магазин по хліб')).toEqual([]);
    expect(goals('วันนี้ฝนตกทั้งวัน')).toEqual([]);
    expect(goals('اليوم الجو حلو، رحنا عالبحر')).toEqual([]);
  });
});

/**
 * The free-text reader on Persian and Tagalog text (`lexicon-persian-tagalog.ts`), on the everyday words of people's
 * situations the other languages' lists lacked (other parents, a first job, an employer hiring, volunteering), and on
 * English words inside a Tagalog text. Before these words, a text in Persian or Tagalog was read as nothing at all.
 * Every sentence here is made up for the test.
 */
import { describe, expect, it } from 'vitest';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';
import type { Purpose } from '#src/catalogue/taxonomy.ts';
import { expectEveryWordRead } from '../../support/language-words.ts';
import { PERSIAN_TAGALOG } from '#src/catalogue/lexicon-persian-tagalog.ts';
import { foldWords } from '#src/catalogue/lexicon.ts';

const understood = (text: string) => readGoal(text).understood;
const goals = (text: string) => understood(text).goals.map((g) => g.value);

/** Per language, a sentence per goal, and the goal it asks for first. */
const SENTENCES: Readonly<Record<string, readonly [Purpose, string][]>> = {
  Persian: [
    ['contacts', 'برای کسب‌وکار جدیدم دنبال شریک تجاری هستم'],
    ['peer-ideas', 'معلم هستم و دنبال تبادل نظر با همکارانم در مدارس دیگر'],
    ['referrals', 'آرایشگر هستم و مشتری جدید می‌خواهم'],
    ['investors', 'شرکت ما دنبال سرمایه‌گذاران است'],
    ['promotion', 'چطور برای کافه‌ام تبلیغات کنم؟'],
    ['hiring', 'بعد از سربازی دنبال کار هستم'],
    ['local', 'دنبال یک دورهمی در محله هستم'],
    ['friends', 'تازه به کرج آمدم و دوستان جدید می‌خواهم'],
  ],
  Tagalog: [
    ['contacts', 'Naghahanap ako ng kasosyo sa negosyo'],
    ['peer-ideas', 'Guro ako at gusto kong makipagpalitan ng ideya sa ibang guro'],
    ['referrals', 'Barbero ako at kailangan ko ng bagong kliyente'],
    ['investors', 'Naghahanap ang kompanya namin ng mamumuhunan'],
    ['promotion', 'Paano dadami ang benta ng tindahan ko?'],
    ['hiring', 'Naghahanap ako ng trabaho sa Maynila'],
    ['local', 'Gusto kong makilala ang mga kapitbahay'],
    ['friends', 'Wala akong kaibigan dito sa Davao'],
  ],
};

describe('readGoal(): Persian and Tagalog', () => {
  it('has words for every goal in each language, each read as that goal on its own', () => {
    expectEveryWordRead(PERSIAN_TAGALOG);
  });

  for (const [language, sentences] of Object.entries(SENTENCES))
    for (const [purpose, text] of sentences)
      it(`reads a ${language} sentence asking for ${purpose}: "${text}"`, () => {
        expect(goals(text)[0]).toBe(purpose);
      });

  // Arabic keyboards, and many Persian texts typed on them, write Arabic ي (U+064A) and ك (U+0643) for Persian ی (U+06CC)
  // and ک (U+06A9): the same words, read the same.
  const arabicLetters = (text: string) => text.replace(/\u06CC/g, '\u064A').replace(/\u06A9/g, '\u0643');
  it('folds Arabic ي and ك to the Persian letters', () => {
    expect(foldWords('\u064A\u0643')).toBe(foldWords('\u06CC\u06A9'));
  });
  for (const [purpose, text] of SENTENCES.Persian!)
    it(`reads a Persian sentence typed with Arabic ي and ك as ${purpose}: "${arabicLetters(text)}"`, () => {
      expect(arabicLetters(text)).not.toBe(text);
      expect(goals(arabicLetters(text))).toEqual(goals(text));
    });

  it('reads the Persian half-space and a plain space alike', () => {
    expect(goals('دنبال سرمایه‌گذار هستم')).toEqual(goals('دنبال سرمایه گذار هستم'));
    expect(goals('دنبال سرمایه‌گذار هستم')[0]).toBe('investors');
  });

  it('reads Persian "دوست دارم" (I like) as no friend sought', () => {
    expect(goals('عکاسی را دوست دارم')).not.toContain('friends');
  });

  it('reads an employer hiring as hiring staff', () => {
    expect(understood('Naghahanap kami ng empleyado para sa aming panaderya').work?.value).toBe('employment');
    expect(goals('Naghahanap kami ng empleyado para sa aming panaderya')).toEqual(['hiring']);
    expect(goals('برای رستورانمان جذب نیرو داریم')).toEqual(['hiring']);
  });

  it('reads retirees and parents as the groups they name', () => {
    expect(understood('Retirado na ako').groups?.map((g) => g.value)).toContain('age-55-plus');
    expect(understood('بازنشسته هستم').groups?.map((g) => g.value)).toContain('age-55-plus');
    expect(understood('Bagong nanay ako').groups?.map((g) => g.value)).toContain('mothers');
  });
});

describe('readGoal(): English words inside a Tagalog text', () => {
  it('reads the English words a seller mixes in, and the Tagalog ones around them', () => {
    expect(goals('Nagbebenta ako online, paano dadami ang order ko?')[0]).toBe('promotion');
    expect(goals('Fresh graduate ako, naghahanap ng first job')[0]).toBe('hiring');
    expect(goals('Dapat ba akong mag-ads o mag-boost ng post?')[0]).toBe('promotion');
    expect(goals('Online seller ako, paano makakuha ng more orders?')[0]).toBe('promotion');
  });

  it('reads ads a seller runs and orders wanted in English too, and not the ads a visitor is shown', () => {
    expect(goals('Should I run ads on Instagram for my candle shop?')[0]).toBe('promotion');
    expect(goals('How do I get more orders for my home bakery?')[0]).toBe('promotion');
    expect(goals('LinkedIn has too many ads, I want to find a job')).toEqual(['hiring']);
  });
});

describe('readGoal(): everyday situations in the languages read', () => {
  it.each([
    ['Swedish', 'Jag är nybliven pappa och vill träffa andra föräldrar'],
    ['Hungarian', 'Kisbabás anyuka vagyok, más anyukákkal szeretnék beszélgetni'],
    ['Turkish', 'Diğer ebeveynlerle tanışmak istiyorum'],
    ['Indonesian', 'Saya ingin kenal sesama orang tua di kota ini'],
    ['Malay', 'Saya nak kenal ibu bapa lain di kawasan ini'],
    ['Korean', '맘카페 같은 곳을 찾고 있어요'],
  ])('reads other parents sought in %s as company: "%s"', (_language, text) => {
    expect(goals(text)[0]).toBe('friends');
  });

  it.each([
    ['Swedish', 'Jag vill jobba som volontär på helgerna'],
    ['Danish', 'Jeg vil gerne lave frivilligt arbejde'],
    ['Hungarian', 'Szeretnék önkéntesként segíteni'],
    ['Turkish', 'Hafta sonları gönüllü olarak çalışmak istiyorum'],
    ['Indonesian', 'Saya mau jadi relawan'],
    ['Malay', 'Saya nak buat kerja sukarela'],
    ['Korean', '자원봉사를 하고 싶어요'],
    ['Portuguese', 'Quero fazer trabalho voluntário com crianças'],
    ['Persian', 'می‌خواهم داوطلب شوم'],
    ['Tagalog', 'Gusto kong magboluntaryo sa simbahan'],
  ])('reads volunteering in %s as the cause and nearby, not as a job: "%s"', (_language, text) => {
    expect(understood(text).field?.value).toBe('nonprofit');
    expect(goals(text)).toEqual(['local']);
  });

  it.each([
    ['Swedish', 'Vi behöver anställa en kock'],
    ['Hungarian', 'Szakácsot keresünk, kollégát keresünk a konyhára'],
    ['Malay', 'Kedai kami memerlukan pekerja'],
    ['Portuguese', 'Preciso contratar um pedreiro para minha obra'],
  ])('reads an employer hiring in %s as hiring: "%s"', (_language, text) => {
    expect(goals(text)[0]).toBe('hiring');
  });

  it.each([
    ['Swedish', 'Jag söker mitt första jobb efter gymnasiet'],
    ['Hungarian', 'Az első munkahelyemet keresem'],
    ['Turkish', 'Üniversiteden sonra ilk işimi arıyorum'],
    ['Korean', '요즘 취업 준비 중이에요'],
  ])('reads a first job sought in %s as hiring: "%s"', (_language, text) => {
    expect(goals(text)[0]).toBe('hiring');
  });
});

/**
 * The free-text reader on Dutch, Russian, Korean and Hindi text (issue #13): the words of
 * `lexicon-dutch-russian-korean-hindi.ts`, place names with case endings (`read-place-endings.ts`), Devanagari vowel
 * signs kept, and negation in Russian. Every sentence here is made up for the test.
 */
import { describe, expect, it } from 'vitest';
import { foldWords } from '#src/catalogue/lexicon.ts';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';
import { expectEveryWordRead } from '../../support/language-words.ts';
import { placeNameOf } from '#src/features/recommend/rules/read-tokens.ts';
import type { Purpose } from '#src/catalogue/taxonomy.ts';
import { DUTCH, HINDI, KOREAN, RUSSIAN, russianNoun } from '#src/catalogue/lexicon-dutch-russian-korean-hindi.ts';

const understood = (text: string) => readGoal(text).understood;
const goals = (text: string) => understood(text).goals.map((g) => g.value);

/** A sentence per goal in each language, and the goal it asks for first. */
const SENTENCES: Readonly<Record<'Dutch' | 'Russian' | 'Korean' | 'Hindi', readonly [Purpose, string][]>> = {
  Dutch: [
    ['contacts', 'Ik wil mijn zakelijk netwerk in de regio vergroten'],
    ['peer-ideas', 'Graag ervaringen uitwisselen met andere fysiotherapeuten'],
    ['referrals', 'Ik ben advocaat en zoek een nieuwe klant'],
    ['investors', 'Wij zoeken een investeerder voor onze app'],
    ['promotion', 'Hoe krijg ik meer naamsbekendheid voor mijn bakkerij?'],
    ['hiring', 'Ik zoek een nieuwe baan in de zorg'],
    ['local', 'Liever bijeenkomsten in het echt dan een chat'],
    ['friends', 'Ik zou graag nieuwe vrienden maken'],
  ],
  Russian: [
    ['contacts', 'Хочу завести полезные знакомства в IT'],
    ['peer-ideas', 'Ищу единомышленников для обмена опытом'],
    ['referrals', 'Как найти заказчиков для студии ремонта?'],
    ['investors', 'Мы ищем инвесторов для нашего проекта'],
    ['promotion', 'Нужно продвижение для моей кофейни'],
    ['hiring', 'Помогите со стажировкой в банке'],
    ['local', 'Хочу ходить на мероприятия в своём городе'],
    ['friends', 'Где найти друзей после тридцати?'],
  ],
  Korean: [
    ['contacts', '업계 네트워킹 행사를 찾고 있어요'],
    ['peer-ideas', '같은 직종 동료들과 정보교환을 하고 싶어요'],
    ['referrals', '제 공방에 새 고객을 모으고 싶어요'],
    ['investors', '초기 투자자를 만나고 싶습니다'],
    ['promotion', '카페 홍보는 어디서 하나요'],
    ['hiring', '방학 동안 할 알바를 구해요'],
    ['local', '주말마다 하는 독서 모임이 있을까요'],
    ['friends', '새 친구를 사귀고 싶어요'],
  ],
  Hindi: [
    ['contacts', 'मुझे नेटवर्किंग के लिए कोई मंच चाहिए'],
    ['peer-ideas', 'दूसरे सहकर्मियों से अनुभव साझा करना है'],
    ['referrals', 'मेरी बेकरी के लिए ग्राहकों की जरूरत है'],
    ['investors', 'हमारे स्टार्टअप के लिए निवेशक कहाँ मिलेंगे'],
    ['promotion', 'अपने सैलून का विज्ञापन कहाँ दूँ'],
    ['hiring', 'मुझे दिल्ली में नौकरी चाहिए'],
    ['local', 'कोई मीटअप बताइए'],
    ['friends', 'नए दोस्तों से मिलना चाहता हूँ'],
  ],
};

describe('readGoal(): Dutch, Russian, Korean and Hindi', () => {
  it('has words in each language for every goal, each read as that goal on its own, and its places as their country', () => {
    expectEveryWordRead([DUTCH, RUSSIAN, KOREAN, HINDI]);
  });

  for (const [language, sentences] of Object.entries(SENTENCES))
    for (const [purpose, text] of sentences)
      it(`reads a ${language} sentence asking for ${purpose}: "${text}"`, () => {
        expect(goals(text)[0]).toBe(purpose);
      });

  it('reads professions as their fields, in their case forms', () => {
    expect(understood('Работаю программистом пять лет').field?.value).toBe('software');
    expect(understood('Я бухгалтер и ищу клиентов').field?.value).toBe('accounting');
    expect(understood('Ik ben verpleegkundige en zoek vakgenoten').field?.value).toBe('nursing');
    expect(understood('저는 간호사인데 이직하고 싶어요').field?.value).toBe('nursing');
    expect(understood('मैं शिक्षक हूँ और नौकरी बदलना चाहता हूँ').field?.value).toBe('education');
  });

  it('reads how the writer wants to meet', () => {
    expect(understood('Хочу знакомиться вживую, а не в чатах').inPerson?.value).toBe('in-person');
    expect(understood('온라인으로만 스터디하고 싶어요').inPerson?.value).toBe('online');
    expect(understood('ऑफलाइन मीटअप कहाँ होते हैं').inPerson?.value).toBe('in-person');
  });

  it('reads meeting people as friends where nothing is about work, and as contacts beside it', () => {
    expect(goals('Ik wil graag mensen leren kennen in mijn dorp')[0]).toBe('friends');
    expect(goals('Хочу познакомиться с людьми в новом районе')[0]).toBe('friends');
  });

  it('reads who the writer is', () => {
    expect(understood('Ik ben zzp’er en zoek opdrachtgevers').audience?.value).toBe('freelancers');
    expect(understood('Я фрилансер, ищу заказы').audience?.value).toBe('freelancers');
    expect(understood('저는 프리랜서 번역가예요').audience?.value).toBe('freelancers');
    expect(understood('Als vrouw zoek ik een investeerder').groups?.map((g) => g.value)).toEqual(['women']);
  });

  it('drops a goal said in Russian not to be wanted, but keeps a lack', () => {
    expect(goals('Я не ищу работу, мне нужны клиенты')).toEqual(['referrals']);
    expect(goals('У меня нет друзей в этом городе')).toContain('friends');
  });

  it('drops a goal said in Korean or Hindi not to be wanted, by the negated verb after it, but keeps a lack', () => {
    expect(goals('이제 일자리는 안 찾아요. 고객을 늘리고 싶어요')).toEqual(['referrals']);
    expect(goals('투자자는 필요 없어요, 홍보가 먼저예요')).toEqual(['promotion']);
    expect(goals('अभी नौकरी नहीं चाहिए, ग्राहक चाहिए')).toEqual(['referrals']);
    expect(goals('इस शहर में मेरे दोस्त नहीं हैं')).toEqual(['friends']);
    expect(goals('이 동네에는 친구가 없어요')).toContain('friends');
  });

  it('says dating is not covered rather than reading it as friends', () => {
    for (const text of [
      'Welke datingapp is goed?',
      'Посоветуйте сайт знакомств',
      '소개팅 앱 추천해주세요',
      '여자친구 만들고 싶어요',
    ])
      expect(understood(text), text).toMatchObject({ goals: [], notCovered: { value: 'dating' } });
  });
});

describe('place names with case endings', () => {
  it('reads a Russian city or country in its cases as its country', () => {
    expect(understood('Ищу работу в Новосибирске').country?.value).toBe('RU');
    expect(understood('Переехала из Казани, ищу подруг').country?.value).toBe('RU');
    expect(understood('Живу под Москвой и ищу клиентов').country?.value).toBe('RU');
    expect(understood('Работа в Германии для программиста').country?.value).toBe('DE');
    expect(understood('Вакансии по всей России').country?.value).toBe('RU');
    expect(understood('Ищу друзей в Санкт-Петербурге').country?.value).toBe('RU');
    expect(understood('Нужна работа в Минске').country?.value).toBe('BY');
    // Each word of a longer name takes the case.
    expect(understood('Ищу клиентов в Нижнем Новгороде').country?.value).toBe('RU');
    expect(understood('Работаю в Ростове-на-Дону, ищу коллег').country?.value).toBe('RU');
  });

  it('reads Polish and Czech city names in their cases', () => {
    expect(understood('Szukam pracy w Poznaniu').country?.value).toBe('PL');
    expect(understood('Hledám práci v Brně').country?.value).toBe('CZ');
    expect(understood('Hledám kamarády z Prahy').country?.value).toBe('CZ');
  });

  it('reads no other word as a place, nor a name of a Latin country with a language that does not inflect it', () => {
    expect(placeNameOf('груза')).toBeUndefined(); // cargo, not Georgia (Грузия)
    expect(placeNameOf('indie')).toBeUndefined();
    expect(placeNameOf('lime')).toBeUndefined();
    expect(placeNameOf('polski')).toBeUndefined(); // the language
    expect(understood('Launching my indie game, need players').country).toBeUndefined();
  });

  it('makes the case forms of regular Russian nouns', () => {
    expect(russianNoun('клиент')).toContain('клиентов');
    expect(russianNoun('разработчик')).toContain('разработчики');
    expect(russianNoun('учитель')).toContain('учителем');
    expect(russianNoun('медсестра')).toContain('медсестрой');
  });
});

describe('Devanagari', () => {
  it('keeps vowel signs, so words that differ only in them stay apart', () => {
    expect(foldWords('भर्ती')).not.toBe(foldWords('भारत'));
    expect(foldWords('नौकरियाँ')).toBe(foldWords('नौकरियां'));
    expect(understood('भारत में नौकरी चाहिए')).toMatchObject({ country: { value: 'IN' } });
    expect(goals('भारत में दोस्त चाहिए')).toEqual(['friends']);
  });

  it('reads the cities of India written in Devanagari, and no country from the script alone', () => {
    expect(understood('मुंबई में ग्राहक चाहिए').country?.value).toBe('IN');
    expect(understood('मुझे ग्राहक चाहिए').country).toBeUndefined();
  });
});

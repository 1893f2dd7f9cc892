import { describe, expect, it } from 'vitest';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';

const countryOf = (text: string) => readGoal(text).understood.country?.value;

describe('readGoal(): a city named in its own language and script, read as its country', () => {
  it.each([
    ['Jeg bor i København og vil gerne møde nye mennesker', 'DK'],
    ['Jeg bor i Kobenhavn', 'DK'],
    ['Jeg er lige flyttet til Odense', 'DK'],
    ['Hľadám prácu v Kosice', 'SK'],
    ['أبحث عن عمل في إربد', 'JO'],
    ['Looking for a job in Irbid', 'JO'],
    ['Шукаю роботу, живу у Львів', 'UA'],
    ['Търся работа в Пловдив', 'BG'],
    ['我在成都找工作', 'CN'],
    ['我在杭州想认识新朋友', 'CN'],
    ['我住在高雄，想認識新朋友', 'TW'],
    ['在臺南找工作', 'TW'],
    ['広島で転職したい', 'JP'],
    ['창원에서 일자리를 찾고 있어요', 'KR'],
    ['מחפש עבודה בנתניה', 'IL'],
    ['नागपुर में नौकरी चाहिए', 'IN'],
    ['หางานที่นนทบุรี', 'TH'],
    ['لاہور میں نوکری چاہیے', 'PK'],
    ['Busco trabajo en Querétaro', 'MX'],
    ['Ich suche Kontakte in Dortmund', 'DE'],
  ])('reads "%s" as %s', (text, code) => {
    expect(countryOf(text)).toBe(code);
  });
});

describe('readGoal(): a city in its case endings, by the rules of its language', () => {
  it.each([
    // Slovak, Czech, Polish plural names in "-ice" and "-ce", and the soft consonants' "-i".
    ['Hľadám prácu v Košiciach', 'SK'],
    ['Pracujem v Prešove', 'SK'],
    ['Hledám práci v Pardubicích', 'CZ'],
    ['Bydlím v Olomouci', 'CZ'],
    ['Szukam pracy w Kielcach', 'PL'],
    ['Mieszkam w Opolu', 'PL'],
    ['Mieszkam we Lwowie', 'UA'],
    // Croatian, Slovenian.
    ['Tražim posao u Zagrebu', 'HR'],
    ['Iščem delo v Ljubljani', 'SI'],
    // Ukrainian: "-ів" → "-ові", "-ова"; "-а" → "-і"; "-о" → "-і".
    ['Шукаю роботу у Львові', 'UA'],
    ['Переїхав до Харкова', 'UA'],
    ['Живу в Одесі', 'UA'],
    ['Працюю в Дніпрі', 'UA'],
    ['Живу у Тернополі', 'UA'],
    // Finnish: in, to, on.
    ['Asun Kuopiossa ja etsin töitä', 'FI'],
    ['Muutin Ouluun', 'FI'],
    ['Asun Tampereella', 'FI'],
    // Hungarian: on, in, from.
    ['Nyíregyházán keresek munkát', 'HU'],
    ['Kecskeméten élek', 'HU'],
    ['Székesfehérvárról jöttem', 'HU'],
    // Lithuanian, Latvian, Estonian.
    ['Gyvenu Vilniuje', 'LT'],
    ['Ieškau darbo Kaune', 'LT'],
    ['Strādāju Daugavpilī', 'LV'],
    ['Elan Tallinnas', 'EE'],
    ['Otsin tööd Tartus', 'EE'],
  ])('reads "%s" as %s', (text, code) => {
    expect(countryOf(text)).toBe(code);
  });

  it.each([
    "I'm done with networking events, I just want a job",
    'Luke wants to meet other founders',
    'Hľadám nových priateľov',
    'Шукаю нових друзів',
    'Etsin uusia ystäviä',
    'Új barátokat keresek',
    'Ieškau naujų draugų',
    'Otsin uusi sõpru',
    'Szukam nowych znajomych',
    'Tražim nove prijatelje',
    '我在舞台中央表演，想认识新朋友',
    // Catalan "gent" (people) is also Ghent's Dutch name.
    'Busco gent per jugar a pàdel els caps de setmana',
  ])('reads no country in "%s"', (text) => {
    expect(countryOf(text)).toBeUndefined();
  });
});

/**
 * The free-text reader on Turkish, Indonesian and Polish text (issue #13): the words of
 * `lexicon-turkish-indonesian-polish.ts`, Turkish and Indonesian words with their endings, negation in each language,
 * places, and the letters folded. Every sentence here is made up for the test.
 */
import { describe, expect, it } from 'vitest';
import { foldWords } from '#src/catalogue/lexicon.ts';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';
import { expectEveryWordRead } from '../../support/language-words.ts';
import { listedWordOf } from '#src/features/recommend/rules/read-word-endings.ts';
import type { Purpose } from '#src/catalogue/taxonomy.ts';
import { INDONESIAN, POLISH, TURKISH } from '#src/catalogue/lexicon-turkish-indonesian-polish.ts';

const understood = (text: string) => readGoal(text).understood;
const goals = (text: string) => understood(text).goals.map((g) => g.value);

/** A sentence per goal in each language, and the goal it asks for first. */
const SENTENCES: Readonly<Record<'Turkish' | 'Indonesian' | 'Polish', readonly [Purpose, string][]>> = {
  Turkish: [
    ['contacts', 'Kurucu ortak ve iş bağlantıları arıyorum'],
    ['peer-ideas', 'Diğer mühendislerle fikir alışverişi yapmak istiyorum'],
    ['referrals', 'Küçük ofisim için yeni müşteri bulmak istiyorum'],
    ['investors', 'Girişimim için melek yatırımcı arıyorum'],
    ['promotion', 'Kafemi sosyal medyada tanıtmak istiyorum'],
    ['hiring', 'Mezun oldum ve iş arıyorum'],
    ['local', 'Yüz yüze buluşmalar istiyorum'],
    ['friends', 'Bu şehirde arkadaş edinmek istiyorum'],
  ],
  Indonesian: [
    ['contacts', 'Saya ingin memperluas jaringan dan menambah relasi'],
    ['peer-ideas', 'Saya ingin bertukar pikiran dengan sesama desainer'],
    ['referrals', 'Saya butuh klien untuk jasa fotografi saya'],
    ['investors', 'Kami butuh pendanaan untuk usaha kami'],
    ['promotion', 'Saya ingin mempromosikan produk saya'],
    ['hiring', 'Saya lulusan baru dan sedang mencari pekerjaan'],
    ['local', 'Saya suka kopdar dan bertemu tatap muka'],
    ['friends', 'Saya ingin cari teman baru'],
  ],
  Polish: [
    ['contacts', 'Chcę zbudować sieć kontaktów biznesowych'],
    ['peer-ideas', 'Szukam wymiany doświadczeń z innymi architektami'],
    ['referrals', 'Potrzebuję stałego klienta dla mojego biura'],
    ['investors', 'Szukam inwestora dla mojego pomysłu'],
    ['promotion', 'Chcę promować moje rękodzieło'],
    ['hiring', 'Szukam kariery w logistyce'],
    ['local', 'Wolę spotkania twarzą w twarz'],
    ['friends', 'Chcę poznać nowych ludzi'],
  ],
};

describe('readGoal(): Turkish, Indonesian and Polish', () => {
  it('has words in each language for every goal, each read as that goal on its own, and its places as their country', () => {
    expectEveryWordRead([TURKISH, INDONESIAN, POLISH]);
  });

  for (const [language, sentences] of Object.entries(SENTENCES))
    for (const [purpose, text] of sentences)
      it(`reads a ${language} sentence asking for ${purpose}: "${text}"`, () => {
        expect(goals(text)[0]).toBe(purpose);
      });

  it('reads professions as their fields', () => {
    expect(understood('Hemşireyim ve başka hemşirelerle tanışmak istiyorum').field?.value).toBe('nursing');
    expect(understood('Avukatım ve yeni müşteri arıyorum').field?.value).toBe('law');
    expect(understood('Saya perawat dan ingin berbagi pengalaman').field?.value).toBe('nursing');
    expect(understood('Saya petani dan ingin bertukar pikiran').field?.value).toBe('agriculture');
    expect(understood('Jestem hydraulikiem i potrzebuję klientów').field?.value).toBe('trades');
    expect(understood('Hydraulik szuka nowych klientów').field?.value).toBe('trades');
    expect(understood('Jestem nauczycielką i szukam porad').field?.value).toBe('education');
    expect(understood('Sosyal hizmet uzmanıyım ve fikir alışverişi istiyorum').field?.value).toBe('social-work');
    expect(understood('Saya pekerja sosial dan ingin berbagi pengalaman').field?.value).toBe('social-work');
    expect(understood('Jestem pracownikiem socjalnym i szukam porad').field?.value).toBe('social-work');
  });

  it('reads who the writer is and their group', () => {
    expect(understood('Serbest çalışıyorum ve yeni müşteri arıyorum').audience?.value).toBe('freelancers');
    expect(understood('Saya pemilik UMKM dan butuh pelanggan baru').audience?.value).toBe('small-business');
    expect(understood('Prowadzę firmę i szukam klientów').audience?.value).toBe('small-business');
    expect(understood('Sebagai seorang ibu, saya ingin cari teman').groups?.map((g) => g.value)).toEqual([
      'women',
      'mothers',
    ]);
    expect(understood('Jako tata szukam znajomych').groups?.map((g) => g.value)).toEqual(['men', 'fathers']);
    expect(understood('Jestem kobietą i szukam inwestora').groups?.map((g) => g.value)).toEqual(['women']);
    // Turkish says "as" after the noun.
    expect(understood('Bir kadın olarak yatırımcı arıyorum').groups?.map((g) => g.value)).toEqual(['women']);
    expect(understood('Kadın mühendis olarak iş arıyorum').groups?.map((g) => g.value)).toEqual(['women']);
    expect(understood('Kadınlarla arkadaş olmak istiyorum').groups).toBeUndefined();
  });

  it('says dating is not covered, in each language, rather than reading a boyfriend as a friend', () => {
    for (const text of ['Erkek arkadaş arıyorum', 'Saya cari pacar', 'Szukam randki'])
      expect(understood(text), text).toMatchObject({ goals: [], notCovered: { value: 'dating' } });
  });

  it('reads someone hiring as an employer, not a job seeker', () => {
    const turkish = understood('Kafemiz için eleman arıyoruz');
    expect(turkish.goals.map((g) => g.value)).toEqual(['hiring']);
    expect(turkish.audience).toBeUndefined();
    expect(understood('Chcemy zatrudnić pracowników').audience).toBeUndefined();
    expect(understood('Kami mencari karyawan baru').work?.value).toBe('employment');
  });

  it('reads a country from a big city, in the forms a sentence gives it', () => {
    expect(understood("İzmir'de arkadaş arıyorum").country?.value).toBe('TR');
    expect(understood('Antalyada iş arıyorum').country?.value).toBe('TR');
    expect(understood('Saya cari teman di Yogyakarta').country?.value).toBe('ID');
    expect(understood('Szukam znajomych w Katowicach').country?.value).toBe('PL');
    expect(understood('Przeprowadziłam się do Krakowa i szukam przyjaciół').country?.value).toBe('PL');
  });

  it('reads country names in these languages', () => {
    expect(understood("Almanya'da iş arıyorum").country?.value).toBe('DE');
    expect(understood('Saya mencari pekerjaan di Jepang').country?.value).toBe('JP');
    expect(understood('Szukam pracy w Niemczech').country?.value).toBe('DE');
    expect(understood('Szukam pracy we Włoszech').country?.value).toBe('IT');
    // A language named by its country's name after "bahasa" names no country.
    expect(understood('Saya ingin cari teman untuk latihan bahasa Inggris').country).toBeUndefined();
    expect(understood('Saya mencari pekerjaan di Inggris').country?.value).toBe('GB');
  });

  it('folds Turkish ı and Polish ł, so a text typed without them reads the same', () => {
    expect(foldWords('Yatırımcı, Wrocław, tłumacz, İSTANBUL')).toBe('yatirimci wroclaw tlumacz istanbul');
    expect(goals('Yatirimci ariyorum')).toEqual(goals('Yatırımcı arıyorum'));
    expect(understood('Szukam pracy we Wrocławiu').country?.value).toBe('PL');
    // Łódź, Poland's third city, whose "in" form ("w Łodzi") drops the accent and takes -i.
    expect(understood('Mieszkam w Łodzi i szukam przyjaciół').country?.value).toBe('PL');
    expect(understood('Jestem tłumaczem i szukam zleceń').field?.value).toBe('translation');
  });

  it('reads Turkish and Indonesian words with their endings as the listed word', () => {
    // The longest listed word: "arkadaşlar" (friends) is listed.
    expect(listedWordOf('arkadaslarimla')).toBe('arkadaslar');
    expect(listedWordOf('arkadasim')).toBe('arkadas');
    expect(listedWordOf('musterilerimize')).toBe('musteriler');
    expect(listedWordOf('musterime')).toBe('musteri');
    expect(listedWordOf('temanku')).toBe('teman');
    expect(listedWordOf('kliennya')).toBe('klien');
    expect(goals('Arkadaşlarımla daha çok vakit geçirmek istiyorum')).toEqual(['friends']);
    expect(goals('Saya ingin bertemu teman-temanku lagi')).toEqual(['friends']);
  });

  it('finds no listed word inside an unrelated one', () => {
    // Temanggung is a town in Central Java; "teman" (friend) is not in it.
    expect(goals('Saya tinggal di Temanggung')).toEqual([]);
    expect(listedWordOf('temanggung')).toBe('temanggung');
    // Turkish "reklam" (advertising) is not in German "Reklamation" (a complaint), nor "aşçı" (cook) in "ASCII".
    expect(listedWordOf('reklamation')).toBe('reklamation');
    expect(understood('ASCII art').field).toBeUndefined();
    expect(listedWordOf('sitename')).toBe('sitename');
    // Nor is a word of another language that means something else there: German "Doktor" is also a doctorate.
    expect(understood('Ich mache meinen Doktor in Berlin').field).toBeUndefined();
    expect(understood('Doktorum ve meslektaşlarımla fikir alışverişi yapmak istiyorum').field?.value).toBe('medicine');
    // Work alone is the work someone has, in Turkish and Indonesian: "işim" (my job), "bekerja" (to work).
    expect(goals('İşimden çok memnunum')).toEqual([]);
    expect(goals('Yeni bir işe başladım')).toEqual([]);
    expect(goals('Yeni bir iş bakıyorum')).toEqual(['hiring']);
    expect(goals('Saya bekerja di bank')).toEqual([]);
  });

  it('reads nothing from an unrelated sentence in each language', () => {
    expect(goals('Bugün hava çok güzel, akşam yemeğe gideceğiz')).toEqual([]);
    expect(goals('Hari ini cuaca cerah dan saya makan nasi goreng')).toEqual([]);
    expect(goals('Dzisiaj pada deszcz, a ja czytam książkę')).toEqual([]);
  });

  describe('negation', () => {
    it('reads a Turkish verb of looking or wanting with its negative ending after the goal', () => {
      expect(goals('Yatırımcı aramıyorum, müşteri arıyorum')).toEqual(['referrals']);
      expect(goals('Yeni arkadaş istemiyorum')).toEqual([]);
      expect(goals('Yatırımcıya ihtiyacım yok, fikir alışverişi yapmak istiyorum')).toEqual(['peer-ideas']);
    });

    it('reads Turkish "değil" right after a goal, but not a lack said with it', () => {
      expect(goals('Müşteri değil, arkadaş arıyorum')).toEqual(['friends']);
      // Finding friends here "is not easy": wanted.
      expect(goals('Bu şehirde arkadaş bulmak kolay değil')).toEqual(['friends']);
      expect(goals('Sadece arkadaş değil')).toEqual(['friends']);
      // Having no friends ("arkadaşım yok") wants them.
      expect(goals('Burada hiç arkadaşım yok')).toEqual(['friends']);
    });

    it('reads Indonesian "tidak", "tak" and "bukan"', () => {
      expect(goals('Saya tidak mencari pekerjaan, saya ingin cari teman')).toEqual(['friends']);
      expect(goals('Saya tak butuh investor, saya butuh klien')).toEqual(['referrals']);
      expect(goals('Saya cari teman, bukan klien')).toEqual(['friends']);
      // "Belum punya teman" (no friends yet) wants them; "tidak hanya" (not only) adds.
      expect(goals('Saya belum punya teman di sini')).toEqual(['friends']);
      expect(goals('Saya tidak punya teman di kota ini')).toEqual(['friends']);
      expect(goals('Saya tidak hanya butuh klien')).toEqual(['referrals']);
    });

    it('reads Polish "nie" before a verb of wanting or right before the goal, not before a lack', () => {
      expect(goals('Nie szukam pracy, chcę poznać nowych ludzi')).toEqual(['friends']);
      expect(goals('Szukam przyjaciół, nie klientów')).toEqual(['friends']);
      expect(goals('Nie mam znajomych w tym mieście')).toEqual(['friends']);
      expect(goals('Nie tylko szukam klientów')).toEqual(['referrals']);
      // Polish "tak" (so, yes) is no negator, as Indonesian "tak" is.
      expect(goals('Tak bardzo chcę poznać nowych ludzi')).toEqual(['friends']);
    });
  });

  it('reads having just moved as wanting people nearby, and meeting people with no work said as friends', () => {
    expect(understood("Konya'ya yeni taşındım, kimseyi tanımıyorum").goals.map((g) => g.value)).toEqual([
      'friends',
      'local',
    ]);
    expect(goals('Saya baru pindah ke Depok')).toEqual(['local']);
    expect(goals('Saya perantau dan ingin berkenalan')).toEqual(['friends', 'local']);
    expect(goals('Chcę poznać ludzi w Lublinie')).toEqual(['friends', 'local']);
    // Beside work, meeting people is making contacts.
    expect(goals('Chcę poznać ludzi z branży i znaleźć pracę')).toEqual(['hiring', 'contacts']);
  });

  it('reads work moved for in Polish as no job search', () => {
    const read = goals('Przeprowadziłem się do Gdyni za pracą i nie znam nikogo');
    expect(read).not.toContain('hiring');
    expect(read[0]).toBe('friends');
  });
});

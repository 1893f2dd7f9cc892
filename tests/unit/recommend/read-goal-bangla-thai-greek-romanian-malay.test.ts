/**
 * The free-text reader on Bangla, Thai, Greek, Romanian and Malay text (`lexicon-bangla-thai-greek-romanian-malay.ts`),
 * and on a few Japanese and German words for bands and city tours. Before these words, a text in Bangla or Thai was
 * read as nothing at all. Every sentence here is made up for the test.
 */
import { describe, expect, it } from 'vitest';
import { foldWords } from '#src/catalogue/lexicon.ts';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';
import type { Purpose } from '#src/catalogue/taxonomy.ts';
import { expectEveryWordRead } from '../../support/language-words.ts';
import { BANGLA_THAI_GREEK_ROMANIAN_MALAY } from '#src/catalogue/lexicon-bangla-thai-greek-romanian-malay.ts';

const understood = (text: string) => readGoal(text).understood;
const goals = (text: string) => understood(text).goals.map((g) => g.value);

/** Per language, a sentence per goal, and the goal it asks for first. */
const SENTENCES: Readonly<Record<string, readonly [Purpose, string][]>> = {
  Bangla: [
    ['contacts', 'পেশাদার যোগাযোগ বাড়াতে চাই'],
    ['peer-ideas', 'অন্য শিক্ষকদের সাথে মতবিনিময় করতে চাই'],
    ['referrals', 'আমি একজন আইনজীবী, নতুন ক্লায়েন্ট দরকার'],
    ['investors', 'আমাদের স্টার্টআপের জন্য বিনিয়োগকারী খুঁজছি'],
    ['promotion', 'অনলাইনে আমার ব্যবসার প্রচার করতে চাই'],
    ['hiring', 'আমি একটা নতুন চাকরি খুঁজছি'],
    ['local', 'কাছাকাছি মানুষের সাথে সামনাসামনি দেখা করতে চাই'],
    ['friends', 'নতুন শহরে নতুন বন্ধু বানাতে চাই'],
  ],
  Thai: [
    ['contacts', 'อยากสร้างเครือข่ายธุรกิจ'],
    ['peer-ideas', 'อยากแลกเปลี่ยนประสบการณ์กับคนอื่น'],
    ['referrals', 'อยากหาลูกค้าใหม่ให้ร้านของฉัน'],
    ['investors', 'สตาร์ทอัพของเรากำลังมองหานักลงทุน'],
    ['promotion', 'อยากโปรโมทร้านของตัวเอง'],
    ['hiring', 'กำลังหางานอยู่ครับ'],
    ['local', 'อยากเจอตัวจริงกับคนแถวบ้าน'],
    ['friends', 'เพิ่งย้ายมาอยากมีเพื่อนใหม่'],
  ],
  Greek: [
    ['contacts', 'Θέλω να χτίσω επαγγελματικό δίκτυο'],
    ['peer-ideas', 'Θέλω ανταλλαγή ιδεών με άλλους συναδέλφους'],
    ['referrals', 'Είμαι λογιστής και θέλω νέους πελάτες'],
    ['investors', 'Η εταιρεία μας ψάχνει επενδυτές'],
    ['promotion', 'Χρειάζομαι προώθηση για το μαγαζί μου'],
    ['hiring', 'Ψάχνω δουλειά εδώ και δύο μήνες'],
    ['local', 'Προτιμώ να γνωρίσω κόσμο από κοντά'],
    ['friends', 'Θέλω να κάνω νέους φίλους'],
  ],
  Romanian: [
    ['contacts', 'Vreau să-mi extind rețeaua de contacte profesionale'],
    ['peer-ideas', 'Aș vrea un schimb de idei cu alți oameni din domeniu'],
    ['referrals', 'Sunt avocat și caut clienți noi'],
    ['investors', 'Firma noastră caută investitori'],
    ['promotion', 'Am nevoie de promovare pentru afacerea mea'],
    ['hiring', 'Caut un loc de muncă de două luni'],
    ['local', 'Prefer întâlniri față în față'],
    ['friends', 'Vreau să îmi fac prieteni noi'],
  ],
  Malay: [
    ['contacts', 'Saya nak besarkan rangkaian perniagaan'],
    ['peer-ideas', 'Nak bertukar pendapat dengan orang lain dalam bidang ini'],
    ['referrals', 'Saya peguam, macam mana nak cari pelanggan?'],
    ['investors', 'Kami sedang mencari pelabur untuk syarikat kami'],
    ['promotion', 'Saya perlukan pengiklanan untuk kedai saya'],
    ['hiring', 'Banyak jawatan kosong tapi susah dapat temu duga'],
    ['local', 'Lebih suka jumpa secara bersemuka'],
    ['friends', 'Saya nak cari kawan baru'],
  ],
};

describe('readGoal(): Bangla, Thai, Greek, Romanian and Malay', () => {
  it('has words for every goal in each language, each read as that goal on its own, and its places as their country', () => {
    expectEveryWordRead(BANGLA_THAI_GREEK_ROMANIAN_MALAY);
  });

  for (const [language, sentences] of Object.entries(SENTENCES))
    for (const [purpose, text] of sentences)
      it(`reads a ${language} sentence asking for ${purpose}: "${text}"`, () => {
        expect(goals(text)[0]).toBe(purpose);
      });

  it('reads a Bangla word with a case ending as the word ("চাকরির", of a job; "বন্ধুদের", of friends)', () => {
    expect(goals('ভালো চাকরির খোঁজে আছি')).toEqual(['hiring']);
    expect(goals('বন্ধুদের সাথে সময় কাটাতে চাই')).toEqual(['friends']);
    expect(understood('আমি ঢাকায় থাকি, নতুন চাকরি খুঁজছি').country?.value).toBe('BD');
  });

  it('keeps Bangla and Thai vowel signs, which are letters, not accents', () => {
    // চাকরি (a job) and চকর, the same consonants without their vowels, are not one word.
    expect(foldWords('চাকরি')).not.toBe(foldWords('চকর'));
    // เพื่อน (a friend) keeps its vowel and tone marks.
    expect(foldWords('เพื่อน')).toBe('เพื่อน');
  });

  it('finds Thai words inside a run written without spaces, and names Thailand by its script', () => {
    expect(understood('จบใหม่อยากหางานที่เชียงใหม่')).toMatchObject({
      goals: [{ value: 'hiring' }],
      field: { value: 'students' },
      country: { value: 'TH' },
    });
    expect(understood('อยากหาเพื่อนใหม่').country?.value).toBe('TH');
  });

  it('reads professions and places in each language', () => {
    expect(understood('আমি একজন নার্স, ঢাকায় চাকরি খুঁজছি').field?.value).toBe('nursing');
    expect(understood('ฉันเป็นพยาบาล อยากหางานใหม่').field?.value).toBe('nursing');
    expect(understood('Είμαι προγραμματιστής στην Αθήνα')).toMatchObject({
      field: { value: 'software' },
      country: { value: 'GR' },
    });
    expect(understood('Sunt programator și caut un job în Timișoara')).toMatchObject({
      goals: [{ value: 'hiring' }],
      field: { value: 'software' },
      country: { value: 'RO' },
    });
    expect(understood('Saya jururawat di Johor Bahru, nak cari kerja baru')).toMatchObject({
      goals: [{ value: 'hiring' }],
      field: { value: 'nursing' },
      country: { value: 'MY' },
    });
  });

  it('drops a Greek or Bangla goal said not to be sought, but keeps a lack', () => {
    expect(goals('Δεν ψάχνω δουλειά, θέλω να κάνω νέους φίλους')).toEqual(['friends']);
    // Bangla puts "not" after the verb: "চাই না" (want not), "দরকার নেই" (there is no need).
    expect(goals('আমি চাকরি চাই না, নতুন বন্ধু চাই')).toEqual(['friends']);
    expect(goals('বিনিয়োগকারী দরকার নেই, গ্রাহক দরকার')).toEqual(['referrals']);
    // A lack told is no refusal: "আমার কোনো বন্ধু নেই" (I have no friends).
    expect(goals('এই শহরে আমার কোনো বন্ধু নেই')).toEqual(['friends']);
  });

  it('reads Romanian jobs in the plural and with the article', () => {
    expect(goals('Unde găsesc joburi bune?')).toEqual(['hiring']);
    expect(goals('Primul meu job după facultate')).toEqual(['hiring']);
  });
});

describe('readGoal(): bands in Japanese, city tours in German and English', () => {
  it('reads a band as music and bandmates wanted as companions', () => {
    expect(understood('週末に遊べるバンド仲間を探しています')).toMatchObject({
      goals: [{ value: 'friends' }],
      field: { value: 'music' },
    });
    expect(understood('ギタリストのメンバー募集をしたい').field?.value).toBe('music');
  });

  it('reads a city guide as tourism', () => {
    expect(understood('Ich bin Gästeführer in Dresden und suche neue Kunden').field?.value).toBe('tourism');
    expect(understood('Als Stadtführerin möchte ich mehr Gäste erreichen').field?.value).toBe('tourism');
    expect(understood("I'm a tour guide looking for more bookings").field?.value).toBe('tourism');
  });
});

describe('readGoal(): everyday words missing in Japanese, Turkish and German', () => {
  it('reads Japanese professions, customers and who the writer is', () => {
    expect(understood('看護師として働いていて、他の病院の人と情報交換したい')).toMatchObject({
      goals: [{ value: 'peer-ideas' }],
      field: { value: 'nursing' },
    });
    // Clients sought by a freelancer are work (hiring), as "a freelance designer looking for new customers" is.
    expect(understood('フリーランスのデザイナーとして新しいお客様を探しています')).toMatchObject({
      goals: [{ value: 'hiring' }],
      field: { value: 'design-creative' },
      audience: { value: 'freelancers' },
    });
    expect(goals('お客さんを増やす方法が知りたい')).toEqual(['referrals']);
  });

  it('reads Turkish coworkers as colleagues, not friends, and investment sought as investors', () => {
    expect(goals('İş arkadaşlarımla fikir alışverişi yapmak istiyorum')).not.toContain('friends');
    expect(goals('Girişimim için yatırım almak istiyorum')).toEqual(['investors']);
  });

  it('reads German staff wanted as hiring', () => {
    // Said by an employer: employment offered, not a professional looking for work.
    const employer = understood('Wir suchen Mitarbeiter für unser Café');
    expect(employer).toMatchObject({ goals: [{ value: 'hiring' }], field: { value: 'hospitality' } });
    expect(employer.audience?.value).not.toBe('professionals');
    expect(goals('Mitarbeiter gesucht, wo inserieren?')).toEqual(['hiring']);
  });
});

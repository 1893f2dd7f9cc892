/**
 * Words in Urdu (Pakistan's national language, and spoken across northern India) for the free-text reader, in the
 * shape of `lexicon-turkish-indonesian-polish.ts` ({@link LanguageWords}) and merged the same way: goal words for
 * every goal of the taxonomy, professions, who someone is, parents and retirees, having moved, places to talk, and
 * the words of wanting and of hiring. Before these, a text in Urdu was read as nothing but a Pakistani city's name.
 *
 * The glosses after the words are the authors' own knowledge of everyday Urdu, as people write it in forums and
 * groups: a native speaker's review is owed.
 *
 * How Urdu is read:
 * - It is written in Arabic letters, like Persian, and shares many words with Persian and Arabic. `foldWords` folds
 *   Urdu's ہ and ۃ to ه (and ي, ك to ی, ک), so "پیشہ" and Persian "پیشه" are one word; Urdu's own letters (ٹ ڈ ڑ ں ے
 *   ھ) are kept. A word Persian already lists is read for Urdu text too (the reader merges every language's lists),
 *   so it is not listed again here.
 * - Friend ("دوست") is not read alone: Persian writes it in "دوست دارم" (I like), and the tables are shared. Its
 *   oblique plural and "new friends" are Urdu's alone.
 * - A job ("نوکری") is read alone, as Hindi "नौकरी" is: people write it of the job sought far more than of the one
 *   they have. Work ("کام") only with a word of looking.
 * - Customers ("گاہک") are referrals, as in the other languages; selling more and advertising are promotion.
 */
import type { LanguageWords } from './lexicon-turkish-indonesian-polish.ts';

export const URDU: LanguageWords = {
  goals: {
    contacts: [
      'نیٹ ورکنگ', // networking
      'کاروباری روابط', // business connections
      'کاروباری رابطے', // business contacts
      'پیشہ ورانہ روابط', // professional connections
      'پیشہ ورانہ رابطے', // professional contacts
      'کاروباری شراکت دار', // a business partner
      'بزنس پارٹنر', // a business partner (the English words)
      'شریک بانی', // a co-founder
    ],
    'peer-ideas': [
      'تجربات کا تبادلہ', // exchanging experiences
      'خیالات کا تبادلہ', // exchanging ideas
      'تبادلہ خیال', // discussion, talking something over
      'مشورہ', // advice
      'مشورے', // advice (plural, oblique)
      'ہم پیشہ', // people of the same profession
      'مشغلہ', // a hobby (as English "hobby" is read: people who share it)
    ],
    referrals: [
      'گاہک', // a customer, customers
      'گاہکوں', // customers (oblique)
      'نئے گاہک', // new customers
      'کسٹمر', // a customer (the English word)
      'کسٹمرز', // customers
      'کلائنٹ', // a client
      'کلائنٹس', // clients
    ],
    investors: [
      'سرمایہ کار', // an investor
      'سرمایہ کاروں', // investors (oblique)
      'انویسٹر', // an investor (the English word)
      'انویسٹرز', // investors
      'فنڈنگ', // funding
    ],
    promotion: [
      'تشہیر', // publicity, promotion
      'اشتہار', // an advertisement
      'اشتہارات', // advertisements
      'مارکیٹنگ', // marketing
      'فالوورز', // followers
      'فروخت بڑھانا', // to raise sales
      'فروخت بڑھانی', // to raise sales (feminine object)
      'سیل بڑھانا', // to raise sales (the English word)
      // Orders, in the English word and its English plural: commercial orders, a seller's ("آرڈرز کیسے بڑھاؤں؟", how do
      // I get more orders?), as Tagalog "order" is; not "آرڈر" alone, which is also an order given.
      'آرڈرز', // orders
    ],
    hiring: [
      'نوکری', // a job
      'نوکریاں', // jobs
      'نوکریوں', // jobs (oblique)
      'ملازمت', // employment, a job
      'بے روزگار', // unemployed
      'کام کی تلاش', // looking for work
      'کام ڈھونڈ', // looking for work ("کام ڈھونڈ رہا ہوں")
      'اسامیاں', // vacancies
      'ویکنسی', // a vacancy
      'انٹرن شپ', // an internship
      // An employer's words ({@link URDU.employing}).
      'ملازم چاہیے', // staff needed
      'ملازمین کی ضرورت', // employees needed
      'ملازم رکھنا', // to take on staff
      'بھرتی', // recruitment
    ],
    local: [
      'میٹ اپ', // a meetup
      'مقامی گروپ', // a local group
      'پڑوسی', // a neighbour, neighbours
      'پڑوسیوں', // neighbours (oblique)
      'محلے دار', // people of the neighbourhood
    ],
    friends: [
      'دوستوں', // friends (oblique)
      'نئے دوست', // new friends
      'دوست بنانا', // to make friends
      'دوست بنانے', // making friends
      'کوئی دوست نہیں', // no friend at all
      'سہیلی', // a (woman's) friend
      'سہیلیاں', // (women's) friends
      'نئے لوگوں', // new people
      // Other parents, met by parents: company, as "other parents" and "moms" are in English.
      'دوسرے والدین', // other parents
      'دوسری ماؤں', // other mothers (oblique)
    ],
  },
  weakGoals: {
    local: ['آس پاس'], // nearby
  },
  fields: {
    nursing: ['نرس'], // nurse
    medicine: ['ڈاکٹر'], // doctor
    accounting: ['اکاؤنٹنٹ'], // accountant
    education: ['استاد', 'استانی', 'ٹیچر'], // teacher (man, woman; the English word)
    engineering: ['انجینئر'], // engineer
    software: ['پروگرامر', 'ڈویلپر', 'سافٹ ویئر'], // programmer, developer, software
    'photography-video': ['فوٹوگرافر'], // photographer
    agriculture: ['کسان', 'کھیتی'], // farmer, farming
    students: ['طالب علم'], // a student
  },
  audiences: {
    freelancers: ['فری لانسر', 'فری لانس'], // a freelancer, freelance
    // my shop, my business, a small business, a home business
    'small-business': ['میری دکان', 'میرا کاروبار', 'چھوٹا کاروبار', 'گھریلو کاروبار'],
    startups: ['اسٹارٹ اپ', 'سٹارٹ اپ'], // a startup (both spellings)
  },
  groups: {
    mothers: ['ماں', 'امی'], // mother, mum
    fathers: ['والد', 'ابو'], // father, dad
    'age-55-plus': ['ریٹائرڈ', 'ریٹائر'], // retired
  },
  selfMarkers: ['بطور'], // as (a)
  // "میں ماں ہوں" (I am a mother), "ہم ریٹائرڈ ہیں" (we are retired).
  selfMarkersAfter: ['ہوں', 'ہیں'],
  dating: ['شریک حیات', 'گرل فرینڈ', 'بوائے فرینڈ'], // a life partner, a girlfriend, a boyfriend
  countries: {
    IN: ['بھارت', 'ہندوستان'], // India
  },
  cities: {
    // Not Hyderabad, a city of Pakistan's Sindh and of India both.
    IN: ['دہلی', 'ممبئی', 'لکھنؤ'], // Delhi, Mumbai, Lucknow
  },
  relocation: [
    'شفٹ ہوا', // (I) moved (the English word)
    'شفٹ ہوئی', // (I, a woman) moved
    'منتقل ہوا', // (I) moved
    'منتقل ہوئی', // (I, a woman) moved
    'نئے شہر', // a new city
  ],
  places: ['گروپ', 'ایپ', 'ویب سائٹ'], // group, app, website
  peerTalkPlaces: ['فورم'], // forum
  // needed, (I, a man / a woman / we) want, look for
  wanting: ['چاہیے', 'چاہیئے', 'چاہتا', 'چاہتی', 'چاہتے', 'ڈھونڈ'],
  employing: ['ملازم چاہیے', 'ملازمین کی ضرورت', 'ملازم رکھنا', 'بھرتی'],
  volunteering: ['رضاکار', 'رضاکارانہ'], // a volunteer, voluntary
};

/**
 * Urdu puts "not" ("نہیں") next to the verb of wanting, after what is not wanted, as Hindi does: "مجھے نوکری نہیں
 * چاہیے" (I don't need a job), "سرمایہ کار نہیں چاہتے" (we don't want investors). Read by `read-negation-after.ts`
 * with the Hindi pairs.
 */
export const URDU_NOT_SOUGHT_AFTER: readonly (readonly [string, string])[] = [
  ['نہیں', 'چاہیے'], // not + needed
  ['نہیں', 'چاہیئے'], // not + needed (the other spelling)
  ['نہیں', 'چاہتا'], // not + (I, a man) want
  ['نہیں', 'چاہتی'], // not + (I, a woman) want
  ['نہیں', 'چاہتے'], // not + (we) want
  ['نہیں', 'ڈھونڈ'], // not + look for
];

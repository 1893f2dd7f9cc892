/**
 * Goal words in Japanese and Arabic, for the free-text reader: a small lexicon over the taxonomy's goals, so a text
 * in those scripts is read as one in English is, each goal shown with the word that gave it. Every goal has words
 * here; the gloss after each word says what it means. Japanese runs its words together ("友達がいません"): the reader
 * finds these words inside a run, as it does the Chinese and Korean words of `lexicon.ts`. Arabic joins "and", "in",
 * "for" and "the" to the word after them ("بالرياض", "للبحث"): the reader takes those off a word that is not itself
 * a phrase it knows when what is left is a word of a phrase here or a place name.
 *
 * Place names in these scripts are in the country and city tables of `lexicon.ts`; a text in Arabic script names no
 * country by its script (Arabic is the language of some twenty countries), only by a place it names.
 */
import type { Audience, Field, Purpose } from './taxonomy.ts';

/** Words that name a goal. */
export const SCRIPT_GOAL_WORDS: Readonly<Record<Purpose, readonly string[]>> = {
  contacts: [
    '人脈作り', // building a network of contacts
    '交流会', // a networking mixer
    '異業種交流', // meeting people from other industries
    'ネットワーキング', // networking
    '名刺交換', // exchanging business cards
    'علاقات مهنية', // professional relationships
    'شبكة علاقات', // a network of relationships
    'تشبيك', // networking
    'تواصل مهني', // professional networking
    'علاقات عمل', // working relationships
    'شريك عمل', // a business partner
    'شريك مؤسس', // a co-founder
  ],
  'peer-ideas': [
    '情報交換', // exchanging information
    '意見交換', // exchanging views
    '勉強会', // a study group, a learning meetup
    '同業者', // people in the same line of work
    'تبادل الخبرات', // exchanging experience
    'تبادل الأفكار', // exchanging ideas
    'نفس المجال', // (people in) the same field
    'زملاء المهنة', // colleagues in the profession
    'نصايح', // advice (spoken Levantine, Gulf, Egyptian)
  ],
  referrals: [
    '顧客紹介', // client referrals
    '取引先', // business partners, clients
    '顧客', // customers
    '新規顧客', // new customers
    'お客様', // customers (polite)
    'お客さん', // customers
    'عملاء', // clients
    'زبائن', // customers
    'إحالات', // referrals
    'زباين', // customers (the spoken spelling)
    'زبون', // a customer
  ],
  investors: [
    '投資家', // investor
    '資金調達', // raising funds
    '出資', // investment in a venture
    'ベンチャーキャピタル', // venture capital
    'クラウドファンディング', // crowdfunding
    'مستثمر', // investor
    'مستثمرين', // investors
    'مستثمرون', // investors
    'تمويل', // funding
    'استثمار', // investment
    'ممول', // a funder
    'رأس مال', // capital
  ],
  promotion: [
    '宣伝', // publicity, advertising
    '集客', // drawing customers
    '販促', // sales promotion
    '口コミ', // word of mouth
    'フォロワー', // followers
    'ترويج', // promotion
    'تسويق', // marketing
    'إعلانات', // advertisements
    'متابعين', // followers
    'دعاية', // advertising, publicity
    'فولورز', // followers (the English word in Arabic letters)
  ],
  hiring: [
    '採用', // hiring, recruitment
    '求職', // looking for work
    '人材', // staff, talent
    'アルバイト', // a part-time job
    // Work itself (仕事, عمل) is as often the work someone has ("仕事が忙しい", busy at work): read only when looked for.
    '仕事を探', // looking for work
    '仕事を見つけ', // finding work
    'وظيفة', // a job
    'وظائف', // jobs
    'توظيف', // employment, recruitment
    'فرص عمل', // job openings
    'فرصة عمل', // a job opening
    'أبحث عن عمل', // I am looking for work
    'نبحث عن عمل', // we are looking for work
    'البحث عن عمل', // looking for work
    'باحث عن عمل', // a job seeker
    'عمل حر', // freelance work
    'العمل الحر', // freelancing
    // Work in Egyptian Arabic (شغل) only where it is looked for, as عمل: "بدور على شغل", I'm looking for work.
    'بدور على شغل',
    'أدور على شغل',
    'بدور على وظيفة',
    // Levantine (دوّر على, to look for; بدّي, I want) and Gulf (أبي, أبغى, I want; دوام, a job, "a shift"): work
    // only where it is looked for or wanted, as above.
    ...['دور على شغل', 'بدي شغل', 'بدنا شغل', 'أبغى شغل', 'أبغى دوام', 'ابغى دوام', 'أبي دوام', 'أدور دوام'],
    'مقابلة عمل', // a job interview
    'سي في', // a CV (the English letters in Arabic)
    // Work in Moroccan Darija is خدمة ("khedma": 212daily.com's Darija jobs page, arabicpod101's Moroccan jobs lesson,
    // read on 2026-12-07), read, as شغل and عمل are, only where it is looked for: قلب على, to look for (blog.mawahib.ma,
    // in Darija: "المشغل لي كيقلب على شي واحد", the employer who looks for someone; read on 2026-12-07), by I, we, he,
    // they and "people" ("كيقلبو الناس", people look, the subject after the verb).
    ...['كنقلب', 'كنقلبو', 'كيقلب', 'كيقلبو', 'كيقلبو الناس'].flatMap((v) => [`${v} على خدمة`, `${v} على الخدمة`]),
    // Sending a CV (صيفط, to send, in Darija; the same authors' knowledge), which only someone looking for a job does.
    'كنصيفط cv', // I send (my) CV
    'صيفطت cv', // I sent (my) CV
  ],
  local: [
    'オフ会', // an offline meetup of people who met online
    '地元', // one's home area
    '近所', // the neighbourhood
    'قريب مني', // near me
    'جيران', // neighbours
    'منطقتي', // my area
    'قريب من بيتي', // near my home
  ],
  friends: [
    '友達', // friends
    '友だち', // friends
    'ともだち', // friends
    '友人', // a friend, friends
    '遊び相手', // someone to spend free time with
    'أصدقاء', // friends
    'صديق', // a friend
    'صداقة', // friendship
    'صداقات', // friendships
    // Friends as Levantine and Egyptian speak of them: صحاب (friends), رفقات (friends), شلة (a group of friends),
    // and new ones. Not أصحاب alone, which is also "owners" (أصحاب المشاريع, business owners).
    ...['صحاب', 'صحاب جداد', 'أصحاب جدد', 'أصحاب جداد', 'رفقات', 'شلة'],
  ],
};

/** Vaguer words: they count after the words above, as the vague English ones ("network") do. */
export const SCRIPT_WEAK_GOAL_WORDS: Readonly<Partial<Record<Purpose, readonly string[]>>> = {
  contacts: [
    '交流', // exchange, getting to know people
    'تواصل', // keeping in contact
  ],
  friends: [
    '仲間', // companions, mates
    '出会い', // meeting people
    'تعارف', // getting acquainted
    // Members wanted for a band or a club: people to play or spend free time with.
    'メンバー募集', // members wanted
    'メン募', // members wanted (short)
  ],
};

/** A wish no goal covers, as "dating" is in `lexicon.ts`. */
export const SCRIPT_DATING_WORDS: readonly string[] = [
  '出会い系', // dating sites
  '婚活', // looking for a spouse
  '恋活', // looking for a partner
  'زواج', // marriage
];

/**
 * Professions and trades in Japanese (`FIELD_WORDS` of `lexicon.ts`), found inside a run as the goal words are: "看護師
 * として働いています" (I work as a nurse) is "看護師" and the rest. The longer word is found first: a dentist (歯科医師)
 * before a physician (医師), a systems engineer (システムエンジニア) before an engineer (エンジニア).
 */
export const SCRIPT_FIELD_WORDS: Readonly<Partial<Record<Field, readonly string[]>>> = {
  nursing: ['看護師'], // nurse
  medicine: ['医師'], // physician
  healthcare: ['歯科医師', '歯科医'], // dentist
  law: ['弁護士'], // lawyer
  accounting: ['会計士', '税理士'], // accountant, tax accountant
  education: ['教師'], // teacher
  engineering: ['エンジニア'], // engineer
  software: ['システムエンジニア'], // systems engineer (in IT)
  'design-creative': ['デザイナー'], // designer
  'photography-video': ['カメラマン'], // photographer
  // A band and its players ("バンドを組みたい", I want to form a band).
  music: ['バンド', 'バンドマン', 'ギタリスト', 'ドラマー', 'ベーシスト', 'ボーカリスト', 'ミュージシャン'], // band, band musician, guitarist, drummer, bassist, vocalist, musician
  'real-estate': ['不動産'], // real estate
  hospitality: ['飲食店', 'カフェ'], // restaurant, café
  agriculture: ['農家'], // farmer, farm household
  students: ['大学生', '新卒'], // university student, new graduate
};

/** Who someone is, in Japanese and Arabic (the reader's audience words). */
export const SCRIPT_AUDIENCE_WORDS: Readonly<Partial<Record<Audience, readonly string[]>>> = {
  freelancers: ['フリーランス'], // freelance, a freelancer
  startups: ['起業家', 'شريك مؤسس'], // entrepreneur, founder; a co-founder (Arabic)
};

/**
 * Words in Sinhala for the free-text reader, in the shape of `lexicon-turkish-indonesian-polish.ts`
 * ({@link LanguageWords}) and merged the same way: goal words for every goal of the taxonomy, a few professions, who
 * someone is, Sri Lanka and its larger cities, having just moved, places to talk, meeting people, online and in person,
 * and the words of wanting. Before these, a text in Sinhala was read as nothing at all.
 *
 * The glosses after the words are the authors' own knowledge of Sinhala, checked where they could be against how
 * Sri Lankan newspapers, news sites and blogs use the words (pages read on 2026-12-07). A native speaker's review is
 * still wanted.
 * - Work: lankadeepa.lk (news 101-674756: රැකියා, ලංකාවේ රැකියාවක්; 101-682695: බඳවා ගැනීම), gossip99.com
 *   (2019/11/gota-gov-job: රජයේ රැකියාවක්, රැකියා, උපාධිධාරීන්), dilanperera.com (රැකියා පොළ, a job fair),
 *   colombotoday.com (?p=132216: බඳවා ගැනීම්), and the spoken රස්සාව in toldsanduntolds.blogspot.com (2011/10/rota:
 *   රස්සාවකට, රස්සාවක්) and kadawara.com (2017/12/26/a-new-job: "වෙන රස්සාවක්", another job).
 * - Friends: toldsanduntolds.blogspot.com (යාලුවෙක්, මිත්‍රයෝ), resa.lk (යාළුවන්), lankadeepa.lk (deyyo_sakki
 *   15-540119: යාළුවා, මිතුරා), sinhala.srilankamirror.com (මිතුරන්); people, මිනිස්සු, in dhiganthaya.blogspot.com.
 * - Business and customers: srilankanews.lk (ඔන්ලයින් ව්‍යාපාර, අන්තර්ජාල ව්‍යාපාර, පාරිභෝගිකයින්), lankaanews.com
 *   (ඔන්ලයින් හෙවත් අන්තර්ජාලය, online, that is the internet; ප්‍රචාරණය, publicity), gagana.lk (සේවාදායකයන්, clients),
 *   idasara.org (ව්‍යාපාරයක්), lankadeepa.lk business and agamya.lk (ව්‍යවසායකයන්, ව්‍යවසායකයින්, entrepreneurs).
 * - Investors: lkreports.com and dailyreporter.lk (ආයෝජකයින්), anidda.lk (ආයෝජකයන්), ecd.lk (ආයෝජනය, investment).
 * - Peers: recruitmentadvisor.org ("අත්දැකීම් හුවමාරු කර ගැනීම", exchanging experiences), ceylongossip.lk (අදහස්
 *   හුවමාරු, exchanging views).
 * - Places: bbc.com/sinhala and lankadeepa.lk (කොළඹ, කොළඹට), lankadeepa.lk (මහනුවර), truenews.lk and aruna.lk
 *   (යාපනය, යාපනයේ); srihanda.lk (ශ්‍රී ලංකාවට), lankadeepa.lk (ලංකාවේ).
 * Other words (ගනුදෙනුකරුවන්, customers; සගයන්, colleagues; ළඟපාත, nearby; අසල්වැසියන්, neighbours; ගාල්ල, Galle;
 * කුරුණෑගල, Kurunegala; මුහුණට මුහුණ, face to face; the verbs of wanting) are from the authors' knowledge alone.
 *
 * How Sinhala is read:
 * - Its vowel signs, virama (al-lakuna) and anusvara are letters, and the reader keeps them (`foldWords`), as it does
 *   Bangla's: "රැකියා" (jobs) is not "රකය". The zero-width joiner that some writers put inside a conjunct
 *   ("ශ්‍රී", "ව්‍යාපාර") and others leave out is dropped, so both spellings read alike.
 * - Sinhala writes case endings and the indefinite article on to a noun ("රැකියාවක්", a job; "කොළඹට", to Colombo;
 *   "ලංකාවේ", in Lanka): the reader reads a word of these lists followed by one or two of {@link SINHALA_ENDINGS} as
 *   the listed word (`read-word-endings.ts`).
 * - Sinhala script is written only for Sinhala, the language of Sri Lanka: it names Sri Lanka (`read-language.ts`).
 * - Work (රැකියාව, රස්සාව) is, like English "job", a job sought or offered more often than the writer's own. A lack
 *   told ("රැකියාවක් නෑ", no job yet) still asks; not wanting is the verb of wanting with "not" after it
 *   ({@link SINHALA_NOT_SOUGHT_AFTER}).
 */
import type { LanguageWords } from './lexicon-turkish-indonesian-polish.ts';

/** Vague words for meeting people, as "meet people" is: beside work, contacts; otherwise friends. */
export const SINHALA_MEET_PEOPLE_WORDS: readonly string[] = [
  'මිනිස්සු හමුවෙන්න', // to meet people
  'අය හමුවෙන්න', // to meet people (ones)
];

export const SINHALA: LanguageWords = {
  goals: {
    contacts: [
      'ව්‍යාපාරික සම්බන්ධතා', // business contacts
      'වෘත්තීය සම්බන්ධතා', // professional contacts
      'සගයන්', // colleagues (as English "colleagues" is read)
      'සගයින්', // colleagues
    ],
    'peer-ideas': [
      'අත්දැකීම් හුවමාරු', // exchanging experiences
      'අදහස් හුවමාරු', // exchanging views, ideas
    ],
    referrals: [
      'ගනුදෙනුකරුවන්', // customers
      'ගනුදෙනුකාරයෝ', // customers (spoken)
      'පාරිභෝගිකයින්', // consumers, customers
      'පාරිභෝගිකයන්', // consumers, customers
      'සේවාදායකයන්', // clients
      'සේවාදායකයින්', // clients
    ],
    investors: [
      'ආයෝජකයින්', // investors
      'ආයෝජකයන්', // investors
      'ආයෝජකයෙක්', // an investor
    ],
    promotion: [
      'ප්‍රචාරණය', // publicity, advertising
      'දැන්වීම්', // advertisements
      'අලෙවිකරණය', // marketing
    ],
    hiring: [
      'රැකියා', // jobs, employment
      'රැකියාව', // the job
      'රස්සාව', // the job (spoken)
      'රස්සා', // jobs (spoken)
      'රැකියා පොළ', // a job fair
      'බඳවා ගැනීම', // recruitment
    ],
    local: [
      'ළඟපාත', // nearby
      'අසල්වැසියන්', // neighbours
    ],
    friends: [
      'යාළුවෝ', // friends (spoken)
      'යාළුවන්', // friends
      'යාලුවෝ', // friends (spoken, written with ල)
      'යාලුවන්', // friends (written with ල)
      'යාළුවෙක්', // a friend
      'යාලුවෙක්', // a friend (written with ල)
      'මිතුරන්', // friends
      'මිත්‍රයෝ', // friends
      'අලුත් යාළුවෝ', // new friends
    ],
  },
  weakGoals: {
    contacts: SINHALA_MEET_PEOPLE_WORDS,
  },
  fields: {
    software: ['මෘදුකාංග'], // software
    education: ['ගුරුවරු', 'ගුරුවරයෙක්'], // teachers, a teacher
  },
  audiences: {
    startups: ['ව්‍යවසායකයන්', 'ව්‍යවසායකයින්'], // entrepreneurs
    'small-business': ['මගේ ව්‍යාපාරය', 'මගේ ව්‍යාපාරයට'], // my business, for my business
  },
  groups: {},
  selfMarkers: [],
  selfMarkersAfter: [],
  dating: [],
  countries: {
    LK: [
      'ලංකාව', // Lanka
      'ශ්‍රී ලංකාව', // Sri Lanka
    ],
  },
  cities: {
    LK: [
      'කොළඹ', // Colombo
      'මහනුවර', // Kandy
      'යාපනය', // Jaffna
      'ගාල්ල', // Galle
      'කුරුණෑගල', // Kurunegala
    ],
  },
  relocation: [
    'පදිංචියට ආවා', // came to live (here)
    'අලුතින් ආවා', // newly came
  ],
  places: [
    'වෙබ් අඩවි', // websites
    'කණ්ඩායම්', // groups
  ],
  peerTalkPlaces: [
    'ප්‍රජාව', // community
  ],
  // want, need (spoken ඕන, ඕනි; written ඕනෑ), (I am) looking for (spoken හොයනවා; written සොයනවා), it is needed
  wanting: ['ඕන', 'ඕනි', 'ඕනෑ', 'හොයනවා', 'සොයනවා', 'අවශ්‍යයි'],
  employing: ['බඳවා ගැනීම'],
};

/** How someone wants to meet, in Sinhala (the reader's in-person words). */
export const SINHALA_IN_PERSON_WORDS: Readonly<Record<'in-person' | 'online', readonly string[]>> = {
  'in-person': [
    'මුහුණට මුහුණ', // face to face
  ],
  online: [
    'ඔන්ලයින්', // online
    'අන්තර්ජාලය හරහා', // over the internet
  ],
};

/**
 * Sinhala puts "not" after the verb of wanting, after what is not wanted: "රැකියාවක් ඕන නෑ" (I don't want a job),
 * "ආයෝජකයින් අවශ්‍ය නැහැ" (no need of investors). Each pair is the verb and its negator; a lack told ("රැකියාවක් නෑ",
 * no job) has no verb of wanting and still asks.
 */
export const SINHALA_NOT_SOUGHT_AFTER: readonly (readonly [string, string])[] = [
  ['ඕන', 'නෑ'], // want + not (spoken)
  ['ඕනි', 'නෑ'], // want + not (spoken)
  ['ඕනෑ', 'නැහැ'], // want + not
  ['ඕනෑ', 'නැත'], // want + not (written)
  ['අවශ්‍ය', 'නැහැ'], // needed + not
  ['අවශ්‍ය', 'නෑ'], // needed + not (spoken)
  ['හොයන්නේ', 'නෑ'], // am looking for + not
];

/**
 * Sinhala endings written on to a noun: the indefinite article (-ක්, "රැකියාවක්", a job), to/for (-ට, -කට: "කොළඹට", to
 * Colombo; "රස්සාවකට", for a job), in (-ේ, -දී: "ලංකාවේ", in Lanka), of (-ගේ) and with (-ත් එක්ක is two words).
 */
export const SINHALA_ENDINGS: readonly string[] = ['ක්', 'ට', 'කට', 'ේ', 'දී', 'ගේ', 'ත්'];
/** Most endings read after a Sinhala word: "රැකියාව-ක-ට" has two ("ක්" joined as "කට"). */
export const MOST_SINHALA_ENDINGS = 2;
/** Shortest Sinhala word (in folded characters, vowel signs counted) read with endings. */
export const SHORTEST_SINHALA_STEM = 3;

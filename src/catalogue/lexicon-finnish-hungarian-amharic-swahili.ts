/**
 * Words in Finnish, Hungarian, Amharic and Swahili for the free-text reader, in the shape of
 * `lexicon-turkish-indonesian-polish.ts` ({@link LanguageWords}) and merged the same way: goal words for every goal
 * of the taxonomy, a few professions, having moved, the words of wanting and of hiring, and the towns of Finland,
 * Hungary, Ethiopia, Kenya and Tanzania the place tables lacked. Before these, a text in any of the four languages was
 * read as nothing at all.
 *
 * The glosses after the words are the authors' own knowledge of these languages, checked where they could be against
 * how job sites, public employment services, newspapers and forums in each language use them (pages read on
 * 2026-12-07). A native speaker's review is still wanted, for Amharic and Swahili most of all.
 * - Finnish: akava.fi ("Työn hakeminen": työnhaku, hae työtä, löytää töitä, työpaikka), ukko.fi ("Avoin työpaikka":
 *   työnhakija, työnantajat, ansioluettelo), yty.fi (työnhaku, työpaikkailmoitukset, verkostot), esedu.fi ("Miten
 *   töitä haetaan?": työhakemus, työhaastattelu), studies.helsinki.fi (verkostoitua); ksml.fi, hs.fi and ts.fi on
 *   making friends (uusia ystäviä, kavereita, ystävystyä, muuttaessaan kaupunkiin); esseepankki.proakatemia.fi and
 *   mindvaultassociates.fi (asiakkaita, markkinointi, sosiaalinen media, somessa); bisnesenkeli.fi and
 *   kauppasanomat.fi (sijoittaja, bisnesenkeli, pääomasijoittaja).
 * - Hungarian: eles-eures.munka.hu ("Álláskeresés és munkavállalás", hazatérők: álláshely, közösségi oldalak,
 *   kapcsolati háló), paktumportal.hu (álláskeresők, álláshirdetés, önéletrajz, munkahely), nyugatrmk.hu
 *   ("Munkatársakat keres?", állásajánlatok, munkát keresők), intergalaktika.hu (álláshirdetés, toborzás, munkatárs),
 *   baon.hu (álláshirdetések); wellandfit.hu ("Új élet, új barátság": barátok, barátkozni, haverok, más városba
 *   költözünk); postaffiliatepro.hu (új ügyfelek, ügyfélszerzés); itszotar.hu (közösségi média, követők); adoc.pub and
 *   9dok.org (üzleti angyalok, kockázati tőke, befektetők).
 * - Amharic: am.workingrede.com (ሥራ ፈላጊዎች, job seekers; አሠሪዎች, employers; ክፍት የሥራ ቦታዎች, vacancies; ደንበኞች,
 *   customers), pr418.com (ሥራ ማግኘት, finding work; ሠራተኛ በመቅጠር, hiring staff), dw.com/am (አሰሪ እና ሰራተኛ, employer and
 *   worker; ለስራ አመልክተው, applied for work), actualidadgadget.com/am (ጓደኞች, friends; ጓደኞች ማፍራት, making friends),
 *   et.tgstat.com (የማህበራዊ ሚዲያ, social media; ተከታዮች, followers), am.what-difference.com and proworksmedia.com
 *   (ባለሀብቶች, investors; የአውታረ መረብ ግንኙነት, network connections). Amharic is written both ሥራ and ስራ (work): both are
 *   listed.
 * - Swahili: taarifazetu.com ("Nafasi za Kazi Binafsi Tanzania": nafasi za kazi, ajira, mwajiri, mhasibu),
 *   siriyamafanikio.blogspot.com and msumbanews.co.tz (kutafuta kazi, anatafuta kazi, waajiri), songambele.co.tz
 *   (ajira, kuomba kazi); mwananchi.co.tz, amkamtanzania.com and jamii.app (wateja, kutangaza biashara, mitandao ya
 *   kijamii, marafiki); habaritz.sokofind.com and newhabari.sokofind.com (wawekezaji, kampuni changa, mwekezaji
 *   malaika); rafeekee.com (ughaibuni, abroad); smashkilimanjaro.blogspot.com and mdundo.com (ngoma, a song, in
 *   Kenyan and Tanzanian music news). Sheng, Nairobi's street slang (the-star.co.ke, standardmedia.co.ke), changes
 *   faster than a list can follow: no Sheng word is listed, none found in a page read being a goal word.
 * - Towns: geonames.org and 1001info.de (Finland), liquisearch.com and wiki.outremer.quest (Hungary),
 *   iexploreafrica.com, rainbowftf.ngo and discussplaces.com (Ethiopia, and Gondar's Amharic name, ጎንደር),
 *   hobby.co.ke and tuko.co.ke (Kenya), jamiiforums.com and tanzanianationalparks.com (Tanzania). Adama (Ethiopia)
 *   is left out: it is also a Polish form of the name Adam. The names as written in Latin letters ("Oulu",
 *   "Debrecen", "Mombasa") are in the main city table of `lexicon.ts`, with the other languages' towns; only the
 *   forms a Finnish or Hungarian sentence gives them are here. "Turku" and "Pécs" themselves are left out: Turkish
 *   "türkü" (a folk song, ktb.gov.tr/EN-117936/turku.html) and English "pecs" fold to them.
 *
 * How each language is read:
 * - Finnish and Hungarian add case endings to a word ("asiakkaita", customers as an object; "ügyfeleket", clients as
 *   an object; "Helsingissä", in Helsinki): the forms a sentence gives are listed one by one, as the Polish and Czech
 *   ones are. The reader takes accents off ("työpaikka" reads as "tyopaikka"), as it does the other languages'.
 * - Work itself (Finnish "työ", "töitä"; Hungarian "munka"; Amharic ሥራ; Swahili "kazi") is as often the work someone
 *   has as work sought: read only with a verb of looking, or as a word of openings or job seeking.
 * - Amharic writes prepositions on to a word ("በአዲስ አበባ", in Addis Ababa): only the forms listed are read.
 */
import type { LanguageWords } from './lexicon-turkish-indonesian-polish.ts';

export const FINNISH: LanguageWords = {
  goals: {
    contacts: [
      'liikekumppani', // a business partner
      'liikekumppania', // a business partner (object)
      'yhteistyökumppani', // a partner to work with
      'yhteistyökumppaneita', // partners to work with (object)
      'ammatillinen verkosto', // a professional network
      'uusia kontakteja', // new contacts (object)
      'työkontakteja', // work contacts (object)
    ],
    'peer-ideas': [
      'kokemusten vaihto', // an exchange of experience
      'kokemusten vaihtoa', // an exchange of experience (object)
      'vaihtaa kokemuksia', // to exchange experiences
      'vaihtaa ajatuksia', // to exchange thoughts
      'vertaistuki', // peer support
      'vertaistukea', // peer support (object)
    ],
    referrals: [
      // Only the forms of what is sought: the subject "asiakkaat" (the customers) tells of the customers one has
      // ("asiakkaat ovat tyytyväisiä", the customers are happy).
      'asiakkaita', // customers (object)
      'uusia asiakkaita', // new customers (object)
      'asiakashankinta', // finding customers
    ],
    investors: [
      'sijoittaja', // an investor
      'sijoittajia', // investors (object)
      'bisnesenkeli', // a business angel
      'bisnesenkeleitä', // business angels (object)
      'pääomasijoittaja', // a venture capitalist
      'pääomasijoittajia', // venture capitalists (object)
    ],
    promotion: [
      'markkinointi', // marketing
      'markkinointia', // marketing (object)
      'sosiaalinen media', // social media
      'sosiaalisessa mediassa', // on social media
      'somessa', // on social media (everyday short form)
      'seuraajia', // followers (object)
      'näkyvyyttä', // visibility (object), as a business seeks it
      'mainontaa', // advertising (object)
    ],
    hiring: [
      'työnhaku', // looking for work
      'työnhakua', // looking for work (object)
      'työnhakija', // a job seeker
      'hae työtä', // look for work
      'hakea töitä', // to look for work
      'haen töitä', // I am looking for work
      'hakenut töitä', // (have) looked for work, applied for jobs
      'hakemassa töitä', // out looking for work
      'etsin töitä', // I am looking for work
      'etsin työtä', // I am looking for work
      'etsiä töitä', // to look for work
      'avoimet työpaikat', // open positions
      'avoimia työpaikkoja', // open positions (object)
      'avoin työpaikka', // an open position
      'avoimia paikkoja', // open places (object), of jobs
      'työpaikkailmoitus', // a job advertisement
      'työpaikkailmoituksia', // job advertisements (object)
      'työhakemus', // a job application
      'työhakemuksia', // job applications (object)
      'työhaastattelu', // a job interview
      'uusi työpaikka', // a new job
      'uutta työpaikkaa', // a new job (object)
      'kesätyö', // a summer job
      'kesätyötä', // a summer job (object)
      'rekrytointi', // recruitment
      'rekrytoimme', // we are recruiting
    ],
    local: [
      'kasvokkain', // face to face
      'lähelläni', // near me
      'omalla paikkakunnalla', // in one's own town
    ],
    friends: [
      'ystäviä', // friends (object)
      'uusia ystäviä', // new friends (object)
      'ystävyys', // friendship
      'kavereita', // pals, friends (object)
      'uusia kavereita', // new pals (object)
      'ystävystyä', // to make friends
      'ystävystyminen', // making friends
    ],
  },
  weakGoals: {
    contacts: [
      'verkostoitua', // to network
      'verkostoituminen', // networking
    ],
  },
  fields: {
    nursing: ['sairaanhoitaja', 'sairaanhoitajana'], // a nurse, (working) as a nurse
    education: ['opettaja', 'opettajana'], // a teacher, (working) as a teacher
    software: ['ohjelmoija', 'ohjelmistokehittäjä'], // a programmer, a software developer
    accounting: ['kirjanpitäjä'], // a bookkeeper
    medicine: ['lääkäri'], // a doctor
    law: ['juristi', 'lakimies'], // a lawyer
    students: ['vastavalmistunut', 'vastavalmistuneet'], // newly graduated (one, several)
  },
  audiences: {},
  groups: {},
  selfMarkers: [],
  selfMarkersAfter: [],
  dating: ['deittailu'], // dating
  countries: {
    FI: ['Suomessa', 'Suomeen', 'Suomesta'], // in, to, from Finland
  },
  cities: {
    FI: [
      'Helsingissä', // in Helsinki
      'Helsinkiin', // to Helsinki
      'Helsingistä', // from Helsinki
      'Tampereella', // in Tampere
      'Tampereelle', // to Tampere
      // Not "Turku" itself: Turkish "türkü" (a folk song, ktb.gov.tr) folds to it.
      'Turussa', // in Turku
      'Turkuun', // to Turku
      'Turusta', // from Turku
      'Oulussa', // in Oulu
      'Ouluun', // to Oulu
      'Espoossa', // in Espoo
      'Vantaalla', // in Vantaa
      'Jyväskylässä', // in Jyväskylä
    ],
  },
  relocation: [
    // "Muuttaa" is both to move and to change ("muutin mieleni", I changed my mind): only with "here", or its
    // "after moving" form, said of a place ("muutettuani Wisconsiniin", sammagazine.fi).
    'muutin tänne', // I moved here
    'muutimme tänne', // we moved here
    'muutettuani', // after I moved
    'uudessa kaupungissa', // in a new city
    'uuteen kaupunkiin', // to a new city
    'ulkomailla', // abroad
    'ulkomaille', // (going) abroad
  ],
  places: [],
  peerTalkPlaces: [],
  // I/we look for, I want, I would like, I/we need
  wanting: ['etsin', 'etsimme', 'haluan', 'haluaisin', 'tarvitsen', 'tarvitsemme'],
  employing: ['rekrytoimme'],
};

export const HUNGARIAN: LanguageWords = {
  goals: {
    contacts: [
      'üzleti kapcsolatok', // business connections
      'üzleti kapcsolatokat', // business connections (object)
      'kapcsolati háló', // a network of contacts
      'kapcsolatépítés', // building connections, networking
      'üzlettárs', // a business partner
      'üzlettársat', // a business partner (object)
      'társalapító', // a co-founder
    ],
    'peer-ideas': [
      'tapasztalatcsere', // an exchange of experience
      'tapasztalatcserére', // for an exchange of experience
      'tapasztalatot cserélni', // to exchange experience
      'ötleteket cserélni', // to exchange ideas
      // A hobby, as English "hobby" is read: people who share it.
      'hobbim', // my hobby
      'hobbi', // a hobby
      'hobbiként', // as a hobby
    ],
    // Only the forms of what is sought: the subjects "ügyfelek" (clients), "befektetők" (investors), "barátok"
    // (friends) tell of those one has ("az ügyfelek elégedettek", the clients are happy), unless new ones ("új").
    referrals: [
      'új ügyfelek', // new clients
      'ügyfeleket', // clients (object)
      'új ügyfeleket', // new clients (object)
      'ügyfélszerzés', // winning clients
      'vevőket', // customers (object)
      'ügyfelet', // a client (object)
      'több ügyfelet', // more clients (object)
      'vevőt', // a customer (object)
      'több vevőt', // more customers (object)
      'megrendelőket', // customers who order (object)
    ],
    investors: [
      'befektető', // an investor
      'befektetőt', // an investor (object)
      'befektetőket', // investors (object)
      'üzleti angyal', // a business angel
      'kockázati tőke', // venture capital
    ],
    promotion: [
      'közösségi média', // social media
      'közösségi médiában', // on social media
      'közösségi oldalakon', // on social sites
      'reklám', // advertising
      'népszerűsítés', // promotion, publicity
      'követőket', // followers (object)
    ],
    hiring: [
      'állás', // a job, a position
      // "Állást" (a job, as object) only with a verb of looking or "new": "állást foglal" is to take a stand.
      'állást keresek', // I am looking for a job
      'állást keres', // looks for a job
      'állást keresünk', // we are looking for a job
      'állást keresni', // to look for a job
      'keresek állást', // I am looking for a job
      'keresnék állást', // I would look for a job
      'néztek állást', // (where do) you look at jobs
      'állást néztek', // you look at jobs
      'állást nézek', // I look at jobs
      'új állást', // a new job (object)
      'állások', // jobs
      'állásokat', // jobs (object)
      'álláskeresés', // looking for a job
      'álláskereső', // a job seeker
      'álláskeresők', // job seekers
      'állásajánlat', // a job offer
      'állásajánlatok', // job offers
      'álláshirdetés', // a job advertisement
      'álláshirdetések', // job advertisements
      'állásinterjú', // a job interview
      'munkát keresek', // I am looking for work
      'munkát keres', // looks for work
      'munkát keresők', // people looking for work
      'új munkahely', // a new job, a new workplace
      'új munkahelyet', // a new job (object)
      'munkatársat keresünk', // we are looking for a new colleague (the opening of job advertisements)
      'munkatársakat keres', // looks for new staff
      'toborzás', // recruitment
      'első munkahely', // a first job
      'első munkahelyemet', // my first job (object)
      'első munkahelyet', // a first job (object)
      'első állás', // a first job
      'első állásomat', // my first job (object)
      'munkahelyet keresek', // I am looking for a job
      'munkaerőt keresünk', // we are looking for staff
      'kollégát keresünk', // we are looking for a colleague (an employer's words)
    ],
    local: [
      'a közelben', // nearby
      'a környéken', // in the area
      'a környékemen', // in my area
    ],
    friends: [
      'új barátok', // new friends
      'barátokat', // friends (object)
      'új barátokat', // new friends (object)
      'barátság', // friendship
      'barátkozni', // to make friends
      'haverokat', // pals (object)
      'új emberekkel', // with new people
      'új embereket', // new people (object)
      'ismerek senkit', // (I don't) know anyone
      // Other parents, met by parents, as "other parents" and "moms" in English; a "baba-mama klub" is a group
      // where mothers with babies meet.
      'más szülőkkel', // with other parents
      'más szülőket', // other parents (object)
      'más anyukákkal', // with other mums
      'anyukákkal', // with mums
      'baba mama klub', // a baby and mother club
    ],
  },
  weakGoals: {
    friends: ['ismerkedni'], // to get to know people
  },
  fields: {
    education: ['tanár', 'tanárként'], // a teacher, as a teacher
    nursing: ['ápoló', 'ápolónő'], // a nurse, a (woman) nurse
    software: ['programozó'], // a programmer
    accounting: ['könyvelő'], // an accountant, a bookkeeper
    law: ['ügyvéd'], // a lawyer
    medicine: ['orvos'], // a doctor
    students: ['pályakezdő', 'friss diplomás'], // starting out on a career, a fresh graduate
  },
  audiences: {
    startups: ['társalapító'], // a co-founder
  },
  groups: {
    mothers: ['anyuka', 'édesanya', 'kismama'], // mum, mother, a young or expecting mother
    fathers: ['apuka', 'édesapa'], // dad, father
    'age-55-plus': ['nyugdíjas'], // retired, a pensioner
  },
  selfMarkers: [],
  selfMarkersAfter: ['vagyok', 'lettem'], // I am, I became
  dating: ['társkereső'], // dating, looking for a partner
  countries: {
    HU: ['Magyarországon', 'Magyarországra', 'Magyarországról'], // in, to, from Hungary
  },
  cities: {
    HU: [
      'Budapesten', // in Budapest
      'Budapestre', // to Budapest
      'Budapestről', // from Budapest
      'Debrecenben', // in Debrecen
      'Szegeden', // in Szeged
      'Miskolcon', // in Miskolc
      // Not "Pécs" itself, which folds to English "pecs".
      'Pécsett', // in Pécs
      'Pécsen', // in Pécs (the other form)
      'Győrben', // in Győr
    ],
  },
  relocation: [
    'hazaköltöztem', // I moved back home
    'költöztem', // I moved
    'elköltöztem', // I moved away
    'új városba', // to a new city
    'új városban', // in a new city
    'külföldön', // abroad
    'külföldre', // (going) abroad
  ],
  places: [],
  peerTalkPlaces: [],
  // I look for, we look for, I would look for, I would like, I want
  wanting: ['keresek', 'keresünk', 'keresnék', 'szeretnék', 'akarok'],
  employing: ['munkatársat keresünk', 'munkatársakat keres', 'toborzás', 'munkaerőt keresünk', 'kollégát keresünk'],
  volunteering: ['önkéntes', 'önkéntesként', 'önkéntes munka', 'önkéntes munkát', 'önkénteskedni', 'önkénteskedés'], // a volunteer, as a volunteer, volunteer work (and as object), to volunteer, volunteering
};

export const AMHARIC: LanguageWords = {
  goals: {
    contacts: [
      'የንግድ አጋር', // a business partner
      'የንግድ ግንኙነት', // a business connection
      'የስራ ግንኙነቶች', // work connections
      'ኔትወርኪንግ', // networking
    ],
    'peer-ideas': [
      'ልምድ መለዋወጥ', // to exchange experience
      'ሃሳብ መለዋወጥ', // to exchange ideas
      'ልምድ ለመለዋወጥ', // in order to exchange experience
    ],
    referrals: [
      'ደንበኞች', // customers
      'ደንበኞችን', // customers (object)
      'አዲስ ደንበኞች', // new customers
    ],
    investors: [
      'ባለሀብቶች', // investors
      'ባለሀብት', // an investor
      'ኢንቨስተሮች', // investors (the loanword)
    ],
    promotion: [
      'ማህበራዊ ሚዲያ', // social media
      'በማህበራዊ ሚዲያ', // on social media
      'ተከታዮች', // followers
      'ተከታዮችን', // followers (object)
    ],
    hiring: [
      'ሥራ ፈላጊ', // a job seeker
      'ሥራ ፈላጊዎች', // job seekers
      'ስራ ፈላጊ', // a job seeker (the other spelling)
      'ስራ ፈላጊዎች', // job seekers
      'ሥራ እፈልጋለሁ', // I am looking for work
      'ስራ እፈልጋለሁ', // I am looking for work
      'ሥራ እየፈለግሁ', // (I am) looking for work
      'ስራ እየፈለግሁ', // (I am) looking for work
      'ሥራ ማግኘት', // finding work
      'ስራ ማግኘት', // finding work
      'ስራ አላገኘሁም', // I have not found work
      'ሥራ አላገኘሁም', // I have not found work
      'የስራ ማስታወቂያ', // a job advertisement
      'የስራ ማስታወቂያዎች', // job advertisements
      'የስራ ማስታወቂያዎችን', // job advertisements (object)
      'የሥራ ማስታወቂያ', // a job advertisement (the other spelling)
      'ክፍት የሥራ ቦታ', // a vacancy
      'ክፍት የሥራ ቦታዎች', // vacancies
      'ክፍት የስራ ቦታ', // a vacancy (the other spelling)
      'ክፍት የስራ ቦታዎች', // vacancies
      'ሠራተኛ መቅጠር', // to hire staff
      'ሰራተኛ መቅጠር', // to hire staff (the other spelling)
    ],
    local: [
      'በአካባቢዬ', // in my area
      'በአቅራቢያዬ', // near me
      'ፊት ለፊት', // face to face
    ],
    friends: [
      'ጓደኞች', // friends
      'ጓደኞችን', // friends (object)
      'አዲስ ጓደኞች', // new friends
      'ጓደኛ ማፍራት', // to make a friend
      'ጓደኞች ማፍራት', // to make friends
    ],
  },
  weakGoals: {},
  fields: {
    accounting: ['አካውንቲንግ', 'በአካውንቲንግ', 'አካውንታንት', 'የሂሳብ ባለሙያ'], // accounting, in accounting, accountant (×2)
    education: ['መምህር'], // a teacher
    medicine: ['ሐኪም'], // a doctor
  },
  audiences: {},
  groups: {},
  selfMarkers: [],
  selfMarkersAfter: [],
  dating: [],
  countries: {
    ET: ['በኢትዮጵያ'], // in Ethiopia
    KE: ['ኬንያ'], // Kenya
  },
  cities: {
    // Addis Ababa, in Addis Ababa, Gondar. The towns' names in Latin letters are in the main table (`lexicon.ts`).
    ET: ['አዲስ አበባ', 'በአዲስ አበባ', 'ጎንደር'],
  },
  relocation: [
    'ተዛወርኩ', // I moved
    'አዲስ ከተማ', // a new city
    'ውጭ አገር', // abroad
    'ውጭ ሀገር', // abroad (the other spelling)
  ],
  places: [],
  peerTalkPlaces: [],
  wanting: ['እፈልጋለሁ', 'እንፈልጋለን', 'እየፈለግሁ'], // I want, we want, I am looking for
  employing: ['ሠራተኛ መቅጠር', 'ሰራተኛ መቅጠር'],
};

export const SWAHILI: LanguageWords = {
  goals: {
    contacts: [
      'mshirika wa biashara', // a business partner
      'washirika wa biashara', // business partners
      'mtandao wa biashara', // a business network
    ],
    'peer-ideas': [
      'kubadilishana mawazo', // to exchange ideas
      'kubadilishana uzoefu', // to exchange experience
    ],
    referrals: [
      'wateja', // customers
      'wateja wapya', // new customers
      'kupata wateja', // to get customers
    ],
    investors: [
      'wawekezaji', // investors
      'mwekezaji', // an investor
      'mwekezaji malaika', // an angel investor
    ],
    promotion: [
      'kutangaza biashara', // to advertise a business
      'mitandao ya kijamii', // social networks
      'wafuasi', // followers
    ],
    hiring: [
      'kutafuta kazi', // to look for work
      'natafuta kazi', // I am looking for work
      'anatafuta kazi', // is looking for work
      'nafasi za kazi', // job vacancies
      'nafasi ya kazi', // a job vacancy
      'ajira', // employment, jobs
      'kuomba kazi', // to apply for work
      'tangazo la kazi', // a job advertisement
      'matangazo ya kazi', // job advertisements
      'tunaajiri', // we are hiring
      'tunatafuta wafanyakazi', // we are looking for staff
    ],
    local: [
      'ana kwa ana', // face to face
      'karibu nami', // near me
      'karibu na mimi', // near me
    ],
    friends: [
      'marafiki', // friends
      'marafiki wapya', // new friends
      'urafiki', // friendship
    ],
  },
  weakGoals: {},
  fields: {
    accounting: ['mhasibu', 'uhasibu'], // an accountant, accounting
    education: ['mwalimu'], // a teacher
    nursing: ['muuguzi'], // a nurse
    medicine: ['daktari'], // a doctor
    law: ['wakili'], // a lawyer, an advocate
    music: ['mwanamuziki', 'msanii wa muziki', 'ngoma'], // a musician, a music artist, a song (and drum, dance)
  },
  audiences: {},
  groups: {},
  selfMarkers: [],
  selfMarkersAfter: [],
  dating: [],
  countries: {},
  // Kenya's and Tanzania's towns are written in Latin letters: they are in the main table (`lexicon.ts`).
  cities: {},
  relocation: [
    'nimehamia', // I have moved (to)
    'tumehamia', // we have moved (to)
    'nilihamia', // I moved (to)
    'mji mpya', // a new town
    'ughaibuni', // abroad
    'nje ya nchi', // abroad, out of the country
  ],
  places: [],
  peerTalkPlaces: [],
  // I am/we are looking for, I/we want, I/we need
  wanting: ['natafuta', 'tunatafuta', 'nataka', 'tunataka', 'nahitaji', 'tunahitaji'],
  employing: ['tunaajiri', 'tunatafuta wafanyakazi'],
};

/** The four languages of this file (`languages.ts` says in what order the reader merges every language's words). */
export const FINNISH_HUNGARIAN_AMHARIC_SWAHILI: readonly LanguageWords[] = [FINNISH, HUNGARIAN, AMHARIC, SWAHILI];

/**
 * Finnish says "not" with a verb of its own, before the verb of wanting: "en halua uusia asiakkaita" (I don't want new
 * customers), "emme etsi sijoittajia" (we are not looking for investors), "en tarvitse" (I don't need). "En" alone is
 * French "en" and Swedish "en" (a, one): only with the verb. A lack ("minulla ei ole ystäviä", I have no friends) has no
 * verb of wanting and still asks. Forms from uusikielemme.fi ("Making verbs negative in Finnish": en, emme before the
 * verb's stem) and jkorpela.fi/finnish/Negation.html, read on 2026-12-07.
 */
export const FINNISH_NOT_SOUGHT_BEFORE: readonly string[] = [
  ...['en halua', 'emme halua'], // I/we don't want
  ...['en haluaisi', 'emme haluaisi'], // I/we wouldn't want
  ...['en etsi', 'emme etsi'], // I/we am not looking for
  ...['en hae', 'emme hae'], // I/we am not looking for, applying for
  ...['en tarvitse', 'emme tarvitse'], // I/we don't need
];

/**
 * Swahili writes "not" into the verb, before what is not wanted: "si-" for I, "hatu-" for we, and the verb's last "a"
 * turned "i" ("sitaki wateja", I don't want customers; "sihitaji", I don't need, keeps its "i"; "sitafuti", I am not
 * looking for). Forms from learnswahili.blogspot.com ("Negative sentences": si-, hatu-, "hutaki") and mashariki.io
 * (lesson 2: -hitaji, need; "hatutahitaji"), read on 2026-12-07. A lack ("sina marafiki", I have no friends) is no
 * verb of wanting and still asks.
 */
export const SWAHILI_NOT_WANTING: readonly string[] = [
  ...['sitaki', 'hatutaki'], // I/we don't want
  ...['sihitaji', 'hatuhitaji'], // I/we don't need
  ...['sitafuti', 'hatutafuti'], // I/we am not looking for
];

/**
 * Amharic puts the negated verb after what is not wanted: "ደንበኞች አልፈልግም" (I don't want customers), "አንፈልግም" (we
 * don't want). Forms from adamyts.wixsite.com/learnamharic ("Present-future tense negative conjugation": አልፈልግም, I
 * don't want; አን- … -ም for we) and easyamharic.com ("እፈልጋለሁ። I want. አልፈልግም። I don't want."), read on 2026-12-07.
 */
export const AMHARIC_NOT_SOUGHT_AFTER: readonly string[] = ['አልፈልግም', 'አንፈልግም'];

/**
 * Hungarian puts "nem" (not) right before the verb, and what is wanted may come first, as the focus: "befektetőket nem
 * keresek" (investors I am not looking for). "Nem" before the verb and the goal is read already, as Portuguese "nem"
 * is; these are the goal first. Word order from pronuncia.io and magyar.ku.edu (the focus right before the verb; "nem"
 * before the verb), read on 2026-12-07.
 */
export const HUNGARIAN_NOT_SOUGHT_AFTER: readonly string[] = [
  ...['nem keresek', 'nem keresünk'], // I/we am not looking for
  ...['nem akarok', 'nem akarunk'], // I/we don't want
  'nem szeretnék', // I wouldn't like
];

/**
 * The prepositions Amharic writes on to the front of a word, with no space: "of" (የ), "in", "by" (በ), "to", "for" (ለ),
 * "from" (ከ), "up to" (እስከ), "like" (እንደ) and "about" (ስለ) ("ከጓደኞቼ", from my friends; "ለሥራ ፈላጊዎች", for job
 * seekers). From easyamharic.com ("What are the Amharic prepositions?", "Learn 67 Amharic Prepositions": ለ, በ, ከ,
 * የ, እስከ, እንደ, ስለ) and sublearn.com ("Basic Prepositions": always written on to the noun), read on 2026-12-07.
 */
export const AMHARIC_PREFIXES: readonly string[] = ['እስከ', 'እንደ', 'ስለ', 'የ', 'በ', 'ለ', 'ከ'];

/**
 * Endings Amharic writes on to a noun as letters of their own: the object (ን), "also" (ም), "the" or "his" after a
 * vowel (ው), "my" after a vowel (ዬ), "your" (ህ, ሽ, ዎ; ችሁ for many), "our" (ችን), "their" (ቸው) and the plural after a
 * vowel (ዎች) ("ሥራዬን", my job, as an object; "ሥራቸው", their work). After a consonant, "my" (-e), "his" (-u), "our",
 * "your" (many) and "their" (-a-) change the vowel of the last letter instead ("ንብረቴ", my property; "ንብረታችን", our
 * property; `read-amharic-affixes.ts`). From easyamharic.com ("How to add suffixes to Amharic nouns to indicate
 * ownership": ንብረቴ, ንብረታችን, ንብረትህ, ንብረትሽ, ንብረትዎ, ንብረታችሁ, ንብረቱ, ንብረታቸው and each with -ን as an object) and
 * learnamharic.wixsite.com ("Possession": other endings after a vowel, -ye and -w), read on 2026-12-07.
 */
export const AMHARIC_ENDINGS: readonly string[] = ['ን', 'ም', 'ው', 'ዬ', 'ህ', 'ሽ', 'ዎ', 'ችሁ', 'ችን', 'ቸው', 'ዎች'];

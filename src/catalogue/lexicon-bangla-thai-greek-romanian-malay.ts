/**
 * Words in Bangla, Thai, Greek, Romanian and Malay for the free-text reader, in the shape of
 * `lexicon-turkish-indonesian-polish.ts` ({@link LanguageWords}) and merged the same way: goal words for every goal of
 * the taxonomy, professions, who someone is, countries and big cities, having just moved, places to talk, and the
 * words of wanting. Before these, a text in Bangla or Thai was read as nothing at all, and one in Greek, Romanian or
 * Malay only where it shared a word with another language ("investitori", "pelanggan").
 *
 * The glosses after the words are the authors' own knowledge of these languages, checked where they could be against
 * how job sites, newspapers and business pages in each language use them (pages read on 2026-12-07). A native
 * speaker's review is still wanted.
 * - Thai: th.jobsdb.com/th/career-advice/article/government-job, wealthmeup.com (JobThai's survey of new graduates),
 *   findyourjob.live, siamjobinterview.blogspot.com (หางาน, สมัครงาน, จบใหม่, ตำแหน่งงาน); stripe.com/th,
 *   marketingoops.com (สตาร์ทอัพ, ระดมทุน, นักลงทุน, ผู้ลงทุน); premiummate.com, mac.ru.ac.th, sistacafe.com (หาเพื่อน,
 *   เพื่อนใหม่, มิตรภาพ; หาคู่ and แฟน for dating); bigseller.com, talkatalka.com (ขายของออนไลน์, ลูกค้า).
 * - Bangla: jobhas.com, edufex.com, alpha.ajkerpatrika.com, dailyslogaan.com (চাকরি and চাকরী, নিয়োগ বিজ্ঞপ্তি,
 *   ক্যারিয়ার); tauhidullahit.com, georenus.com (গ্রাহক, বিনিয়োগকারী).
 * - Romanian: radioiasi.ro, gandul.ro, capital.ro (locuri de muncă, joburi, angajări); vicart.ro, craiovamarketing.ro,
 *   mypos.com/ro-ro (clienți noi, promovare, publicitate, recomandări).
 * - Malay: kosmo.com.my, sinarharian.com.my, utusan.com.my, infokerjayamalaysia.com (cari kerja, jawatan kosong, temu
 *   duga, graduan); husamwaksa2u.blogspot.com, layarminda.com (promosi, peniaga, iklan); ms.teamaftermarket.com
 *   (pelabur, modal teroka, rakan niaga).
 * - Greek: newsit.gr, dnews.gr, pelop.gr, edessanews.gr (θέσεις εργασίας, αγγελίες εργασίας, αναζητούν εργασία,
 *   προσλήψεις); reporter.gr (πελάτες, πελατεία).
 *
 * How each language is read:
 * - Bangla writes case endings on to a word ("চাকরির", of a job; "বন্ধুদের", of friends; "ঢাকায়", in Dhaka): the reader
 *   reads a word of these lists followed by one or two endings of {@link BANGLA_ENDINGS} as the listed word
 *   (`read-word-endings.ts`). Its vowel signs are letters, and the reader keeps them (`foldWords`), as it does
 *   Devanagari's. Bangla script names no country by itself: it is written in Bangladesh and in India (West Bengal).
 * - Thai writes no spaces between words ("อยากหางาน", want to look for a job): the reader finds these words inside a
 *   run, as it does the Japanese, Chinese and Korean ones, so only words long enough not to stand inside an unrelated
 *   one are here (not "งาน", work, which is also an event, a party; not "หมอ", a doctor, inside "หมอน", a pillow). Its
 *   vowel and tone marks are letters, kept as Bangla's are. Thai script is written only for Thai, the language of
 *   Thailand: it names Thailand (`read-language.ts`).
 * - Greek and Romanian nouns change with their case and number: the forms are listed. The reader takes accents off,
 *   so "δουλειά" and "δουλεια", "clienți" and "clienti" read alike (and Romanian ș and ț with a comma or a cedilla).
 * - Malay shares most of its words with Indonesian (`INDONESIAN`: "pelanggan", "promosi", "kawan"); only the words
 *   Malaysia uses and Indonesia does not, or not in that sense, are here ("kerja kosong", "pelabur", "jiran").
 * Work itself (Greek "δουλειά", Malay "kerja") is as often the work someone has as work sought: read only with a verb
 * of looking or a word of openings, as Japanese 仕事 is. Bangla "চাকরি" and Romanian "job", "loc de muncă" are, like
 * English "job", a job sought or offered more often than the writer's own.
 */
import type { LanguageWords } from './lexicon-turkish-indonesian-polish.ts';

export const BANGLA: LanguageWords = {
  goals: {
    contacts: [
      'নেটওয়ার্কিং', // networking
      'পেশাদার যোগাযোগ', // professional contacts
      'ব্যবসায়িক যোগাযোগ', // business contacts
      'ব্যবসায়িক অংশীদার', // business partner
      'সহ-প্রতিষ্ঠাতা', // co-founder
    ],
    'peer-ideas': [
      'মতবিনিময়', // exchange of views
      'অভিজ্ঞতা শেয়ার', // sharing experience
      'অভিজ্ঞতা বিনিময়', // exchange of experience
      'পরামর্শ', // advice
    ],
    referrals: [
      'গ্রাহক', // customer
      'নতুন গ্রাহক', // new customers
      'ক্লায়েন্ট', // client
      'কাস্টমার', // customer
      'ক্রেতা', // buyer
    ],
    investors: [
      'বিনিয়োগকারী', // investor
      'ফান্ডিং', // funding
      'অর্থায়ন', // financing
      'পুঁজি সংগ্রহ', // raising capital
    ],
    promotion: [
      'প্রচার', // publicity, promotion
      'প্রচারণা', // a (publicity) campaign
      'বিজ্ঞাপন', // an advertisement
      'মার্কেটিং', // marketing
      'ফলোয়ার', // followers
    ],
    hiring: [
      'চাকরি', // a job
      'চাকরী', // a job (the other spelling)
      'চাকরি খুঁজছি', // I am looking for a job
      'চাকরিপ্রার্থী', // a job seeker
      'চাকরীপ্রার্থী', // a job seeker (the other spelling)
      'নিয়োগ বিজ্ঞপ্তি', // a job advertisement ("circular")
      'কর্মী নিয়োগ', // hiring staff
      'জব', // a job
      'সিভি', // a CV
      'ক্যারিয়ার', // career
      'ইন্টার্নশিপ', // internship
    ],
    local: [
      'সামনাসামনি', // face to face
      'কাছাকাছি', // nearby
      'প্রতিবেশী', // neighbours
    ],
    friends: [
      'বন্ধু', // friend, friends
      'নতুন বন্ধু', // new friends
      'বন্ধুত্ব', // friendship
      'আড্ডা', // hanging out, chatting together
    ],
  },
  weakGoals: {
    contacts: [
      'পরিচিতি', // acquaintance, getting known
    ],
  },
  fields: {
    medicine: ['ডাক্তার', 'চিকিৎসক'], // doctor, physician
    nursing: ['নার্স'], // nurse
    education: ['শিক্ষক', 'শিক্ষিকা'], // teacher, woman teacher
    law: ['আইনজীবী', 'উকিল'], // lawyer, advocate
    software: ['প্রোগ্রামার', 'সফটওয়্যার', 'ডেভেলপার'], // programmer, software, developer
    engineering: ['ইঞ্জিনিয়ার', 'প্রকৌশলী'], // engineer (borrowed, native)
    'design-creative': ['ডিজাইনার', 'গ্রাফিক ডিজাইনার'], // designer, graphic designer
    accounting: ['হিসাবরক্ষক', 'অ্যাকাউন্ট্যান্ট'], // accountant (native, borrowed)
    agriculture: ['কৃষক', 'কৃষি'], // farmer, farming
    hospitality: ['রেস্টুরেন্ট', 'হোটেল'], // restaurant, hotel
    'photography-video': ['ফটোগ্রাফার'], // photographer
    'hr-recruiting': ['মানবসম্পদ'], // human resources
    // student, student (man), student (woman), a fresher (a new graduate, as South Asian English says)
    students: ['শিক্ষার্থী', 'ছাত্র', 'ছাত্রী', 'ফ্রেশার'],
  },
  audiences: {
    freelancers: ['ফ্রিল্যান্সার', 'ফ্রিল্যান্সিং'], // freelancer, freelancing
    'small-business': ['ছোট ব্যবসা', 'আমার দোকান', 'আমার ব্যবসা'], // small business, my shop, my business
    startups: ['উদ্যোক্তা', 'স্টার্টআপ', 'সহ-প্রতিষ্ঠাতা'], // entrepreneur, startup, a co-founder
  },
  groups: {},
  selfMarkers: [],
  selfMarkersAfter: [],
  dating: ['ডেটিং'], // dating
  countries: {
    IN: ['ভারত'], // India
  },
  cities: {
    BD: ['ঢাকা', 'চট্টগ্রাম', 'সিলেট', 'খুলনা', 'রাজশাহী', 'বরিশাল', 'রংপুর', 'গাজীপুর', 'কুমিল্লা'],
    IN: ['কলকাতা'], // Kolkata
  },
  relocation: [
    'নতুন এসেছি', // I have just come
  ],
  places: ['গ্রুপ', 'অ্যাপ', 'ওয়েবসাইট'], // group, app, website
  peerTalkPlaces: ['কমিউনিটি', 'ফোরাম'], // community, forum
  wanting: ['চাই', 'খুঁজছি'], // I want, I am looking for
  employing: ['কর্মী নিয়োগ'],
};

export const THAI: LanguageWords = {
  goals: {
    contacts: [
      'คอนเนคชั่น', // connections
      'สร้างเครือข่าย', // to build a network
      'เครือข่ายธุรกิจ', // a business network
      'พันธมิตรทางธุรกิจ', // business partners
      'เน็ตเวิร์ก', // a network
      'เน็ตเวิร์กกิ้ง', // networking
      'คอนเน็กชัน', // connections (the dictionary spelling)
    ],
    'peer-ideas': [
      'แลกเปลี่ยนความคิด', // to exchange ideas
      'แลกเปลี่ยนประสบการณ์', // to exchange experience
      'แลกเปลี่ยนความรู้', // to exchange knowledge
      'ขอคำแนะนำ', // to ask for advice
      'คนในวงการ', // people in the trade
      'แชร์ประสบการณ์', // to share experience
      'คนสายเดียวกัน', // people in the same line of work
    ],
    referrals: [
      'ลูกค้า', // customers
      'หาลูกค้า', // to find customers
      'ลูกค้าใหม่', // new customers
    ],
    investors: [
      'นักลงทุน', // investor
      'ผู้ลงทุน', // investor
      'ระดมทุน', // to raise funds
      'หาทุน', // to look for capital
      'แหล่งทุน', // a source of funding
    ],
    promotion: [
      'โปรโมท', // to promote
      'โปรโมต', // to promote (the other spelling)
      'โฆษณา', // to advertise, an advertisement
      'ประชาสัมพันธ์', // public relations, publicity
      'การตลาด', // marketing
      'ผู้ติดตาม', // followers
      'ปากต่อปาก', // word of mouth
      'ขายของออนไลน์', // to sell online
      'คนติดตาม', // followers
      'ยอดฟอล', // a follower count (colloquial)
      'ให้คนรู้จัก', // to make (it) known to people
    ],
    hiring: [
      'หางาน', // to look for a job
      'สมัครงาน', // to apply for a job
      'ตำแหน่งงาน', // job openings
      'รับสมัครงาน', // jobs offered
      'เปลี่ยนงาน', // to change jobs
      'รับสมัครพนักงาน', // hiring staff
      'หาพนักงาน', // to look for staff
      'ฝึกงาน', // an internship
      'งานพาร์ทไทม์', // a part-time job
      'งานใหม่', // a new job
      'สัมภาษณ์งาน', // a job interview
      'เรซูเม่', // a CV
    ],
    local: [
      'เจอตัวจริง', // to meet in real life
      'ใกล้บ้าน', // near home
      'แถวบ้าน', // around home
      'เพื่อนบ้าน', // neighbours
      'แถวนี้', // around here
      'ในพื้นที่', // in the area
      'ละแวกบ้าน', // the neighbourhood
    ],
    friends: [
      'เพื่อน', // friend, friends
      'เพื่อนใหม่', // new friends
      'หาเพื่อน', // to find friends
      'มิตรภาพ', // friendship
      'ไม่รู้จักใคร', // I don't know anyone
      'สังคมใหม่', // a new social circle ("หาสังคมใหม่", to find one)
      'ก๊วน', // a gang of friends
    ],
  },
  weakGoals: {
    // Coworkers, not friends: found before "เพื่อน" inside it.
    contacts: ['เพื่อนร่วมงาน'], // coworkers
  },
  fields: {
    nursing: ['พยาบาล'], // nurse
    // A hospital, found before the nurse (พยาบาล) inside it.
    healthcare: ['โรงพยาบาล'],
    medicine: ['แพทย์'], // physician
    law: ['ทนายความ', 'นักกฎหมาย'], // lawyer, jurist
    accounting: ['นักบัญชี'], // accountant
    education: ['ครู'], // teacher
    software: ['โปรแกรมเมอร์', 'นักพัฒนาซอฟต์แวร์', 'ซอฟต์แวร์'], // programmer, software developer, software
    engineering: ['วิศวกร'], // engineer
    'design-creative': ['นักออกแบบ', 'กราฟิกดีไซน์'], // designer, graphic design
    'photography-video': ['ช่างภาพ'], // photographer
    music: ['นักดนตรี', 'วงดนตรี'], // musician, a band
    'real-estate': ['อสังหาริมทรัพย์'], // real estate
    hospitality: ['ร้านอาหาร', 'โรงแรม', 'ร้านกาแฟ', 'การท่องเที่ยว'], // restaurant, hotel, café, tourism
    agriculture: ['เกษตรกร', 'การเกษตร'], // farmer, farming
    students: ['นักศึกษา', 'จบใหม่', 'เด็กจบใหม่', 'บัณฑิต', 'นักเรียน'], // university student, newly graduated, a new graduate, graduate, pupil
    beauty: ['ช่างทำผม', 'ร้านทำผม'], // hairdresser, hair salon
    marketing: ['นักการตลาด'], // marketer
  },
  audiences: {
    freelancers: ['ฟรีแลนซ์'], // freelance
    'small-business': ['เจ้าของร้าน', 'ธุรกิจขนาดเล็ก', 'เปิดร้าน', 'เจ้าของธุรกิจ'], // shop owner, small business, to run a shop, business owner
    startups: ['สตาร์ทอัพ', 'ผู้ก่อตั้ง'], // startup, founder
  },
  groups: {},
  selfMarkers: [],
  selfMarkersAfter: [],
  dating: ['หาแฟน', 'หาคู่'], // to look for a boyfriend or girlfriend, for a partner
  countries: {
    TH: ['ประเทศไทย'], // Thailand
    JP: ['ญี่ปุ่น'], // Japan
  },
  cities: {
    TH: ['กรุงเทพ', 'เชียงใหม่', 'ภูเก็ต', 'พัทยา', 'ขอนแก่น', 'หาดใหญ่'], // Bangkok, Chiang Mai, Phuket, Pattaya, Khon Kaen, Hat Yai
  },
  relocation: [
    'ย้ายมา', // moved here
  ],
  places: ['กลุ่ม', 'แอป', 'เว็บไซต์'], // group, app, website
  peerTalkPlaces: ['ชุมชน', 'ฟอรั่ม'], // community, forum
  wanting: [],
  employing: ['รับสมัครพนักงาน', 'หาพนักงาน'],
};

export const GREEK: LanguageWords = {
  goals: {
    contacts: [
      'επαγγελματικές επαφές', // professional contacts
      'επαγγελματικό δίκτυο', // a professional network
      'δικτύωση', // networking
      'συνεργάτες', // partners, collaborators
      'συνέταιρο', // a business partner (object)
    ],
    'peer-ideas': [
      'ανταλλαγή ιδεών', // exchange of ideas
      'ανταλλαγή εμπειριών', // exchange of experience
      'ανταλλαγή απόψεων', // exchange of views
      // Colleagues in the same profession, as Turkish "meslektaş": with other doctors, teachers, lawyers.
      'συνάδελφοι', // colleagues
      'συναδέλφους', // colleagues (object)
      'συναδέλφων', // of colleagues
      'συμβουλές', // advice
    ],
    referrals: [
      'πελάτες', // clients, customers
      'πελατών', // of clients
      'νέους πελάτες', // new clients (object)
      'πελατεία', // clientele
      'συστάσεις', // recommendations, referrals
    ],
    investors: [
      'επενδυτές', // investors
      'επενδυτή', // an investor (object)
      'επενδυτών', // of investors
      'χρηματοδότηση', // funding
      'χρηματοδότησης', // of funding
      'επιχειρηματικοί άγγελοι', // business angels
    ],
    promotion: [
      'προώθηση', // promotion
      'προώθησης', // of promotion
      'διαφήμιση', // advertising
      'διαφήμισης', // of advertising
      'μάρκετινγκ', // marketing
      'ακόλουθους', // followers (object)
      'από στόμα σε στόμα', // by word of mouth
    ],
    hiring: [
      'ψάχνω δουλειά', // I am looking for work
      'ψάχνουμε δουλειά', // we are looking for work
      'βρω δουλειά', // (to) find work ("να βρω δουλειά")
      'νέα δουλειά', // a new job
      'θέσεις εργασίας', // job openings
      'θέση εργασίας', // a job opening
      'αγγελίες εργασίας', // job adverts
      'αναζήτηση εργασίας', // job search
      'αναζητώ εργασία', // I am looking for work
      'πρόσληψη', // hiring
      'προσλήψεις', // hirings
      'πρακτική άσκηση', // internship
      'καριέρα', // career
    ],
    local: [
      'από κοντά', // in person
      'πρόσωπο με πρόσωπο', // face to face
      'γείτονες', // neighbours
    ],
    friends: [
      'φίλους', // friends (object)
      'φίλοι', // friends
      'φίλες', // (women) friends
      'φιλία', // friendship
      'νέους φίλους', // new friends (object)
      'καινούργιους φίλους', // new friends (object)
      'παρέα', // company, a group of friends
      'δεν ξέρω κανέναν', // I don't know anyone
    ],
  },
  weakGoals: {
    local: [
      'κοντά μου', // near me
    ],
  },
  fields: {
    nursing: ['νοσηλευτής', 'νοσηλεύτρια', 'νοσοκόμα'], // nurse (man, woman), nurse
    medicine: ['γιατρός', 'ιατρός'], // doctor, physician
    law: ['δικηγόρος'], // lawyer
    accounting: ['λογιστής', 'λογίστρια'], // accountant (man, woman)
    education: ['δάσκαλος', 'δασκάλα', 'δασκάλους', 'εκπαιδευτικός'], // teacher (man, woman, object plural), educator
    software: ['προγραμματιστής', 'προγραμματίστρια', 'προγραμματιστές'], // developer (man, woman, plural)
    engineering: ['μηχανικός'], // engineer
    'design-creative': ['γραφίστας', 'γραφίστρια'], // graphic designer (man, woman)
    'photography-video': ['φωτογράφος'], // photographer
    music: ['μουσικός', 'μουσικοί'], // musician, musicians
    'real-estate': ['μεσίτης', 'κτηματομεσίτης'], // estate agent, real estate agent
    hospitality: ['σερβιτόρος', 'μάγειρας', 'εστίαση', 'ξενοδοχείο', 'τουρισμός'], // waiter, cook, food service, hotel, tourism
    agriculture: ['αγρότης', 'γεωργία'], // farmer, farming
    translation: ['μεταφραστής', 'μεταφράστρια'], // translator (man, woman)
    students: ['φοιτητής', 'φοιτήτρια', 'απόφοιτος'], // student (man, woman), graduate
  },
  audiences: {
    freelancers: ['ελεύθερος επαγγελματίας', 'ελεύθερη επαγγελματίας'], // self-employed (man, woman)
    'small-business': ['μικρή επιχείρηση', 'το μαγαζί μου', 'την επιχείρησή μου'], // small business, my shop, my business
    startups: ['νεοφυής επιχείρηση', 'ιδρυτής'], // a startup, founder
  },
  groups: {},
  selfMarkers: [],
  selfMarkersAfter: [],
  dating: ['σύντροφο'], // a (life) partner (object)
  countries: {
    GR: ['Ελλάδα', 'Ελλάδας'], // Greece, of Greece
    CY: ['Κύπρο', 'Κύπρου'], // Cyprus (object), of Cyprus
    DE: ['Γερμανία'], // Germany
    GB: ['Αγγλία'], // England
  },
  cities: {
    GR: ['Αθήνα', 'Αθήνας', 'Θεσσαλονίκη', 'Θεσσαλονίκης', 'Πάτρα', 'Ηράκλειο', 'Λάρισα'], // Athens, Thessaloniki (and "of"), Patras, Heraklion, Larissa
    CY: ['Λευκωσία', 'Λεμεσό'], // Nicosia, Limassol
  },
  relocation: [
    'μετακόμισα', // I moved
    'μετακομίσαμε', // we moved
  ],
  places: ['ομάδα', 'ομάδες', 'εφαρμογή', 'ιστοσελίδα'], // group, groups, app, website
  peerTalkPlaces: ['κοινότητα', 'φόρουμ'], // community, forum
  wanting: ['ψάχνω', 'ψάχνουμε', 'θέλω', 'θέλουμε', 'χρειάζομαι'], // I/we look for, I/we want, I need
  employing: ['πρόσληψη', 'προσλήψεις'],
};

export const ROMANIAN: LanguageWords = {
  goals: {
    contacts: [
      'contacte profesionale', // professional contacts
      'rețea de contacte', // network of contacts
      'rețeaua de contacte', // the network of contacts
      'parteneri de afaceri', // business partners
      'partener de afaceri', // a business partner
      'cofondator', // co-founder
    ],
    'peer-ideas': [
      'schimb de idei', // exchange of ideas
      'schimb de experiență', // exchange of experience
      'sfaturi', // advice
      'colegi de breaslă', // fellow members of one's trade
    ],
    referrals: [
      'clienți', // clients
      'clienții', // the clients
      'clienți noi', // new clients
      'clientelă', // clientele
      'recomandări', // recommendations, referrals
    ],
    investors: [
      'investitor', // investor
      'investitori', // investors
      'investitorii', // the investors
      'finanțare', // funding
      'capital de risc', // venture capital
      'strângere de fonduri', // fundraising
    ],
    promotion: [
      'promovare', // promotion
      'promovarea', // the promotion
      'promovez', // I promote
      'reclamă', // an advert, advertising
      'reclame', // adverts
      'publicitate', // advertising
      'urmăritori', // followers
      'vizibilitate', // visibility
    ],
    hiring: [
      'loc de muncă', // a job
      'locuri de muncă', // jobs
      'un job', // a job
      'joburi', // jobs
      'jobul', // the job
      'joburile', // the jobs
      'primul job', // the first job
      'caut de lucru', // I am looking for work
      'angajare', // hiring, getting hired
      'angajări', // hirings
      'angajez', // I hire
      'angajăm', // we hire
      'recrutare', // recruitment
      'stagiu', // internship, traineeship
    ],
    local: [
      'față în față', // face to face
      'întâlniri', // meetings, meetups
      'vecini', // neighbours
    ],
    friends: [
      'prieteni', // friends
      'prietenii', // the friends
      'prietene', // (women) friends
      'prieteni noi', // new friends
      'prietenie', // friendship
      'oameni noi', // new people
      'nu cunosc pe nimeni', // I don't know anyone
    ],
  },
  weakGoals: {
    local: [
      'aproape de mine', // near me
      'în apropiere', // nearby
    ],
  },
  fields: {
    software: ['programator', 'programatori', 'programatoare', 'dezvoltator'], // developer (man, plural, woman), developer
    nursing: ['asistentă medicală', 'asistent medical'], // nurse (woman, man)
    law: ['avocată', 'jurist'], // lawyer (woman), jurist
    accounting: ['contabil', 'contabilă', 'contabilitate'], // accountant (man, woman), accounting
    education: ['profesoară', 'învățător', 'învățătoare'], // teacher (woman), primary teacher (man, woman)
    engineering: ['inginer', 'ingineră'], // engineer (man, woman)
    'design-creative': ['designer grafic'], // graphic designer
    'real-estate': ['agent imobiliar', 'imobiliare'], // estate agent, real estate
    hospitality: ['bucătar', 'ospătar', 'turism', 'ghid turistic'], // cook, waiter, tourism, tour guide
    agriculture: ['fermier', 'agricultură'], // farmer, farming
    translation: ['traducător', 'traducătoare'], // translator (man, woman)
    'hr-recruiting': ['resurse umane'], // human resources
    students: ['studentă', 'absolvent', 'absolventă', 'proaspăt absolvent'], // student (woman), graduate (man, woman), new graduate
  },
  audiences: {
    freelancers: ['liber profesionist', 'pe cont propriu'], // freelancer, self-employed
    'small-business': ['afacerea mea', 'firma mea', 'mică afacere', 'magazinul meu'], // my business, my company, a small business, my shop
    startups: ['fondator', 'antreprenor', 'cofondator'], // founder, entrepreneur, co-founder
  },
  groups: {},
  selfMarkers: [],
  selfMarkersAfter: [],
  dating: ['iubită', 'întâlniri romantice'], // a girlfriend, dates
  countries: {
    RO: ['România', 'României'], // Romania, of Romania
    DE: ['Germania'], // Germany
    GB: ['Marea Britanie'], // Great Britain
    ES: ['Spania'], // Spain
    FR: ['Franța'], // France
    MD: ['Republica Moldova'], // Moldova
  },
  cities: {
    RO: ['București', 'Timișoara', 'Iași', 'Brașov', 'Constanța', 'Craiova', 'Oradea', 'Sibiu', 'Ploiești'],
  },
  relocation: [
    'm-am mutat', // I moved
    'ne-am mutat', // we moved
    'nou în oraș', // new in town (a man)
    'nouă în oraș', // new in town (a woman)
  ],
  places: ['grup', 'grupuri', 'aplicație', 'aplicații'], // group, groups, app, apps
  peerTalkPlaces: ['comunitate', 'comunitatea'], // community, the community
  wanting: ['caut', 'căutăm', 'vreau', 'vrem', 'doresc'], // I look for, we look for, I want, we want, I wish
  employing: ['angajez', 'angajăm', 'recrutare'],
};

export const MALAY: LanguageWords = {
  goals: {
    contacts: [
      'rangkaian perniagaan', // business network
      'rangkaian profesional', // professional network
      'rakan niaga', // business partner
      'rakan kongsi', // partner (in a business)
    ],
    'peer-ideas': [
      'bertukar pendapat', // to exchange opinions
      'bertukar idea', // to exchange ideas
      'berkongsi pengalaman', // to share experience
      'perbincangan', // discussion
      'nasihat', // advice
    ],
    referrals: [
      'cari pelanggan', // to find customers
      'dapat pelanggan', // to get customers
      'pelanggan tetap', // regular customers
    ],
    investors: [
      'pelabur', // investor
      'pelabur malaikat', // angel investor
      'cari pelabur', // to look for investors
      'pembiayaan', // financing
      'modal teroka', // venture capital
    ],
    promotion: [
      'pengiklanan', // advertising
      'jual online', // to sell online
      'berniaga online', // to do business online
      'tingkatkan jualan', // to increase sales
    ],
    hiring: [
      'mengambil pekerja', // taking on workers
      'memerlukan pekerja', // needing workers
      'perlukan pekerja', // needing workers
      'mencari pekerja', // looking for workers
      'kerja kosong', // job vacancies
      'jawatan kosong', // vacant posts
      'cari kerja', // to look for work
      'mencari kerja', // looking for work
      'mohon kerja', // to apply for work
      'permohonan kerja', // a job application
      'peluang pekerjaan', // job opportunities
      'temu duga', // a job interview
      'temuduga', // a job interview
      'ambil pekerja', // to take on workers
      'cari pekerja', // to look for workers
      'pengambilan pekerja', // recruitment of workers
      'latihan industri', // industrial training, an internship
    ],
    local: [
      'bersemuka', // face to face
      'jiran', // neighbour, neighbours
      'jiran tetangga', // neighbours
    ],
    friends: [
      // Other parents, met by parents, as "other parents" in English.
      'ibu bapa lain', // other parents
      'sesama ibu bapa', // fellow parents
      'kawan baru', // new friends
      'cari kawan', // to look for friends
      'rakan baru', // new friends
      'berkawan', // to be friends, make friends
      'persahabatan', // friendship
    ],
  },
  weakGoals: {
    local: [
      'berdekatan', // nearby
    ],
  },
  fields: {
    nursing: ['jururawat'], // nurse
    law: ['peguam'], // lawyer
    accounting: ['akauntan'], // accountant
    education: ['cikgu'], // teacher
    'research-academia': ['pensyarah'], // university lecturer
    engineering: ['jurutera'], // engineer
    software: ['pengaturcara', 'pembangun perisian', 'perisian'], // programmer, software developer, software
    'design-creative': ['pereka grafik'], // graphic designer
    'photography-video': ['jurugambar'], // photographer
    'real-estate': ['ejen hartanah', 'hartanah'], // property agent, property
    hospitality: ['tukang masak', 'kedai makan', 'bakeri', 'pembuat kek', 'kedai kek'], // cook, eatery, bakery, cake maker, cake shop
    students: ['graduan', 'siswazah', 'pelajar universiti'], // graduate, graduate, university student
  },
  audiences: {
    freelancers: ['pekerja bebas', 'bekerja sendiri'], // freelancer, self-employed
    'small-business': ['perniagaan kecil', 'perniagaan saya', 'kedai saya', 'bisnes saya', 'peniaga kecil'], // small business, my business, my shop, my business, small trader
  },
  groups: {},
  selfMarkers: [],
  selfMarkersAfter: [],
  dating: ['kekasih', 'cari jodoh'], // a sweetheart, to look for a life partner
  countries: {
    MY: ['Malaysia'],
    SG: ['Singapura'], // Singapore
    BN: ['Brunei'],
  },
  cities: {
    MY: ['Johor Bahru', 'Shah Alam', 'Petaling Jaya', 'Pulau Pinang', 'Kota Kinabalu', 'Kuching', 'Ipoh', 'Melaka'],
  },
  relocation: [
    'berpindah ke', // moved to
  ],
  places: ['kumpulan', 'laman web'], // group, website
  peerTalkPlaces: ['komuniti'], // community
  wanting: ['nak', 'hendak', 'mahu', 'perlukan', 'memerlukan'], // want, want, want, need, need
  employing: [
    'ambil pekerja',
    'cari pekerja',
    'pengambilan pekerja',
    'mengambil pekerja',
    'memerlukan pekerja',
    'perlukan pekerja',
    'mencari pekerja',
  ],
  volunteering: ['kerja sukarela', 'aktiviti sukarela'], // volunteer work, volunteer activities
};

/** The five languages of this file (`languages.ts` says in what order the reader merges every language's words). */
export const BANGLA_THAI_GREEK_ROMANIAN_MALAY: readonly LanguageWords[] = [BANGLA, THAI, GREEK, ROMANIAN, MALAY];

/** How someone wants to meet, in these languages (the reader's in-person words). */
export const FIVE_LANGUAGES_IN_PERSON_WORDS: Readonly<Record<'in-person' | 'online', readonly string[]>> = {
  'in-person': [
    'সামনাসামনি', // Bangla: face to face
    'เจอตัวจริง', // Thai: to meet in real life
    'ออฟไลน์', // Thai: offline
    'ตัวต่อตัว', // Thai: face to face
    'από κοντά', // Greek: in person
    'πρόσωπο με πρόσωπο', // Greek: face to face
    'față în față', // Romanian: face to face
    'bersemuka', // Malay: face to face
  ],
  online: [
    'অনলাইন', // Bangla: online ("অনলাইনে", online, with its ending)
    'ออนไลน์', // Thai: online
    'διαδικτυακά', // Greek: online
    'dalam talian', // Malay: online
  ],
};

/**
 * Bangla puts "not" after the verb of wanting, after what is not wanted: "চাকরি চাই না" (I don't want a job),
 * "বিনিয়োগকারী দরকার নেই" (no need of investors). Each pair is the verb and its negator; a lack told ("বন্ধু নেই", I
 * have no friends) has no verb of wanting and still asks.
 */
export const BANGLA_NOT_SOUGHT_AFTER: readonly (readonly [string, string])[] = [
  ['চাই', 'না'], // want + not
  ['খুঁজছি', 'না'], // am looking for + not
  ['দরকার', 'নেই'], // need + there is none
  ['প্রয়োজন', 'নেই'], // need + there is none
];

/**
 * "Not" before the verb of wanting: Greek "δεν ψάχνω δουλειά" (I am not looking for work), and its short form before a
 * consonant, "δε θέλω πελάτες" (I don't want customers).
 */
export const FIVE_LANGUAGES_NEGATORS_BEFORE_VERB: readonly string[] = ['δεν', 'δε'];

/**
 * Romanian "not" and the verb of wanting, before what is not wanted: "nu caut un loc de muncă" (I am not looking for a
 * job), "nu am nevoie de investitori" (I don't need investors). Romanian "nu" alone is no negator here: it is "now" in
 * Danish and Swedish ("nu søger jeg venner", now I am looking for friends), and a lack is told with it too ("nu am
 * prieteni", I have no friends).
 */
export const ROMANIAN_NOT_SOUGHT_BEFORE: readonly string[] = [
  'nu caut', // I am not looking for
  'nu căutăm', // we are not looking for
  'nu vreau', // I don't want
  'nu vrem', // we don't want
  'nu doresc', // I don't wish
  'nu am nevoie de', // I don't need
  'nu avem nevoie de', // we don't need
  'nu-mi trebuie', // I don't need
  'nu mă interesează', // I am not interested in
  'nu ne interesează', // we are not interested in
];

/**
 * Thai "not" (ไม่) and what it negates, written run together before what is not wanted: "ไม่ได้หางาน" (I am not looking
 * for a job), "ไม่อยากหาคู่" (I don't want to find a partner), "ไม่ต้องการนักลงทุน" (I don't need investors). Not "ไม่มี"
 * (have no), a lack, which still asks ("ไม่มีเพื่อน", I have no friends).
 */
export const THAI_NOT = 'ไม่';
export const THAI_NEGATED_AFTER_NOT: readonly string[] = [
  'ได้', // (am not) doing: "ไม่ได้หางาน", not looking for a job
  'อยาก', // want
  'ต้องการ', // want, need
  'สนใจ', // be interested in
  'คิดจะ', // intend to
  'ใช่', // (it) is: "ไม่ใช่", not
];

/** "Only", which after "not" adds rather than removes ("nu doar", "όχι μόνο"). */
export const FIVE_LANGUAGES_ONLY: readonly string[] = [
  'doar', // Romanian: only
  'numai', // Romanian: only
  'μόνο', // Greek: only
];

/**
 * Bangla case and number endings, written on to a noun: of (-র, -এর), to (-কে), in (-তে, -এ, -য়), the plural (-রা,
 * -দের, -গুলো, -গুলি) and the article (-টা, -টি): "চাকরির" (of a job), "বন্ধুদের" (of friends), "ঢাকায়" (in Dhaka).
 */
export const BANGLA_ENDINGS: readonly string[] = [
  'র',
  'ের',
  'কে',
  'তে',
  'ে',
  'য়',
  'য়ে',
  'রা',
  'েরা',
  'দের',
  'েদের',
  'গুলো',
  'গুলি',
  'টা',
  'টি',
];
/** Most endings read after a Bangla word: "গ্রাহক-দের-কে" has two. */
export const MOST_BANGLA_ENDINGS = 2;
/** Shortest Bangla word (in folded characters, vowel signs counted) read with endings. */
export const SHORTEST_BANGLA_STEM = 3;

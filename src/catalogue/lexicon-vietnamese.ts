/**
 * Words in Vietnamese for the free-text reader (issue #13), in the shape of `lexicon-turkish-indonesian-polish.ts`
 * ({@link LanguageWords}) and merged the same way: goal words for every goal of the taxonomy, professions, who someone
 * is, countries and big cities, having just moved, places to talk, and the words of wanting. Before these, a text in
 * Vietnamese was read as nothing at all: no goal, field or place.
 *
 * The glosses after the words are the authors' own knowledge of the language, not a dictionary's: a native speaker's
 * review is wanted.
 *
 * How Vietnamese is read: its words are syllables written apart ("khách hàng", customers), so phrases are matched as
 * in English. The reader folds tones and other marks off ("bán" to "ban", "đ" to "d"), so a text typed without them
 * reads the same; but folded, one syllable stands for several words ("ban" is to sell, a friend and a table), so only
 * phrases of two syllables or more are listed, never a lone syllable that another language (or Vietnamese itself)
 * writes as an everyday word: not "cần" (need, folded "can"), "Mỹ" (America, folded "my"), "Anh" (England, also "you",
 * "brother"), "Huế" (folded "hue").
 */
import type { LanguageWords } from './lexicon-turkish-indonesian-polish.ts';

export const VIETNAMESE: LanguageWords = {
  goals: {
    contacts: [
      'mở rộng mối quan hệ', // to widen one's circle of relationships
      'mối quan hệ', // relationships, connections
      'quan hệ kinh doanh', // business relationships
      'kết nối kinh doanh', // business networking
      'đối tác', // a (business) partner
      'đồng sáng lập', // a co-founder
    ],
    'peer-ideas': [
      'trao đổi kinh nghiệm', // to exchange experience
      'chia sẻ kinh nghiệm', // to share experience
      'học hỏi kinh nghiệm', // to learn from (others') experience
      'học hỏi', // to learn (from others)
      'cùng nghề', // (people) in the same trade
      'cùng ngành', // (people) in the same industry
      'góp ý', // feedback, comments
      'thảo luận', // discussion, to discuss
    ],
    referrals: [
      'khách hàng', // customers, clients
      'khách hàng mới', // new customers
      'tìm khách', // to find customers
      'thêm khách', // more customers
      'giới thiệu khách', // to refer customers
      'đơn hàng', // orders (from customers)
    ],
    investors: [
      'nhà đầu tư', // an investor
      'gọi vốn', // to raise capital
      'huy động vốn', // to raise funds
      'vốn đầu tư', // investment capital
      'quỹ đầu tư', // an investment fund
      'đầu tư mạo hiểm', // venture capital
    ],
    promotion: [
      'quảng cáo', // advertising
      'quảng bá', // to promote, publicise
      'tiếp thị', // marketing
      'người theo dõi', // followers
      'lượt theo dõi', // follows
      'truyền miệng', // word of mouth
      'xây dựng thương hiệu', // to build a brand
      // Selling to the public online, as "sell my" products is in English.
      'bán online', // to sell online
      'bán hàng online', // to sell (goods) online
      'bán hàng trực tuyến', // to sell online
      'kinh doanh online', // to do business online
      'tăng doanh số', // to increase sales
    ],
    hiring: [
      'việc làm', // a job, employment
      'tìm việc', // to look for a job
      'tìm việc làm', // to look for a job
      'xin việc', // to apply for a job
      'công việc mới', // a new job
      'việc làm thêm', // a side job
      'nhảy việc', // to change jobs
      'chuyển việc', // to change jobs
      'tuyển dụng', // recruitment
      'tuyển nhân viên', // to hire staff
      'tuyển người', // to hire people
      'thực tập', // an internship
    ],
    local: [
      'gặp mặt', // to meet in person
      'gặp trực tiếp', // to meet face to face
      'buổi gặp mặt', // a meetup
      'họp mặt', // a get-together
      'sự kiện', // events
    ],
    friends: [
      'bạn bè', // friends
      'kết bạn', // to make friends
      'bạn mới', // new friends
      'tình bạn', // friendship
      // Not "người bạn" (a friend): folded it is "người bán", a seller ("mọi người bán online", everyone selling online).
      'đi chơi', // to go out, hang out
      'không quen ai', // I know no one
      'chưa quen ai', // I don't know anyone yet
    ],
  },
  weakGoals: {
    contacts: [
      'giao lưu', // to mingle, exchange
      'làm quen', // to get acquainted
      'kết nối', // to connect
    ],
    local: [
      'gần nhà', // near home
      'quanh đây', // around here
    ],
  },
  fields: {
    software: ['lập trình viên', 'lập trình', 'phần mềm', 'kỹ sư phần mềm'], // programmer, programming, software, software engineer
    nursing: ['y tá', 'điều dưỡng'], // nurse, nursing
    medicine: ['bác sĩ'], // doctor
    dentistry: ['nha sĩ', 'bác sĩ nha khoa', 'nha khoa'], // dentist, dental doctor (a dentist too), dentistry
    law: ['luật sư'], // lawyer
    accounting: ['kế toán'], // accountant, accounting
    education: ['giáo viên', 'dạy học'], // teacher, teaching
    libraries: ['thủ thư', 'cán bộ thư viện'], // librarian, library officer
    'research-academia': ['giảng viên', 'nghiên cứu sinh'], // university lecturer, doctoral student
    engineering: ['kỹ sư'], // engineer
    'design-creative': ['thiết kế', 'thiết kế đồ họa', 'nhà thiết kế'], // design, graphic design, designer
    'photography-video': ['nhiếp ảnh', 'nhiếp ảnh gia', 'chụp ảnh'], // photography, photographer, taking photos
    writing: ['nhà văn', 'viết lách'], // writer, writing
    translation: ['phiên dịch', 'biên dịch', 'dịch thuật'], // interpreting, translating, translation
    'real-estate': ['bất động sản', 'môi giới bất động sản'], // real estate, estate agent
    trades: ['thợ điện', 'thợ sửa ống nước', 'thợ xây', 'thợ mộc'], // electrician, plumber, builder, carpenter
    // Restaurant, hotel, chef, café, eatery; and having opened an eatery or a café ("mở quán"), also a small business.
    hospitality: ['nhà hàng', 'khách sạn', 'đầu bếp', 'quán cà phê', 'quán ăn', 'mở quán'],
    tourism: ['hướng dẫn viên du lịch'], // tour guide (not bare "du lịch", travel)
    // hairdresser or barber, hair salon (two words), nail technician (two words), nail salon, make-up artist, beauty salon
    beauty: [
      'thợ cắt tóc',
      'tiệm tóc',
      'salon tóc',
      'thợ làm móng',
      'thợ nail',
      'tiệm nail',
      'chuyên viên trang điểm',
      'thẩm mỹ viện',
    ],
    agriculture: ['nông dân', 'nông nghiệp'], // farmer, farming
    // Shop, retail, e-commerce, online shop; and having opened a shop or a store ("mở shop", "mở cửa hàng"), also a
    // small business: the phrase is read as both, as "hair salon" is a field and a small business in English.
    'retail-ecommerce': ['cửa hàng', 'bán lẻ', 'thương mại điện tử', 'shop online', 'mở shop', 'mở cửa hàng'],
    'fitness-wellness': ['chạy bộ', 'phòng gym', 'đạp xe', 'huấn luyện viên cá nhân'], // running, gym, cycling, personal trainer
    'hr-recruiting': ['nhân sự'], // human resources
    students: ['sinh viên', 'mới tốt nghiệp', 'mới ra trường'], // student, new graduate, just out of school
  },
  audiences: {
    freelancers: ['làm tự do', 'nghề tự do', 'làm freelance'], // working freelance, a freelance trade
    'small-business': [
      'kinh doanh nhỏ', // a small business
      'buôn bán nhỏ', // small trading
      'hộ kinh doanh', // a household business
      'cửa hàng của mình', // my shop
      'shop của mình', // my shop
      'quán của mình', // my café, my eatery
      // Having opened a shop, a store or an eatery ("mình mở shop quần áo", I opened a clothes shop): its owner.
      'mở shop', // opened a shop
      'mở cửa hàng', // opened a store
      'mở quán', // opened an eatery, a café
    ],
    startups: ['khởi nghiệp', 'nhà sáng lập', 'đồng sáng lập'], // starting a business, a founder, a co-founder
    professionals: ['nhân viên văn phòng', 'dân văn phòng'], // an office worker, office workers
    creators: ['người sáng tạo nội dung', 'kênh của mình'], // a content creator, my channel
  },
  groups: {
    women: ['phụ nữ'], // a woman, women
  },
  selfMarkers: ['tôi là', 'mình là', 'em là'], // I am (formal, casual, to an elder)
  selfMarkersAfter: [],
  dating: ['hẹn hò', 'người yêu'], // dating, a boyfriend or girlfriend
  countries: {
    JP: ['Nhật Bản'], // Japan
    KR: ['Hàn Quốc'], // South Korea
    CN: ['Trung Quốc'], // China
    TW: ['Đài Loan'], // Taiwan
    TH: ['Thái Lan'], // Thailand
    US: ['Hoa Kỳ', 'nước Mỹ'], // the United States, America
    AU: ['nước Úc'], // Australia
  },
  cities: {
    VN: [
      'Hà Nội',
      'Hồ Chí Minh',
      'Thành phố Hồ Chí Minh',
      'TP HCM',
      'TPHCM',
      'Sài Gòn',
      'Đà Nẵng',
      'Hải Phòng',
      'Cần Thơ',
      'Nha Trang',
      'Đà Lạt',
      'Vũng Tàu',
      'Biên Hòa',
    ],
  },
  relocation: [
    'mới chuyển đến', // just moved to
    'chuyển đến', // moved to
    'chuyển vào', // moved into (a city in the south)
    'chuyển nhà', // moved house
    'người mới đến', // a newcomer
  ],
  places: ['nhóm', 'hội nhóm', 'ứng dụng', 'trang web', 'câu lạc bộ'], // group, groups, app, website, club
  peerTalkPlaces: ['cộng đồng', 'diễn đàn'], // community, forum
  wanting: ['muốn'], // to want
  employing: ['tuyển dụng', 'tuyển nhân viên', 'tuyển người'],
};

/** How someone wants to meet, in Vietnamese (the reader's in-person words). */
export const VIETNAMESE_IN_PERSON_WORDS: Readonly<Record<'in-person' | 'online', readonly string[]>> = {
  'in-person': ['gặp trực tiếp', 'gặp mặt trực tiếp'], // to meet face to face
  online: ['trực tuyến', 'qua mạng'], // online, over the internet
};

/** "Not" ("không"), folded as the reader matches negators, before the verb of wanting: "không muốn" (don't want). */
export const VIETNAMESE_NEGATORS_BEFORE_VERB: readonly string[] = ['khong'];

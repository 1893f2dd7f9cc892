/**
 * Words in Chinese for the free-text reader, in Simplified and Traditional characters, in the shape of
 * `lexicon-turkish-indonesian-polish.ts` ({@link LanguageWords}) and merged the same way. Before these, `lexicon.ts`
 * knew a handful of Chinese words (人脉, 找工作, 求职, 招聘, 换工作, 程序员, …), so a text in Traditional characters
 * (Taiwan, Hong Kong) was read as nothing at all and one in Simplified characters nearly so.
 *
 * How the words were chosen: for each goal, the everyday words of mainland usage in Simplified characters, then each
 * in Traditional characters where a character differs (a mapping of the characters that differ, reviewed by hand:
 * 联络 → 聯絡, 客户 → 客戶, 推广 → 推廣; 找工作, 朋友 are the same in both), then the word Taiwan uses where it
 * differs from the mainland one (营销 → 行銷, 职位空缺 → 職缺, 简历 → 履歷, 初创 → 新創, 软件 → 軟體). The words
 * are the authors' own knowledge of Chinese; a native speaker from Taiwan and one from Hong Kong should review them.
 *
 * How it is read: Chinese writes no spaces, and the reader finds these words inside a run of characters, longest first,
 * as it does the Japanese words of `lexicon-scripts.ts` ("我想在台北找新朋友" is "我想在台北找", "新朋友"). Work
 * itself (工作) is as often the work someone has as work sought: read only with a verb of looking, changing or an
 * opening. Negation is written before the verb, run into the rest ({@link CHINESE_NOT}). Place names are left to
 * the city tables: only the country names in Traditional characters are here.
 */
import type { LanguageWords } from './lexicon-turkish-indonesian-polish.ts';

export const CHINESE: LanguageWords = {
  goals: {
    contacts: [
      ...['拓展人脉', '拓展人脈'], // to widen one's network
      ...['积累人脉', '累積人脈'], // to build up a network (Taiwan: 累積)
      ...['商业伙伴', '商業夥伴'], // a business partner (Taiwan: 夥伴)
      ...['合伙人', '合夥人'], // a partner in a venture
      ...['联合创始人', '聯合創始人', '共同創辦人'], // a co-founder (Taiwan: 共同創辦人)
      ...['商务社交', '商務社交'], // business networking
      ...['职场社交', '職場社交'], // networking at work
    ],
    'peer-ideas': [
      ...['交流经验', '交流經驗'], // to exchange experience
      ...['经验交流', '經驗交流'], // an exchange of experience
      ...['分享经验', '分享經驗'], // to share experience
      '同行交流', // an exchange among people in the same line of work
      // to get to know people in one's line of work: peers, as English "meet peers" is (it was read as contacts, and
      // a nurse asking for her peers got co-founder matching)
      ...['认识同行', '認識同行'],
      ...['讨论想法', '討論想法'], // to discuss ideas
      ...['交换意见', '交換意見'], // to exchange views
    ],
    referrals: [
      ...['客户', '客戶'], // clients, customers
      ...['新客户', '新客戶'], // new clients
      '客源', // a source of customers
      ...['转介绍', '轉介紹'], // a referral
      ...['顾客', '顧客'], // customers
    ],
    investors: [
      ...['投资人', '投資人'], // an investor, investors
      ...['投资者', '投資者'], // an investor, investors
      ...['融资', '融資'], // raising funds
      ...['天使投资', '天使投資'], // angel investment
      ...['风险投资', '風險投資'], // venture capital
      '創投', // venture capital (Taiwan)
      '募資', // raising funds (Taiwan)
    ],
    promotion: [
      ...['推广', '推廣'], // promotion
      ...['宣传', '宣傳'], // publicity
      ...['营销', '營銷', '行銷'], // marketing (Taiwan: 行銷)
      ...['广告', '廣告'], // advertising
      ...['粉丝', '粉絲'], // followers, fans
      '口碑', // word of mouth
      '曝光率', // exposure, visibility
    ],
    hiring: [
      ...['工作机会', '工作機會'], // job openings
      ...['找兼职', '找兼職'], // to look for a part-time job
      ...['找实习', '找實習'], // to look for an internship
      ...['面试', '面試'], // a job interview
      ...['简历', '簡歷', '履歷'], // a CV (Taiwan, Hong Kong: 履歷)
      '職缺', // a vacancy (Taiwan)
      '徵才', // recruiting (Taiwan)
      '招人', // to take people on
      '轉職', // to change jobs (Taiwan)
      ...['程序員', '軟件工程師'], // programmer, software engineer (Hong Kong forms of 程序员, 软件工程师)
    ],
    local: [
      '附近', // nearby
      '同城', // in the same city
      ...['邻居', '鄰居'], // neighbours
      ...['线下聚会', '線下聚會'], // an offline get-together
    ],
    friends: [
      '朋友', // friends
      '新朋友', // new friends
      '交朋友', // to make friends
      ...['认识新朋友', '認識新朋友'], // to get to know new friends
      '好友', // good friends
      ...['闺蜜', '閨蜜'], // a best friend (a woman's)
      ...['饭搭子', '飯搭子'], // someone to eat out with (mainland slang)
    ],
  },
  weakGoals: {},
  fields: {
    nursing: ['护士', '護士', '護理師'], // nurse (Taiwan: 護理師)
    medicine: ['医生', '醫生', '醫師'], // doctor
    education: ['老师', '老師'], // teacher
    law: ['律师', '律師'], // lawyer
    accounting: ['会计', '會計', '会计师', '會計師'], // accountant, chartered accountant
    'design-creative': ['设计师', '設計師'], // designer
    'photography-video': ['摄影师', '攝影師'], // photographer
    'real-estate': ['房地产', '房地產'], // real estate
    students: ['学生', '學生', '研究生'], // student, graduate student
  },
  audiences: {
    freelancers: ['自由职业', '自由職業', '自由工作者', '接案'], // freelance work, a freelancer (Taiwan), taking gigs (Taiwan)
    'small-business': ['小生意', '开店', '開店'], // a small business, to run a shop
    // to start a business, a startup (Taiwan), a co-founder (simplified, traditional; Taiwan)
    startups: ['创业', '創業', '新創', '联合创始人', '聯合創始人', '共同創辦人'],
  },
  groups: {},
  selfMarkers: [],
  selfMarkersAfter: [],
  // Dating apps (Taiwan: 交友軟體), a matchmaking date, to find a partner
  dating: ['交友软件', '交友軟體', '相亲', '相親', '脱单', '脫單'],
  countries: { CN: ['中國'], TW: ['臺灣'] }, // China, Taiwan, in Traditional characters (中国, 台灣 are in `lexicon.ts`)
  cities: {},
  relocation: [
    ...['刚搬来', '剛搬來'], // just moved here
    '新城市', // a new city (the same in both)
  ],
  places: [],
  peerTalkPlaces: [],
  wanting: [],
  employing: ['招人', '徵才'],
};

/** How someone wants to meet, in Chinese (the reader's in-person words). */
export const CHINESE_IN_PERSON_WORDS: Readonly<Record<'in-person' | 'online', readonly string[]>> = {
  'in-person': ['线下', '線下', '面对面', '面對面', '见面', '見面'], // offline, face to face, to meet
  online: ['线上', '線上', '网上', '網上', '远程', '遠端'], // online, on the internet, remotely (Taiwan: 遠端)
};

/** Not paying, in Chinese (the reader's budget words for free). */
export const CHINESE_FREE_WORDS: readonly string[] = ['免费', '免費', '不想花钱', '不想花錢']; // free, not wanting to spend

/**
 * "Not": Chinese writes it before the verb, and a sentence runs it into the rest ("我不想找工作", I don't want to look
 * for work; "我们不需要投资人", we don't need investors; "别推荐客户", don't recommend clients). 没/沒 (not, have
 * not) only before a verb of wanting, since "没朋友" (have no friends) is a lack, which still asks.
 */
export const CHINESE_NOT: readonly string[] = ['不', '别', '別'];
/** "Have not", before a verb only: "没在找工作" (not looking for work), "沒有在找" (not looking). */
export const CHINESE_HAVE_NOT: readonly string[] = ['没', '沒'];
/**
 * The verbs "not" negates before a goal word: want (想, 要), need (需要), plan (打算), be doing (在, 有在), again
 * (再), look for (找, 寻找, 尋找), use (用), lack (缺). Not 有 (have): "没有朋友" is a lack.
 */
export const CHINESE_NEGATED_AFTER_NOT: readonly string[] = [
  ...['想', '要', '需要', '打算', '在', '有在', '再', '太'],
  ...['找', '寻找', '尋找', '用', '缺'],
];

/**
 * Characters written one way in Simplified Chinese (mainland China, Singapore) and another in Traditional (Taiwan, Hong
 * Kong, Macau), as pairs: the simplified form, then the traditional one. Only common characters, and only pairs where
 * neither form is also written in the other script (后, 干, 里, 台, 体 are written in Traditional text too, so they
 * are left out). A query holding characters of one side only says which of the places Chinese is spoken it is from.
 */
export const SIMPLIFIED_TRADITIONAL: readonly string[] = (
  '们們 这這 个個 为為 来來 说說 时時 会會 国國 学學 发發 对對 经經 动動 机機 关關 开開 业業 长長 门門 问問 间間 ' +
  '见見 现現 电電 网網 还還 进進 过過 实實 点點 样樣 应應 员員 该該 头頭 东東 车車 书書 买買 卖賣 钱錢 银銀 话話 ' +
  '语語 认認 识識 让讓 请請 谁誰 讨討 论論 设設 计計 务務 产產 广廣 场場 报報 纸紙 红紅 线線 组組 织織 给給 约約 ' +
  '级級 结結 绍紹 职職 联聯 络絡 软軟 优優 鱼魚 马馬 飞飛 龙龍 爱愛 觉覺 听聽 写寫 读讀 题題 页頁 讯訊 记記 许許 ' +
  '证證 评評 词詞 译譯 试試 课課 调調 谈談 谢謝 议議 护護 师師 岁歲 帮幫 单單 区區 医醫 华華 协協 卫衛 厂廠 历歷 ' +
  '压壓 县縣 参參 双雙 变變 号號 吗嗎 园園 图圖 坏壞 块塊 声聲 处處 备備 妈媽 宝寶 导導 层層 带帶 库庫 张張 录錄 ' +
  '总總 战戰 换換 损損 数數 无無 旧舊 显顯 术術 杂雜 权權 条條 极極 构構 标標 树樹 档檔 检檢 欢歡 毕畢 气氣 汉漢 ' +
  '没沒 湾灣 满滿 灯燈 热熱 独獨 画畫 疗療 确確 礼禮 种種 积積 称稱 笔筆 简簡 类類 紧緊 练練 终終 统統 续續 编編 ' +
  '罗羅 脑腦 节節 艺藝 药藥 获獲 营營 虽雖 补補 装裝 观觀 规規 视視 览覽 访訪 详詳 误誤 负負 财財 责責 货貨 质質 ' +
  '购購 贵貴 费費 资資 赚賺 赛賽 转轉 轻輕 较較 边邊 达達 运運 远遠 连連 选選 邮郵 针針 钟鐘 铁鐵 销銷 错錯 键鍵 ' +
  '闻聞 队隊 际際 陆陸 险險 难難 项項 顾顧 预預 领領 频頻 颜顏 风風 饭飯 馆館 验驗 鸡雞 齐齊 龄齡 饰飾 厅廳 汇匯 ' +
  '亲親 兴興 举舉 义義 乐樂 乡鄉 传傳 创創 剧劇 办辦 团團 围圍 奖獎 妇婦 寻尋 将將 归歸 当當 态態 惊驚 择擇 扩擴 ' +
  '势勢 断斷 杀殺 梦夢 楼樓 测測 济濟 灵靈 状狀 环環 盘盤 码碼 离離 签簽 细細 绿綠 缘緣 习習 肤膚 苏蘇 荐薦 蓝藍 ' +
  '顺順 须須 饮飲 驾駕 鲜鮮 鸟鳥 麦麥 烧燒 维維 纪紀 贴貼 贸貿 贷貸 输輸 违違 遗遺 钢鋼 镜鏡 闲閒 阅閱 阶階 随隨'
).split(' ');

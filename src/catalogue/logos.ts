/**
 * Which catalogue entries show a brand icon from the `simple-icons` npm package
 * (CC0 as a package; each icon's brand guidelines and licence are recorded in its
 * data and must be respected: official colour, no distortion, no change to the mark).
 * Resolved at build time by `src/integrations/brand-assets.ts`, which writes
 * `/logos/<slug>.svg`; nothing is fetched at run time.
 *
 * Entry slug → simple-icons slug. An entry that is not here gets a monogram
 * (`monogram()` below): brands the package does not include (LinkedIn and Slack
 * asked to be removed from it), and icons that are another brand's (Angi's
 * HomeAdvisor alias is a former brand, so Angi gets a monogram).
 * `tests/unit/catalogue/logos.test.ts` checks every mapped icon exists.
 */
export const BRAND_ICONS: Readonly<Record<string, string>> = {
  '500px': '500px',
  'academia-edu': 'academia',
  artstation: 'artstation',
  bandcamp: 'bandcamp',
  behance: 'behance',
  bilibili: 'bilibili',
  bluesky: 'bluesky',
  clubhouse: 'clubhouse',
  crunchbase: 'crunchbase',
  'dev-community': 'devdotto',
  deviantart: 'deviantart',
  discord: 'discord',
  dribbble: 'dribbble',
  eight: 'eight',
  etsy: 'etsy',
  facebook: 'facebook',
  fiverr: 'fiverr',
  flickr: 'flickr',
  'freelancer-com': 'freelancer',
  freelancermap: 'freelancermap',
  github: 'github',
  glassdoor: 'glassdoor',
  goodreads: 'goodreads',
  handshake: 'handshake',
  houzz: 'houzz',
  indeed: 'indeed',
  'indie-hackers': 'indiehackers',
  instagram: 'instagram',
  kaggle: 'kaggle',
  kakaotalk: 'kakaotalk',
  kick: 'kick',
  'ko-fi': 'kofi',
  line: 'line',
  malt: 'malt',
  mastodon: 'mastodon',
  medium: 'medium',
  meetup: 'meetup',
  monster: 'monster',
  myspace: 'myspace',
  nextdoor: 'nextdoor',
  odnoklassniki: 'odnoklassniki',
  patreon: 'patreon',
  pinterest: 'pinterest',
  polywork: 'polywork',
  'product-hunt': 'producthunt',
  qq: 'qq',
  quora: 'quora',
  reddit: 'reddit',
  researchgate: 'researchgate',
  rotary: 'rotaryinternational',
  snapchat: 'snapchat',
  soundcloud: 'soundcloud',
  'stack-overflow': 'stackoverflow',
  strava: 'strava',
  substack: 'substack',
  telegram: 'telegram',
  threads: 'threads',
  thumbtack: 'thumbtack',
  tiktok: 'tiktok',
  toptal: 'toptal',
  tumblr: 'tumblr',
  twitch: 'twitch',
  upwork: 'upwork',
  viadeo: 'viadeo',
  vk: 'vk',
  wantedly: 'wantedly',
  wattpad: 'wattpad',
  wechat: 'wechat',
  weibo: 'sinaweibo',
  'welcome-to-the-jungle': 'welcometothejungle',
  wellfound: 'wellfound',
  whatsapp: 'whatsapp',
  x: 'x',
  xiaohongshu: 'xiaohongshu',
  xing: 'xing',
  yelp: 'yelp',
  youtube: 'youtube',
  zalo: 'zalo',
  zhihu: 'zhihu',
  zomato: 'zomato',
};

/**
 * Brands whose guidelines allow their mark in set colours only, pinned here so the logo
 * keeps to them whatever colour `simple-icons` records: simple-icons slug → the colour
 * to draw the icon in (`rrggbb`) and the guidelines it follows (the `guidelines` URL the
 * package records for the icon; `tests/unit/catalogue/logos.test.ts` checks they still match).
 * None of the mapped icons carries a `license` of its own, so the package's CC0 covers them.
 */
export const BRAND_COLOURS: Readonly<Record<string, { hex: string; guidelines: string }>> = {
  // Meta: the "f" in Facebook blue (or in black or white), never another colour.
  facebook: { hex: '0866FF', guidelines: 'https://about.meta.com/brand/resources/facebook/logo' },
  // Meta: the Instagram glyph in its gradient, black or white only; simple-icons' single
  // colour (FF0069) is none of them and a path cannot carry the gradient, so black.
  instagram: { hex: '000000', guidelines: 'https://about.meta.com/brand/resources/instagram' },
  // Meta: the Threads logo in black or white only.
  threads: { hex: '000000', guidelines: 'https://www.meta.com/brand/resources/instagram/threads' },
  // Meta: the WhatsApp logo in WhatsApp green (or in black or white).
  whatsapp: { hex: '25D366', guidelines: 'https://about.meta.com/brand/resources/whatsapp/whatsapp-brand' },
  // X: the logo in black or white only, never in a colour.
  x: { hex: '000000', guidelines: 'https://about.x.com/en/who-we-are/brand-toolkit' },
};

/** The colour to draw an icon in: the brand's pinned colour ({@link BRAND_COLOURS}), else the one simple-icons records. */
export const brandColour = (icon: { slug: string; hex: string }): string => BRAND_COLOURS[icon.slug]?.hex ?? icon.hex;

/** The URL of an entry's logo: a static file written at build time. */
export const logoPath = (slug: string): string => `/logos/${slug}.svg`;

/** WCAG relative luminance of a `#rrggbb` colour. */
export function luminance(hex: string): number {
  const n = parseInt(hex.replace('#', ''), 16);
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

/** WCAG contrast ratio between two `#rrggbb` colours (1–21). */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The tile behind a brand icon: white, or near-black where the brand colour is too light to see on white. */
export const iconTile = (hex: string): string => (contrast(`#${hex}`, '#ffffff') >= 3 ? '#ffffff' : '#16181d');

function hslToHex(h: number, s: number, l: number): string {
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => {
    const k = (n + h / 30) % 12;
    const c = l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(c * 255)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${f(0)}${f(8)}${f(4)}`;
}

/** FNV-1a: a small, stable hash so a slug always gets the same colour. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (const ch of text) h = Math.imul(h ^ ch.codePointAt(0)!, 0x01000193) >>> 0;
  return h;
}

export interface Monogram {
  /** One to three letters or digits. */
  initials: string;
  /** Background, `#rrggbb`; white text on it has a contrast of at least 4.5. */
  background: string;
  foreground: '#ffffff';
}

/**
 * Initials and a colour for an entry with no brand icon. The colour's hue comes
 * from the slug (same slug, same colour, every build); it is darkened until white
 * text reaches WCAG AA contrast (4.5:1).
 */
export function monogram(slug: string, name: string): Monogram {
  const words = name
    .replace(/\(.*?\)/g, ' ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const first = words[0] ?? slug;
  let initials: string;
  if (words.length === 1 && first.length <= 4 && first === first.toUpperCase()) initials = first.slice(0, 3);
  else if (words.length === 1) {
    // One word: its first character, and the next capital if it has one (LinkedIn → LI, 4Networking → 4N).
    const inner = [...first.slice(1)].find((c) => /\p{Lu}/u.test(c));
    initials = first[0]! + (inner ?? '');
  } else {
    const skip = new Set(['the', 'of', 'for', 'and']);
    const kept = words.filter((w, i) => i === 0 || !skip.has(w.toLowerCase()));
    initials = kept
      .slice(0, 2)
      .map((w) => [...w][0]!)
      .join('');
  }
  const h = hash(slug);
  const hue = h % 360;
  const saturation = 0.45 + ((h >>> 9) % 20) / 100;
  let lightness = 0.42;
  let background = hslToHex(hue, saturation, lightness);
  while (contrast(background, '#ffffff') < 4.5 && lightness > 0.05) {
    lightness -= 0.02;
    background = hslToHex(hue, saturation, lightness);
  }
  return { initials: initials.toUpperCase(), background, foreground: '#ffffff' };
}

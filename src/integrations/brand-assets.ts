/**
 * Astro integration: the images the site shows and shares, made at build time in
 * Node from npm packages only (nothing is fetched, at build or at run time).
 *
 * - `/logos/<slug>.svg` for every entry: its `simple-icons` brand icon in the
 *   brand's own colour (the one its guidelines set, where `BRAND_COLOURS` pins it),
 *   unaltered, on a plain tile (`src/catalogue/logos.ts` says which), or a monogram.
 * - `/og/<path>.png` share cards, 1200×630, for the built pages `shareCardPath()` names
 *   (so none for the long tail of site pages, rendered on demand: src/catalogue/prerender.ts),
 *   and `/og/default.png` for the rest; laid out with `satori`, rasterised with
 *   `@resvg/resvg-js`, in Inter from `@fontsource/inter`. Each card is cached by
 *   a hash of what is on it in `node_modules/.cache/networkwise-og/`.
 *
 * Titles and descriptions come from each built page's own `og:title` and
 * `og:description`, so the card says what the page says.
 */
import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve, sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { renderAsync } from '@resvg/resvg-js';
import satori from 'satori';
import { loadEntries, type SiteEntry } from '#src/catalogue/entry-file.ts';
import { BRAND_ICONS, brandColour, iconTile, monogram, type Monogram } from '#src/catalogue/logos.ts';
import { DEFAULT_CARD, SHARE_CARD, shareCardPath } from '#src/shared/share-card.ts';
import { readCatalogueFiles } from './vite-catalogue.ts';

const require = createRequire(import.meta.url);
/** Bump when the card design changes, so cached cards are redrawn. */
const CARD_VERSION = 2;

export interface IconData {
  title: string;
  slug: string;
  hex: string;
  guidelines?: string;
  license?: { type: string; url?: string };
}

/** The icons' data (title, colour, guidelines, licence) as `simple-icons` records it. */
export function iconData(): Map<string, IconData> {
  const data = JSON.parse(readFileSync(require.resolve('simple-icons/icons.json'), 'utf8')) as IconData[];
  return new Map(data.map((i) => [i.slug, i]));
}

/** The single path of a `simple-icons` icon (24×24 view box). */
export function iconPath(iconSlug: string): string {
  const svg = readFileSync(require.resolve(`simple-icons/icons/${iconSlug}.svg`), 'utf8');
  const d = /<path d="([^"]+)"/.exec(svg)?.[1];
  if (!d) throw new Error(`simple-icons: no path in ${iconSlug}.svg`);
  return d;
}

const escapeXml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

/** A 48×48 SVG logo for an entry: brand icon on a tile, or its monogram. */
export function logoSvg(site: Pick<SiteEntry, 'slug' | 'name'>, icons: Map<string, IconData>): string {
  const open = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48" width="48" height="48">';
  const iconSlug = BRAND_ICONS[site.slug];
  const icon = iconSlug === undefined ? undefined : icons.get(iconSlug);
  if (iconSlug !== undefined && !icon) throw new Error(`src/catalogue/logos.ts: ${site.slug}: no icon ${iconSlug}`);
  if (icon) {
    const colour = brandColour(icon);
    const tile = iconTile(colour);
    // Scaled evenly (never stretched), in the brand's colour (its guidelines' where they set one), clear space on every side.
    return (
      `${open}<title>${escapeXml(icon.title)}</title>` +
      `<rect x="0.5" y="0.5" width="47" height="47" rx="10" fill="${tile}" stroke="#d6d3cc"/>` +
      `<path transform="translate(10 10) scale(1.1666667)" fill="#${colour}" d="${iconPath(icon.slug)}"/></svg>`
    );
  }
  const m = monogram(site.slug, site.name);
  const size = m.initials.length >= 3 ? 15 : m.initials.length === 2 ? 19 : 23;
  return (
    `${open}<rect width="48" height="48" rx="10" fill="${m.background}"/>` +
    `<text x="24" y="24" dy="0.35em" text-anchor="middle" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif" font-weight="700" font-size="${size}" fill="${m.foreground}">${escapeXml(m.initials)}</text></svg>`
  );
}

/** The logo as a share card draws it. */
export function cardLogo(site: Pick<SiteEntry, 'slug' | 'name'>, icons: Map<string, IconData>): CardLogo {
  return BRAND_ICONS[site.slug] === undefined
    ? { monogram: monogram(site.slug, site.name) }
    : { svg: logoSvg(site, icons) };
}

// ---- share cards ----------------------------------------------------------

interface Node {
  type: string;
  props: {
    style?: Record<string, unknown>;
    children?: (Node | string)[] | Node | string | undefined;
    [k: string]: unknown;
  };
}
const h = (type: string, style: Record<string, unknown>, children?: (Node | string)[] | string, extra = {}): Node => ({
  type,
  props: { style, children, ...extra },
});

let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;
function loadFonts() {
  fonts ??= (['latin', 'latin-ext'] as const).flatMap((subset) =>
    ([400, 700] as const).map((weight) => ({
      name: 'Inter',
      weight,
      style: 'normal' as const,
      data: readFileSync(require.resolve(`@fontsource/inter/files/inter-${subset}-${weight}-normal.woff`)),
    })),
  );
  return fonts;
}

export type CardLogo = { svg: string } | { monogram: Monogram };

export interface CardInput {
  title: string;
  description: string;
  /** Logos shown above the title: a site page shows one, a pair two. */
  logos: CardLogo[];
  /** A short label over the title: "Networking site", "Compare", "Purpose". */
  eyebrow: string;
}

const clip = (s: string, max: number) => (s.length <= max ? s : `${s.slice(0, max - 1).trimEnd()}…`);

function cardTree(card: CardInput): Node {
  const logoRow =
    card.logos.length === 0
      ? []
      : [
          h(
            'div',
            { display: 'flex', alignItems: 'center', gap: 28, marginBottom: 28 },
            card.logos.flatMap((svg, i) => [
              ...(i > 0 ? [h('div', { fontSize: 40, fontWeight: 700, color: '#555b66' }, 'vs')] : []),
              'svg' in svg
                ? h('img', { width: 112, height: 112 }, undefined, {
                    src: `data:image/svg+xml;base64,${Buffer.from(svg.svg).toString('base64')}`,
                    width: 112,
                    height: 112,
                  })
                : // A monogram is drawn here in Inter: resvg has no system fonts for SVG text.
                  h(
                    'div',
                    {
                      width: 112,
                      height: 112,
                      borderRadius: 25,
                      background: svg.monogram.background,
                      color: svg.monogram.foreground,
                      display: 'flex',
                      alignItems: 'center',
                      justifyContent: 'center',
                      fontSize: svg.monogram.initials.length >= 3 ? 40 : 50,
                      fontWeight: 700,
                    },
                    svg.monogram.initials,
                  ),
            ]),
          ),
        ];
  const title = clip(card.title, 90);
  return h(
    'div',
    {
      width: SHARE_CARD.width,
      height: SHARE_CARD.height,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '56px 72px 48px',
      background: '#faf8f3',
      color: '#1d1f24',
      fontFamily: 'Inter',
      borderTop: '16px solid #0b6e69',
    },
    [
      h('div', { display: 'flex', flexDirection: 'column' }, [
        ...logoRow,
        h(
          'div',
          { fontSize: 26, fontWeight: 700, color: '#0b6e69', textTransform: 'uppercase', letterSpacing: 2 },
          card.eyebrow,
        ),
        h('div', { fontSize: title.length > 40 ? 56 : 72, fontWeight: 700, lineHeight: 1.1, marginTop: 12 }, title),
        h(
          'div',
          { fontSize: 32, lineHeight: 1.35, color: '#3d424b', marginTop: 24 },
          clip(card.description, card.logos.length > 0 ? 150 : 220),
        ),
      ]),
      h('div', { display: 'flex', alignItems: 'center', fontSize: 30, fontWeight: 700 }, [
        h('div', {
          width: 40,
          height: 40,
          borderRadius: 20,
          marginRight: 16,
          backgroundImage: 'linear-gradient(135deg, #0b6e69 50%, #b8432f 50%)',
        }),
        'Networkwise',
        h('div', { fontWeight: 400, color: '#555b66', marginLeft: 16 }, '· which networking site is for what'),
      ]),
    ],
  );
}

/** A 1200×630 PNG for one card. */
export async function renderCard(card: CardInput): Promise<Buffer> {
  const svg = await satori(cardTree(card), {
    width: SHARE_CARD.width,
    height: SHARE_CARD.height,
    fonts: loadFonts(),
  });
  // Rasterised on libuv's thread pool, so the next card's layout runs meanwhile (2 cores, twice the cards).
  return (await renderAsync(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } })).asPng();
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (all, e: string) =>
    e.startsWith('#x') || e.startsWith('#X')
      ? String.fromCodePoint(parseInt(e.slice(2), 16))
      : e.startsWith('#')
        ? String.fromCodePoint(Number(e.slice(1)))
        : (ENTITIES[e] ?? all),
  );
const metaOf = (html: string, property: string) =>
  decode(new RegExp(`<meta[^>]+property="${property}"[^>]+content="([^"]*)"`).exec(html)?.[1] ?? '');

const HEAD_END = Buffer.from('</head>');

/**
 * A built page up to the end of its `<head>` (all of it when it has none), where its `og:` tags are: the
 * cards need nothing else. Heads are a few kB; whole pages (up to about 180 kB for a purpose page) were
 * read, a thousand and more of them, only to be dropped, garbage on the build's heap just before the cards
 * are drawn, the build's most memory-hungry moment (issue 16).
 */
export function pageHead(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const chunks: Buffer[] = [];
    let length = 0;
    for (;;) {
      const chunk = Buffer.alloc(16 * 1024);
      const read = readSync(fd, chunk, 0, chunk.length, length);
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
      length += read;
      // Searched from a little before the new chunk, so a tag split across two reads is found.
      const whole = Buffer.concat(chunks, length);
      const end = whole.indexOf(HEAD_END, Math.max(0, length - read - HEAD_END.length));
      if (end !== -1) return whole.subarray(0, end + HEAD_END.length).toString('utf8');
    }
    return Buffer.concat(chunks, length).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

function htmlPages(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === '_astro' || name === 'og' ? [] : htmlPages(full, base);
    return name === 'index.html' ? [`/${relative(base, dir).split(sep).join('/')}/`.replace(/^\/+/, '/')] : [];
  });
}

const GENERIC: CardInput = {
  eyebrow: 'Networkwise',
  title: 'Which online networking site is for what',
  description:
    'Business or social networking? Compare LinkedIn, Meetup, BNI, Reddit, Discord and 190 more by what each is for. Honest, sourced, no paid placement.',
  logos: [],
};

/** The card for one built page, or undefined when the page has none of its own. */
function cardFor(path: string, html: string, bySlug: Map<string, CardLogo>): CardInput | undefined {
  const title = metaOf(html, 'og:title');
  // "LinkedIn: Professional network…" under "LinkedIn: what it is good for" says the name once.
  const named = /^([^:]+): /.exec(title)?.[1];
  const said = metaOf(html, 'og:description');
  const description = named && said.startsWith(`${named}: `) ? said.slice(named.length + 2) : said;
  if (path === '/') return { ...GENERIC, description: description || GENERIC.description };
  const [, section, rest] = /^\/([a-z]+)\/(.+)\/$/.exec(path) ?? [];
  if (section === 'sites' && rest && bySlug.has(rest))
    return { eyebrow: 'Networking site', title, description, logos: [bySlug.get(rest)!] };
  if (section === 'purposes') return { eyebrow: 'Sites by purpose', title, description, logos: [] };
  if (section === 'compare' && rest) {
    // Looked up, never split blindly: slugs have hyphens too.
    for (const [a, svg] of bySlug)
      if (rest.startsWith(`${a}-vs-`) && bySlug.has(rest.slice(a.length + 4)))
        return { eyebrow: 'Compare', title, description, logos: [svg, bySlug.get(rest.slice(a.length + 4))!] };
  }
  return undefined;
}

/** Writes a card, from the cache when the same card was drawn before. */
async function writeCard(file: string, card: CardInput, cacheDir: string): Promise<boolean> {
  const key = createHash('sha256')
    .update(JSON.stringify({ v: CARD_VERSION, card }))
    .digest('hex')
    .slice(0, 32);
  const cached = join(cacheDir, `${key}.png`);
  let png: Buffer;
  let hit = false;
  if (existsSync(cached)) {
    png = readFileSync(cached);
    hit = true;
  } else {
    png = await renderCard(card);
    writeFileSync(cached, png);
  }
  mkdirSync(resolve(file, '..'), { recursive: true });
  writeFileSync(file, png);
  return hit;
}

export type CardJob = [file: string, card: CardInput];

/** Draws the cards (from the cache where it has them), a few in flight: layout on this thread, rasterising on the pool. */
export async function drawCards(jobs: CardJob[], cacheDir: string): Promise<{ made: number; cached: number }> {
  let made = 0;
  let cached = 0;
  const lanes = Array.from({ length: 4 }, async () => {
    for (let job = jobs.shift(); job; job = jobs.shift()) {
      if (await writeCard(...job, cacheDir)) cached++;
      else made++;
    }
  });
  await Promise.all(lanes);
  return { made, cached };
}

/**
 * {@link drawCards} in a worker thread with its own small heap, ended when done
 * (`share-card-worker.ts`). The build's own process already holds about
 * 1.4 GB after prerendering, and drawing a thousand cards there grew it by
 * 0.6 GB more, the build's peak (issue 16); a worker's heap is collected
 * within its limit and freed at its end. Falls back to this thread if the
 * worker cannot start.
 */
async function drawCardsApart(
  jobs: CardJob[],
  cacheDir: string,
  logger: { warn(message: string): void },
): Promise<{ made: number; cached: number }> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./share-card-worker.ts', import.meta.url), {
      workerData: { jobs, cacheDir },
      resourceLimits: { maxOldGenerationSizeMb: CARD_WORKER_HEAP_MB },
    });
  } catch (error) {
    logger.warn(`share cards: no worker (${(error as Error).message}); drawing them here`);
    return drawCards(jobs, cacheDir);
  }
  return await new Promise((done, fail) => {
    worker.once('message', (counts: { made: number; cached: number }) => done(counts));
    worker.once('error', fail);
    worker.once('exit', (code) => fail(new Error(`share cards: the worker exited with ${code} before it finished`)));
  });
}

/** The card worker's old-generation heap: room for a few cards in flight, small enough to be collected often. */
const CARD_WORKER_HEAP_MB = 256;

/**
 * `sites`: the entries, where the build has them already (`catalogueAssets().sites`); without it every
 * content file is read and parsed again, which at 10,000 entries costs the build's last step time and memory.
 */
export function brandAssets(
  options: { root?: string; sites?: () => readonly Pick<SiteEntry, 'slug' | 'name'>[] } = {},
): AstroIntegration {
  const root = resolve(options.root ?? process.cwd());
  const entries = options.sites ?? (() => loadEntries(readCatalogueFiles(root)));
  return {
    name: 'networkwise-brand-assets',
    hooks: {
      // `astro dev`: the same logos, and the generic card for every page.
      'astro:server:setup': ({ server }) => {
        const icons = iconData();
        server.middlewares.use((req, res, next) => {
          const url = req.url?.split('?')[0] ?? '';
          const logo = /^\/logos\/([a-z0-9-]+)\.svg$/.exec(url)?.[1];
          const site = logo ? entries().find((s) => s.slug === logo) : undefined;
          if (site) {
            res.setHeader('Content-Type', 'image/svg+xml');
            res.end(logoSvg(site, icons));
            return;
          }
          if (/^\/og\/.+\.png$/.test(url)) {
            void renderCard(GENERIC).then((png) => {
              res.setHeader('Content-Type', 'image/png');
              res.end(png);
            }, next);
            return;
          }
          next();
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const client = fileURLToPath(dir);
        const started = Date.now();
        const icons = iconData();
        const sites = entries();
        mkdirSync(join(client, 'logos'), { recursive: true });
        for (const site of sites) writeFileSync(join(client, 'logos', `${site.slug}.svg`), logoSvg(site, icons));
        const bySlug = new Map(sites.map((s) => [s.slug, cardLogo(s, icons)] as const));

        const cacheDir = join(root, 'node_modules/.cache/networkwise-og');
        mkdirSync(cacheDir, { recursive: true });
        const jobs: CardJob[] = [[join(client, DEFAULT_CARD), GENERIC]];
        for (const path of htmlPages(client)) {
          const target = shareCardPath(path, true);
          if (target === DEFAULT_CARD) continue;
          const card = cardFor(path, pageHead(join(client, path, 'index.html')), bySlug);
          if (!card) throw new Error(`share cards: no card for ${path}`);
          jobs.push([join(client, target), card]);
        }
        const { made, cached } = await drawCardsApart(jobs, cacheDir, logger);
        logger.info(
          `${sites.length} logos, ${made + cached} share cards (${made} drawn, ${cached} from cache) in ${Date.now() - started} ms`,
        );
      },
    },
  };
}

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEntries } from '#src/catalogue/entry-file.ts';
import { BRAND_COLOURS, BRAND_ICONS, contrast, iconTile, logoPath, monogram } from '#src/catalogue/logos.ts';
import { cardLogo, iconData, iconPath, logoSvg, pageHead, renderCard } from '#src/integrations/brand-assets.ts';
import { readCatalogueFiles } from '#src/integrations/vite-catalogue.ts';
import { DEFAULT_CARD, shareCardPath } from '#src/shared/share-card.ts';

const sites = loadEntries(readCatalogueFiles(join(import.meta.dirname, '../../..')));
const icons = iconData();

describe('the logo map (src/catalogue/logos.ts)', () => {
  it('maps only catalogue entries, each to an icon simple-icons has, with its path', () => {
    const slugs = new Set(sites.map((s) => s.slug));
    for (const [entry, icon] of Object.entries(BRAND_ICONS)) {
      expect(slugs.has(entry), `${entry} is not an entry`).toBe(true);
      expect(icons.get(icon), `simple-icons has no ${icon} (for ${entry})`).toBeDefined();
      expect(iconPath(icon)).toMatch(/^[Mm][\d.\s,-]/);
    }
  });

  it('maps an entry to the icon of its own brand (the icon title is the entry name or one of its aliases)', () => {
    const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
    const odd: string[] = [];
    for (const [entry, icon] of Object.entries(BRAND_ICONS)) {
      const site = sites.find((s) => s.slug === entry)!;
      const title = norm(icons.get(icon)!.title);
      const names = [site.name, ...(site.aliases ?? [])].map(norm);
      if (!names.some((n) => n === title || n.startsWith(title) || n.endsWith(title) || title.endsWith(n)))
        odd.push(`${entry} → ${icons.get(icon)!.title}`);
    }
    expect(odd).toEqual([]);
  });

  it('gives LinkedIn and Slack monograms: simple-icons removed them at the brands’ request', () => {
    expect(BRAND_ICONS.linkedin).toBeUndefined();
    expect(BRAND_ICONS.slack).toBeUndefined();
    expect(icons.has('linkedin')).toBe(false);
    expect(logoSvg({ slug: 'linkedin', name: 'LinkedIn' }, icons)).toContain('>LI</text>');
  });

  it('draws a brand icon in its official colour, evenly scaled, on a tile it can be seen on', () => {
    const svg = logoSvg({ slug: 'xing', name: 'XING' }, icons);
    expect(svg).toContain(`fill="#${icons.get('xing')!.hex}"`);
    expect(svg).toContain(`d="${iconPath('xing')}"`);
    expect(svg).toMatch(/scale\(([\d.]+)\)/);
    expect(svg).not.toMatch(/scale\([\d.]+[ ,][\d.]+\)/);
    // Snapchat yellow cannot be seen on white: a dark tile.
    expect(iconTile(icons.get('snapchat')!.hex)).not.toBe('#ffffff');
    expect(iconTile('0A66C2')).toBe('#ffffff');
    for (const icon of Object.values(BRAND_ICONS))
      expect(contrast(`#${icons.get(icon)!.hex}`, iconTile(icons.get(icon)!.hex)), icon).toBeGreaterThanOrEqual(1.5);
  });

  it('keeps to the colours brand guidelines set (Meta, X), following the guidelines simple-icons records', () => {
    for (const [icon, { hex, guidelines }] of Object.entries(BRAND_COLOURS)) {
      expect(icons.get(icon)?.guidelines, `${icon}: simple-icons records other guidelines now; re-read them`).toBe(
        guidelines,
      );
      const entry = Object.entries(BRAND_ICONS).find(([, i]) => i === icon)![0];
      const svg = logoSvg({ slug: entry, name: icons.get(icon)!.title }, icons);
      expect(svg).toContain(`fill="#${hex}"`);
      expect(contrast(`#${hex}`, iconTile(hex)), icon).toBeGreaterThanOrEqual(3);
    }
    // Instagram's glyph comes in its gradient, black or white only: not simple-icons' single pink.
    expect(BRAND_COLOURS.instagram!.hex).toBe('000000');
    expect(logoSvg({ slug: 'instagram', name: 'Instagram' }, icons)).not.toContain(`#${icons.get('instagram')!.hex}"`);
  });

  it('writes a logo for every entry at a stable path', () => {
    for (const site of sites) expect(logoSvg(site, icons)).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(logoPath('bni')).toBe('/logos/bni.svg');
  });
});

describe('monograms', () => {
  it('uses initials the way people abbreviate the name', () => {
    expect(monogram('linkedin', 'LinkedIn').initials).toBe('LI');
    expect(monogram('bni', 'BNI').initials).toBe('BNI');
    expect(monogram('4networking', '4Networking').initials).toBe('4N');
    expect(monogram('allnurses', 'allnurses').initials).toBe('A');
    expect(monogram('kiwanis', 'Kiwanis International').initials).toBe('KI');
    expect(monogram('british-chambers-of-commerce', 'British Chambers of Commerce').initials).toBe('BC');
    expect(monogram('seedrs', 'Republic Europe (formerly Seedrs)').initials).toBe('RE');
  });

  it('derives the colour from the slug alone, the same every time, and spreads entries over many colours', () => {
    expect(monogram('bni', 'BNI').background).toBe(monogram('bni', 'Another name').background);
    expect(monogram('bni', 'BNI')).toEqual(monogram('bni', 'BNI'));
    const colours = new Set(sites.map((s) => monogram(s.slug, s.name).background));
    expect(colours.size).toBeGreaterThan(sites.length / 2);
  });

  it('keeps white initials at WCAG AA contrast (4.5:1) on every entry’s colour', () => {
    for (const site of sites) {
      const m = monogram(site.slug, site.name);
      expect(m.background).toMatch(/^#[0-9a-f]{6}$/);
      expect(contrast(m.background, m.foreground), site.slug).toBeGreaterThanOrEqual(4.5);
      expect(m.initials.length).toBeGreaterThanOrEqual(1);
      expect(m.initials.length).toBeLessThanOrEqual(3);
    }
  });

  it('escapes initials in the SVG', () => {
    expect(logoSvg({ slug: 'x-y', name: '<b>' }, icons)).not.toContain('<b>');
  });
});

describe('share cards', () => {
  it('names its own card for the home, site, purpose and pair pages only when prerendered', () => {
    expect(shareCardPath('/', true)).toBe('/og/home.png');
    expect(shareCardPath('/sites/linkedin/', true)).toBe('/og/sites/linkedin.png');
    expect(shareCardPath('/sites/linkedin', true)).toBe('/og/sites/linkedin.png');
    expect(shareCardPath('/purposes/referrals/', true)).toBe('/og/purposes/referrals.png');
    expect(shareCardPath('/compare/linkedin-vs-xing/', true)).toBe('/og/compare/linkedin-vs-xing.png');
    expect(shareCardPath('/sites/linkedin/', false)).toBe(DEFAULT_CARD);
    expect(shareCardPath('/sites/linkedin/reviews/', true)).toBe(DEFAULT_CARD);
    expect(shareCardPath('/sites/filter/', true)).toBe(DEFAULT_CARD);
    expect(shareCardPath('/methodology/', true)).toBe(DEFAULT_CARD);
  });

  it('renders a 1200×630 PNG with fonts from npm, nothing fetched', async () => {
    const png = await renderCard({
      eyebrow: 'Compare',
      title: 'LinkedIn vs XING: which is for what',
      description: 'What each is good for.',
      logos: [cardLogo({ slug: 'linkedin', name: 'LinkedIn' }, icons), cardLogo({ slug: 'xing', name: 'XING' }, icons)],
    });
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(png.length).toBeGreaterThan(10_000);
  });

  it('uses only packages that install from npm with no download scripts', () => {
    const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '../../../package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    for (const name of ['simple-icons', 'satori', '@resvg/resvg-js', '@fontsource/inter']) {
      expect(pkg.dependencies[name], name).toMatch(/^\^?\d/);
      const own = JSON.parse(
        readFileSync(join(import.meta.dirname, '../../../node_modules', name, 'package.json'), 'utf8'),
      ) as {
        scripts?: Record<string, string>;
      };
      expect(own.scripts?.postinstall, name).toBeUndefined();
      expect(own.scripts?.install, name).toBeUndefined();
    }
  });
});

describe('pageHead (what the share cards read of a built page)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'page-head-'));
  const page = (name: string, text: string) => {
    const file = join(dir, name);
    writeFileSync(file, text);
    return file;
  };
  const head = (pad: number) =>
    `<!doctype html><html><head><meta property="og:title" content="Ünïcode – ${'x'.repeat(pad)}"></head>`;

  it('returns the page up to and including </head>, wherever the reads split it', () => {
    // Heads shorter than, around and longer than one 16 KiB read, so the tag falls inside and across reads.
    for (const pad of [10, 16_300, 16_330, 16_360, 40_000]) {
      const text = `${head(pad)}<body>${'é'.repeat(50_000)}</body></html>`;
      expect(pageHead(page(`p${pad}.html`, text))).toBe(head(pad));
    }
  });

  it('returns the whole page when it has no </head>', () => {
    const text = `<p>${'ü'.repeat(20_000)}</p>`;
    expect(pageHead(page('nohead.html', text))).toBe(text);
    rmSync(dir, { recursive: true, force: true });
  });
});

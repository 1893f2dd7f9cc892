/**
 * Share cards (`og:image`): which pages have their own 1200×630 PNG, written at
 * build time by `src/integrations/brand-assets.ts`, and where it is. Every other
 * page (on-demand ones included) points at the generic card. Layout.astro and
 * the integration both ask here, so a page never names a card that was not made.
 */
export const SHARE_CARD = { width: 1200, height: 630 } as const;

export const DEFAULT_CARD = '/og/default.png';

const OWN_CARD = [
  /^\/$/,
  /^\/sites\/(?!filter\/)[a-z0-9-]+\/$/,
  /^\/purposes\/[a-z0-9-]+\/$/,
  /^\/compare\/[a-z0-9-]+-vs-[a-z0-9-]+\/$/,
];

/** The page's own card for a prerendered home, site, purpose or compare-pair page; the generic card otherwise. */
export function shareCardPath(pathname: string, prerendered: boolean): string {
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  if (!prerendered || !OWN_CARD.some((re) => re.test(path))) return DEFAULT_CARD;
  return path === '/' ? '/og/home.png' : `/og${path.slice(0, -1)}.png`;
}

/// <reference types="astro/client" />

declare module 'virtual:networkwise/catalogue' {
  import type { SiteEntry } from '#src/catalogue/entry-file.ts';
  import type { SearchIndex } from '#src/features/search/rules/search.ts';
  /** Every catalogue entry, validated at build time. */
  export const sites: SiteEntry[];
  /** Each entry's description rendered from Markdown to HTML, by slug. */
  export const descriptions: Record<string, string>;
  /** When the catalogue module was built (ISO date); ties ETags to the build. */
  export const builtAt: string;
  /** The search index over `sites`, built at build time (see src/features/search/rules/search.ts). */
  export const searchIndex: SearchIndex;
  /** How many entries get prerendered pages (src/catalogue/prerender.ts). */
  export const prerenderLimit: number;
}

/** The same as `virtual:networkwise/catalogue`, except in the deployed Worker, where the data is null (it reads static assets). */
declare module 'virtual:networkwise/catalogue-runtime' {
  import type { SiteEntry } from '#src/catalogue/entry-file.ts';
  import type { SearchIndex } from '#src/features/search/rules/search.ts';
  export const sites: SiteEntry[] | null;
  export const descriptions: Record<string, string> | null;
  export const builtAt: string;
  export const searchIndex: SearchIndex | null;
  export const prerenderLimit: number | null;
}

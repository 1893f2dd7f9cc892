/// <reference types="astro/client" />

declare module 'virtual:networkwise/catalogue' {
  import type { SiteEntry } from './lib/entry-file';
  import type { SearchIndex } from './lib/search';
  /** Every catalogue entry, validated at build time. */
  export const sites: SiteEntry[];
  /** When the catalogue module was built (ISO date); ties ETags to the build. */
  export const builtAt: string;
  /** The search index over `sites`, built at build time (see src/lib/search.ts). */
  export const searchIndex: SearchIndex;
}

/// <reference types="astro/client" />

declare module 'virtual:networkwise/catalogue' {
  import type { SiteEntry } from './lib/entry-file';
  /** Every catalogue entry, validated at build time. */
  export const sites: SiteEntry[];
  /** When the catalogue module was built (ISO date); ties ETags to the build. */
  export const builtAt: string;
}

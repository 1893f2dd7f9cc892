// @ts-check
import { defineConfig } from 'astro/config';
import cloudflare from '@astrojs/cloudflare';
import { catalogue } from './scripts/vite-catalogue.ts';

export default defineConfig({
  site: 'https://networkwise.example',
  output: 'static',
  // No sessions: visitors get no cookies (DESIGN.md), so no SESSION KV binding either.
  session: false,
  trailingSlash: 'ignore',
  adapter: cloudflare({ imageService: 'passthrough' }),
  vite: { plugins: [catalogue()] },
});

/**
 * Astro integration: after the build, adds the security headers to
 * `dist/client/_headers` so Cloudflare serves prerendered pages and assets
 * with them (the Worker adds the same headers to its own responses).
 */
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFileBlock } from '#src/shared/security-headers.ts';

export function securityHeaders(): AstroIntegration {
  return {
    name: 'networkwise-security-headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const file = fileURLToPath(new URL('_headers', dir));
        const block = headersFileBlock();
        if (!existsSync(file)) writeFileSync(file, block);
        else if (!readFileSync(file, 'utf8').includes(block)) appendFileSync(file, `\n${block}`);
      },
    },
  };
}

#!/usr/bin/env node
/**
 * `npm run build`: `astro build` with the environment every build of this
 * project runs with (`BUILD_ENV` in `local-env.mjs` says why).
 */
import { astroBuild } from './local-env.mjs';

try {
  astroBuild({ env: process.env });
} catch (error) {
  process.exit(typeof error.status === 'number' ? error.status : 1);
}

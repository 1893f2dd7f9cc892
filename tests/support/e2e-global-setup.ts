/**
 * Builds the site and serves it exactly as `npm start` does, on a free port
 * with a throwaway local D1 (migrations + seed). Tests get the base URL and the
 * admin token through `inject()`. E2E_SKIP_BUILD=1 reuses an existing dist/.
 */
import type { TestProject } from 'vitest/node';
import { buildSite, serveBuilt } from './serve-built.mjs';

export default async function setup(project: TestProject) {
  if (!process.env['E2E_SKIP_BUILD']) buildSite();
  const site = await serveBuilt();
  project.provide('baseUrl', site.baseUrl);
  project.provide('adminToken', site.adminToken);
  return () => site.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    adminToken: string;
  }
}

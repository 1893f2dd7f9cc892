/**
 * Search: what pages and routers may use. The index itself is built at build
 * time beside the catalogue (`src/integrations/vite-catalogue.ts`).
 */
export { searchIndex } from 'virtual:networkwise/catalogue';
export * from './rules/search.ts';
export * from './rules/params.ts';
export * from './rules/intent.ts';

/** Compare: what pages and routers may use. */
export * from './rules/compare.ts';

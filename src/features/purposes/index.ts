/** Purposes: the purpose pages' rankings, guides and the purpose map, for pages. */
export * from './rules/guides.ts';
export * from './rules/map.ts';
export * from './rules/map-selection.ts';
export * from './rules/ranking.ts';
export * from './rules/quadrants.ts';

/** Directories: the field and country pages' rankings, for pages and the catalogue. */
export * from './rules/countries.ts';
export * from './rules/fields.ts';
export * from './rules/order.ts';
export * from './rules/filter-params.ts';
export * from './rules/reach.ts';
export * from './rules/signals.ts';

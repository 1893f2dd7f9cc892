/**
 * Comparing names as people read them: English collation ignoring case and
 * accents ("élan" sorts with "Elan"). The same order as
 * `a.localeCompare(b, 'en', { sensitivity: 'base' })`, but through one
 * collator: `localeCompare` with options builds a new collator on every call,
 * which made sorting a few thousand entries take half a second and was most
 * of the build's time for large catalogues (issue 16).
 */
export const compareNames: (a: string, b: string) => number = new Intl.Collator('en', { sensitivity: 'base' }).compare;

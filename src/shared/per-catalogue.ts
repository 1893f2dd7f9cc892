/**
 * A value computed once per catalogue: `perCatalogue(sites, key, make)` is
 * `make()` the first time for this `sites` array and key, the same value
 * after. For pure functions of the catalogue only, and the value must not be
 * changed by its readers. The catalogue array is the same object for every
 * page of a build and every request of an isolate (`allSites()`), so pages
 * that each filter or sort the whole catalogue (the catalogue's pages, one per
 * 24 sites) do it once per view, not once per page: at 10,000 entries that
 * was O(n² log n) work over a build (issue 16).
 */
const memos = new WeakMap<object, Map<string, unknown>>();

export function perCatalogue<T>(sites: object, key: string, make: () => T): T {
  let forSites = memos.get(sites);
  if (!forSites) memos.set(sites, (forSites = new Map<string, unknown>()));
  if (!forSites.has(key)) forSites.set(key, make());
  return forSites.get(key) as T;
}

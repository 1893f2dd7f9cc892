/**
 * Reading URL query parameters into zod schemas, shared by the search and
 * quiz answers so both treat repeats and blanks the same way.
 */

/** Query parameters as a schema wants them: one string, or an array when repeated. */
export function queryRecord(params: URLSearchParams): Record<string, string | string[]> {
  const record: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    record[key] = values.length === 1 ? values[0]! : values;
  }
  return record;
}

/** An empty parameter (`kind=`, as a form with "any" selected sends) means "not given". */
export const blankToUndefined = (value: unknown): unknown => (value === '' ? undefined : value);

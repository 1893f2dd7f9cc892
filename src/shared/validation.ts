/**
 * Validation errors in one shape for the whole project: `{field, message}`
 * pairs with dotted field names, and the one sentence that sums them up. The
 * API's problem details, the page forms and the editor tools all use these,
 * so a visitor and an editor read the same wording.
 */
import type { z } from 'zod';

/** One invalid field. */
export interface FieldError {
  field: string;
  message: string;
}

/** zod's issue path as the dotted name a person sees: `purposes.contacts.reason`, `goals[3]`. */
export function fieldName(path: readonly PropertyKey[], whole = '(front matter)'): string {
  return path.length === 0
    ? whole
    : path
        .map((p) => (typeof p === 'number' ? `[${p}]` : String(p)))
        .join('.')
        .replace(/\.\[/g, '[');
}

/** zod issues as field errors; an issue about the whole value is named `whole`. */
export function fieldErrors(error: z.ZodError, whole = '(body)'): FieldError[] {
  return error.issues.map((issue) => ({ field: fieldName(issue.path, whole), message: issue.message }));
}

/** `"goals: is required; time: must be light, moderate or heavy"`. */
export function summarizeFieldErrors(errors: readonly FieldError[], separator = '; '): string {
  return errors.map((e) => `${e.field}: ${e.message}`).join(separator);
}

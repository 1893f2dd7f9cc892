/**
 * The opaque cursor of the approved-reviews listing (keyset pagination): the
 * sort key of the last review shown, as base64url JSON. A cursor only works
 * with the sort it was made for.
 */

export type ReviewSort = 'recent' | 'helpful';

/** Thrown for a cursor this code did not make (or made for another sort). */
export class InvalidCursorError extends Error {
  constructor() {
    super('This page link is out of date or was changed. Start again from the first page of reviews.');
    this.name = 'InvalidCursorError';
  }
}

export interface CursorKey {
  sort: ReviewSort;
  createdAt: string;
  id: string;
  helpful?: number;
}

/** Opaque cursor: the sort key of the last review shown, base64url-encoded. */
export function encodeCursor(sort: ReviewSort, last: { createdAt: string; id: string; helpful: number }): string {
  const key = sort === 'helpful' ? [sort, last.helpful, last.createdAt, last.id] : [sort, last.createdAt, last.id];
  return btoa(JSON.stringify(key)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Reads a cursor back; throws {@link InvalidCursorError} for anything else. */
export function decodeCursor(cursor: string, sort: ReviewSort): CursorKey {
  let key: unknown;
  try {
    key = JSON.parse(atob(cursor.replace(/-/g, '+').replace(/_/g, '/')));
  } catch {
    throw new InvalidCursorError();
  }
  if (!Array.isArray(key) || key[0] !== sort) throw new InvalidCursorError();
  const [, ...rest] = key as unknown[];
  if (sort === 'recent' && rest.length === 2 && typeof rest[0] === 'string' && typeof rest[1] === 'string') {
    return { sort, createdAt: rest[0], id: rest[1] };
  }
  if (
    sort === 'helpful' &&
    rest.length === 3 &&
    Number.isSafeInteger(rest[0]) &&
    typeof rest[1] === 'string' &&
    typeof rest[2] === 'string'
  ) {
    return { sort, helpful: rest[0] as number, createdAt: rest[1], id: rest[2] };
  }
  throw new InvalidCursorError();
}

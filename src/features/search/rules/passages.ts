/**
 * Cuts a long field down to the passages around the query's words before
 * Fuse.js reads it. Fuse's Bitap costs (pattern length × text length × typos
 * allowed) per field, so long descriptions dominate a query. With
 * `ignoreLocation` a field's score is its best alignment anywhere, and an
 * alignment that covers one of the query's words lies within the rest of the
 * pattern (plus typos) of it, so the passages score like the whole text but
 * for faint matches made of letters that line up by chance elsewhere. The
 * field-length norm is kept from the whole text.
 */
import type { FuseIndex } from 'fuse.js';
import { WHOLE_FIELD_MAX } from './candidate-index.ts';
import type { FieldHits } from './candidates.ts';
import { THRESHOLD } from './expand.ts';

type IndexRecord = FuseIndex['records'][number];
type SubRecord = { v: string; n: number; i?: number };

/**
 * Joins passages. Longer than the typos Fuse allows in a 32-character pattern
 * chunk (threshold 0.4 → 12), so no match can straddle two passages; control
 * characters never occur in normalised text or queries.
 */
const GAP = '\u0001'.repeat(16);

/** Ranges are sorted as one number each, `start × RANGE_BASE + end`: texts are far shorter. */
const RANGE_BASE = 2 ** 24;

/**
 * The passages of `text` covering the `[start, end, …]` spans widened by `slack`, joined by {@link GAP}.
 * It runs for every long field of every record a query reads, so the ranges are sorted as numbers in a
 * typed array, without an array per range.
 */
export function passages(text: string, spans: readonly number[], slack: number): string {
  if (spans.length === 0) return '';
  const count = spans.length / 2;
  const ranges = new Float64Array(count);
  for (let k = 0; k < count; k++) {
    const start = Math.max(0, spans[2 * k]! - slack);
    const end = Math.min(text.length, spans[2 * k + 1]! + slack);
    ranges[k] = start * RANGE_BASE + Math.max(0, end);
  }
  // By start (then end: merging takes the furthest end of ranges starting together, in any order).
  ranges.sort();
  let joined = '';
  let start = Math.floor(ranges[0]! / RANGE_BASE);
  let end = ranges[0]! % RANGE_BASE;
  for (let k = 1; k < count; k++) {
    const s = Math.floor(ranges[k]! / RANGE_BASE);
    const e = ranges[k]! % RANGE_BASE;
    if (s <= end) end = Math.max(end, e);
    else {
      joined += text.slice(start, end) + GAP;
      start = s;
      end = e;
    }
  }
  joined += text.slice(start, end);
  return joined.length < text.length ? joined : text;
}

/**
 * Least share of a query's letters a field must hold (in its words or words
 * like them) to be worth reading. Fuse (threshold 0.4) needs 60% of the
 * pattern to line up, so a field holding one short word of a three-word query
 * cannot match; the wide margin covers letters that line up by chance.
 */
export const MIN_COVERAGE = 0.3;

/**
 * A copy of a Fuse index record for one query: fields up to
 * {@link WHOLE_FIELD_MAX} characters whole, longer ones cut to the passages a
 * match could cover (`hitsOf(field).spans`, widened by the typos Fuse allows),
 * or left out when they hold too little of the query. With `canMatch`, texts
 * it rules out (no match within Fuse's threshold, `search.ts`) are left out
 * too: Fuse would find nothing in them, so its answer is the same. It is told
 * each text's field and norm (a passage's is its whole text's), in the order
 * Fuse reads them (fields ascending, a list's items in order). `length` is
 * the characters of the texts kept before that test (the work budget counts
 * them, so the candidates read do not depend on it); `empty` says nothing is
 * left for Fuse to match.
 */
export function trimRecord(
  record: IndexRecord,
  fields: number,
  patternLength: number,
  hitsOf: (field: number) => FieldHits | undefined,
  canMatch: (text: string, field: number, norm: number) => boolean = () => true,
): { record: IndexRecord; length: number; empty: boolean } {
  const slack = Math.ceil(Math.min(patternLength, 32) * THRESHOLD) + 1;
  const trimmed: Record<number, SubRecord | SubRecord[]> = {};
  const all = record.$ ?? {};
  let length = 0;
  let empty = true;
  for (let field = 0; field < fields; field++) {
    const value = all[field];
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      for (const item of value) length += item.v.length;
      const kept = value.filter((item) => canMatch(item.v, field, item.n));
      if (kept.length > 0) {
        trimmed[field] = kept.length === value.length ? value : kept;
        empty = false;
      }
    } else if (value.v.length <= WHOLE_FIELD_MAX) {
      length += value.v.length;
      if (canMatch(value.v, field, value.n)) {
        trimmed[field] = value;
        empty = false;
      }
    } else {
      const hits = hitsOf(field);
      if (!hits || hits.coverage < MIN_COVERAGE || hits.spans.length === 0) continue;
      const v = passages(value.v, hits.spans, slack);
      length += v.length;
      if (canMatch(v, field, value.n)) {
        trimmed[field] = { v, n: value.n };
        empty = false;
      }
    }
  }
  return { record: { i: record.i, $: trimmed }, length, empty };
}

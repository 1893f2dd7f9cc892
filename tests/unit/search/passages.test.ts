import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { passages, trimRecord } from '#src/features/search/rules/passages.ts';

/** Passages by their definition: each span widened by `slack` within the text, overlaps merged, in text order. */
function reference(text: string, spans: readonly number[], slack: number): string {
  if (spans.length === 0) return '';
  const ranges: [number, number][] = [];
  for (let k = 0; k < spans.length; k += 2)
    ranges.push([Math.max(0, spans[k]! - slack), Math.min(text.length, spans[k + 1]! + slack)]);
  ranges.sort((a, b) => a[0] - b[0]);
  const parts: string[] = [];
  let [start, end] = ranges[0]!;
  for (const [s, e] of ranges.slice(1)) {
    if (s <= end) end = Math.max(end, e);
    else {
      parts.push(text.slice(start, end));
      [start, end] = [s, e];
    }
  }
  parts.push(text.slice(start, end));
  const joined = parts.join('\u0001'.repeat(16));
  return joined.length < text.length ? joined : text;
}

describe('passages', () => {
  it('cuts a text to the widened spans as the definition does, spans past the text included', () => {
    fc.assert(
      fc.property(
        // Short spans near one another, so that ranges often overlap, touch (end = next start) or start
        // together, in texts long enough to be cut, or not, or ending among them.
        fc.string({ unit: fc.constantFrom(...'ab c'), minLength: 20, maxLength: 300, size: 'max' }),
        fc.array(fc.tuple(fc.nat(120), fc.nat(12)), { maxLength: 8 }),
        fc.nat(4),
        (text, spans, slack) => {
          const flat = spans.flatMap(([start, length]) => [start, start + length]);
          expect(passages(text, flat, slack)).toBe(reference(text, flat, slack));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('joins separate passages with a gap no match can cross', () => {
    const text = 'a'.repeat(100) + 'needle' + 'b'.repeat(100) + 'thread' + 'c'.repeat(100);
    expect(passages(text, [100, 106, 206, 212], 2)).toBe(`aaneedlebb${'\u0001'.repeat(16)}bbthreadcc`);
  });
});

describe('trimRecord', () => {
  const record = {
    i: 7,
    $: {
      0: { v: 'linkedin', n: 1 },
      1: [
        { v: 'li', i: 0, n: 1 },
        { v: 'linked in', i: 1, n: 0.7 },
      ],
      2: { v: 'a professional network', n: 0.6 },
    },
  };
  const none = () => undefined;

  it('keeps short fields and lists whole when nothing is ruled out', () => {
    const trimmed = trimRecord(record, 3, 8, none);
    expect(trimmed.record).toEqual(record);
    expect(trimmed.length).toBe('linkedin'.length + 'li'.length + 'linked in'.length + 'a professional network'.length);
    expect(trimmed.empty).toBe(false);
  });

  it('leaves out the texts ruled out, items of a list one by one, but counts them in its length', () => {
    const whole = trimRecord(record, 3, 8, none);
    const trimmed = trimRecord(record, 3, 8, none, (text) => text.includes('link'));
    expect(trimmed.record).toEqual({ i: 7, $: { 0: record.$[0], 1: [record.$[1][1]] } });
    expect(trimmed.length).toBe(whole.length);
    expect(trimmed.empty).toBe(false);
  });

  it("tells the test each text it reads with its field and norm, a passage with its whole text's norm", () => {
    const long = { i: 3, $: { 0: record.$[0], 2: { v: `${'x'.repeat(200)} linked ${'y'.repeat(200)}`, n: 0.1 } } };
    const hits = (field: number) => (field === 2 ? { coverage: 1, spans: [201, 207] } : undefined);
    const seen: [string, number, number][] = [];
    trimRecord(record, 3, 8, none, (text, field, norm) => (seen.push([text, field, norm]), true));
    trimRecord(long, 3, 8, hits, (text, field, norm) => (seen.push([text, field, norm]), true));
    expect(seen).toEqual([
      ['linkedin', 0, 1],
      ['li', 1, 1],
      ['linked in', 1, 0.7],
      ['a professional network', 2, 0.6],
      ['linkedin', 0, 1],
      [`${'x'.repeat(4)} linked ${'y'.repeat(4)}`, 2, 0.1],
    ]);
  });

  it('says when nothing is left', () => {
    const trimmed = trimRecord(record, 3, 8, none, () => false);
    expect(trimmed.record).toEqual({ i: 7, $: {} });
    expect(trimmed.empty).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { trimRecord } from '#src/features/search/rules/passages.ts';

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

  it('says when nothing is left', () => {
    const trimmed = trimRecord(record, 3, 8, none, () => false);
    expect(trimmed.record).toEqual({ i: 7, $: {} });
    expect(trimmed.empty).toBe(true);
  });
});

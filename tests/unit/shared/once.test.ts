import { describe, expect, it } from 'vitest';
import { sharedByKey, sharedOnce } from '#src/shared/once.ts';

describe('loads shared by an isolate', () => {
  it('start once for concurrent callers, and forget a failure so the next caller tries again', async () => {
    let calls = 0;
    const load = sharedOnce(async () => {
      calls++;
      if (calls === 1) throw new Error('first read fails');
      return calls;
    });
    const [a, b] = await Promise.allSettled([load(), load()]);
    expect([a.status, b.status, calls]).toEqual(['rejected', 'rejected', 1]);
    expect(await load()).toBe(2);
    expect(await load()).toBe(2);
    expect(calls).toBe(2);
  });

  it('keep one load per key', async () => {
    const seen: number[] = [];
    const load = sharedByKey(async (n: number) => {
      seen.push(n);
      if (n === 3 && seen.filter((k) => k === 3).length === 1) throw new Error('retry me');
      return n * 10;
    });
    expect(await Promise.all([load(1), load(1), load(2)])).toEqual([10, 10, 20]);
    await expect(load(3)).rejects.toThrow('retry me');
    expect(await load(3)).toBe(30);
    expect(seen).toEqual([1, 2, 3, 3]);
  });

  it('say which keys were asked for (loading or loaded), and forget a key whose load failed', async () => {
    let fail = true;
    const load = sharedByKey(async (n: number) => {
      if (fail) throw new Error('first read fails');
      return n;
    });
    expect(load.has(1)).toBe(false);
    const first = load(1);
    expect(load.has(1)).toBe(true);
    await expect(first).rejects.toThrow('first read fails');
    expect(load.has(1)).toBe(false);
    fail = false;
    await load(1);
    expect([load.has(1), load.has(2)]).toEqual([true, false]);
  });
});

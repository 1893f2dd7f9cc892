import { describe, expect, it } from 'vitest';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';

const read = (text: string) => readGoal(text).answers;

describe('readGoal(): everyday names of trades are the trades field', () => {
  it('reads "sparky", "brickie" and "self employed spark" as trades', () => {
    expect(read("I'm a sparky in Leeds, looking for more jobs")?.field).toBe('trades');
    expect(read('Brickie here, looking for more work')?.field).toBe('trades');
    expect(read('Self employed spark for a year, word of mouth has dried up')?.field).toBe('trades');
  });

  it('reads a lawn care or lawn mowing business as trades, as a landscaper is', () => {
    expect(read('I run a lawn care business and need more customers')?.field).toBe('trades');
    expect(read('started a lawn mowing side business, how do I get more customers?')?.field).toBe('trades');
  });

  it('does not read a spark of an idea as a trade', () => {
    expect(read('I want a spark of inspiration from other founders')?.field).toBeUndefined();
  });
});

describe('readGoal(): more work wanted by someone who works for clients is clients wanted', () => {
  it('reads "need more work coming in", "looking for more work", "my diary is half empty" as clients wanted', () => {
    expect(read('Self employed electrician, I need more work coming in')?.goals).toEqual(['promotion']);
    expect(read('Brickie here, looking for more work')?.goals).toContain('referrals');
    expect(read('Plasterer in Bristol and my diary is half empty')?.goals).toContain('promotion');
  });

  it('does not read work wanted by an employee as clients', () => {
    expect(read('I want to find a new job with more work life balance')?.goals).toEqual(['hiring']);
  });
});

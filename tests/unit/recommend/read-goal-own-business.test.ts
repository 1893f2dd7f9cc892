import { describe, expect, it } from 'vitest';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';

const audienceOf = (text: string) => readGoal(text).understood.audience?.value;

describe('readGoal(): a business the writer says they started, have or call theirs', () => {
  it('reads a business started, opened or had, with words for its kind between, as a small business', () => {
    expect(audienceOf('I just started a one-man handyman business in Ohio and need customers.')).toBe('small-business');
    expect(audienceOf('We opened a small clothing shop last spring.')).toBe('small-business');
    expect(audienceOf('I have a cleaning company and want more clients.')).toBe('small-business');
    expect(audienceOf('Started my own landscaping business, where do I find clients?')).toBe('small-business');
  });

  it('reads "my/our <kind> business" as the writer\'s small business', () => {
    expect(audienceOf('My handyman business needs more customers.')).toBe('small-business');
    expect(audienceOf('How do I promote our little bakery shop?')).toBe('small-business');
  });

  it('reads no business from a job started, a business course, or a business someone else has', () => {
    expect(audienceOf('I just started a new job at a software company.')).toBeUndefined();
    expect(audienceOf('I started a business course and want to meet classmates.')).toBeUndefined();
    expect(audienceOf('My friend has a bakery shop and needs customers.')).toBeUndefined();
    expect(audienceOf('I work at a company that makes shoes.')).toBeUndefined();
  });

  it('keeps a trade owner who wants customers a business promoting itself', () => {
    expect(readGoal('I just started a handyman business and need customers.').answers?.goals).toEqual(['promotion']);
  });
});

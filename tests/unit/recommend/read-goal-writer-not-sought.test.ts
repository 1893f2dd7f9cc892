import { describe, expect, it } from 'vitest';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';

const read = (text: string) => readGoal(text).answers;

describe('readGoal(): the writer who teaches at a school is in education, whoever they seek', () => {
  it('reads "I teach high school math" as education, not the co-founder\'s or developers\' software', () => {
    const answers = read(
      "I teach high school math and have an idea for a homework app. How do people find a technical cofounder when they don't know any developers?",
    );
    expect(answers?.field).toBe('education');
    expect(answers?.goals).toContain('contacts');
    expect(read('I teach middle school science and want to swap lesson ideas with other teachers')?.field).toBe(
      'education',
    );
  });

  it('keeps a subject taught outside school in its own field', () => {
    expect(read('I teach yoga and want more students')?.field).toBe('fitness-wellness');
  });
});

describe('readGoal(): "customer" naming a kind of work is no wish for customers', () => {
  it('reads "validated with 12 customer interviews" as no referrals', () => {
    const answers = read(
      "Non-technical founder in London. I've validated a B2B idea with 12 customer interviews but I can't build it. Where do people meet a technical co-founder?",
    );
    expect(answers?.goals).toEqual(['contacts']);
    expect(read('I work in customer support and want to change careers')?.goals ?? []).not.toContain('referrals');
  });

  it('still reads customers wished for', () => {
    expect(read('I need my first customer for my bakery')?.goals).toContain('promotion');
    expect(read('How do I grow my customer base?')?.goals?.length).toBeGreaterThan(0);
  });
});

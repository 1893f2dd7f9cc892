import { describe, expect, it } from 'vitest';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';

/** The goals read from a text, in priority order. */
const goals = (text: string) => readGoal(text).answers?.goals ?? [];

describe('readGoal(): a time "into" a job tells of the job held, no job search', () => {
  it.each([
    ['1 year into my first UX job, how do I find a mentor?', 'contacts'],
    ['Six months into my new job and I want to meet other engineers to swap ideas.', 'peer-ideas'],
    ['Two years into the job, where can I find a mentor?', 'contacts'],
    ['A year into my first marketing job, where do marketers share ideas?', 'peer-ideas'],
  ])('%s', (text, wanted) => {
    const read = goals(text);
    expect(read).toContain(wanted);
    expect(read).not.toContain('hiring');
  });

  it.each([
    'Three months into my job search and still no offers. Where do people find jobs?',
    'Six months into unemployment, looking for a job in marketing.',
  ])('a search said with it is still one: %s', (text) => {
    expect(goals(text)).toContain('hiring');
  });
});

describe('readGoal(): a startup the writer works at is their workplace, not a venture of their own', () => {
  const audience = (text: string) => readGoal(text).answers?.audience;
  it.each([
    "I'm the only designer at a 15 person startup. How do I find a mentor?",
    'I work at a small startup and want to meet other developers to swap ideas.',
    "I'm a product manager at an early stage startup, where do PMs share ideas?",
  ])('%s', (text) => {
    expect(audience(text)).not.toBe('startups');
  });

  it.each([
    'I run a small startup and need a mentor.',
    "I'm building a startup and need a mentor.",
    'Where can I meet people at a startup event?',
  ])("the writer's own startup, or a startup event, is still read: %s", (text) => {
    expect(audience(text)).toBe('startups');
  });
});

/**
 * The free-text reader on words that tell of the writer's situation rather than say a wish (issue #13): people of a
 * trade the writer tells of, doing their own seeking, are not the writer's field; a pastime named as what friends are
 * for is not the writer's trade. Every sentence here is made up for the test.
 */
import { describe, expect, it } from 'vitest';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';

const understood = (text: string) => readGoal(text).understood;

describe('readGoal(): people of a trade told of by what they seek', () => {
  it('reads no field from other people of a trade who are looking for something', () => {
    expect(
      understood('I went to a pitch night and met mostly accountants looking for clients. I need investors.').field,
    ).toBeUndefined();
    expect(understood('At my last event there were plumbers who want more work, but I want a cofounder').field).toBe(
      undefined,
    );
  });

  it('keeps the field the writer names for themself, or for their peers', () => {
    expect(understood('I am an accountant looking for clients').field?.value).toBe('accounting');
    expect(understood('We accountants looking for clients need a better network').field?.value).toBe('accounting');
    expect(understood('I want to meet other photographers looking for work like me').field?.value).toBe(
      'photography-video',
    );
  });
});

describe('readGoal(): a pastime said as what friends are for', () => {
  it('reads no field from what the friends sought would do together', () => {
    expect(understood('I just want some friends to go hiking with at weekends').field).toBeUndefined();
    expect(understood('Hoping to find friends to go cycling with now that I live here').field).toBeUndefined();
  });

  it('keeps a field the writer says is theirs', () => {
    expect(understood('I am a cycling coach and want friends to go hiking with').field?.value).toBe('fitness-wellness');
    expect(understood('I love hiking and want to meet other hikers').field?.value).toBe('fitness-wellness');
  });
});

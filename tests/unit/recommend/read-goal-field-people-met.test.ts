import { describe, expect, it } from 'vitest';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';

const goalsOf = (text: string) => readGoal(text).understood.goals.map((g) => g.value);

describe("readGoal(): people of the writer's field, met", () => {
  it('reads meeting people of the writer’s industry or field as contacts as well as peers, over words between', () => {
    expect(goalsOf('I want to get to meet some more people in my industry')).toEqual(['peer-ideas', 'contacts']);
    expect(goalsOf('Where could I meet a couple of people in my field?')).toEqual(['peer-ideas', 'contacts']);
  });

  it('reads German people from the writer’s industry, with the verb of meeting last', () => {
    expect(goalsOf('Ich will mehr Menschen aus meiner Branche treffen')).toEqual(['peer-ideas', 'contacts']);
    expect(goalsOf('Wie finde ich Gleichgesinnte aus meiner Branche?')).toEqual(['peer-ideas']);
  });
});

/**
 * The free-text reader on people and ways the writer already has or turns down (issue #13): a school subject's
 * teacher is the teaching field, friends told of with what they say are no wish for friends, people outside the
 * writer's family are not the family, and a way of meeting said not to suit is the other way. Every sentence here is
 * made up for the test.
 */
import { describe, expect, it } from 'vitest';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';

const understood = (text: string) => readGoal(text).understood;
const goals = (text: string) => understood(text).goals.map((g) => g.value);

describe('readGoal(): a school subject and its teacher', () => {
  it('reads a teacher of a school subject as the teaching field, not the subject', () => {
    expect(understood('I am a computer science teacher hoping to find a post near Leeds').field?.value).toBe(
      'education',
    );
    expect(understood('As an agriculture teacher I want to swap lesson ideas').field?.value).toBe('education');
    expect(understood('We are engineering teachers at a sixth form college').field?.value).toBe('education');
    expect(understood('Law teacher at a further education college, want a change').field?.value).toBe('education');
  });

  it('keeps the subject where no teacher follows it, and a trade taught outside school', () => {
    expect(understood('I work in science and want to meet other researchers').field?.value).toBe('research-academia');
    expect(understood('I am a yoga teacher looking for students').field?.value).toBe('fitness-wellness');
  });
});

describe('readGoal(): friends told of, by what they say', () => {
  it('reads friends who say or tell something as people the writer has, not friends wished for', () => {
    expect(goals('My friends always say my designs are great but I need real feedback from designers')).not.toContain(
      'friends',
    );
    expect(goals('My mates just tell me it looks fine; I want critique from other painters')).not.toContain('friends');
  });

  it('still reads friends wished for', () => {
    expect(goals('My friends moved away and I want new friends')).toContain('friends');
  });
});

describe('readGoal(): people outside the family', () => {
  it('reads the family after "outside" as people the writer has, not a wish', () => {
    expect(goals('I need testers outside my family for my new card game')).not.toContain('friends');
    expect(goals('Looking for readers beyond our family to give honest feedback')).not.toContain('friends');
  });

  it('still reads friends made outside work', () => {
    expect(goals('I want to make friends outside work')).toContain('friends');
  });
});

describe('readGoal(): a way of meeting said not to suit', () => {
  it('reads the other way when one is said not to suit, after it', () => {
    expect(understood('Online is not my thing, I want meetups in my town').inPerson?.value).toBe('in-person');
    expect(understood("Online doesn't work for me, I prefer face to face").inPerson?.value).toBe('in-person');
    expect(understood("In person isn't possible for me with two kids").inPerson?.value).toBe('online');
  });

  it('keeps a way that is said to suit', () => {
    expect(understood('Online is fine for me, any group works').inPerson?.value).toBe('online');
  });
});

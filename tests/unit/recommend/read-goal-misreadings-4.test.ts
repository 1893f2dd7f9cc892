/**
 * Classes of misreading noted in earlier sessions, each tested in words of its own, so the test holds the class, not
 * a case. Every sentence here is made up for the test.
 */
import { describe, expect, it } from 'vitest';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';

const understood = (text: string) => readGoal(text).understood;
const goalsOf = (text: string) => understood(text).goals.map((g) => g.value);

describe('readGoal(): a longer phrase that starts inside a shorter one', () => {
  it('reads the people of the writer\'s work after "meet people" as peers, and the meeting as networking', () => {
    for (const text of [
      "I'd like to meet people in my industry",
      'how can I meet people in my field after moving here?',
    ]) {
      const goals = goalsOf(text);
      expect(goals, text).toContain('peer-ideas');
      expect(goals, text).toContain('contacts');
      expect(goals, text).not.toContain('friends');
    }
  });

  it('reads meeting people of a work named after them as networking, not friends', () => {
    expect(goalsOf('Where do you go to meet people in my profession?')).toEqual(['contacts']);
  });

  it('still reads "meet people" alone, or away from work, as friends', () => {
    expect(goalsOf('I want to meet people, I just moved to town')).toContain('friends');
    expect(goalsOf('I want to meet people outside work')).toEqual(['friends']);
  });
});

describe('readGoal(): clients found online by work done at a distance, or by a business with premises', () => {
  it('reads online as how the writer works when their work is handed over at a distance', () => {
    for (const text of [
      "I'm a freelance illustrator. Where can I find more clients online?",
      'Freelance translator here, how do I get clients online?',
      "I'm a freelance web developer and want to win customers online",
    ])
      expect(understood(text).inPerson?.value, text).toBe('online');
  });

  it('leaves online a place to be found for a business serving on its premises or where its clients are', () => {
    for (const text of [
      'I own a nail salon and want more clients online',
      "I'm a graphic designer with a little print shop in town and want more customers online",
      'I run a small roofing firm. How do I win more clients online?',
    ])
      expect(understood(text).inPerson?.value, text).not.toBe('online');
  });
});

describe('readGoal(): a job held in the past by someone retired', () => {
  it('reads the past job as work done, not a job sought', () => {
    for (const text of [
      'I had a job as a pharmacist for 25 years and am now retired. I want to make some friends.',
      'Retired after a long career in accounting; looking to meet people nearby',
      'I spent my career in insurance, retired now and want to join a walking group',
    ])
      expect(goalsOf(text), text).not.toContain('hiring');
  });

  it('still reads a job a retired writer wants or looks for', () => {
    for (const text of [
      "I'm retired and would like a part-time job",
      'Retired nurse looking for work a couple of days a week',
      "I had a job as a clerk for years, now I'm retired and after a job in a shop",
    ])
      expect(goalsOf(text), text).toContain('hiring');
  });
});

describe('readGoal(): Arabic alef maksura written for a final yeh', () => {
  it('reads a word written with ى as the same word written with ي', () => {
    // "I'm looking for work in Dubai", the city written with a final ى as much Egyptian Arabic writes it.
    expect(understood('أبحث عن عمل في دبى').country?.value).toBe('AE');
    expect(understood('أبحث عن عمل في دبى').country?.value).toBe(understood('أبحث عن عمل في دبي').country?.value);
  });
});

describe('readGoal(): an employer hiring, in French', () => {
  it('reads "je recrute", "embaucher" and "recruter" with people after them as hiring', () => {
    for (const text of [
      'Je recrute une assistante pour mon cabinet',
      'Nous voulons embaucher trois cuisiniers cet été',
      'Où recruter des vendeurs pour ma boutique ?',
    ])
      expect(goalsOf(text), text).toContain('hiring');
  });

  it('does not read being recruited as hiring', () => {
    expect(goalsOf('Je voudrais me faire recruter par une agence')).not.toContain('hiring');
  });
});

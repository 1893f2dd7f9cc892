import { describe, expect, it } from 'vitest';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';

const read = (text: string) => readGoal(text).answers;

describe('readGoal(): people to do a sport or a game with', () => {
  it('reads "hiking buddies", "a climbing partner" as company nearby, not peers to talk shop with', () => {
    const answers = read(
      "none of my mates are into hiking. I'm keen to find a group or a couple of people who do day hikes most weekends. how do people find hiking buddies?",
    );
    expect(answers?.goals).toEqual(['friends', 'local']);
    expect(read('looking for a climbing partner in Leeds')?.goals).toEqual(['friends', 'local']);
  });
});

describe('readGoal(): age and sex opening a forum post', () => {
  it('reads "44F, divorce finalised" as a woman', () => {
    expect(read('44F, divorce finalised in the spring. How do you make actual friends at this age?')?.groups).toEqual([
      'women',
    ]);
    expect(read('29M here. New in town, how do I make friends?')?.groups).toContain('men');
  });

  it('does not read an amount of money as age and sex', () => {
    expect(read('35M raised last year, now looking for investors for our Series B')?.groups).toBeUndefined();
    expect(read('We raised 20M, and want to meet investors.')?.groups).toBeUndefined();
  });
});

describe('readGoal(): a budget for a kind of work is no field of the writer', () => {
  it('reads "zero marketing budget" as no marketing field', () => {
    expect(
      read('just shipped my first app, 40 downloads and zero marketing budget. where do I launch so users see it?')
        ?.field,
    ).toBeUndefined();
    expect(read("I'm a marketer and want to swap ideas with other marketers")?.field).toBe('marketing');
  });
});

describe('readGoal(): a developer called short, and an app for a phone', () => {
  it('reads "solo dev here, just shipped my first iOS app" as software', () => {
    expect(read('solo dev here, just shipped my first iOS app. where do indie devs launch?')?.field).toBe('software');
  });

  it('does not read an app named as a way to meet as a trade', () => {
    expect(read('is there an iOS app to meet mums?')?.field).toBeUndefined();
  });
});

describe('readGoal(): a second way of meeting said to do as well', () => {
  it('reads "in person would be great, online is fine too" as either', () => {
    expect(read('want regular chess games with humans. in person would be great, online is fine too')?.inPerson).toBe(
      'either',
    );
  });

  it('keeps one way when the other is ruled out', () => {
    expect(read('I want to meet people in person, online is not fine for me too')?.inPerson).toBe('in-person');
    expect(read('I want to meet people in person')?.inPerson).toBe('in-person');
  });
});

describe('readGoal(): an Indian new graduate', () => {
  it('reads "B.Tech 2025 passout (ECE) … freshers" as students, not software', () => {
    expect(
      read(
        'B.Tech 2025 passout (ECE) from a tier 3 college, no campus placement. Which job portals do freshers get calls from?',
      )?.field,
    ).toBe('students');
  });

  it('still reads a later trade said of the writer', () => {
    expect(read('B.Tech 2019, 5 years as a Java developer, looking for a new job')?.field).toBe('software');
  });
});

describe('readGoal(): a parent introducing themself with their children counted', () => {
  it('reads "Mom of two little ones here, …" as a mother and a woman', () => {
    const answers = read(
      'Mom of two little ones here, kids are in bed by 8. How do you find a board game group to join as an adult?',
    );
    expect(answers?.groups).toEqual(['women', 'mothers']);
  });

  it('does not read people named with "of" and no "here" as the writer', () => {
    expect(read('Moms of toddlers: where do you meet other parents?')?.groups ?? []).not.toContain('women');
  });
});

describe('readGoal(): a job the writer is some time in', () => {
  it('reads "APM, 8 months in, first PM job after 3 yrs as a business analyst" as no job search', () => {
    const goals = read(
      "APM, 8 months in, first PM job after 3 yrs as a business analyst. How do I find a mentor outside my company who's been a PM for a while?",
    )?.goals;
    expect(goals).toEqual(['contacts']);
  });

  it('still reads a job sought after the time', () => {
    expect(read('3 months in, looking for a job in Leeds')?.goals).toContain('hiring');
  });
});

describe('readGoal(): languages and frameworks only programmers name', () => {
  it('reads "Dev PHP/Symfony … freelance" and "SWE ~5 yoe" as software', () => {
    expect(
      read('Dev PHP/Symfony, je viens de quitter mon ESN pour passer freelance. Vous trouvez vos missions où ?')?.field,
    ).toBe('software');
    expect(read('got laid off, SWE ~5 yoe. where are people finding jobs?')?.field).toBe('software');
  });
});

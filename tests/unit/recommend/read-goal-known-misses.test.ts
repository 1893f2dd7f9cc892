/**
 * Classes of misreading known from the dev probe sets (issue #13, wt-reader8), each tested in words other than the
 * probe text that showed it, so the test holds the class, not the case. Every sentence here is made up for the test.
 */
import { describe, expect, it } from 'vitest';
import { COUNTRY_PHRASES, NATIVE_NAME_COUNTRY_WORDS, foldWords } from '#src/catalogue/lexicon.ts';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';

const understood = (text: string) => readGoal(text).understood;
const goalsOf = (text: string) => understood(text).goals.map((g) => g.value);

describe('readGoal(): looking for work in Chinese as Hong Kong and Taiwan write it', () => {
  it('reads the Cantonese words for looking for work and changing jobs, inside a run of Chinese', () => {
    for (const text of ['有冇人知邊度搵工好？', '我諗緊轉工', '琴日開始揾工']) {
      const read = understood(text);
      expect(
        read.goals.map((g) => g.value),
        text,
      ).toEqual(['hiring']);
      expect(read.work?.value, text).toBe('employment');
    }
  });

  it('reads changing jobs in Mandarin, simplified and traditional, with the place named', () => {
    expect(goalsOf('想换工作，有什么网站推荐')).toEqual(['hiring']);
    const read = understood('我在台北想換工作');
    expect(read.goals.map((g) => g.value)).toEqual(['hiring']);
    expect(read.country?.value).toBe('TW');
  });
});

describe('readGoal(): a country named in its own language', () => {
  it('reads the name the country gives itself, in Latin letters, after a preposition of any language', () => {
    expect(understood('Naghahanap ako ng trabaho sa Pilipinas').country?.value).toBe('PH');
    expect(understood('Looking for a job in Magyarország').country?.value).toBe('HU');
    expect(understood('freelance work in Việt Nam').country?.value).toBe('VN');
    expect(understood('networking events in Hrvatska').country?.value).toBe('HR');
    expect(understood('jobs in Slovensko').country?.value).toBe('SK');
  });

  it('takes each name from the country’s own language in the runtime’s CLDR data, not from memory', () => {
    const names = new Map<string, string>();
    for (const [code, words] of Object.entries(NATIVE_NAME_COUNTRY_WORDS)) {
      const language = new Intl.Locale(`und-${code}`).maximize().baseName;
      const own = new Intl.DisplayNames([language], { type: 'region' }).of(code)!;
      expect(words, code).toContain(own);
      for (const w of words) names.set(foldWords(w), code);
    }
    for (const [name, code] of names) expect(COUNTRY_PHRASES.get(name), name).toBe(code);
  });

  it('leaves out an own name that is also an everyday word or a name ("Perú" is "peru", as the English is)', () => {
    expect(understood('friends in Perú').country).toBeUndefined();
    expect(understood('my friend Maurice wants a job').country).toBeUndefined();
  });
});

describe('readGoal(): a virtual assistant wanting clients', () => {
  it('reads a virtual assistant as a freelancer, whose clients are client work, not a wish to meet online', () => {
    for (const text of [
      'Virtual assistant here, how do I land my first clients?',
      'I started out as a virtual assistant and need more clients',
    ]) {
      const read = understood(text);
      expect(read.audience?.value, text).toBe('freelancers');
      expect(read.goals[0]?.value, text).toBe('hiring');
      expect(read.work?.value, text).toBe('client-work');
      expect(read.inPerson, text).toBeUndefined();
    }
  });

  it('still reads a virtual meeting as online', () => {
    expect(understood('a virtual networking group for accountants').inPerson?.value).toBe('online');
  });
});

describe('readGoal(): tabletop games are the gaming field', () => {
  it('reads role-playing and board games as gaming', () => {
    for (const text of [
      'Looking for a Dungeons and Dragons campaign to join',
      'anyone want to start a DnD group',
      'I want to find people for tabletop RPGs',
      'where can I find a boardgame night',
    ])
      expect(understood(text).field?.value, text).toBe('gaming');
  });
});

describe('readGoal(): nearby or online', () => {
  it('reads nearness joined by "or" to online as either way, keeping the wish to meet nearby', () => {
    for (const text of ['Looking for a chess club, near me or online', 'a knitting circle nearby or online']) {
      const read = understood(text);
      expect(read.inPerson?.value, text).toBe('either');
      expect(
        read.goals.map((g) => g.value),
        text,
      ).toContain('local');
    }
    expect(understood('a writing group online or nearby').inPerson?.value).toBe('either');
  });

  it('keeps online alone, and nearness and online not joined by "or"', () => {
    expect(understood('a chess club online').inPerson?.value).toBe('online');
    expect(understood('I live near me… I mean nearby, and want to meet people online').inPerson?.value).toBe('online');
  });
});

describe('readGoal(): a software company is the software field', () => {
  it('reads the software field from the company the writer works at or runs, keeping a startup a startup', () => {
    for (const text of [
      'I work at a small software company and want to talk shop with peers',
      'software firm owner looking for investors',
    ])
      expect(understood(text).field?.value, text).toBe('software');
    expect(understood("I'm a product manager at a software startup, where can I find other PMs?").field?.value).toBe(
      'software',
    );
    const read = understood('We run a small software startup and want to meet investors');
    expect(read.field?.value).toBe('software');
    expect(read.audience?.value).toBe('startups');
  });
});

describe('readGoal(): someone of a profession sought for a role', () => {
  it('reads a person sought for the team as hiring staff, not as the writer looking for a job', () => {
    const read = understood("We're looking for a developer to join our team");
    expect(read.goals.map((g) => g.value)).toContain('hiring');
    expect(read.work?.value).toBe('employment');
    expect(read.audience?.value).not.toBe('professionals');
  });

  it('reads a person sought for anything else as a collaborator, contacts, as people to team up with are', () => {
    for (const text of ['I need an illustrator for my picture book', 'in search of a drummer for our band']) {
      const goals = goalsOf(text);
      expect(goals, text).toContain('contacts');
      expect(goals, text).not.toContain('hiring');
    }
    // Beside having moved, it is a goal about people: the move says nearby too.
    expect(goalsOf('Just moved to Leeds and looking for a bassist to jam with')).toEqual(['contacts', 'local']);
  });

  it('leaves peers, a refusal and a job of that profession as they were', () => {
    expect(goalsOf('looking for other designers to swap feedback with')).not.toContain('hiring');
    expect(goalsOf("I'm not looking for a designer, just friends")).not.toContain('hiring');
    const job = understood('looking for a developer job');
    expect(job.work?.value).toBe('employment');
    expect(job.audience?.value).toBe('professionals');
  });
});

describe('readGoal(): a profession naming whose clients they are', () => {
  it('reads "<profession> clients" as the writer wanting clients, not as hiring that professional', () => {
    for (const text of ['how do I find accountant clients', 'where can I find photographer clients online']) {
      const read = understood(text);
      expect(
        read.goals.map((g) => g.value),
        text,
      ).toEqual(['referrals']);
      expect(read.work, text).toBeUndefined();
    }
    expect(understood('I need an accountant for my shop').work?.value).toBe('client-work');
  });
});

describe('readGoal(): a new parent and other new parents', () => {
  it('reads becoming a parent as the writer’s group', () => {
    const read = understood('I just became a father and feel a bit lost');
    expect(read.groups?.map((g) => g.value)).toEqual(['men', 'fathers']);
    expect(understood('I recently became a mom').groups?.map((g) => g.value)).toEqual(['women', 'mothers']);
    expect(understood('My sister became a mom last year').groups).toBeUndefined();
  });

  it('reads other new parents as peers, with a word like "new" between', () => {
    const read = understood('I want to talk with other new fathers');
    expect(read.goals.map((g) => g.value)).toContain('peer-ideas');
    expect(read.groups?.map((g) => g.value)).toEqual(['men', 'fathers']);
    expect(goalsOf('meet other young mothers nearby')).toContain('peer-ideas');
  });

  it('reads a group asked for another person as that person’s, for whom the results are', () => {
    const read = understood('looking for a dads group for my husband');
    expect(read.groups?.map((g) => g.value)).toEqual(['men', 'fathers']);
    expect(read.goals.map((g) => g.value)).toContain('friends');
  });
});

describe('readGoal(): a new graduate in the other Latin-script languages read', () => {
  it('reads a new graduate in Spanish, Portuguese, French, German and Italian as the students field', () => {
    for (const text of [
      'Soy recién graduada y busco empleo en Chile',
      'Sou recém-formado e procuro emprego',
      'Jeune diplômée, je cherche un emploi à Lyon',
      'Absolventin sucht ersten Job in Wien',
      'Sono neolaureato e cerco lavoro',
    ])
      expect(understood(text).field?.value, text).toBe('students');
  });
});

describe('readGoal(): the software field in Chinese, Japanese and Korean', () => {
  it('reads programmers, developers and internet companies inside a run of those scripts', () => {
    for (const text of [
      '我是程序员，想找工作',
      '想去一家互联网公司上班',
      'プログラマーの勉強会を探しています',
      '개발자 모임 찾아요',
    ])
      expect(understood(text).field?.value, text).toBe('software');
  });
});

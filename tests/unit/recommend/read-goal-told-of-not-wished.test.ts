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

const goals = (text: string) => understood(text).goals.map((g) => g.value);

describe('readGoal(): people told of as someone else’s', () => {
  it('reads colleagues or contacts that other people have as told of, not wished for', () => {
    expect(
      goals('Working alone I lose the chats with colleagues that office workers normally have. How do I find friends?'),
    ).not.toContain('contacts');
    expect(goals('Sales reps rely on the contacts which their managers had built. I need clients')).not.toContain(
      'contacts',
    );
  });

  it('still reads people wished for, and people said to be lacking', () => {
    expect(goals('I want colleagues that I can have lunch with')).toContain('contacts');
    expect(goals('I need the kind of contacts that I never had')).toContain('contacts');
  });
});

describe('readGoal(): friends the writer already spends time with', () => {
  it('reads friends the writer talks or hangs out with now as people they have', () => {
    expect(goals('On Instagram I talk to friends, but I need strangers to buy my prints')).not.toContain('friends');
    expect(goals('We mostly hang out with our friends there. Where can I promote my podcast?')).not.toContain(
      'friends',
    );
  });

  it('still reads friends the writer wants to talk or spend time with', () => {
    expect(goals('I would love to talk to friends who get it')).toContain('friends');
    expect(goals('I want friends to hang out with')).toContain('friends');
  });
});

describe('readGoal(): friends the writer asks how to spend time with', () => {
  it('still reads friends in a question about spending time with them', () => {
    expect(goals('How do I hang out with people my age after moving?')).toContain('friends');
  });
});

describe('readGoal(): a companion the writer could spend time with', () => {
  it('reads someone the writer could do things with as friends, and the talk with them as what the friendship is', () => {
    expect(goals('All I want is someone I could grab a beer with talking about football')).toEqual(['friends']);
    expect(goals('I miss having people we can cook dinner with and chat about life')).toEqual(['friends']);
  });

  it('still reads talk with peers that is no companionship', () => {
    expect(goals('I want to find people to talk about marketing with other founders')).toContain('peer-ideas');
  });
});

describe('readGoal(): peers who would network among themselves', () => {
  it('reads peers said to collaborate or network together as the peer exchange alone', () => {
    expect(goals('I wish there was a forum for us young nurses to collaborate')).toEqual(['peer-ideas']);
    expect(goals('We need a space for other beekeepers to network and share what works')).toEqual(['peer-ideas']);
  });

  it('still reads networking the writer wants with peers', () => {
    expect(goals('I want to connect with other librarians')).toContain('contacts');
  });
});

describe('readGoal(): networking told of as time spent', () => {
  it('reads networking the writer (or "you") spends time on as told of, beside the wish it serves', () => {
    expect(
      goals('I spend every evening networking on LinkedIn, but I still need customers for my bakery'),
    ).not.toContain('contacts');
    expect(goals('You spent whole weekends networking, hoping someone would notice your art')).not.toContain(
      'contacts',
    );
  });

  it('still reads networking the writer wants to spend time on', () => {
    expect(goals('I want to spend more time networking with other designers')).toContain('contacts');
  });
});

describe('readGoal(): where people of a trade spend time', () => {
  it('reads where people of a trade hang out to talk shop as the peer exchange, not friends', () => {
    const read = goals('Where do pharmacists actually hang out to swap tips and talk shop?');
    expect(read).toContain('peer-ideas');
    expect(read).not.toContain('friends');
  });

  it('still reads people wished to hang out with as friends', () => {
    expect(goals('I want people to hang out with at weekends')).toContain('friends');
  });
});

describe('readGoal(): people who have or know something themselves', () => {
  it('still reads people wished for who know or have something', () => {
    expect(goals('I need contacts that know the film industry')).toContain('contacts');
    expect(goals('Looking for contacts who already have experience in export')).toContain('contacts');
  });
});

describe('readGoal(): someone the writer could entrust something to', () => {
  it('reads no friends from someone the writer could trust with their affairs', () => {
    expect(goals('I need someone I can trust with my accounts, a good bookkeeper')).not.toContain('friends');
  });
});

describe('readGoal(): the writer among people of a trade, and friends of a trade', () => {
  it('keeps the field of people of a trade the writer counts themself among', () => {
    expect(understood('I am one of many developers looking for a remote job').field?.value).toBe('software');
    expect(understood('Like most nurses looking for a change, I want to move on').field?.value).toBe('nursing');
  });

  it('keeps the field of friends sought for who they are or for talk of a trade', () => {
    expect(understood('I want friends who are nurses too, I work nights').field?.value).toBe('nursing');
    expect(understood('I need friends to talk about nursing with').field?.value).toBe('nursing');
  });
});

describe('readGoal(): peers the writer wants to network with', () => {
  it('still reads contacts when the peers are whom the writer would connect with', () => {
    expect(goals('I want other founders to connect with')).toContain('contacts');
    expect(goals('Looking for fellow translators to network with, online or not')).toContain('contacts');
  });
});

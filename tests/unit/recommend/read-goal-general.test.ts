/**
 * General mechanisms of the free-text reader (issue #13): rules that hold for any goal word rather than for
 * one phrase. Every sentence here is made up for the test.
 */
import { describe, expect, it } from 'vitest';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';

const goalsOf = (text: string) => readGoal(text).understood.goals.map((g) => g.value);

describe('readGoal(): priority said in words', () => {
  it('puts first the goal a cue word ("above all", "mainly", "most importantly") marks, wherever it stands', () => {
    // Clients for a bakery the writer calls theirs are customers to reach: promotion (see read-goal-misreadings).
    expect(goalsOf('Some new friends would be nice, but above all I need clients for my bakery.')[0]).toBe('promotion');
    expect(goalsOf('Some new friends would be nice, but I need clients for my bakery.')[0]).toBe('friends');
    expect(goalsOf("I'd like to swap ideas with other potters and, mainly, find a job in a studio.")[0]).toBe('hiring');
    expect(goalsOf('Making friends matters, but most importantly I want investors.')).toEqual(['investors', 'friends']);
  });

  it('keeps the order of the text when no cue word is there', () => {
    expect(goalsOf('Making friends matters, and I want investors.')).toEqual(['friends', 'investors']);
  });

  it('reads the cue words of the other languages it reads: Spanish, Portuguese, French, German, Italian, Polish, Dutch', () => {
    // The same wish with and without the cue: only the cue moves the later goal first.
    const cued: readonly (readonly [string, string])[] = [
      ['Quiero hacer amigos, pero sobre todo busco trabajo.', 'Quiero hacer amigos, pero busco trabajo.'],
      ['Quero fazer amigos, mas acima de tudo procuro emprego.', 'Quero fazer amigos, mas procuro emprego.'],
      [
        'Je veux me faire des amis, mais avant tout je cherche un emploi.',
        'Je veux me faire des amis, mais je cherche un emploi.',
      ],
      [
        'Ich will Freunde finden, aber vor allem suche ich einen Job.',
        'Ich will Freunde finden, aber ich suche einen Job.',
      ],
      ['Voglio trovare nuovi amici, ma soprattutto cerco lavoro.', 'Voglio trovare nuovi amici, ma cerco lavoro.'],
      ['Chcę znaleźć przyjaciół, ale przede wszystkim szukam pracy.', 'Chcę znaleźć przyjaciół, ale szukam pracy.'],
      ['Ik wil vrienden maken, maar vooral zoek ik een baan.', 'Ik wil vrienden maken, maar ik zoek een baan.'],
    ];
    for (const [withCue, without] of cued) {
      expect(goalsOf(without), without).toEqual(['friends', 'hiring']);
      expect(goalsOf(withCue), withCue).toEqual(['hiring', 'friends']);
    }
  });
});

describe("readGoal(): the goals' everyday words in the languages it reads", () => {
  it('reads contacts and ideas with peers in German, Italian, French and Polish, as it does in Spanish and Portuguese', () => {
    const said: readonly (readonly [string, string])[] = [
      ['Ich möchte neue Kontakte knüpfen.', 'contacts'],
      ['Ich suche berufliche Kontakte in meiner Branche.', 'contacts'],
      ['Vorrei nuovi contatti professionali.', 'contacts'],
      ['Cerco contatti nel settore della moda.', 'contacts'],
      ['Je voudrais réseauter avec des entrepreneurs.', 'contacts'],
      ['Wir möchten Erfahrungen austauschen.', 'peer-ideas'],
      ['Ich will mich mit anderen Lehrern austauschen.', 'peer-ideas'],
      ['Chcę wymieniać się doświadczeniami z innymi nauczycielami.', 'peer-ideas'],
      ['Chciałbym wymieniać się pomysłami.', 'peer-ideas'],
    ];
    for (const [text, goal] of said) expect(goalsOf(text), text).toEqual([goal]);
  });
});

describe('readGoal(): a vague goal word as the head of a compound', () => {
  it('reads "<goal word> network" as the goal of its first word only', () => {
    expect(goalsOf('Does a referral network really pay off for a small dental practice?')).toEqual(['referrals']);
    expect(goalsOf('is an investor network worth joining for my startup this year')).toEqual(['investors']);
  });

  it('reads each word of a short search query as a wish of its own', () => {
    expect(goalsOf('referral network Leeds')).toEqual(['referrals', 'contacts']);
  });

  it('still reads networking said on its own beside another goal', () => {
    expect(goalsOf('I want referrals and more networking')).toEqual(['referrals', 'contacts']);
  });
});

describe('readGoal(): singular and plural of goal words', () => {
  it('reads a goal word in the number the lists do not give', () => {
    expect(goalsOf('looking for one business contact in Oslo')).toContain('contacts');
    expect(goalsOf('where can I find real friendships as an adult')).toContain('friends');
    expect(goalsOf('looking for penpals in Chile')).toContain('friends');
    // A singular without an article is left ("contact me" is a verb), and a lone word keeps its number: "on a
    // mission" is no "missions" (work, in French).
    expect(goalsOf('please contact me about my business contact list')).not.toContain('contacts');
    expect(goalsOf('I am on a mission to make friends')).toEqual(['friends']);
  });
});

describe('readGoal(): events told of in the past', () => {
  it('does not read an event the writer attended as a wish to meet nearby', () => {
    expect(goalsOf('I went to a couple of events last year; now I just want investors for my startup.')).toEqual([
      'investors',
    ]);
    expect(goalsOf('I attended a meetup yesterday and want to find a co-founder.')).toEqual(['contacts']);
  });

  it('still reads events the writer wants to go to', () => {
    expect(goalsOf('I want to go to events and meetups in my town')).toContain('local');
  });
});

describe('readGoal(): nearness said of a professional hired', () => {
  it('reads "a plumber near me", "a local electrician" as meeting them in person, not as the local goal', () => {
    for (const text of [
      'How do I find a plumber near me?',
      'I need a local electrician for a rewiring job',
      'we want to hire a builder in my area',
    ]) {
      const { understood } = readGoal(text);
      expect(
        understood.goals.map((g) => g.value),
        text,
      ).toEqual(['hiring']);
      expect(understood.inPerson?.value, text).toBe('in-person');
      // The way is shown with the words that said it.
      expect(text.toLowerCase(), text).toContain(understood.inPerson?.words.toLowerCase());
    }
  });

  it('keeps the local goal where nearness is not said of someone hired', () => {
    // The writer's own trade wanting local customers, and meeting people nearby beside a hire in another sentence.
    expect(goalsOf("I'm a plumber and want more local customers")).toContain('local');
    expect(goalsOf('I need a plumber. I also want to meet locals')).toContain('local');
    // A professional not wanted is nobody hired.
    expect(goalsOf("I don't need a plumber, I want to meet local business owners")).toEqual(['local']);
  });
});

describe('readGoal(): making friends where one lives', () => {
  it('reads friends wanted in a named town as meeting people nearby too, with the town as its words', () => {
    const { understood } = readGoal('It is so hard to make friends in Lyon');
    expect(understood.goals).toEqual([
      { value: 'friends', words: 'make friends' },
      { value: 'local', words: 'Lyon' },
    ]);
    expect(goalsOf('Any tips for making friends as a newcomer in Calgary?')).toEqual(['friends', 'local']);
  });

  it('does not add nearby where friends are sought online or no town is named', () => {
    expect(goalsOf('I live in Lyon and want to make friends online')).toEqual(['friends']);
    expect(goalsOf('It is so hard to make friends as an adult')).toEqual(['friends']);
  });

  it('reads connections called social as friends, not business contacts', () => {
    expect(goalsOf('I need to build some social connections outside work')).toEqual(['friends']);
    expect(goalsOf('I need to build connections in my industry')).toEqual(['contacts']);
  });

  it('reads having moved town and not knowing anyone in Spanish past tense', () => {
    expect(goalsOf('Me mudé de ciudad el año pasado y no conocía a nadie')).toEqual(['friends', 'local']);
  });
});

describe('readGoal(): paying refused', () => {
  it('reads a way of paying refused ("no paid groups", "not willing to pay") as wanting it free, with those words', () => {
    expect(readGoal('no paid groups please, I just want to meet other parents').understood.budget).toEqual({
      value: 'free',
      words: 'no paid groups',
    });
    expect(readGoal("I'm not willing to pay, I want to find clients").understood.budget?.value).toBe('free');
    expect(readGoal('a referral group without a membership fee').understood.budget?.value).toBe('free');
  });

  it('still reads paying accepted', () => {
    expect(readGoal('happy to pay for a good referral club').understood.budget?.value).toBe('some');
    expect(readGoal('paid sites are fine, I want a job').understood.budget?.value).toBe('some');
  });
});

describe('readGoal(): a friend told of', () => {
  it('does not read a friend who did something as a wish for friends, nor what they did as the goal', () => {
    expect(goalsOf('My friend went to BNI and loved it. I want referrals for my bakery.')).toEqual(['referrals']);
    expect(goalsOf('a friend of mine joined a networking group for designers; I want to find a job')).toEqual([
      'hiring',
    ]);
    expect(
      readGoal('my friend joined a networking group for freelancers; I want a job').understood.audience,
    ).not.toEqual(expect.objectContaining({ value: 'freelancers' }));
  });

  it('still reads friends wished for beside a friend told of', () => {
    expect(goalsOf('My friend uses LinkedIn for contacts, but I want new friends')).toEqual(['friends']);
    expect(goalsOf('My friend and I want to make new friends in town')).toContain('friends');
  });
});

describe("readGoal(): the field of people sought and the writer's own", () => {
  it("reads the writer's own venture or profession as the field, not a collaborator's they seek", () => {
    expect(readGoal('I need an artist for my indie game team').understood.field).toEqual({
      value: 'gaming',
      words: 'indie game',
    });
    expect(readGoal("We're looking for a designer. I'm a nurse running a small clinic").understood.field?.value).toBe(
      'nursing',
    );
  });

  it('keeps the field of a professional hired for client work, and of a collaborator when nothing else is said', () => {
    expect(readGoal('we need a lawyer for our bakery').understood.field?.value).toBe('law');
    expect(readGoal('I need an artist for a mural').understood.field?.value).toBe('design-creative');
  });
});

describe('readGoal(): a language named as a language', () => {
  it('reads no country from a language said as one ("a Spanish translator", "I speak Korean", "my German")', () => {
    for (const text of [
      'I am a freelance Spanish translator and need clients',
      'I speak Korean and want a job',
      'I want to give English lessons online',
      'my Dutch is poor and I need a job',
    ])
      expect(readGoal(text).understood.country, text).toBeUndefined();
  });

  it('still reads the country from a word said of people or things from there', () => {
    expect(readGoal("I'm a German nurse looking for a job").understood.country?.value).toBe('DE');
    expect(readGoal('Korean companies hiring').understood.country?.value).toBe('KR');
  });
});

describe('readGoal(): events in a named town', () => {
  it("reads a goal's events in a town as meeting there in person too", () => {
    expect(readGoal('networking events in Leeds').understood.goals).toEqual([
      { value: 'contacts', words: 'networking events' },
      { value: 'local', words: 'Leeds' },
    ]);
  });

  it('adds nothing nearby for the same goal without a town, or without events', () => {
    expect(goalsOf('networking events')).toEqual(['contacts']);
    expect(goalsOf('I want business contacts in Leeds')).toEqual(['contacts']);
  });
});

describe("readGoal(): the writer's peers name the writer's field", () => {
  it('reads the field of "other <profession>" over a field word read before and not said of the writer', () => {
    expect(readGoal('I hope this new video helps me connect with other teachers').understood.field?.value).toBe(
      'education',
    );
  });

  it('keeps a field the writer says is theirs', () => {
    expect(readGoal("I'm a nurse and want to meet other doctors").understood.field?.value).toBe('nursing');
  });
});

describe('readGoal(): what friends sought are for', () => {
  it('reads talk, tips or connecting said of the friends sought ("friends to talk about football with") as the friendship, no goal of its own', () => {
    const said = [
      'I just want a few friends to grab a beer with and talk about football.',
      "I'm lonely since the move; I'd love some friends to connect with and go hiking.",
      'Looking for mom friends to hang out with and support each other through the toddler years.',
      'I want to make friends who I can share tips with about gardening.',
      'Busco amigos para intercambiar ideas sobre libros.',
    ];
    for (const text of said) expect(goalsOf(text), text).toEqual(['friends']);
  });

  it('still reads a goal joined to friends by "and" or said in a clause of its own', () => {
    expect(goalsOf('I want to make friends and share tips with other gardeners.')).toEqual(['friends', 'peer-ideas']);
    expect(goalsOf('I want new friends, and to swap ideas with other designers.')).toEqual(['friends', 'peer-ideas']);
  });
});

describe('readGoal(): what friends sought are for ends with their clause', () => {
  it('does not read a goal of the next sentence as what the friends are for', () => {
    expect(goalsOf('I want more friends. I also want to swap ideas with other designers.')).toEqual([
      'friends',
      'peer-ideas',
    ]);
  });
});

describe('readGoal(): a person of a profession sought with a verb of hiring', () => {
  it('reads "hire a designer", "recruiting an engineer" as hiring only, not also a collaborator (contacts)', () => {
    expect(goalsOf('We have 12 employees and need to hire a bookkeeper.')).toEqual(['hiring']);
    expect(goalsOf('I want to hire a designer for my startup.')).toEqual(['hiring']);
    expect(goalsOf("We're recruiting an engineer for the night shift.")).toEqual(['hiring']);
  });

  it('still reads a person looked for or needed, with no verb of hiring, as a collaborator', () => {
    expect(goalsOf('Looking for a drummer for our band.')).toEqual(['contacts']);
    expect(goalsOf('Need an illustrator for my book.')).toEqual(['contacts']);
  });
});

describe('readGoal(): professions with case endings', () => {
  const fieldOf = (text: string) => readGoal(text).understood.field?.value;

  it('reads a German profession in the dative plural or the feminine plural ("mit anderen Lehrern", "Ärztinnen")', () => {
    expect(fieldOf('Ich möchte mich mit anderen Lehrern vernetzen.')).toBe('education');
    expect(fieldOf('Ich suche Austausch unter Entwicklerinnen.')).toBe('software');
    expect(fieldOf('Gibt es ein Netzwerk für Pflegekräften?')).toBe('nursing');
  });

  it('reads a Polish profession in its other cases ("z programistami", "dla nauczycieli", "innych lekarzy")', () => {
    expect(fieldOf('Szukam kontaktów z programistami.')).toBe('software');
    expect(fieldOf('Grupa dla nauczycieli w Krakowie.')).toBe('education');
    expect(fieldOf('Chcę poznać innych lekarzy.')).toBe('medicine');
  });

  it('reads other people of the profession, in Polish, as peers', () => {
    expect(goalsOf('Chcę poznać innych lekarzy.')).toContain('peer-ideas');
  });
});

describe('readGoal(): German networking verbs at the end of their clause', () => {
  it('reads "sich mit anderen Lehrern vernetzen" as "network with other teachers": contacts first, then the peers', () => {
    expect(goalsOf('Ich möchte mich mit anderen Lehrern vernetzen.')).toEqual(['contacts', 'peer-ideas']);
    expect(goalsOf('I want to network with other teachers.')).toEqual(['contacts', 'peer-ideas']);
  });
});

describe('readGoal(): a small staff counted', () => {
  const audienceOf = (text: string) => readGoal(text).understood.audience?.value;

  it('reads a writer with fewer than 50 employees as a small business ("we have 7 employees", "our 12 staff")', () => {
    expect(audienceOf('We have 7 employees and would like to hire a welder.')).toBe('small-business');
    expect(audienceOf('Our 12 staff are great but we need more customers.')).toBe('small-business');
    expect(audienceOf('I employ 3 workers and want referrals from other contractors.')).toBe('small-business');
  });

  it('reads no audience from a large staff, nor from staff the writer does not have', () => {
    expect(audienceOf('We have 400 employees and are hiring engineers.')).toBeUndefined();
    expect(audienceOf('The company I applied to has 20 employees.')).toBeUndefined();
  });
});

describe('readGoal(): a goal said to be of no interest', () => {
  it('drops a goal after "no me interesa", "non mi interessa", "não me interessa", as after "not interested in"', () => {
    const said = [
      'Soy enfermera y busco trabajo; no me interesa el networking.',
      'Busco trabajo de enfermera, no me interesa hacer contactos.',
      'Sono infermiera e cerco lavoro, non mi interessa il networking.',
      'Cerco lavoro, non mi interessano i contatti.',
      'Sou enfermeira e procuro emprego, não me interessa networking.',
    ];
    for (const text of said) expect(goalsOf(text), text).toEqual(['hiring']);
  });

  it('drops a goal before "ne m\'intéresse pas", "interessiert mich nicht", "mnie nie interesuje"', () => {
    const said = [
      "Je cherche un emploi, le réseautage ne m'intéresse pas.",
      'Ich suche einen Job, Networking interessiert mich nicht.',
      'Szukam pracy, networking mnie nie interesuje.',
    ];
    for (const text of said) expect(goalsOf(text), text).toEqual(['hiring']);
  });

  it('still reads a goal that interests the writer', () => {
    expect(goalsOf('Me interesa el networking con otros abogados.')).toContain('contacts');
    expect(goalsOf('Networking interessiert mich sehr.')).toEqual(['contacts']);
  });
});

describe('readGoal(): time and money in the languages it reads', () => {
  const read = (text: string) => readGoal(text).understood;

  it('reads little time, every day and free in Spanish, Portuguese, French, German, Italian, Polish and Dutch', () => {
    expect(read('Busco amigos en Madrid, pero tengo poco tiempo.').time?.value).toBe('light');
    expect(read('Ich habe wenig Zeit, suche aber Kunden.').time?.value).toBe('light');
    expect(read('Cerco clienti ma ho poco tempo.').time?.value).toBe('light');
    expect(read('Je cherche des clients mais j’ai peu de temps.').time?.value).toBe('light');
    expect(read('Busco contactos y puedo dedicarle tiempo todos los días.').time?.value).toBe('heavy');
    expect(read('Je cherche un réseau gratuit pour trouver des clients.').budget?.value).toBe('free');
    expect(read('Ich suche kostenlos Kontakte.').budget?.value).toBe('free');
    expect(read('Procuro clientes, mas sem pagar nada.').budget?.value).toBe('free');
    expect(read('Szukam klientów za darmo.').budget?.value).toBe('free');
    expect(read('Ik zoek gratis klanten.').budget?.value).toBe('free');
  });
});

describe('readGoal(): word of mouth in the languages it reads', () => {
  it('reads word of mouth as promotion in Spanish, Portuguese, French, German, Italian and Polish', () => {
    const said = [
      'Quiero crecer con el boca a boca.',
      'Meu negócio vive do boca a boca.',
      'Je mise sur le bouche-à-oreille.',
      'Mundpropaganda ist für mich alles.',
      'Vivo di passaparola.',
      'Liczę na pocztę pantoflową.',
    ];
    for (const text of said) expect(goalsOf(text), text).toContain('promotion');
  });
});

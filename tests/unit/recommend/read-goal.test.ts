import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';
import { foldWords } from '#src/catalogue/lexicon.ts';
import { loadEntries } from '#src/catalogue/entry-file.ts';
import { readCatalogueFiles } from '#src/integrations/vite-catalogue.ts';
import { siteSource } from '#src/features/search/rules/site-source.ts';

describe('readGoal(): plain words into quiz answers', () => {
  it('reads a goal, a profession and a country from a sentence, with the words behind each', () => {
    const { answers, understood } = readGoal("I'm a nurse in Ohio and want to swap ideas with other nurses");
    // A nurse is the practitioner of nursing (a vet nurse would be support staff: read-role.test.ts).
    expect(answers).toEqual({ goals: ['peer-ideas'], field: 'nursing', country: 'US', role: 'practitioner' });
    expect(understood.goals[0]).toEqual({ value: 'peer-ideas', words: 'swap ideas' });
    expect(understood.field?.words).toBe('nurse');
    // The writer's own words, as typed: "Ohio", not the folded "ohio".
    expect(understood.country?.words).toBe('Ohio');
  });

  it('maps a city to its country, accents and case ignored', () => {
    expect(readGoal('Freelance designer in LISBOA looking for clients').answers).toMatchObject({
      country: 'PT',
      audience: 'freelancers',
      // A freelancer's clients are freelance work: the marketplaces' purpose, "find work".
      goals: ['hiring'],
    });
    expect(readGoal('new job in München').answers?.country).toBe('DE');
  });

  it("reads a US city's common nicknames as the US, the two-letter ones only in capitals", () => {
    for (const text of [
      'just moved to Philly and want friends',
      'new in NYC, looking for friends',
      'moving to LA next month',
      'tech job in SF',
      'moved to Chi-Town last year',
    ])
      expect(readGoal(text).answers?.country, text).toBe('US');
    // "la" as the article and "sf" as sci-fi name no town.
    expect(readGoal('i love la vie en rose and want friends').answers?.country).toBeUndefined();
    expect(readGoal('sf book club friends').answers?.country).toBeUndefined();
  });

  it('keeps the goals in the order the text names them, vague words last', () => {
    expect(readGoal('I just moved to Berlin and want to make friends and find a job').answers?.goals).toEqual([
      'friends',
      'hiring',
      'local',
    ]);
  });

  it('reads "other <profession>" as wanting peers', () => {
    expect(readGoal('pharmacist who wants to talk to other pharmacists').answers?.goals).toContain('peer-ideas');
  });

  it('reads "<profession> staff" as who the visitor is, and as hiring only when the words ask for staff', () => {
    expect(readGoal('discussion board for pharmacy staff').answers).toMatchObject({
      goals: ['peer-ideas'],
      field: 'pharmacy',
    });
    expect(readGoal('school staff').answers).toBeUndefined();
    expect(readGoal('we need more school staff').answers?.goals).toEqual(['hiring']);
    expect(readGoal('recruiting hotel staff in Spain').answers).toMatchObject({ goals: ['hiring'], country: 'ES' });
    // Not after a profession, staff are still people to hire.
    expect(readGoal('staff for my salon').answers?.goals).toEqual(['hiring']);
    // Named among the writer's peers, staff are peers too, unless the clause asks for them.
    expect(
      readGoal('I want an online community of other vet techs and practice staff to learn from').answers?.goals,
    ).toEqual(['peer-ideas']);
    expect(readGoal('talk with other nurses and hospital staff').answers?.goals).toEqual(['peer-ideas']);
    expect(readGoal('we need other staff for my salon').answers?.goals).toEqual(['hiring']);
  });

  it('does not take a profession for a goal ("a marketing agency" is not promotion)', () => {
    const { answers } = readGoal('I run a small marketing agency and want referrals');
    expect(answers?.goals).toEqual(['referrals']);
    expect(answers?.field).toBe('marketing');
  });

  it('reads "US" only in capitals: "us" is a pronoun', () => {
    expect(readGoal('angel investors in the US').answers?.country).toBe('US');
    expect(readGoal('help us find investors').answers?.country).toBeUndefined();
  });

  it('prefers a named profession to the stage of life before it', () => {
    expect(readGoal('college student who wants to network with bankers').answers?.field).toBe('finance');
  });

  it('reads settings: budget, time, in person or online', () => {
    expect(readGoal('meet investors in person, I have little time and want it free').answers).toMatchObject({
      inPerson: 'in-person',
      time: 'light',
      budget: 'free',
    });
  });

  it('finds no goal in words that name none, and says so instead of guessing', () => {
    for (const text of ['hello there', 'Porto', 'nurse', '']) expect(readGoal(text).answers).toBeUndefined();
    expect(readGoal('nurse in Porto').understood).toMatchObject({
      goals: [],
      field: { value: 'nursing' },
      country: { value: 'PT' },
    });
  });

  it('takes having moved as wanting to meet people nearby only beside a goal about people', () => {
    expect(readGoal('I just moved to Melbourne and need a job').answers).toEqual({
      goals: ['hiring'],
      country: 'AU',
      audience: 'professionals',
      work: 'employment',
    });
    expect(readGoal("just moved to Leeds and don't know anyone").answers?.goals).toEqual(['friends', 'local']);
    expect(readGoal('We retired to Spain and want to meet other expats').answers?.goals).toContain('local');
  });

  it('reads "people to <do something> with" as wanting company, and the activity as a field', () => {
    const { answers, understood } = readGoal('I want people to run with');
    expect(answers).toMatchObject({ goals: ['friends'], field: 'fitness-wellness' });
    expect(understood.goals[0]?.words).toBe('people to run with');
  });

  it('reads vague networking words within a profession as peers first, then contacts', () => {
    expect(readGoal('networking for nurses').answers?.goals).toEqual(['peer-ideas', 'contacts']);
  });

  it('reads vague networking words and a town as networking there in person', () => {
    expect(readGoal('freelancer networking Lisbon').answers).toMatchObject({
      goals: ['contacts', 'local'],
      country: 'PT',
      audience: 'freelancers',
    });
    // A state is a place but not a town; a specific goal is not made local by a town.
    expect(readGoal('networking in Ohio').answers?.goals).toEqual(['contacts']);
    expect(readGoal('job in Hamburg').answers?.goals).toEqual(['hiring']);
  });

  it('reads "other <people>" as wanting peers even for people the lexicon does not name', () => {
    expect(readGoal("I'm a vet and want to talk to other vets").answers?.goals).toContain('peer-ideas');
    expect(readGoal('are there other sites like this').answers).toBeUndefined();
  });

  it('reads owners as small businesses, and "running a business" is not a sport', () => {
    // Eight words, as many as a query: the lexicon's customers are kept after promotion (read-goal-customers-public).
    expect(readGoal('I run a bakery and want more customers').answers).toMatchObject({
      goals: ['promotion', 'referrals'],
      audience: 'small-business',
    });
    const running = readGoal('running a small business and want referrals').answers;
    expect(running?.field).toBeUndefined();
    expect(running?.audience).toBe('small-business');
  });

  it('reads goals, professions and cities in other European languages', () => {
    expect(readGoal('Szukam pracy w Warszawie').answers).toEqual({
      goals: ['hiring'],
      country: 'PL',
      audience: 'professionals',
      work: 'employment',
    });
    expect(readGoal('Sou enfermeira e quero trocar ideias com outras enfermeiras').answers).toEqual({
      goals: ['peer-ideas'],
      field: 'nursing',
    });
    expect(readGoal('Estoy buscando trabajo remoto como desarrollador').answers).toEqual({
      goals: ['hiring'],
      field: 'software',
      inPerson: 'online',
      audience: 'professionals',
      work: 'employment',
    });
  });

  it('does not read everyday words as places or fields: "nice" is not Nice, "it" is not IT', () => {
    expect(readGoal('it would be nice to make friends').answers).toEqual({ goals: ['friends'] });
    expect(readGoal('IT support tech looking for a job').answers?.field).toBe('software');
  });

  it('is deterministic and never reads more than three goals', () => {
    const text = 'find clients, investors, a job, friends and peers to swap ideas with';
    expect(readGoal(text)).toEqual(readGoal(text));
    expect(readGoal(text).answers?.goals).toHaveLength(3);
  });

  it('drops a goal the text says is not wanted, but not a need stated as a lack', () => {
    expect(readGoal("I'm not looking for a job, I want to meet investors").answers?.goals).toEqual(['investors']);
    expect(readGoal("I don't need friends, I need business contacts").answers?.goals).toEqual(['contacts']);
    expect(readGoal('looking for mentors instead of followers').answers?.goals).toEqual(['contacts']);
    // "not just" adds; "I have no contacts" asks for them.
    expect(readGoal('not just friends but collaborators too').answers?.goals).toEqual(['friends', 'contacts']);
    expect(readGoal('I have no contacts in Leeds yet').answers?.goals).toEqual(['contacts']);
    expect(readGoal("I can't find a job in Cork").answers?.goals).toEqual(['hiring']);
    expect(readGoal("teacher who doesn't want to hire anyone, just to swap lesson ideas").answers?.goals).toEqual([
      'peer-ideas',
    ]);
  });

  it('reads "the job" and "my job" as the job the visitor has, and leaving it as a job search', () => {
    expect(readGoal('a forum to vent about the job with other paramedics').answers?.goals).toEqual(['peer-ideas']);
    expect(readGoal('I want to quit my job and find something better').answers?.goals).toContain('hiring');
  });

  it('reads "more jobs" and jobs from customers as work from clients, not a job search', () => {
    // A tradesperson who says so wants jobs from the public, reached by promotion; a query's few words keep referrals.
    expect(readGoal('electrician wanting more jobs in my area').answers?.goals[0]).toBe('referrals');
    expect(readGoal('how do I get jobs from property managers').answers?.goals[0]).toBe('referrals');
    expect(readGoal("I'm a plumber and want more local jobs from homeowners").answers?.goals).toEqual([
      'promotion',
      'local',
    ]);
    expect(readGoal('how do I get jobs from property managers').answers?.goals).toEqual(['referrals', 'promotion']);
    expect(readGoal('looking for jobs as a welder').answers?.goals[0]).toBe('hiring');
    expect(readGoal('remote jobs from home').answers?.goals).toEqual(['hiring']);
  });

  it('reads who the visitor is as an audience, not a goal: freelancers are not a wish to hire', () => {
    expect(readGoal('networking for freelancers').answers).toEqual({ goals: ['contacts'], audience: 'freelancers' });
    expect(readGoal('we want to hire freelancers').answers?.goals).toEqual(['hiring']);
  });

  it('reads looking for work as a professional, hiring as not', () => {
    expect(readGoal('data scientist hoping to land a job in Toronto').answers).toMatchObject({
      audience: 'professionals',
      field: 'software',
      country: 'CA',
    });
    expect(readGoal('I need to hire two baristas').answers?.audience).toBeUndefined();
  });

  it('reads meeting people of a field as contacts, and peers of one as ideas', () => {
    expect(readGoal('I want to meet structural engineers in Leeds').answers).toMatchObject({
      goals: ['contacts'],
      field: 'engineering',
    });
    expect(readGoal('where can I find other pediatricians').answers).toMatchObject({
      goals: ['peer-ideas'],
      field: 'medicine',
    });
  });

  it('reads employers noticing the visitor as looking for work', () => {
    const { answers, understood } = readGoal('I want recruiters to find my profile');
    expect(answers?.goals).toEqual(['hiring']);
    expect(understood.goals[0]?.words).toBe('recruiters to find');
    // The recruiters are who it wants to reach, not the visitor's field.
    expect(answers?.field).toBeUndefined();
  });

  it('reads building a community around your work as promotion, not a forum', () => {
    expect(readGoal('I write a comic and want to build a community of readers').answers?.goals).toEqual(['promotion']);
  });

  it('reads a job title of several words and its plural', () => {
    const { understood } = readGoal('a group for family physicians');
    // A group is a place to talk: beside a profession and no goal, its people, vaguely.
    expect(understood.goals).toEqual([{ value: 'peer-ideas', words: 'group' }]);
    expect(understood.field).toEqual({ value: 'medicine', words: 'family physicians' });
    expect(readGoal('job board for civil engineers').answers?.field).toBe('engineering');
    expect(readGoal('a forum where veterinarians discuss cases').answers?.field).toBe('veterinary');
    expect(readGoal('vet nurses sharing tips').answers?.field).toBe('veterinary');
    expect(readGoal('a forum where architects discuss practice').answers?.field).toBe('architecture');
    expect(readGoal('arquitecto buscando trabajo').answers?.field).toBe('architecture');
    // A software architect builds software, not buildings.
    expect(readGoal('software architect wanting peers').answers?.field).toBe('software');
  });

  it('reads veterans and service members as the military, but not a group that calls itself an army', () => {
    expect(readGoal('which sites do veterans use to build a professional network?').answers?.field).toBe('military');
    expect(readGoal('a forum for service members leaving the military').answers?.field).toBe('military');
    expect(readGoal('has the Awkward Army any advice on meeting people?').answers?.field).toBeUndefined();
  });

  it('reads product managers as their own field, even at a software company', () => {
    expect(readGoal('a product owner who wants to meet other product people').answers?.field).toBe(
      'product-management',
    );
    expect(readGoal('new product manager at a software startup, any communities?').answers?.field).toBe(
      'product-management',
    );
    expect(readGoal('a software developer looking for peers').answers?.field).toBe('software');
  });

  it('reads clergy as the clergy field, but not a government minister or ministry', () => {
    expect(readGoal('a youth pastor hoping to swap sermon ideas with other pastors').answers?.field).toBe('religion');
    expect(readGoal('where do rabbis network online?').answers?.field).toBe('religion');
    expect(readGoal('network for catholic priests').answers?.field).toBe('religion');
    expect(readGoal('a junior minister in the government wants contacts').answers?.field).not.toBe('religion');
  });

  it('reads "veteran" before another field as experience in that field, not the military', () => {
    expect(readGoal('veteran accountant hoping to find consulting clients').answers?.field).toBe('accounting');
    expect(readGoal('a veteran teacher who wants lesson ideas from peers').answers?.field).toBe('education');
    // Said of the armed forces, it stays the military field.
    expect(readGoal('a military veteran wanting a civilian career network').answers?.field).toBe('military');
  });

  it('reads "keep in touch" at work as contacts, and among friends as friends', () => {
    expect(readGoal('keep in touch with colleagues after a conference').answers?.goals).toEqual(['contacts']);
    expect(readGoal('keep in touch with my cousins').answers?.goals).toEqual(['friends']);
  });

  it('reads wanting to meet people nearby as meeting them in person', () => {
    expect(readGoal('moved to Kraków and want to meet people nearby').answers?.inPerson).toBe('in-person');
    expect(readGoal('I want local customers for my bakery').answers?.inPerson).toBeUndefined();
  });

  it('reads a place to talk or meet beside a profession as its people, and adds nothing beside a goal or alone', () => {
    expect(readGoal('a site for pharmacists').answers).toEqual({
      goals: ['peer-ideas'],
      field: 'pharmacy',
      role: 'practitioner',
    });
    expect(readGoal('grupo de abogados').answers).toMatchObject({ goals: ['peer-ideas'], field: 'law' });
    // Beside a goal the place is only where: "job sites" is a job search.
    expect(readGoal('job sites for pharmacists').answers?.goals).toEqual(['hiring']);
    // Alone it names no one and no goal: the visitor is asked for one.
    expect(readGoal('a good site').answers).toBeUndefined();
  });

  it('reads translators and interpreters as the translation field, not as writers', () => {
    expect(readGoal('I am a freelance translator looking for my first clients').answers?.field).toBe('translation');
    expect(readGoal('a forum for conference interpreters').answers).toMatchObject({ field: 'translation' });
    expect(readGoal('I am a novelist looking for other writers').answers?.field).toBe('writing');
  });

  it('reads "community" in other languages as talking with peers', () => {
    for (const text of ['comunidad de abogados', 'comunidade de advogados', 'communauté d’avocats']) {
      expect(readGoal(text).answers?.goals, text).toEqual(['peer-ideas']);
    }
  });

  it('reads the profession inside who someone is, unless that word is itself who they are', () => {
    // An investor in a field practises that field: the field says who they are, not the audience that funds ventures.
    const { understood } = readGoal('I am a property investor');
    expect(understood.audience).toBeUndefined();
    expect(understood.field).toEqual({ value: 'real-estate', words: 'property investor' });
    expect(readGoal('I started real estate investing last year').understood.audience).toBeUndefined();
    // An investor with no field is one who funds ventures.
    expect(readGoal('as an investor I want deal flow').understood.audience?.value).toBe('investors');
    // "founder" in "co-founder" is the person sought, not the visitor's profession.
    expect(readGoal('need a technical co-founder').answers?.field).toBeUndefined();
    // And the other way: a freelance writer is a freelancer, so their clients are freelance work.
    const freelance = readGoal('freelance writer looking for clients').answers;
    expect(freelance?.audience).toBe('freelancers');
    expect(freelance?.goals[0]).toBe('hiring');
  });

  it('reads "<profession> investors forum" as a place for those investors, not as raising money', () => {
    const { answers, understood } = readGoal('real estate investors group');
    expect(answers?.goals).not.toContain('investors');
    expect(understood.audience).toBeUndefined();
    expect(answers?.field).toBe('real-estate');
    // Without the place, investors stay the goal: founders look for them.
    expect(readGoal('biotech investors').answers?.goals).toEqual(['investors']);
    expect(readGoal('pitch property investors').answers?.goals).toContain('investors');
  });

  it('reads photographers, a job search and critique in everyday and other-language words', () => {
    for (const text of ['fotógrafo em Lisboa', 'photographe à Lyon', 'Fotografin in Wien'])
      expect(readGoal(text).understood.field?.value, text).toBe('photography-video');
    expect(readGoal('Stellensuche in Hamburg').answers?.goals).toEqual(['hiring']);
    expect(readGoal('critique of my sketches').answers?.goals).toEqual(['peer-ideas']);
    expect(readGoal('sharing lesson plans').understood.field?.value).toBe('education');
  });

  it('reads "network" in other languages as vaguely as in English, and networking events as contacts', () => {
    // The role words are English only ("pharmacists" is a practitioner): compare the rest.
    const { role: _, ...english } = readGoal('pharmacists network').answers!;
    for (const text of ['Netzwerk Apotheker', 'réseau pharmaciens', 'rede de farmacêuticos']) {
      expect(readGoal(text).answers, text).toEqual(english);
    }
    expect(readGoal('Netzwerk Pflegekräfte').answers).toEqual({ goals: ['peer-ideas', 'contacts'], field: 'nursing' });
    expect(readGoal('networking events this week').answers?.field).toBeUndefined();
  });

  it('reads a group the writer says they belong to, with the words that said it', () => {
    const woman = readGoal('As a woman in tech I want to swap ideas with peers');
    // In the writer's own words, as they wrote them.
    expect(woman.understood.groups).toEqual([{ value: 'women', words: 'As a woman' }]);
    expect(woman.answers?.groups).toEqual(['women']);
    expect(readGoal("I'm a single dad looking for friends nearby").understood.groups).toEqual([
      { value: 'men', words: "I'm a single dad" },
      { value: 'fathers', words: "I'm a single dad" },
    ]);
    expect(readGoal('Want to swap ideas with other women who run small shops').answers?.groups).toEqual(['women']);
  });

  it('reads a group noun joined by "and a" to what the writer said they are', () => {
    const both = readGoal("I'm an accountant in Leeds and a mum of three, keen to swap ideas with peers");
    expect(both.answers?.groups).toEqual(['women', 'mothers']);
    expect(both.understood.groups?.[0]?.words).toBe('and a mum');
    expect(readGoal('I am a welder and a father, hoping to meet other welders').answers?.groups).toEqual([
      'men',
      'fathers',
    ]);
    // Other people joined by "and the" are not the writer; nor is a noun with no self-description before it.
    expect(readGoal("I'm a chef and the mums at the school gate want friends").answers?.groups).toBeUndefined();
    expect(readGoal('looking for a chef and a mum to cook with').answers?.groups).toBeUndefined();
  });

  it('reads an age of 18 to 40 as that age group, and no other number', () => {
    for (const text of [
      "I'm 27 and want to make friends after moving",
      'aged 33, looking for contacts in marketing',
      '31 years old engineer looking for a job',
      'in my twenties and want to meet people nearby',
    ])
      expect(readGoal(text).answers?.groups, text).toEqual(['age-18-40']);
    for (const text of [
      "I'm 52 and want to make friends",
      "I'm 2 years into my business and want referrals",
      "I'm 30 minutes from Leeds and want local contacts",
      'we have 25 employees and want to hire',
    ])
      expect(readGoal(text).answers?.groups, text).toBeUndefined();
  });

  it('reads an age of 55 or more, retirement or a later decade said of the writer as the group aged 55 and over', () => {
    for (const text of [
      "I'm 63 and retired, I want to volunteer nearby",
      'aged 71, looking for friends',
      'I am 58 years old and want to meet people',
      'in my sixties and want to make friends',
      'I am over 60 and want to volunteer',
      "I'm a retiree looking for ways to meet people",
      "I'm recently retired and want to volunteer",
      'as a pensioner I want to meet people nearby',
      'I retired last year and want to make friends',
      "I've just retired and want to volunteer",
    ])
      expect(readGoal(text).answers?.groups, text).toEqual(['age-55-plus']);
    for (const text of [
      "I'm 52 and want to make friends",
      'my dad is retired and wants friends',
      'my husband retired last year and I want friends',
      'I think retired people are great and want friends',
      "I'm nearly 55 and want friends",
      "I'm a senior developer looking for contacts",
      'I want to hire retirees for part-time work',
    ])
      expect(readGoal(text).answers?.groups, text).toBeUndefined();
  });

  it('does not take whom someone wants to meet for who they are', () => {
    for (const text of [
      'I want to invest in women founders',
      "I'm hiring a female engineer",
      'I am not a man, I want referrals',
      'other than my husband I know nobody here and want friends',
      'looking for men to play football with',
    ])
      expect(readGoal(text).understood.groups, text).toBeUndefined();
  });
});

describe('readGoal(): words of issue #13', () => {
  it('reads events someone attends as a way to meet, and events as a trade as the field', () => {
    for (const text of ['network events london', 'go to events to meet people', 'any events in Porto this month?']) {
      const { understood } = readGoal(text);
      expect(understood.field, text).toBeUndefined();
      expect(
        understood.goals.map((g) => g.value),
        text,
      ).toContain('local');
    }
    for (const text of [
      'events planner looking for clients',
      'I work in events and need referrals',
      'I run a wedding events business and want referrals',
    ])
      expect(readGoal(text).understood.field?.value, text).toBe('events-weddings');
  });

  it('reads a group asked about as the topic as the asker’s group, with the words that said it', () => {
    expect(readGoal('networks for women').understood.groups).toEqual([{ value: 'women', words: 'networks for women' }]);
    expect(readGoal('For Moms').understood.groups).toEqual([
      { value: 'women', words: 'For Moms' },
      { value: 'mothers', words: 'For Moms' },
    ]);
    expect(readGoal('moms group to make friends').answers).toEqual({
      goals: ['friends'],
      groups: ['women', 'mothers'],
    });
    expect(readGoal('women entrepreneurs network').answers?.groups).toEqual(['women']);
    expect(readGoal('Women’s group in Porto').understood.groups).toEqual([{ value: 'women', words: 'Women’s group' }]);
    expect(readGoal('dads club for making friends').answers?.groups).toEqual(['men', 'fathers']);
    expect(readGoal('young professionals networking').answers?.groups).toEqual(['age-18-40']);
    expect(readGoal("I'm a young professional looking for contacts").answers?.groups).toEqual(['age-18-40']);
  });

  it('does not read a group someone looks for, or someone else’s, as the asker’s', () => {
    for (const text of [
      'looking for women to play football with',
      'I want a group for my wife to make friends',
      'I want to invest in women founders and meet other investors',
      'I mentor young people and want referrals',
    ])
      expect(readGoal(text).understood.groups, text).toBeUndefined();
  });

  it('reads company for a trip, coworking and hackathons as goals, and a language exchange or dating as nothing', () => {
    expect(readGoal('travel buddies').answers?.goals).toEqual(['friends']);
    expect(readGoal('language exchange').answers).toBeUndefined();
    expect(readGoal('coworking space nearby').answers?.goals).toEqual(['local']);
    expect(readGoal('hackathons').answers?.goals).toEqual(['contacts']);
    const dating = readGoal('dating app');
    expect(dating.answers).toBeUndefined();
    expect(dating.understood.notCovered).toEqual({ value: 'dating', words: 'dating app' });
    // Only without a goal: dating beside a goal we cover does not stop the reading.
    expect(readGoal('tired of dating apps, I want to make friends').understood.notCovered).toBeUndefined();
    expect(readGoal('chess').understood.notCovered).toBeUndefined();
  });

  it('shows the words that said a group as the writer wrote them', () => {
    expect(readGoal("I'm a 45 year old man looking for friends").understood.groups).toEqual([
      { value: 'men', words: "I'm a 45 year old man" },
    ]);
    expect(readGoal('I AM A MUM and want friends').understood.groups).toEqual([
      { value: 'women', words: 'I AM A MUM' },
      { value: 'mothers', words: 'I AM A MUM' },
    ]);
  });
});

describe('readGoal(): rules checked against real posts (scripts/bench/intents/reader-dev.json)', () => {
  it('reads "meet people" as friends where nothing is about work, and as networking beside work', () => {
    expect(readGoal('I want to meet people who read the same books as me').answers?.goals).toEqual(['friends']);
    expect(readGoal('as a freelancer I want to meet people').answers?.goals).toEqual(['contacts']);
    expect(readGoal('looking for a job and to meet people').answers?.goals).toEqual(['hiring', 'contacts']);
  });

  it('keeps a freelancer’s clients, read as freelance work, where the text names them', () => {
    expect(readGoal('freelance editor who wants more visibility and then clients').answers?.goals).toEqual([
      'promotion',
      'hiring',
    ]);
    expect(readGoal('freelance editor who wants clients and visibility').answers?.goals).toEqual([
      'hiring',
      'promotion',
    ]);
  });

  it('keeps "meet people" as friends beside talking with peers, outside work', () => {
    expect(readGoal('a forum to discuss books and meet people').answers?.goals).toEqual(['peer-ideas', 'friends']);
  });

  it('reads a founder looking for someone, and nothing else, as looking for a partner', () => {
    expect(readGoal("I'm a founder looking for someone who can sell").answers).toMatchObject({
      goals: ['contacts'],
      audience: 'startups',
    });
    // Without a founder, "someone" says nothing about work.
    expect(readGoal('looking for someone').answers).toBeUndefined();
  });

  it("reads a product of one's own (a side project, an MVP) as a maker building a startup, in software", () => {
    for (const text of ['promote my side project', 'launch my MVP'])
      expect(readGoal(text).answers, text).toMatchObject({ goals: ['promotion'], audience: 'startups' });
    expect(readGoal('promote my side project').answers?.field).toBe('software');
  });

  it('reads users to try a product and growing a business as promotion, and staying connected as contacts', () => {
    expect(readGoal('I need beta testers for my app').answers?.goals).toEqual(['promotion']);
    expect(readGoal('I want to grow my business and get more sales').answers?.goals).toEqual(['promotion']);
    expect(readGoal("I'm a retired engineer looking to stay connected").answers?.goals).toEqual(['contacts']);
  });

  it('reads "founder" and "business owner" as who someone is, not as the executives field', () => {
    expect(readGoal('founder looking for a co-founder').answers).toEqual({ goals: ['contacts'], audience: 'startups' });
    expect(readGoal('business owner who wants referrals').answers?.field).toBeUndefined();
    // A named executive is still the field.
    expect(readGoal('CEO who wants to meet other CEOs').answers?.field).toBe('executives');
  });

  it('reads a social worker as social work, a profession of its own, not as healthcare', () => {
    expect(readGoal("I'm a social worker and want to meet other social workers").answers?.field).toBe('social-work');
    // A hospital social worker is still one: the profession named outweighs the workplace.
    expect(readGoal("I'm a social worker in a hospital and want to swap ideas with peers").answers?.field).toBe(
      'social-work',
    );
    // "Social" alone is the kind of site, not the profession.
    expect(readGoal('I want to find friends on social media').answers?.field).toBeUndefined();
  });

  it('reads peers over a few words between the marker and the profession', () => {
    expect(readGoal('a way for us young and new teachers to talk').answers).toMatchObject({
      goals: expect.arrayContaining(['peer-ideas']),
      field: 'education',
    });
    expect(readGoal('I want to find other young nurses').answers?.goals).toContain('peer-ideas');
    // A verb between is not a peer marker: "help us hire nurses" is hiring, not peers.
    expect(readGoal('help us hire nurses').answers?.goals).toEqual(['hiring']);
  });

  it('reads "<profession> like me" as peers', () => {
    expect(readGoal('I want to find bakers like me').answers).toMatchObject({
      goals: ['peer-ideas'],
      field: 'hospitality',
    });
  });

  it('reads a job someone had ("my old jobs") as no job search', () => {
    expect(readGoal('my friends are all from my old jobs').answers?.goals).toEqual(['friends']);
    expect(readGoal('I need a new job').answers?.goals).toEqual(['hiring']);
  });

  it('reads "my new business" as a small business', () => {
    expect(readGoal('leads for my new business').answers).toMatchObject({ audience: 'small-business' });
  });

  it('reads stay-at-home parents and "becoming a …" as the writer’s group', () => {
    expect(readGoal('since becoming a mother I have no friends nearby').answers?.groups).toEqual(['women', 'mothers']);
    expect(readGoal('SAHM who wants to meet other moms').answers).toMatchObject({
      goals: ['friends'],
      audience: 'consumers',
      groups: ['women', 'mothers'],
    });
    expect(readGoal('I want to meet other dads').answers?.groups).toEqual(['men', 'fathers']);
  });

  it('reads bare "questions" as vague, and questions someone was asked as none ("frequently asked questions")', () => {
    expect(readGoal('the most frequently asked questions are how to find clients').answers?.goals).toEqual([
      'referrals',
    ]);
    expect(readGoal('I have questions about nursing').answers?.goals).toEqual(['peer-ideas']);
  });

  it('reads instruments and playing with others as music and company', () => {
    expect(readGoal('bass player who misses playing with others').answers).toEqual({
      goals: ['friends'],
      field: 'music',
    });
  });

  it('reads a city the writer is not from as having moved', () => {
    expect(readGoal("making friends in a city I'm not from").answers?.goals).toEqual(['friends', 'local']);
  });

  it('reads visibility and friendship in other languages', () => {
    expect(readGoal('je veux plus de visibilité').answers?.goals).toEqual(['promotion']);
    expect(readGoal('Ich bin berufstätig und neu in der Stadt und suche Freundschaften').answers).toMatchObject({
      goals: ['friends', 'local'],
      audience: 'professionals',
    });
  });

  it('reads having just moved and knowing nobody, said with a verb in other languages, as meeting people nearby', () => {
    for (const text of [
      "Je viens d'arriver à Lyon et je ne connais personne, je cherche des amis",
      'Me acabo de mudar a Sevilla y no conozco a nadie, busco amigos',
      'Acabei de me mudar para o Porto e não conheço ninguém, quero fazer amigos',
      'Mi sono appena trasferita a Torino e non conosco nessuno, cerco amici',
      'Ich bin gerade umgezogen und kenne niemanden, ich suche Freunde',
    ])
      expect(readGoal(text).answers?.goals, text).toEqual(['friends', 'local']);
    // Knowing nobody says a wish for company even without a word for friends.
    expect(readGoal('Je ne connais personne ici').answers?.goals).toContain('friends');
    // Having moved says where, not what for: a job search stays a job search.
    expect(readGoal('Acabo de llegar a Valencia y necesito trabajo').answers?.goals).toEqual(['hiring']);
  });

  it('reads a group noun opening a sentence with "here" ending the clause as the writer introducing themself', () => {
    expect(readGoal('Mum here, looking for friends nearby').answers?.groups).toEqual(['women', 'mothers']);
    expect(readGoal('New job. Mom here. Any networks that fit around school runs?').answers?.groups).toEqual([
      'women',
      'mothers',
    ]);
    expect(readGoal('Stay at home dad here, where do I meet people').understood.groups?.[0]?.words).toBe(
      'Stay at home dad here',
    );
    // "here" going on to a place, or asked of others, introduces no one.
    expect(readGoal('Women here in Lagos need jobs, which sites?').answers?.groups).toBeUndefined();
    expect(readGoal('Is any mom here in a good group for friends?').answers?.groups).toBeUndefined();
  });

  it('reads job and contacts words of Japanese, Chinese and Korean where they stand apart, as in a search box', () => {
    for (const text of ['転職 SNS', '就活 アプリ', '招聘 平台', '이직 앱'])
      expect(readGoal(text).answers?.goals, text).toEqual(['hiring']);
    for (const text of ['人脈 アプリ', '人脉 平台', '인맥 앱'])
      expect(readGoal(text).answers?.goals, text).toEqual(['contacts']);
  });

  it('reads those words inside a sentence too, which those scripts write without spaces or with particles attached', () => {
    expect(
      readGoal('転職を考えています。転職活動や人脈づくりに使えるビジネスSNSはどれがおすすめですか？').understood.goals,
    ).toEqual([
      { value: 'hiring', words: '転職' },
      { value: 'contacts', words: '人脈' },
    ]);
    expect(readGoal('我想找工作').answers?.goals).toEqual(['hiring']);
    expect(readGoal('취업을 준비하고 있어요').answers?.goals).toEqual(['hiring']);
    // A run of those scripts with no word the reader knows is still no goal.
    expect(readGoal('こんにちは、よろしくお願いします').answers).toBeUndefined();
  });

  it('reads the other languages’ words for a profession in every gender and number, as it reads the first listed', () => {
    for (const [text, field] of [
      ['Ich bin Krankenpfleger', 'nursing'],
      ['soy enfermero', 'nursing'],
      ['je suis infirmier', 'nursing'],
      ['sou professora', 'education'],
      ['para profesores', 'education'],
      ['je suis enseignante', 'education'],
      ['soy fontanero', 'trades'],
      ['je suis plombier', 'trades'],
      ['ich bin Elektriker', 'trades'],
      ['soy diseñadora gráfica', 'design-creative'],
      ['je suis graphiste', 'design-creative'],
      ['ich bin Grafikdesignerin', 'design-creative'],
    ] as const)
      expect(readGoal(text).understood.field?.value, text).toBe(field);
    expect(readGoal('Busco inversionistas para mi startup').answers?.goals).toEqual(['investors']);
    expect(readGoal('Ich suche Austausch mit Kollegen').answers?.goals).toEqual(['peer-ideas']);
    expect(readGoal("je veux échanger avec d'autres parents").answers?.goals).toEqual(['peer-ideas']);
  });

  it("reads a practice's new patients as its customers and the practice as its field, but not the patients clinicians treat", () => {
    // A practice the writer calls theirs is a small business, whose customers it wins by promoting itself first.
    expect(readGoal('how to get more patients for my dental practice').answers).toEqual({
      goals: ['promotion', 'referrals'],
      field: 'dentistry',
      audience: 'small-business',
    });
    expect(readGoal('I want to attract patients to my physio clinic').answers?.goals).toEqual(['referrals']);
    expect(readGoal('I am a nurse and want to discuss difficult patients with other nurses').answers?.goals).toEqual([
      'peer-ideas',
    ]);
  });

  it("reads a sector's technology words (fintech, proptech…) as the sector, as medtech reads as healthcare", () => {
    for (const [word, field] of [
      ['medtech', 'healthcare'],
      ['fintech', 'finance'],
      ['insurtech', 'finance'],
      ['proptech', 'real-estate'],
      ['legaltech', 'law'],
      ['agritech', 'agriculture'],
      ['martech', 'marketing'],
    ] as const)
      expect(readGoal(`angel investors for my ${word} startup`).answers?.field, word).toBe(field);
  });

  it('reads a field word that names a goal too, said before the writer’s own trade, as that goal for the trade', () => {
    expect(readGoal('marketing for my small bakery').answers).toEqual({ goals: ['promotion'], field: 'hospitality' });
    expect(readGoal('need some marketing help for our plumbing business').answers).toMatchObject({
      goals: ['promotion'],
      field: 'trades',
    });
    // Said of the writer, the field word is their trade: "my agency" names no other one.
    expect(readGoal("I'm in marketing and want clients for my agency").answers?.field).toBe('marketing');
  });

  it('reads everyday words for a tradesperson as the trades', () => {
    for (const word of ['tradie', 'tradies', 'tradesman', 'tradesmen', 'tradespeople'])
      expect(readGoal(`${word} looking for more local customers`).answers?.field, word).toBe('trades');
  });

  it('reads "our company" as no audience: it is mostly the writer\'s employer or own small firm', () => {
    const { answers } = readGoal('We have a lot of turnover at our company and are always trying to hire');
    expect(answers?.goals).toEqual(['hiring']);
    expect(answers?.audience).toBeUndefined();
    expect(readGoal('a large company hiring engineers').answers?.audience).toBe('enterprises');
  });

  it('reads working from home as how someone works, online only when they ask for it', () => {
    const { answers } = readGoal("I'm no longer in school and I work from home, so I never meet new people");
    expect(answers?.goals).toEqual(['friends']);
    expect(answers?.inPerson).toBeUndefined();
    expect(readGoal('I work remotely and want to network with people in my area').answers?.inPerson).toBeUndefined();
    expect(readGoal('looking for a job where I can work from home').answers?.inPerson).toBe('online');
    expect(readGoal('my job lets me work from home, and I want friends').answers?.inPerson).toBeUndefined();
    expect(readGoal('looking for friends and I work from home').answers?.inPerson).toBeUndefined();
    expect(readGoal('I want to meet other remote workers nearby').answers?.inPerson).not.toBe('online');
    expect(readGoal('I want to make friends online').answers?.inPerson).toBe('online');
  });

  it('reads school as a time of life, not the teaching field, unless someone teaches', () => {
    expect(readGoal('all my friends are from school and I want new friends').answers?.field).toBeUndefined();
    expect(readGoal("now that I'm no longer in school I need a job").answers?.field).toBeUndefined();
    expect(readGoal('high school teacher looking for lesson ideas from peers').answers?.field).toBe('education');
    expect(readGoal('forum for school teachers').answers?.field).toBe('education');
  });

  it('reads words in brackets as an aside: the sentence around them stays whole', () => {
    expect(readGoal('looking for other (junior) nurses to swap ideas with').answers).toMatchObject({
      goals: ['peer-ideas'],
      field: 'nursing',
    });
    expect(readGoal("I'm not (really) looking for a job, just friends").answers?.goals).toEqual(['friends']);
    expect(readGoal('As a (single) woman I want friends').answers?.groups).toEqual(['women']);
    // The aside's own words still count, after the rest.
    expect(readGoal('I want a job (and maybe friends)').answers?.goals).toEqual(['hiring', 'friends']);
    // A lone bracket still ends a clause: "1) a job 2) friends".
    expect(readGoal('1) not looking for a job 2) friends').answers?.goals).toEqual(['friends']);
  });

  it('reads an age and a sex the writer states of themself', () => {
    expect(readGoal("I'm a 45 year old man looking for friends").answers?.groups).toEqual(['men']);
    expect(readGoal('I am a 29 year old woman who wants friends').answers?.groups).toEqual(['women', 'age-18-40']);
    expect(readGoal('I (28F) just moved to Leeds and want friends').answers?.groups).toEqual(['women', 'age-18-40']);
    expect(readGoal('I am a single guy, nearly 35. I want more friends').answers?.groups).toEqual(['men', 'age-18-40']);
    // Not said of oneself, or not an age.
    expect(readGoal('my husband (30M) wants friends').answers?.groups).toBeUndefined();
    expect(readGoal('I run a club of nearly 35 members and want promotion').answers?.groups).toBeUndefined();
  });

  it('reads a job as the reason for a move, not a job search, after "moved … for"', () => {
    const { answers } = readGoal('I moved to Denver for a job and have no friends there');
    expect(answers?.goals).toEqual(['friends', 'local']);
    expect(answers?.audience).toBeUndefined();
    expect(readGoal('moved to Berlin looking for a job').answers?.goals).toEqual(['hiring']);
  });

  it('reads "<profession> career" as the career someone has, unless they start or change it', () => {
    expect(readGoal('early in my nursing career I joined forums').answers?.goals).toEqual(['peer-ideas']);
    expect(readGoal('how to start my nursing career').answers?.goals).toEqual(['hiring']);
  });

  it('reads "someone to help with" as help wanted, not company', () => {
    expect(readGoal('we would like to hire someone to help with installations').answers?.goals).toEqual(['hiring']);
    expect(readGoal('I want someone to play chess with').answers?.goals).toEqual(['friends']);
  });

  it('places a town followed by a US state in the United States', () => {
    expect(readGoal('We are a shop in Birmingham, AL hiring staff').answers?.country).toBe('US');
    expect(readGoal('networking in Paris, Texas').answers?.country).toBe('US');
    expect(readGoal('networking in Birmingham').answers?.country).toBe('GB');
  });

  it('reads having arrived somewhere as having moved', () => {
    expect(readGoal("I arrived in Amsterdam and don't know anyone").answers).toMatchObject({
      goals: ['friends', 'local'],
      country: 'NL',
    });
  });

  it('reads "local community" as where someone lives, not a forum', () => {
    expect(readGoal('I want to be more involved in my local community').answers?.goals).toEqual(['local']);
  });

  it('prefers who the writer says they are to people they mention', () => {
    expect(readGoal('I miss my co-workers; how do you get social interaction as a freelancer?').answers).toMatchObject({
      goals: ['friends'],
      audience: 'freelancers',
    });
    expect(readGoal('as a manager I work with freelancers and want contacts').answers?.audience).toBe('professionals');
  });

  it('reads getting together as meeting in person', () => {
    expect(readGoal('a nurses group where we can get together once a month').answers).toMatchObject({
      field: 'nursing',
      inPerson: 'in-person',
    });
  });

  it('reads a request to the readers ("any advice?") as no goal of its own', () => {
    expect(readGoal('I am looking for some advice please. I want more friends').answers?.goals).toEqual(['friends']);
    expect(readGoal('any advice?').answers).toBeUndefined();
    expect(readGoal('I want advice from other nurses').answers?.goals).toContain('peer-ideas');
  });

  it('reads going to conferences as networking, vaguely', () => {
    expect(readGoal('I should go to conferences more').answers?.goals).toEqual(['contacts']);
  });
});

describe('readGoal(): faults found in issue #13 and the rules that fix them', () => {
  it('reads a goal for a network asked for a group, instead of asking for one', () => {
    const { answers } = readGoal('networks for women');
    expect(answers).toEqual({ goals: ['contacts'], groups: ['women'] });
  });

  it('reads "either online or offline", and two ways of meeting joined by "or", as either', () => {
    expect(readGoal('I want to meet designers either online or offline').answers?.inPerson).toBe('either');
    expect(readGoal('friends, online or in person').answers).toEqual({ goals: ['friends'], inPerson: 'either' });
    // In person said only as one side of the choice is no wish to meet nearby.
    expect(readGoal('meet other nurses online or in person').answers?.goals).not.toContain('local');
    expect(readGoal('friends in person').answers).toEqual({ goals: ['friends', 'local'], inPerson: 'in-person' });
  });

  it('reads the way someone moves to ("from online to in the flesh") and the other way of a negated one', () => {
    expect(readGoal('taking networking from online to in the flesh').answers?.inPerson).toBe('in-person');
    expect(readGoal('meet other nurses, not in person').answers?.inPerson).toBe('online');
    expect(readGoal('build some community IRL, without using online social networks').answers?.inPerson).toBe(
      'in-person',
    );
  });

  it('counts "arrived in" and "moved to" as moving only before a place', () => {
    expect(readGoal('my parcel arrived in the mail and I want friends').answers?.goals).toEqual(['friends']);
    expect(readGoal('I arrived in Lisbon and want friends').answers).toEqual({
      goals: ['friends', 'local'],
      country: 'PT',
    });
    expect(readGoal('moved to the big city and want friends').answers?.goals).toEqual(['friends', 'local']);
  });

  it('reads a US state code only where it is written in capitals right after the town', () => {
    expect(readGoal('sign shop in Birmingham, AL looking to hire').answers?.country).toBe('US');
    expect(readGoal('sign shop in Birmingham, al looking to hire').answers?.country).toBe('GB');
    // "IN" and "OR" elsewhere in capitals name no state.
    expect(readGoal('LOG IN to find friends in Birmingham, in town').answers?.country).toBe('GB');
    expect(readGoal('I work in OR, I want a job in Birmingham or Leeds').answers?.country).toBe('GB');
    // "US" is a country only where that word is written so.
    expect(readGoal('join US in Lisbon, tell us about jobs').answers?.country).toBe('US');
    expect(readGoal('JOBS IN LISBON, tell us').answers?.country).toBe('PT');
  });

  it('shows every part in the writer’s own words, not folded', () => {
    const { understood } = readGoal('Freelance Editor in LISBOA, I want to MEET fellow writers for FREE');
    expect(understood.audience?.words).toBe('Freelance');
    expect(understood.country?.words).toBe('LISBOA');
    expect(understood.budget?.words).toBe('for FREE');
    expect(understood.goals[0]?.words).toBe('fellow writers');
    expect(readGoal('Dating APP').understood.notCovered?.words).toBe('Dating APP');
  });

  it('reads a forum or a community as where someone looks, a goal only when nothing else is', () => {
    expect(readGoal('I spent weeks looking for forums to find an audience for my game').answers?.goals).toEqual([
      'promotion',
    ]);
    expect(readGoal('any good forums for nurses?').answers?.goals).toEqual(['peer-ideas']);
    expect(readGoal('looking for an online community').answers?.goals).toEqual(['peer-ideas']);
  });

  it('reads advice asked of the readers as a request, not a goal', () => {
    expect(readGoal('Anyone have advice on finding a job in Berlin?').answers?.goals).toEqual(['hiring']);
    expect(readGoal('I want advice from other founders').answers?.goals).toEqual(['peer-ideas']);
  });

  it('leaves goals other people want to them, when the writer speaks of themself', () => {
    expect(readGoal('a seminar full of lawyers looking for clients, but I want investors').answers?.goals).toEqual([
      'investors',
    ]);
    // Said of no one else, the same words are the writer's wish.
    expect(readGoal('nurses looking for jobs').answers?.goals).toEqual(['hiring']);
  });

  it('reads goal verbs in -ing as their base form, but not past tense narration', () => {
    expect(readGoal('I enjoy swapping ideas').answers?.goals).toEqual(['peer-ideas']);
    expect(readGoal('my wife and I discussed it: I need a new job').answers?.goals).toEqual(['hiring']);
  });

  it('reads loneliness among people at work as missing peers, not friends', () => {
    expect(
      readGoal('as a web developer in a small town I felt lonely and want to learn from other developers').answers
        ?.goals,
    ).not.toContain('friends');
    expect(readGoal('I feel lonely since I retired').answers?.goals).toEqual(['friends']);
  });

  it('reads outings to bars as meeting nearby, not the hospitality trade', () => {
    const { answers } = readGoal('looking for guy friends for outings to bars and hiking');
    expect(answers?.field).not.toBe('hospitality');
    expect(answers?.goals).toContain('local');
    expect(readGoal('I run a bar and need staff').answers?.field).toBe('hospitality');
  });

  it('reads no group from "I am their guy", and a stay-at-home dad as a father and a man', () => {
    expect(readGoal('I am their guy and want a job').understood.groups).toBeUndefined();
    expect(readGoal("I'm a stay-at-home dad looking for friends").answers?.groups).toEqual(['men', 'fathers']);
  });

  it('reads "daily" before a noun as no time budget', () => {
    expect(readGoal('add them to my networks and daily readings').answers?.time).toBeUndefined();
    expect(readGoal('I can network daily').answers?.time).toBe('heavy');
  });

  it('reads "without" before a verb as not wanted, and "without connections" as lacking them', () => {
    expect(readGoal('without the connections it is hard to get hired').answers?.goals).toEqual(['contacts', 'hiring']);
    expect(readGoal('friends, without going online').answers?.inPerson).toBe('in-person');
  });

  it('reads being seen with what is seen in between as promotion ("get your product seen")', () => {
    expect(readGoal('trying to somehow get your product seen by someone').answers?.goals).toEqual(['promotion']);
    expect(readGoal("I don't want to get my face seen, I want friends").answers?.goals).toEqual(['friends']);
  });

  it('reads who someone is from the writer, not from a "who" clause about people they mention', () => {
    expect(
      readGoal('share ideas with other developers, who may not work for a large company').answers?.audience,
    ).toBeUndefined();
    expect(readGoal("I'm a designer who runs a small business and wants clients").answers?.audience).toBe(
      'small-business',
    );
  });

  it('reads a profession and networking as its peers in a short query, as told of in a longer text', () => {
    expect(readGoal('nurse networking').answers?.goals).toEqual(['peer-ideas', 'contacts']);
    expect(
      readGoal('As a graduate student I was told to go to conferences and talk to professors in my field').answers
        ?.goals,
    ).toEqual(['contacts']);
  });

  it('reads plurals of things after "other" as no peers, and business owners as small businesses', () => {
    expect(readGoal('can you share other experiences?').answers).toBeUndefined();
    // Peers met are contacts too.
    expect(readGoal('meet other vets').answers?.goals).toEqual(['peer-ideas', 'contacts']);
    expect(readGoal('this is what business owners do to get referrals').answers).toEqual({
      goals: ['referrals'],
      audience: 'small-business',
    });
  });
});

describe('readGoal(): the sites a text names', () => {
  const catalogue = loadEntries(readCatalogueFiles(join(import.meta.dirname, '../../..')));
  // The search's lookup of names: what a name or an alias means is the search's answer.
  const names = siteSource(catalogue);
  const sitesOf = (text: string) => readGoal(text, names).understood.sites;
  /** The site the search's lookup names by these words. */
  const slugOf = (words: string) => names.named(foldWords(words))?.slug;

  it('reads the sites named, in order, each with the words as typed', () => {
    expect(sitesOf('XING oder LinkedIn?')).toEqual([
      { value: slugOf('XING'), words: 'XING' },
      { value: slugOf('LinkedIn'), words: 'LinkedIn' },
    ]);
    // "Meetup" begins the sentence, so its capital says nothing by itself; joined by "or" to a name read, it is a site.
    expect(sitesOf('Meetup or Eventbrite for finding local events?')).toEqual([
      { value: slugOf('Meetup'), words: 'Meetup' },
      { value: slugOf('Eventbrite'), words: 'Eventbrite' },
    ]);
    expect(sitesOf("I'm on LinkedIn but it's useless for my field")).toEqual([
      { value: slugOf('LinkedIn'), words: 'LinkedIn' },
    ]);
    // An alias is a name: the site is read once, under the words first typed.
    expect(sitesOf('I use meetup.com and Meetup for local events')).toEqual([
      { value: slugOf('Meetup'), words: 'meetup.com' },
    ]);
  });

  it('reads every site written as the catalogue writes its name, mid-sentence', () => {
    const missed = catalogue.flatMap((site) => {
      // A name the lookup gives to another site, under three letters, an aside in brackets (read apart), or
      // one with neither a capital nor a spelling no word has ("allnurses"): nothing says the writer means the site.
      if (slugOf(site.name) !== site.slug || foldWords(site.name).length < 3 || /[()]/.test(site.name)) return [];
      if (!/\p{Lu}|\p{N}|\./u.test(site.name)) return [];
      const read = sitesOf(`Is ${site.name} any good to find clients?`)?.map((s) => s.value);
      return read?.includes(site.slug) ? [] : [site.name];
    });
    expect(missed).toEqual([]);
  });

  it('does not read a name that is an ordinary word, said as one', () => {
    const ordinary: [text: string, word: string][] = [
      ['I want to meet up with other nurses', 'meet up'],
      ['Meet up with other founders in Berlin', 'meet up'],
      ['I play bass in a band and want more gigs', 'band'],
      ['Remember, I am a nurse in Porto and want friends', 'remember'],
      ['Indeed, I need more clients for my bakery', 'indeed'],
      ['looking for a guru to learn marketing from', 'guru'],
      ['I seek a job in marketing', 'seek'],
      ['Eight years a nurse, now I want a new job', 'eight'],
      ['reading threads on forums about nursing', 'threads'],
      ['my boss cuts me no slack, I want a new job', 'slack'],
      ['I want to kick off my career in law', 'kick'],
      ['my dog has a loud bark, I want friends who walk dogs', 'bark'],
      ['twine and glue for my craft shop, I need customers', 'twine'],
      ["I'm a freelancer looking for clients", 'freelancer'],
      ['a headhunter called me about a job', 'headhunter'],
      ['we want to tie the knot and make friends as a couple', 'the knot'],
      ['I want to meet people on line', 'line'],
      ['I need a mentor on a path to a job in finance', 'path'],
      ['FIND CLIENTS FOR MY BAND', 'band'],
    ];
    for (const [text, word] of ordinary) {
      // The words do name a site in the catalogue: the test can fail.
      expect(slugOf(word), word).toBeDefined();
      expect(sitesOf(text), text).toBeUndefined();
    }
  });

  it('reads the same words as a site when written as one: capitals, "app", a comparison', () => {
    expect(sitesOf('Is BAND or Slack better for my club?')?.map((s) => s.value)).toEqual([
      slugOf('BAND'),
      slugOf('Slack'),
    ]);
    expect(sitesOf('our club uses the band app to plan meetings')?.map((s) => s.value)).toEqual([slugOf('BAND')]);
    expect(sitesOf('slack vs discord for my community')?.map((s) => s.value)).toEqual([
      slugOf('Slack'),
      slugOf('Discord'),
    ]);
    expect(sitesOf('I post jobs on Indeed and Seek')?.map((s) => s.value)).toEqual([slugOf('Indeed'), slugOf('Seek')]);
    // Offered as a choice beside a name read for its spelling ("linkedin"), a lowercase name is a site too; added
    // with "and", only with its capital; alone, not at all.
    expect(sitesOf('is linkedin or facebook better to find clients?')?.map((s) => s.value)).toEqual([
      slugOf('LinkedIn'),
      slugOf('Facebook'),
    ]);
    expect(sitesOf('LinkedIn and band practice take my evenings, I want clients')?.map((s) => s.value)).toEqual([
      slugOf('LinkedIn'),
    ]);
    expect(sitesOf('I use LinkedIn and Facebook to find clients')?.map((s) => s.value)).toEqual([
      slugOf('LinkedIn'),
      slugOf('Facebook'),
    ]);
    expect(sitesOf('i use facebook to find clients')).toBeUndefined();
  });

  it('changes no answer: the goal decides the ranking', () => {
    for (const text of [
      'XING oder LinkedIn for a job in Berlin?',
      'is Meetup or Eventbrite better for finding local events',
      "I'm on LinkedIn but it's useless for my field, I'm a nurse",
      'Is BAND or Slack better to make friends in my club?',
    ]) {
      const withNames = readGoal(text, names);
      const { sites, ...rest } = withNames.understood;
      expect(sites, text).toBeDefined();
      expect(withNames.answers, text).toEqual(readGoal(text).answers);
      expect(rest, text).toEqual(readGoal(text).understood);
    }
  });

  it('takes no capital as a sign in a German text, where every noun has one, but reads its marked names', () => {
    // "Band" names a site in the catalogue (BAND): the test can fail.
    expect(slugOf('Band')).toBeDefined();
    for (const text of [
      'Wir sind eine kleine Band aus Leipzig und suchen Unterstützer für unser erstes Album',
      'Ich spiele in einer Band und suche Auftritte in Berlin',
    ])
      expect(sitesOf(text), text).toBeUndefined();
    // Spelled as no ordinary word is (a capital inside it, all capitals), or said as a site, a name still is one.
    expect(sitesOf('Ich bin auf LinkedIn und XING, aber finde keine Kunden')?.map((s) => s.value)).toEqual([
      slugOf('LinkedIn'),
      slugOf('XING'),
    ]);
    expect(sitesOf('Unsere Band nutzt die Band App für Termine')?.map((s) => s.value)).toEqual([slugOf('Band')]);
    // An English text keeps the capital as its sign ("I'm on Slack").
    expect(sitesOf("I'm on Slack and Indeed but no luck")?.map((s) => s.value)).toEqual([
      slugOf('Slack'),
      slugOf('Indeed'),
    ]);
  });

  it('reads no site without the catalogue names', () => {
    expect(readGoal('XING oder LinkedIn?').understood.sites).toBeUndefined();
  });
});

describe('readGoal(): classes of words found by the 2026-12-05 probe', () => {
  it('reads a job the writer already has as no job search, and a job still sought as one', () => {
    for (const text of [
      'I just started a new job in Leeds and want to meet people',
      'I have a new job with lots of presentations and want a public speaking group',
      'got a new job here and would like to make friends',
      'my new job is remote and I want to make friends nearby',
      // A job described ("a remote job", "a full-time job"), or that someone comes with, is one they have.
      'I have a remote job and just moved to Manila, how do I meet people?',
      'Moving to Makati for a year with a remote job, how do you make friends here?',
      'I have a stable full time job but no friends in this city',
    ])
      expect(readGoal(text).answers?.goals, text).not.toContain('hiring');
    for (const text of [
      'I got laid off and need a new job',
      'looking for a new job in Leeds',
      'I have a job interview next week and want advice',
      'I have to find a job',
      'looking for a remote job in marketing',
      'I need help with a job search',
    ])
      expect(readGoal(text).answers?.goals, text).toContain('hiring');
  });

  it('reads passing work on between peers ("refer cases to", "send me cases") as referrals', () => {
    for (const text of [
      "I'm a solo attorney and I need lawyers I can refer cases to",
      'other accountants who will send me work they cannot take',
      'a group of therapists who refer clients to each other',
    ])
      expect(readGoal(text).answers?.goals, text).toContain('referrals');
  });

  it('reads a board seat as contacts, not the executives field, so the cause is the field', () => {
    const { answers, understood } = readGoal('I want to join the board of directors of a nonprofit as a volunteer');
    expect(answers?.goals).toContain('contacts');
    expect(answers?.field).toBe('nonprofit');
    expect(understood.goals.find((g) => g.value === 'contacts')?.words).toBe('board of directors');
    // "Director" alone still names who someone is.
    expect(readGoal("I'm a director at a bank and want to meet other directors").answers?.field).toBe('executives');
  });

  it('reads what people talk about as topics, not goals of their own', () => {
    expect(
      readGoal('Where do UK farmers talk online about tenancies, grants and prices with other farmers?').answers,
    ).toMatchObject({ goals: ['peer-ideas'], field: 'agriculture', country: 'GB' });
    expect(readGoal('founders who chat about fundraising').answers?.goals).not.toContain('investors');
    // A wish said after the topic is still a wish.
    expect(readGoal('talk about how to find investors').answers?.goals).toContain('investors');
    expect(readGoal('I want grants for my farm').answers?.goals).toEqual(['investors']);
  });

  it('reads getting better at a craft as learning from peers', () => {
    expect(
      readGoal('I want to join a camera club to get better at photography, and meet up with other photographers')
        .answers,
    ).toMatchObject({ goals: ['peer-ideas', 'local'], field: 'photography-video' });
    expect(readGoal('looking for a group to hone my craft as a writer').answers?.goals[0]).toBe('peer-ideas');
  });

  it('reads a tradesperson who says so and wants customers as a small business', () => {
    for (const text of [
      "I'm a plumber in Bristol and want more local jobs from homeowners",
      "I'm a roofer and word of mouth has dried up. How do I get more local customers?",
    ])
      expect(readGoal(text).answers, text).toMatchObject({ audience: 'small-business', field: 'trades' });
    // Looking for a job, an electrician is an employee; plumbers spoken of, or sought, are nobody's audience.
    expect(readGoal("I'm an electrician looking for a job").answers?.audience).toBe('professionals');
    expect(readGoal('plumbers looking for customers').answers?.audience).toBeUndefined();
    expect(readGoal('find a plumber').answers?.audience).toBeUndefined();
  });

  it('reads customers wanted by a tradesperson, a wedding vendor or a trainer as a business promoting itself, as an owner is', () => {
    // Promotion in the customers' place; in a sentence longer than a query, instead of referrals.
    expect(readGoal("I'm a plumber looking for more customers").answers?.goals).toEqual(['promotion', 'referrals']);
    for (const text of [
      "I'm a wedding photographer in Porto looking for clients",
      "I'm a personal trainer and need more clients",
    ])
      expect(readGoal(text).answers, text).toMatchObject({
        goals: ['promotion'],
        audience: 'small-business',
      });
    // Referrals asked for as such stay referrals, and a job sought is no business.
    expect(readGoal("I'm a wedding planner and want referrals from other vendors").answers?.goals[0]).toBe('referrals');
    expect(readGoal("I'm a personal trainer looking for a job at a gym").answers?.audience).toBe('professionals');
  });

  it('reads an investor meeting other investors as contacts, not a search for funding', () => {
    // Both goals, and no funding; learning from the peers connected with comes first (read-goal-quiz-gap.test.ts).
    expect(
      readGoal(
        "I'm a new real estate investor buying my first rentals and want to connect with more experienced investors to learn from",
      ).answers,
    ).toEqual({ goals: ['peer-ideas', 'contacts'], field: 'real-estate' });
    expect(readGoal("I'm a real estate investor and want to meet other investors").answers?.goals).toEqual([
      'contacts',
    ]);
    expect(readGoal('as an investor I want to meet other angels').answers?.goals).toEqual(['contacts']);
    // Money is still money, and a founder's investors are still investors.
    expect(readGoal("I'm a property investor looking for funding").answers?.goals).toEqual(['investors']);
    expect(readGoal('founder looking for investors').answers?.goals).toEqual(['investors']);
  });

  it('reads a practice of one’s own or a solo professional as a small business, keeping the profession', () => {
    expect(readGoal("I'm a CPA with a small practice and want referrals").answers).toMatchObject({
      audience: 'small-business',
      field: 'accounting',
    });
    expect(readGoal("I'm a solo attorney looking for referrals").answers).toMatchObject({
      audience: 'small-business',
      field: 'law',
    });
    expect(readGoal('therapist in private practice looking for referrals').answers?.audience).toBe('small-business');
  });

  it('reads a fresher or recent graduate as a student, and Poland, Italy and the Netherlands in their own names', () => {
    expect(readGoal("I'm a fresher in India looking for my first job").answers?.field).toBe('students');
    expect(readGoal('recent graduate looking for a job').answers?.field).toBe('students');
    expect(readGoal('Szukam pracy w Polsce').answers?.country).toBe('PL');
    expect(readGoal('Cerco lavoro in Italia').answers?.country).toBe('IT');
    expect(readGoal('Ik zoek werk in Nederland').answers?.country).toBe('NL');
  });

  it('reads Denmark, Sweden, Norway, Finland, Austria and Switzerland in their own names, and an Indonesian job search', () => {
    const country = (text: string) => readGoal(text).understood.country?.value;
    expect(country('Jeg søger job i Danmark')).toBe('DK');
    expect(country('Jag söker jobb i Sverige')).toBe('SE');
    expect(country('Jeg søker jobb i Norge')).toBe('NO');
    expect(country('Töitä Suomi')).toBe('FI');
    expect(country('Ich suche eine Stelle in Österreich')).toBe('AT');
    expect(country('Ich suche Arbeit in der Schweiz')).toBe('CH');
    expect(readGoal('Jag söker jobb i Sverige').answers?.goals).toEqual(['hiring']);
    expect(readGoal('Saya sedang cari kerja di Jakarta').answers).toMatchObject({ goals: ['hiring'], country: 'ID' });
    expect(readGoal('situs lowongan kerja terpercaya').answers?.goals).toEqual(['hiring']);
  });

  it('reads being found or booked by the people one serves as promotion, not by employers nor "find me a job"', () => {
    expect(readGoal('Where should I put my work so engaged couples find and book me?').answers?.goals).toEqual([
      'promotion',
    ]);
    expect(readGoal('I sing and want more people to discover me').answers?.goals).toEqual(['promotion']);
    expect(readGoal('I want recruiters to find me').answers?.goals).toEqual(['hiring']);
    expect(readGoal('Which site will find me a job?').answers?.goals).toEqual(['hiring']);
  });

  it('reads a country someone comes from as where they network only when no other country is named', () => {
    expect(
      readGoal("I'm a civil engineer from Nigeria planning to move to Dubai and need a job").answers?.country,
    ).toBe('AE');
    expect(readGoal('Moving from London to Paris for a new job').answers?.country).toBe('FR');
    expect(readGoal("I'm from Berlin and looking for a job").answers?.country).toBe('DE');
    // Countries named with "the" come from there too.
    expect(readGoal('a nurse from the US moving to Canada, looking for a job').answers?.country).toBe('CA');
    expect(readGoal("I'm from the Philippines and want a job in Germany").answers?.country).toBe('DE');
    expect(readGoal("I'm from the UK and looking for a job").answers?.country).toBe('GB');
  });

  it('reads wanting to volunteer, alone, as a cause to meet people for nearby, keeping the nonprofit field', () => {
    expect(readGoal('I want to volunteer').answers).toEqual({ goals: ['local'], field: 'nonprofit' });
    expect(readGoal('How do I find a volunteer opportunity in Portland?').answers).toMatchObject({
      goals: ['local'],
      country: 'US',
    });
    // Beside a goal it adds nothing.
    expect(readGoal("I'd like to volunteer for a nonprofit to grow my network").answers?.goals).toEqual(['contacts']);
  });

  it('does not read staff who are counted or who do the finding as staff sought', () => {
    // A company's size: "a company with about 40 staff".
    expect(
      readGoal('I own a manufacturing company with about 40 staff and want a peer group of other owners').answers
        ?.goals,
    ).toEqual(['peer-ideas']);
    // Employees who look for something: the subject of "find", not its object.
    expect(readGoal('Where can government employees find their peers in other agencies?').answers?.goals).not.toContain(
      'hiring',
    );
    // Their counterparts elsewhere are peers.
    expect(
      readGoal('Where can government employees find their counterparts in other agencies?').answers?.goals,
    ).toEqual(['peer-ideas']);
    // Still hiring: staff wanted, staff to find.
    expect(readGoal('We have 12 staff and need to find more staff').answers?.goals).toContain('hiring');
    expect(readGoal('hotel staff wanted').answers?.goals).toEqual(['hiring']);
  });

  it('reads a wedding photographer or videographer as a wedding professional, like a wedding DJ', () => {
    expect(readGoal("I'm a wedding photographer and want more couples to book me").answers?.field).toBe(
      'events-weddings',
    );
    expect(readGoal('wedding videographer looking for clients').answers?.field).toBe('events-weddings');
    expect(readGoal('portrait photographer looking for clients').answers?.field).toBe('photography-video');
  });

  it('reads "get feedback and get discovered" as two wants in their order, not one being seen', () => {
    const { understood } = readGoal('I want to get feedback and get discovered');
    expect(understood.goals).toEqual([
      { value: 'peer-ideas', words: 'feedback' },
      { value: 'promotion', words: 'get discovered' },
    ]);
    expect(readGoal('I want to get my photos discovered').understood.goals[0]?.words).toBe('get my photos discovered');
  });

  it('reads a self-published author or a first novel as writing, not "a novel idea"', () => {
    expect(readGoal('I self-published my first novel and nobody reads it').understood.field?.value).toBe('writing');
    expect(readGoal('tips for self publishing and finding readers').answers?.field).toBe('writing');
    expect(readGoal('I have a novel idea and want to find investors').answers?.field).toBeUndefined();
  });

  it("reads other people of one's audience as peers and meeting them as contacts, as for a profession", () => {
    expect(readGoal('I want to meet other freelancers in Lisbon').answers?.goals).toContain('peer-ideas');
    expect(readGoal('Where can I meet founders in Berlin?').answers?.goals).toEqual(['contacts']);
    expect(readGoal('I want to hire freelancers').answers?.goals).toEqual(['hiring']);
  });

  it('reads nearness said of others or of oneself ("near them", "close to me") as nearby, as "near me" is', () => {
    // Said of a professional hired, nearness is where the work is done: in person, not the goal of meeting people.
    expect(readGoal('Where do homeowners find a plumber near them?').answers).toMatchObject({
      goals: ['hiring'],
      inPerson: 'in-person',
    });
    expect(readGoal('I want to find a running club close to me').answers?.goals).toContain('local');
  });

  it('reads a country named before "move abroad" as the one being left, not where to network', () => {
    const country = (text: string) => readGoal(text).understood.country?.value;
    expect(country("I've taught in UK schools for five years and want to move abroad to teach")).toBeUndefined();
    expect(country("I'm in the UK and want to move abroad to Spain for a job")).toBe('ES');
    expect(country("I'm in Berlin, living abroad for the first time, and want friends")).toBe('DE');
  });

  it('reads job boards named as one word in German and the Nordic languages as a job search', () => {
    expect(readGoal('beste Jobbörsen Deutschland').answers).toMatchObject({ goals: ['hiring'], country: 'DE' });
    expect(readGoal('jobportaler Danmark').answers).toMatchObject({ goals: ['hiring'], country: 'DK' });
    expect(readGoal('Jobportale Österreich').answers?.goals).toEqual(['hiring']);
    expect(readGoal('jobsøgning i Aarhus').answers?.goals).toEqual(['hiring']);
  });

  it('reads "early in my career" as a stage of the career someone has, not a job search', () => {
    expect(readGoal("I'm early in my career and want to find a mentor").answers).toEqual({
      goals: ['contacts'],
      audience: 'professionals',
    });
    expect(readGoal('at this point in my career I want a new job').answers?.goals).toEqual(['hiring']);
    expect(readGoal('help in my career change').answers?.goals).toEqual(['hiring']);
    expect(readGoal('I want to advance my career').answers?.goals).toEqual(['hiring']);
  });

  it('reads raising children or awareness as no search for investors, raising money still as one', () => {
    expect(readGoal('raising two young kids and looking for mom friends').answers?.goals).toEqual(['friends']);
    expect(readGoal('raising awareness for my charity').answers).toBeUndefined();
    expect(
      readGoal('After a decade at home raising children I want to restart my PR career as a freelance consultant')
        .answers?.goals,
    ).toEqual(['hiring']);
    for (const text of ['raising a seed round', 'raising funds for my startup', 'raise money for my app'])
      expect(readGoal(text).answers?.goals, text).toEqual(['investors']);
  });

  it('reads a retiree wanting friends as wanting them nearby too, unless they ask to meet online', () => {
    for (const text of [
      'I retired last year and most of my friends were from work. How do I meet new people?',
      'make friends after retirement',
      "I'm a retiree looking to meet new people",
    ])
      expect(readGoal(text).answers, text).toMatchObject({ goals: ['friends', 'local'], audience: 'consumers' });
    expect(readGoal("I'm a retiree looking to meet new people online").answers?.goals).toEqual(['friends']);
    // Retired, but wanting something else than friends.
    expect(readGoal('retired nurse wanting to swap ideas').answers?.goals).toEqual(['peer-ideas']);
  });

  it('reads giving back as a reason: service nearby when nothing else is asked, nothing beside a goal', () => {
    expect(
      readGoal("I'd like to give back by joining the board of directors of a nonprofit as a volunteer").answers,
    ).toEqual({ goals: ['contacts'], field: 'nonprofit' });
    expect(readGoal('I want to give back and make friends').answers?.goals).toEqual(['friends']);
    expect(readGoal('looking to give back to my community').understood.goals).toEqual([
      { value: 'local', words: 'give back' },
    ]);
    expect(readGoal('I am not looking to give back').answers).toBeUndefined();
  });

  it('reads getting booked to speak as promotion and a public speaker as practising with peers', () => {
    expect(readGoal('How do I get speaking engagements for my business?').answers?.goals).toContain('promotion');
    expect(readGoal('keynote gigs for a new speaker').answers?.goals[0]).toBe('promotion');
    expect(readGoal('I want to become a better public speaker').answers?.goals).toEqual(['peer-ideas']);
    for (const text of ['I need to improve my presentation skills', 'a club to practice presenting'])
      expect(readGoal(text).answers?.goals, text).toEqual(['peer-ideas']);
    expect(readGoal('a friendly group nearby where I can practise speaking').answers?.goals).toEqual([
      'peer-ideas',
      'local',
    ]);
  });

  it('reads "running into" as a verb, not the running field', () => {
    const text = "I'm an apprentice and I keep running into code questions. Where do electricians talk shop online?";
    expect(readGoal(text).answers?.field).toBe('trades');
    expect(readGoal('we ran into problems, where do plumbers swap ideas').answers?.field).toBe('trades');
    // The sport is still the sport.
    expect(readGoal('I want to find a running club to make friends').answers?.field).toBe('fitness-wellness');
  });

  it('reads a data analyst and machine learning as software, not finance', () => {
    expect(readGoal("I'm a data analyst and want to swap ideas with other analysts").answers?.field).toBe('software');
    expect(readGoal('where do people working in machine learning share ideas').answers?.field).toBe('software');
    // An analyst alone is still finance.
    expect(readGoal('I am an analyst at a bank looking for a new job').answers?.field).toBe('finance');
  });

  it('reads career advice as wanting advice, not a job hunt', () => {
    const answers = readGoal("I'd like a community of other women who code, for career advice").answers;
    expect(answers?.goals).not.toContain('hiring');
    expect(answers?.goals).toContain('peer-ideas');
    expect(readGoal('I need a new career in nursing').answers?.goals).toContain('hiring');
  });

  it("reads someone else's job as why the writer moved, not a job hunt", () => {
    for (const text of [
      "We moved to Amsterdam for my partner's job and don't know anyone. How do we make friends?",
      'I moved here for my husband s job and want to make friends',
      'we relocated for his job, how can I meet new friends',
    ])
      expect(readGoal(text).answers?.goals, text).toEqual(expect.not.arrayContaining(['hiring']));
    expect(readGoal('I moved here for my job and want to make friends').answers?.goals).toContain('friends');
    expect(readGoal('I need a job in Amsterdam').answers?.goals).toContain('hiring');
  });

  it('reads people to team up or work with as collaborators (contacts), not company', () => {
    for (const text of [
      'Where do indie game developers find people to team up with?',
      'looking for people to work with on my startup',
      'I want to team up on projects with other data scientists',
    ])
      expect(readGoal(text).answers?.goals, text).toContain('contacts');
    expect(readGoal('Where do indie game developers find people to team up with?').answers?.goals).not.toContain(
      'friends',
    );
  });

  it('reads "apart from <people>" as the people the writer already has, not a goal', () => {
    const text = "We moved here and apart from his colleagues we don't know anyone. How do we make friends?";
    expect(readGoal(text).answers?.goals).not.toContain('contacts');
    expect(readGoal(text).answers?.goals).toContain('friends');
  });

  it('reads a co-founder in French, Spanish and German, and a job search in Russian', () => {
    expect(readGoal('Je cherche un associé technique, un vrai cofondateur pour ma start-up').answers).toMatchObject({
      goals: ['contacts'],
      audience: 'startups',
    });
    expect(readGoal('busco un cofundador para mi startup').answers?.goals).toEqual(['contacts']);
    expect(readGoal('Mitgründer für mein Startup gesucht').answers?.goals).toEqual(['contacts']);
    expect(readGoal('Я бухгалтер, ищу новую работу').answers).toMatchObject({ goals: ['hiring'], field: 'accounting' });
    expect(readGoal('где искать вакансии').answers?.goals).toEqual(['hiring']);
  });

  it("reads a PR person's media list as contacts and pitching the press as promotion", () => {
    const text = 'I do PR for a small brand and need to build a list of journalists who cover our area';
    expect(readGoal(text).answers?.goals).toEqual(['contacts']);
    expect(readGoal('where can I find media contacts for my startup').answers?.goals).toContain('contacts');
    expect(readGoal('how do I pitch journalists about my product').answers?.goals).toContain('promotion');
    expect(readGoal('how to get media coverage for my bakery').answers?.goals).toContain('promotion');
  });

  it('reads freelance platforms and sites as looking for client work, in English, Spanish and Portuguese', () => {
    for (const text of [
      'freelance platforms for designers',
      'best freelance sites for writers',
      'plataformas freelance para diseñadores',
      'sites de freelance para programadores',
    ])
      expect(readGoal(text).answers, text).toMatchObject({
        goals: ['hiring'],
        audience: 'freelancers',
        work: 'client-work',
      });
    // Sites for talking with other freelancers stay peers.
    expect(readGoal('a forum for freelance designers to swap ideas').answers?.goals).toEqual(['peer-ideas']);
  });
});

import { describe, expect, it } from 'vitest';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';
import { AUDIENCE_MARKETS, DEFAULT_MARKET, hiringMarket } from '#src/features/recommend/rules/hiring-market.ts';
import { AUDIENCES, keysOf } from '#src/catalogue/taxonomy.ts';

/** The market the reader gives a text, with the words it gave it from (as typed). */
const work = (text: string) => readGoal(text).understood.work;

describe('readGoal(): which hiring market a hiring goal is about (read-work.ts)', () => {
  it.each([
    ['find a job as a nurse', 'find a job'],
    ['I just moved to Melbourne and need a job', 'job'],
    ['looking for an internship in London', 'an internship'],
    ['job offers in Berlin', 'job offers'],
    // Spanish, Portuguese, French, German, Italian, Dutch, Polish.
    ['Busco empleo en Madrid', 'empleo'],
    ['Estoy buscando trabajo remoto como desarrollador', 'trabajo'],
    ['Procuro emprego em Lisboa', 'emprego'],
    ['Je cherche un emploi à Lyon', 'emploi'],
    ['Suche Arbeit in Wien', 'Arbeit'],
    ['Cerco lavoro a Milano', 'lavoro'],
    ['Ik zoek een baan in Amsterdam', 'baan'],
    ['Szukam pracy w Warszawie', 'pracy'],
  ])('reads someone looking for a job as employment: %j', (text, words) => {
    expect(work(text)).toEqual({ value: 'employment', words });
    expect(readGoal(text).answers?.work).toBe('employment');
  });

  it.each([
    ['hire staff for my startup', 'hire staff'],
    ['we are hiring a marketing team', 'hiring a marketing team'],
    ['I need staff for my restaurant', 'staff'],
    ['recruit nurses for our clinic', 'recruit'],
    ['I need to hire two baristas', 'hire'],
  ])('reads an employer hiring staff as employment: %j', (text, words) => {
    expect(work(text)).toEqual({ value: 'employment', words });
  });

  it.each([
    ['looking for freelance work as a designer', 'freelance work'],
    ['find gigs as a musician', 'gigs'],
    ['I am a freelance designer looking for clients', 'clients'],
    // A freelancer's clients in other languages: the reader makes them a hiring goal in those very words.
    ['Ich suche Kunden als Freelancer', 'Kunden'],
    ['Ich bin Freelancer und suche Aufträge', 'Aufträge'],
    ['Busco clientes como freelance', 'clientes'],
    ['Sou designer freelancer e procuro projetos', 'projetos'],
    ['Je suis freelance et je cherche des missions', 'missions'],
    ['Cerco clienti come freelance', 'clienti'],
    // Polish commissions ("zlecenia"), and a Polish freelancer's clients.
    ['Szukam zleceń', 'zleceń'],
    ['Jestem freelancerem i szukam klientów', 'klientów'],
  ])('reads someone looking for clients or gigs as client work: %j', (text, words) => {
    expect(work(text)).toEqual({ value: 'client-work', words });
    expect(readGoal(text).answers?.work).toBe('client-work');
  });

  it('reads someone looking for gigs or commissions, who says nothing else of themself, as a freelancer', () => {
    for (const text of ['Szukam zleceń', 'looking for gigs', 'find freelance work'])
      expect(readGoal(text).answers, text).toMatchObject({ goals: ['hiring'], audience: 'freelancers' });
    // Looking for a job is still a professional's career.
    expect(readGoal('Szukam pracy').answers?.audience).toBe('professionals');
    // A Polish freelancer, in the forms a sentence gives the word.
    for (const text of ['Jestem freelancerem i szukam klientów', 'Jestem freelancerką, szukam zleceń'])
      expect(readGoal(text).answers, text).toMatchObject({ goals: ['hiring'], audience: 'freelancers' });
  });

  it.each([
    ['need to hire a wedding photographer', 'hire a wedding photographer'],
    ['hire a plumber in Leeds', 'hire a plumber'],
    ['need to hire an accountant for my taxes', 'hire an accountant'],
    ['we want to hire freelancers', 'hire freelancers'],
  ])('reads hiring a professional for a job or project as client work: %j', (text, words) => {
    expect(work(text)).toEqual({ value: 'client-work', words });
  });

  it.each([
    ['find a contractor to renovate my kitchen', 'find a contractor'],
    ['I need a plumber', 'need a plumber'],
    ['looking for a wedding photographer', 'looking for a wedding photographer'],
    ['we need a good accountant', 'need a good accountant'],
  ])('reads looking for a professional to hire as hiring, client work: %j', (text, words) => {
    expect(readGoal(text).understood.goals[0]).toEqual({ value: 'hiring', words });
    expect(work(text)).toEqual({ value: 'client-work', words });
  });

  it('reads the public hiring a pro for their home or wedding as consumers, the pro’s trade as the field', () => {
    expect(readGoal('find a contractor to renovate my kitchen').answers).toEqual({
      goals: ['hiring'],
      audience: 'consumers',
      field: 'trades',
      work: 'client-work',
    });
    expect(readGoal('need a photographer for our wedding').answers?.audience).toBe('consumers');
  });

  it('does not read peers, or the writer’s own work, as a professional sought', () => {
    expect(readGoal('looking for other photographers to share tips').answers?.goals).toEqual(['peer-ideas']);
    expect(readGoal('where do I find photographers like me').answers?.goals).toEqual(['peer-ideas']);
    expect(readGoal('find work as a plumber').answers?.work).toBe('employment');
    expect(readGoal('I am not looking for a lawyer, I want friends').answers?.goals).toEqual(['friends']);
  });

  it('reads the people hired as whom the writer wants, not who the writer is', () => {
    for (const text of [
      'hire a freelance developer',
      'we want to hire a freelance designer',
      'find a freelancer for my logo',
    ]) {
      expect(readGoal(text).answers?.audience, text).toBeUndefined();
      expect(readGoal(text).answers?.work, text).toBe('client-work');
    }
    // Said of the writer, it is who they are.
    expect(readGoal('I am a freelancer hiring other freelancers').answers?.audience).toBe('freelancers');
    expect(readGoal('looking to hire for my startup').answers?.audience).toBe('startups');
  });

  it('reads no market without a hiring goal', () => {
    for (const text of ['I want to meet other nurses', 'swap ideas with other founders', 'find investors for my app'])
      expect(work(text)).toBeUndefined();
    // "Clients" of someone who is not a freelancer are referrals, not a hiring goal: no market either.
    expect(readGoal('I am a photographer looking for clients').answers).toMatchObject({ goals: ['referrals'] });
    expect(work('I am a photographer looking for clients')).toBeUndefined();
    // A job the writer already has is no job search.
    expect(work('I just started a new job and want friends')).toBeUndefined();
  });

  it('leaves the market to who the writer is when the hiring words do not say', () => {
    // A freelancer's "jobs" are clients'; a small business "needing to hire" hires staff: their audience decides.
    for (const text of ['I am a freelancer looking for jobs', 'I run a small business and need to hire']) {
      const { understood, answers } = readGoal(text);
      expect(understood.work, text).toBeUndefined();
      expect(answers?.work, text).toBeUndefined();
      expect(answers && hiringMarket(answers), text).toBe(AUDIENCE_MARKETS[answers!.audience!]);
    }
  });
});

describe('hiringMarket()', () => {
  it('takes the work answer over the audience, and the audience only with a hiring goal', () => {
    for (const audience of [undefined, ...keysOf(AUDIENCES)]) {
      expect(hiringMarket({ goals: ['contacts'], audience, work: 'employment' })).toBeUndefined();
      expect(hiringMarket({ goals: ['contacts', 'hiring'], audience, work: 'client-work' })).toBe('client-work');
      expect(hiringMarket({ goals: ['hiring'], audience })).toBe(
        audience === undefined ? DEFAULT_MARKET : AUDIENCE_MARKETS[audience],
      );
    }
    // Neither who they are nor which hiring: the usual sense, a job or staff to employ.
    expect(DEFAULT_MARKET).toBe('employment');
    expect(hiringMarket({ goals: ['hiring'], audience: 'freelancers' })).toBe('client-work');
    expect(hiringMarket({ goals: ['hiring'], audience: 'professionals' })).toBe('employment');
    expect(hiringMarket({ goals: ['hiring'], audience: 'creators' })).toBeUndefined();
  });
});

/**
 * The reader on ordinary texts from the dev sets of 2026-12-19 to 2026-12-21: professions named in Italian and
 * Portuguese feminine and plural forms, "PR" as permanent residence, the Spanish verb "trabajo" (I work) that is no
 * job sought, and customers told of as friends. Every sentence here is made up for the test.
 */
import { describe, expect, it } from 'vitest';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';

const understood = (text: string) => readGoal(text).understood;
const goals = (text: string) => understood(text).goals.map((g) => g.value);
const field = (text: string) => understood(text).field?.value;

describe('professions in Italian and Portuguese feminine and plural forms, and French clipped ones', () => {
  it.each([
    ['Sono architetta e cerco nuovi clienti', 'architecture'],
    ['Siamo architetti a Torino', 'architecture'],
    ['Sou arquiteta e quero mais clientes', 'architecture'],
    ['Sou doutoranda em ecologia e quero colaborar', 'research-academia'],
    ['Sou doutorando em física', 'research-academia'],
    ['Queria achar outros pesquisadores da minha área', 'research-academia'],
    ['Sono dottoranda in chimica', 'research-academia'],
    ['Je suis doctorante en biologie', 'research-academia'],
    ['Des groupes entre vétos pour échanger sur les cas cliniques ?', 'veterinary'],
  ])('%s → %s', (text, expected) => {
    expect(field(text)).toBe(expected);
  });
});

describe('"PR" as permanent residence is no public-relations trade', () => {
  it('reads the profession said next to it', () => {
    expect(field('Landed in Toronto 3 months ago as a PR, mechanical engineer with 7 yrs experience')).toBe(
      'engineering',
    );
    expect(field('Just got my PR, looking for work as a mechanical engineer')).toBe('engineering');
  });
  it('still reads public relations when PR names a trade', () => {
    expect(field('I run a small PR agency and want more clients')).toBe('media');
    expect(field('I work in PR')).toBe('media');
  });
});

describe('the Spanish verb "trabajo" (I work) is no job sought', () => {
  it('reads no job search when the writer says where or how they work', () => {
    expect(goals('Trabajo 100% en remoto para una empresa de fuera. Quiero conocer gente')).not.toContain('hiring');
    expect(goals('Trabajo en una empresa de software y quiero conocer gente')).toEqual(['friends']);
    expect(understood('Trabajo desde casa y quiero conocer gente').work).toBeUndefined();
    expect(goals('Yo trabajo en remoto y quiero conocer gente')).toEqual(['friends']);
    expect(goals('Eu trabalho como enfermeira e quero fazer amigos')).toEqual(['friends']);
    expect(goals('Lavoro come infermiera e voglio nuovi amici')).toEqual(['friends']);
  });
  it('still reads a job sought', () => {
    expect(goals('Busco trabajo en remoto')).toContain('hiring');
    expect(goals('Necesito trabajo urgente')).toContain('hiring');
    expect(goals('Trabajo de mesero y busco otro trabajo')).toContain('hiring');
    expect(goals('Trabajo. Necesito trabajo en Madrid')).toContain('hiring');
  });
});

describe('customers told of as friends are no friends wanted', () => {
  it.each([
    'My customers are mostly friends, how do I reach strangers?',
    'mis clientes son amigos, quiero más clientes',
    'as clientes são amigas, quero vender mais bolos',
    'i miei clienti sono amici, voglio nuovi clienti',
    'My customers are all friends and family so far',
    'My clients are basically my friends. I need strangers to book me',
  ])('%s', (text) => {
    expect(goals(text)).not.toContain('friends');
  });
  it('still reads friends wanted', () => {
    expect(goals('I want to make new friends')).toContain('friends');
    expect(goals('quiero hacer amigos')).toContain('friends');
  });
});

describe('working remotely is how the writer works, not how they want to meet', () => {
  it.each([
    'I work 100% remote and want to meet people',
    'I work fully remote and want to meet people',
    'Trabajo 100% en remoto y quiero conocer gente',
  ])('%s', (text) => {
    expect(understood(text).inPerson).toBeUndefined();
  });
  it('still reads remote work wished for, and online meeting', () => {
    expect(understood('Busco trabajo 100% en remoto').inPerson?.value).toBe('online');
    expect(understood('I want to meet people online').inPerson?.value).toBe('online');
  });
});

describe('everyday German, French and Korean words of a job search, of hiring and of talking with peers', () => {
  it('German job applications and employers say a job search', () => {
    expect(goals('Bewerbungen bisher ohne Antwort')).toContain('hiring');
    expect(goals('Wo finde ich Arbeitgeber, die Geflüchtete einstellen?')).toContain('hiring');
  });
  it('French "échanger sur" is talking with peers', () => {
    expect(goals('Des groupes entre vétos pour échanger sur les cas cliniques ?')).toContain('peer-ideas');
  });
  it('Korean applicants wanted is hiring', () => {
    expect(goals('공고 올려도 지원자가 거의 없네요')).toContain('hiring');
  });
});

describe('the neighbourhood in Portuguese, Spanish, Italian and French ("do bairro", "del barrio") is near', () => {
  it.each([
    'Onde eu divulgo pra gente nova do bairro me achar?',
    'Quiero que me conozcan los vecinos del barrio',
    'Vorrei farmi conoscere nel quartiere',
    'Je veux me faire connaître dans le quartier',
  ])('%s', (text) => {
    expect(goals(text)).toContain('local');
  });
});

describe('a budget conceded after "but" outweighs the wish before it', () => {
  it.each([
    'free would be best but I can pay a little',
    'Free is ideal, but I can pay a bit for something good',
    'gratis si es posible, pero puedo pagar algo',
    'de preferência grátis, mas posso pagar um pouco',
  ])('%s → some', (text) => {
    expect(understood(text).budget?.value).toBe('some');
  });
  it('keeps the wish said after "but", and a budget said alone', () => {
    expect(understood("I'm willing to pay, but free would be best").budget?.value).toBe('free');
    expect(understood('I can pay a little for a good group').budget?.value).toBe('some');
    expect(understood('free groups only please').budget?.value).toBe('free');
  });
});

describe("a venture the writer started outweighs their employer's field", () => {
  it('reads the venture', () => {
    expect(field('I work at an IT company in Pune and started a home bakery on weekends (cakes, cookies)')).toBe(
      'hospitality',
    );
    expect(field('I work for a software company but opened a small bakery last year')).toBe('hospitality');
  });
  it("keeps the employer's field when no venture is started", () => {
    expect(field('I work at an IT company and want to meet other people in bakeries')).toBe('software');
    expect(field('I started a bakery and work at an IT company')).toBe('hospitality');
  });
});

describe('analysts', () => {
  it('a business analyst names no field (not finance: the taxonomy has no field for the role)', () => {
    expect(field("I'm a business analyst looking for a mentor")).toBeUndefined();
    expect(field("I'm a financial analyst looking for a mentor")).toBe('finance');
  });
});

describe("the people a product the writer makes is for are its users, not the writer's field", () => {
  it.each([
    ["I'm launching a product for students, how do I get users?", undefined],
    ['I made a budgeting tool for teachers and want feedback', undefined],
    ["I'm building an app for nurses and need beta users", 'software'],
    ['students ke liye ek app bana raha hoon, users chahiye', undefined],
  ])('%s', (text, expected) => {
    expect(field(text)).toBe(expected);
  });
  it('keeps the field of people an app is sought for, and of the writer', () => {
    expect(field('Is there an app for nurses to share tips?')).toBe('nursing');
    expect(field("I'm a teacher and I made a tool for teachers")).toBe('education');
  });
});

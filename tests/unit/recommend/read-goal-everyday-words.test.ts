/**
 * Everyday words the free-text reader knew only in their textbook form (issue #13): colloquial Spanish and Brazilian
 * Portuguese, Egyptian Arabic freelance words, Indonesian design and running words. Every sentence here is made up
 * for the test.
 */
import { describe, expect, it } from 'vitest';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';

const understood = (text: string) => readGoal(text).understood;
const goals = (text: string) => understood(text).goals.map((g) => g.value);

describe('readGoal(): colloquial Spanish and Portuguese', () => {
  it('reads selling online as promotion', () => {
    expect(goals('Hago aretes de plata y quiero vender en línea')[0]).toBe('promotion');
    expect(goals('Quero vender pela internet os doces que eu faço')[0]).toBe('promotion');
    expect(goals('Mi taller de muebles vive del boca a boca')).toContain('promotion');
  });

  it('reads a small business however it is said', () => {
    expect(understood('Tengo un negocio chiquito de tamales en Puebla').audience?.value).toBe('small-business');
    expect(understood('Somos un pequeño negocio familiar').audience?.value).toBe('small-business');
    expect(understood('Minha loja de roupas precisa de mais clientes').audience?.value).toBe('small-business');
  });

  it('reads the slang for a job as a job', () => {
    expect(goals('Estoy sin laburo desde marzo')).toEqual(['hiring']);
    expect(goals('Ando buscando chamba de mesero en Lima')).toEqual(['hiring']);
  });

  it('reads a freelancer in Brazilian slang, and its marketplaces as client work', () => {
    expect(understood('Sou freela de redação há dois anos').audience?.value).toBe('freelancers');
    expect(goals('Quais plataformas de freela pagam melhor?')).toEqual(['hiring']);
  });

  it('reads getting to know people in Italian as Spanish and Portuguese read it: friends, where nothing is about work', () => {
    expect(readGoal('conoscere gente nuova a Milano').answers).toMatchObject({
      goals: ['friends', 'local'],
      country: 'IT',
    });
    expect(goals('vorrei conoscere persone nuove a Torino')).toContain('friends');
    // Beside work, meeting people is networking, as in the other languages.
    expect(goals('vorrei conoscere altri avvocati per lavoro')).not.toContain('friends');
  });

  it('reads nearness said in Spanish and Portuguese as local', () => {
    expect(goals('Soy fontanero y quiero trabajos en mi zona')).toContain('local');
    expect(goals('Quero conhecer gente perto de mim')).toContain('local');
  });

  it('reads handmade goods as retail', () => {
    expect(understood('Hago jabones artesanales en Oaxaca').field?.value).toBe('retail-ecommerce');
    expect(understood('Vendo jabones hechos a mano').field?.value).toBe('retail-ecommerce');
    expect(understood('Faço artesanato em crochê').field?.value).toBe('retail-ecommerce');
  });
});

describe('readGoal(): Egyptian Arabic freelance words', () => {
  it('reads a freelancer and freelance work', () => {
    expect(understood('أنا فريلانسر في الترجمة').audience?.value).toBe('freelancers');
    expect(understood('بشتغل فري لانس من البيت').audience?.value).toBe('freelancers');
    expect(goals('أبحث عن مواقع العمل الحر')).toEqual(['hiring']);
    // Freelance work is client work, and whoever looks for it a freelancer, as "freelance sites" reads in English.
    expect(readGoal('مواقع العمل الحر للمصممين').answers).toMatchObject({
      work: 'client-work',
      audience: 'freelancers',
    });
  });

  it('reads a designer as design and creative work', () => {
    expect(understood('أنا مصممة جرافيك وأبحث عن عملاء').field?.value).toBe('design-creative');
    expect(understood('أنا مصمم ديكور').field?.value).toBe('design-creative');
  });

  it('reads Alexandria written without its article as Egypt', () => {
    expect(understood('أبحث عن عملاء في اسكندرية').country?.value).toBe('EG');
  });
});

describe('readGoal(): Indonesian design and running words', () => {
  it('reads visual communication design and graphic design as design', () => {
    expect(understood('Saya lulusan DKV dari Surabaya').field?.value).toBe('design-creative');
    expect(understood('Aku suka bikin desain grafis untuk UMKM').field?.value).toBe('design-creative');
  });

  it('reads running as fitness', () => {
    expect(understood('Cari teman lari di Bandung').field?.value).toBe('fitness-wellness');
    expect(understood('Saya pelari pemula').field?.value).toBe('fitness-wellness');
  });
});

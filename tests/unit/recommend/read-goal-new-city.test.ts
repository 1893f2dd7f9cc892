import { describe, expect, it } from 'vitest';
import { ABROAD_WORDS, RELOCATION_WORDS } from '#src/catalogue/lexicon.ts';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';

/** The goals read from a text, in priority order. */
const goals = (text: string) => readGoal(text).answers?.goals ?? [];

describe('readGoal(): "a new city" in the languages read is a move, as "new city" is in English', () => {
  it.each([
    ['German', 'Wie finde ich neue Freunde in einer neuen Stadt?'],
    ['Italian', 'Come fare nuovi amici in una nuova città?'],
    ['Portuguese', 'Como fazer amigos numa cidade nova?'],
    ['Dutch', 'Hoe maak je nieuwe vrienden in een nieuwe stad?'],
    ['Polish', 'Jak poznać nowych znajomych w nowym mieście?'],
    ['Turkish', 'Yeni bir şehirde nasıl arkadaş edinilir?'],
    ['Indonesian', 'Gimana cari teman baru di kota baru?'],
    ['Russian', 'Как найти новых друзей в новом городе?'],
    ['Swedish', 'Hur hittar man nya vänner i en ny stad?'],
    ['Ukrainian', 'Як знайти нових друзів у новому місті?'],
    ['Afrikaans', 'Hoe maak ek nuwe vriende in ’n nuwe stad?'],
  ])('%s: friends, then meeting people nearby', (_language, text) => {
    expect(goals(text).slice(0, 2)).toEqual(['friends', 'local']);
  });

  it.each([
    ['Swedish', 'Jag har precis flyttat till Malmö och känner ingen. Hur hittar man nya vänner?'],
    ['Norwegian', 'Jeg har nettopp flyttet til Bergen og vil finne nye venner.'],
    ['Ukrainian', 'Я переїхала до Львова і шукаю нових друзів.'],
    ['Afrikaans', 'Ek het pas getrek na Kaapstad en soek nuwe vriende.'],
  ])('%s: a move said with a verb, with friends wanted, is meeting people nearby too', (_language, text) => {
    expect(goals(text)).toContain('local');
  });

  it('a job sought in a new city is a job search there, not meeting people nearby', () => {
    const read = goals('Ich suche einen Job in einer neuen Stadt');
    expect(read[0]).toBe('hiring');
    expect(read).not.toContain('local');
  });
});

describe('readGoal(): "abroad" right after the people wanted says where they are, not that the writer moved', () => {
  it.each([
    ['English', 'I am a postdoc. I want colleagues abroad to read my papers and to find people for joint projects.'],
    ['English', 'How do I find clients abroad for my translation work?'],
    ['Ukrainian', 'Хочу, щоб мої статті бачили колеги за кордоном, і знайти людей для спільних проєктів.'],
  ])('%s: %s', (_language, text) => {
    expect(goals(text)).not.toContain('local');
  });

  it('a writer who lives abroad and wants friends still wants to meet people nearby', () => {
    expect(goals('I live abroad now and want to make some friends')).toContain('local');
  });
});

describe('ABROAD_WORDS', () => {
  it('are relocation words, those among them that say only where', () => {
    expect(ABROAD_WORDS.filter((w) => !RELOCATION_WORDS.includes(w))).toEqual([]);
  });
});

describe('readGoal(): a new-city phrase written as a name is a place, not a move', () => {
  it.each([
    ['Portuguese', 'Moro na Cidade Nova há dez anos e quero fazer amizades'],
    ['Indonesian', 'Saya tinggal di Kota Baru sejak lahir dan ingin cari teman baru'],
  ])('%s: %s', (_language, text) => {
    expect(goals(text)).not.toContain('local');
  });
});

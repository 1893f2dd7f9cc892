import { describe, expect, it } from 'vitest';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';

describe('readGoal(): "online" said of customers, of being seen or of putting an offer there is where to be found, not how one works', () => {
  it.each([
    ['English, customers after', 'I run a small plumbing firm. How do I win more clients online?'],
    ['English, customers before', 'I own a florist shop. How do I get new online customers?'],
    ['English, presence', 'I own a bike repair shop and want to promote it. We need a better online presence.'],
    [
      'English, putting an offer',
      'I teach cooking classes and want to promote them. I want to put my classes online so people can book.',
    ],
    ['English, where to be', 'I run a hair salon and need more customers. Where should my salon be online?'],
    [
      'English, where online to be',
      'We run a small bakery and want more customers from the area. Where should a bakery be online?',
    ],
    ['German, customers', 'Ich habe eine kleine Bäckerei. Wie finde ich online neue Kunden?'],
    [
      'German, putting (verb last)',
      'Ich habe eine kleine Bäckerei. Wie finde ich mehr Kunden? Wo kann ich unsere Torten online stellen?',
    ],
    ['Hindi, customers', 'मेरी छोटी बेकरी है। मैं ऑनलाइन नए ग्राहक कैसे लाऊँ?'],
    ['Hindi, promotion', 'मेरी बेकरी का प्रचार ऑनलाइन कैसे करूँ?'],
    [
      'English, buying from others online',
      'I own a small flower shop and want more customers. Young people now order from the big online florists.',
    ],
    ['English, buying online', 'I run a bakery and need more customers: people mostly buy their cakes online now.'],
    [
      'German, ordering online',
      'Ich habe einen kleinen Blumenladen und brauche mehr Kunden. Die jungen Leute bestellen heute alles online.',
    ],
    [
      'Spanish, buying online',
      'Tengo una pequeña librería y necesito más clientes. La gente ahora compra sus libros online.',
    ],
    [
      'German, ordering online (verb last)',
      'Ich habe eine Bäckerei und will mehr Kunden, weil die Leute heute online bestellen.',
    ],
    ['Hindi, buying online (verb last)', 'मेरी छोटी बेकरी है और मुझे ज़्यादा ग्राहक चाहिए। लोग अब सब कुछ ऑनलाइन खरीदते हैं।'],
    [
      'Portuguese, buying online',
      'Tenho uma pequena padaria e quero mais clientes. Hoje as pessoas compram tudo online.',
    ],
  ])('%s', (_case, text) => {
    const answers = readGoal(text).answers;
    expect(answers?.goals.length).toBeGreaterThan(0);
    expect(answers?.inPerson).not.toBe('online');
  });

  it.each([
    ['working online', 'I work online and want to meet other freelancers.'],
    ['an online business', 'I run an online business and want to meet other founders.'],
    ['selling online', 'I sell handmade soap online and want advice from other makers.'],
    ['meeting online', 'I run a bakery and want to meet other bakers online.'],
    ['asking where online to network', 'Where online can I network with other accountants?'],
    ['remote', 'I want to meet other designers remotely.'],
    ['"in order to", not ordering', 'In order to work online I want to meet other freelancers.'],
    ['selling online, a book of mine', 'I sell my book online and want to meet other authors.'],
    ['German, meeting online', 'Ich möchte andere Entwickler online kennenlernen.'],
    [
      'German, "Stellen" the noun (jobs), not the verb',
      'Ich bin Elektriker und suche Arbeit. Wo finde ich online Stellen?',
    ],
  ])('%s still says online', (_case, text) => {
    expect(readGoal(text).answers?.inPerson).toBe('online');
  });
});

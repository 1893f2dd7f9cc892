import { describe, expect, it } from 'vitest';
import { searchIndex, sites } from 'virtual:networkwise/catalogue';
import { searchWithIntent } from '#src/features/search/rules/intent.ts';
import { normalizeText } from '#src/features/search/rules/text.ts';

const ask = (q: string) => searchWithIntent(searchIndex, sites, { q, limit: 10 });
const bySlug = new Map(sites.map((s) => [s.slug, s]));
const ownText = (slug: string) => {
  const s = bySlug.get(slug)!;
  return normalizeText([s.name, ...s.aliases, s.tagline].join(' '));
};

describe('words that say nothing of a site lift none and sink no name match', () => {
  it.each([
    ['jobs for over 55', 'over'],
    ['how to start angel investing find deals', 'start'],
    ['stay at home dads group near me', 'stay'],
  ])('"%s": no site is listed for saying “%s”', (q, word) => {
    for (const r of ask(q).results)
      expect(r.why, r.slug).not.toMatch(new RegExp(`says “(?:[^”]* )?${word}(?: [^”]*)?” in its description`));
  });

  it('finds the sites named by the words left when the others only say who is sought ("find a … partner")', () => {
    const answer = ask('find a language exchange partner');
    expect(answer.results.length).toBeGreaterThan(0);
    for (const r of answer.results) expect(ownText(r.slug), r.slug).toMatch(/language.exchange/);
  });

  it('still answers a club of something as where people who share it meet, not by the name search alone', () => {
    expect(ask('find a book club to join').intent.kind).toBe('recommend');
  });
});

describe('words in Indic scripts and Thai keep their vowel signs', () => {
  // Hindi's commonest postpositions and particles share one consonant with a name ("कू", Koo) and differ by the
  // vowel sign alone: folded to their consonants they were that name.
  it.each(['की', 'को', 'के', 'का', 'कि'])('"%s", a Hindi function word, names no site', (q) => {
    const answer = ask(q);
    expect(answer.intent.kind === 'names' ? answer.results.map((r) => r.slug) : []).toEqual([]);
  });

  it('still finds each site first by an alias written in a Brahmic script or Thai', () => {
    const brahmic = /[\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Tamil}\p{Script=Sinhala}\p{Script=Thai}]/u;
    const named = sites.flatMap((s) => s.aliases.filter((a) => brahmic.test(a)).map((a) => [a, s.slug] as const));
    expect(named.length).toBeGreaterThan(0);
    for (const [alias, slug] of named) expect(ask(alias).results[0]?.slug, alias).toBe(slug);
  });
});

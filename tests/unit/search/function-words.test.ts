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

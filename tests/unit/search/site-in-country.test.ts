import { describe, expect, it } from 'vitest';
import { searchIndex, sites } from 'virtual:networkwise/catalogue';
import { searchWithIntent } from '#src/features/search/rules/intent.ts';
import { countryInText, countryName } from '#src/catalogue/taxonomy.ts';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';

const ask = (q: string) => searchWithIntent(searchIndex, sites, { q, limit: 10 });
/** A name the reader reads as nothing else (not "Freelancer", an audience, nor "Meetup", a goal). */
const nameOnly = (name: string) => {
  const { goals, field, audience } = readGoal(name).understood;
  return goals.length === 0 && field === undefined && audience === undefined;
};

describe('a site’s name and a country, nothing else ("linkedin china")', () => {
  it('gives the site first, saying it is not available there when a worldwide site is absent from the country', () => {
    const absent = sites.filter(
      (s) => s.countries === 'global' && s.status === 'active' && s.absentIn.length > 0 && nameOnly(s.name),
    );
    expect(absent.length).toBeGreaterThan(0);
    for (const site of absent) {
      // A country whose name the reader reads ("Cuba" is also an everyday word: not read as the country).
      const country = site.absentIn.find((c) => readGoal(countryName(c)).understood.country?.value === c);
      const q = `${site.name} ${countryName(country ?? '')}`;
      // Unless the whole query is another site's name (Douyin is "TikTok China").
      const anotherName = sites.some((s) => [s.name, ...s.aliases].some((a) => a.toLowerCase() === q.toLowerCase()));
      if (country === undefined || anotherName) continue;
      const answer = ask(q);
      expect(answer.results[0]?.slug, site.name).toBe(site.slug);
      expect(answer.results[0]?.why).toContain(`not available in ${countryInText(country)}`);
      expect(answer.intent.understood?.country?.value).toBe(country);
    }
  });

  it('then the sites used in that country, as the country alone lists them', () => {
    const site = sites.find(
      (s) => s.countries !== 'global' && s.countries.length === 1 && s.status === 'active' && nameOnly(s.name),
    )!;
    const country = (site.countries as readonly string[])[0]!;
    const answer = ask(`${site.name} ${countryName(country)}`);
    expect(answer.results[0]?.why).toContain(`made for ${countryInText(country)}`);
    const alone = ask(countryName(country))
      .results.map((r) => r.slug)
      .filter((s) => s !== site.slug);
    expect(answer.results.slice(1).map((r) => r.slug)).toEqual(alone.slice(0, answer.results.length - 1));
  });
});

import { describe, expect, it } from 'vitest';
import {
  countriesWithPages,
  countryCode,
  countryPath,
  countryTitle,
  rankForCountry,
} from '#src/features/directories/index.ts';
import { reach, site } from './fixtures.ts';

const xing = site({ slug: 'xing', countries: ['DE', 'AT', 'CH'], scores: { contacts: 3 }, reach: reach('10m') });
const dihk = site({ slug: 'dihk', countries: ['DE'], scores: { local: 3 }, reach: reach('1m') });
const studivz = site({ slug: 'studivz', countries: ['DE'], scores: { friends: 3 }, status: 'closed', closed: 2022 });
const viadeo = site({ slug: 'viadeo', countries: ['FR'], scores: { contacts: 2 } });
const linkedin = site({ slug: 'linkedin', scores: { contacts: 3 }, reach: reach('1b'), absentIn: ['CN'] });
const meetup = site({ slug: 'meetup', scores: { local: 3 }, reach: reach('10m') });
const tiktok = site({ slug: 'tiktok', kind: 'social', scores: { promotion: 3 }, reach: reach('1b'), absentIn: ['IN'] });
const smallBlocked = site({ slug: 'smallblocked', scores: { contacts: 2 }, absentIn: ['DE'] });
const wechat = site({ slug: 'wechat', kind: 'social', countries: ['CN'], scores: { friends: 3 }, reach: reach('1b') });
const line = site({
  slug: 'line',
  kind: 'social',
  countries: ['JP', 'TW', 'TH'],
  scores: { friends: 3 },
  reach: reach('100m'),
});
// On the popular list, but (in this made-up catalogue) national.
const snapchat = site({
  slug: 'snapchat',
  kind: 'social',
  countries: ['US', 'GB'],
  scores: { friends: 3 },
  reach: reach('100m'),
});
const sites = [xing, dihk, studivz, viadeo, linkedin, meetup, tiktok, smallBlocked, wechat, line, snapchat];

describe('the country directory', () => {
  it('gives a page to every country an entry lists or excludes, sorted by name', () => {
    expect(countriesWithPages(sites)).toEqual(['AT', 'CN', 'FR', 'DE', 'IN', 'JP', 'CH', 'TW', 'TH', 'GB', 'US']);
  });

  it('lists national sites first, best first, then the worldwide ones; closed national sites apart', () => {
    const { national, global, closed } = rankForCountry('DE', sites);
    expect(national.map((s) => s.slug)).toEqual(['xing', 'dihk']);
    expect(global.map((s) => s.slug)).toEqual(['linkedin', 'tiktok', 'meetup']);
    expect(closed.map((s) => s.slug)).toEqual(['studivz']);
  });

  it('counts a site listing a few countries as made for each, one listing many as international, after the national ones', () => {
    const many = ['US', 'DE', 'FR', 'IT', 'ES', 'PT', 'NL', 'BE', 'AT', 'IE', 'PL', 'SE'];
    const crowdfund = site({ slug: 'crowdfund', countries: many, scores: { investors: 3 }, reach: reach('1m') });
    const regional = site({ slug: 'regional', countries: many.slice(0, 10), scores: { investors: 3 } });
    const withThem = [...sites, crowdfund, regional];
    const germany = rankForCountry('DE', withThem);
    expect(germany.national.map((s) => s.slug)).toEqual(['xing', 'dihk', 'regional']);
    // Used there, so listed, but with the worldwide ones: it is made for no one country of its twelve.
    expect(germany.global.map((s) => s.slug)).toEqual(['linkedin', 'tiktok', 'meetup', 'crowdfund']);
    // A country only the international site lists gets no page of its own.
    expect(countriesWithPages(withThem)).not.toContain('SE');
    expect(countriesWithPages(withThem)).toContain('IE');
    expect(rankForCountry('SE', withThem).global.map((s) => s.slug)).toContain('crowdfund');
  });

  it('leaves out of the worldwide list a site that is absent there', () => {
    expect(rankForCountry('IN', sites).global.map((s) => s.slug)).not.toContain('tiktok');
    expect(rankForCountry('DE', sites).global.map((s) => s.slug)).not.toContain('smallblocked');
    expect(rankForCountry('CN', sites).global.map((s) => s.slug)).not.toContain('linkedin');
  });

  it('names popular sites absent there first, then popular ones used elsewhere only, each with a line why', () => {
    const { wrongThere } = rankForCountry('CN', sites);
    expect(wrongThere.map((w) => [w.site.slug, w.reason])).toEqual([
      ['linkedin', 'absent'],
      ['snapchat', 'elsewhere'],
    ]);
    expect(wrongThere[0]!.why).toBe('Blocked or not available in China.');
    expect(wrongThere[1]!.why).toBe('Used in the United States, the United Kingdom, not in China.');
  });

  it('counts only the popular list as popular, never reach: big national sites elsewhere and small blocked ones are not named', () => {
    expect(rankForCountry('DE', sites).wrongThere.map((w) => w.site.slug)).toEqual(['snapchat']);
    expect(rankForCountry('US', sites).wrongThere).toEqual([]);
  });

  it('lists a worldwide site a source says is little used there apart, with its note and source, not among the sites used there', () => {
    const source = { title: 'A survey of Japan', url: 'https://example.com/jp' };
    const fewInJapan = { country: 'JP', note: 'Few professionals there use it (2015).', source };
    const little = [
      ...sites.filter((s) => s.slug !== 'linkedin' && s.slug !== 'meetup'),
      { ...linkedin, littleUsedIn: [fewInJapan] },
      // Not on the popular list: named all the same, because a source says so.
      { ...meetup, slug: 'smallmeet', littleUsedIn: [fewInJapan] },
    ];
    const japan = rankForCountry('JP', little);
    expect(japan.global.map((s) => s.slug)).toEqual(['tiktok', 'smallblocked']);
    const apart = japan.wrongThere.filter((w) => w.reason === 'little-used');
    expect(apart.map((w) => w.site.slug)).toEqual(['linkedin', 'smallmeet']);
    expect(apart[0]!.why).toBe('Open in Japan, but few people there use it: Few professionals there use it (2015).');
    expect(apart[0]!.source).toEqual(source);
    // Elsewhere the same site is an ordinary worldwide one.
    expect(rankForCountry('DE', little).global.map((s) => s.slug)).toContain('linkedin');
    expect(rankForCountry('DE', little).wrongThere.map((w) => w.reason)).not.toContain('little-used');
    expect(
      countriesWithPages([{ ...linkedin, absentIn: [], littleUsedIn: [{ ...fewInJapan, country: 'KR' }] }]),
    ).toEqual(['KR']);
  });

  it('has lower-case paths, reads codes in either case and titles pages by name', () => {
    expect(countryPath('DE')).toBe('/countries/de/');
    expect(countryCode('de')).toBe('DE');
    expect(countryCode(' gb ')).toBe('GB');
    expect(countryCode('XX')).toBeUndefined();
    expect(countryCode('global')).toBeUndefined();
    expect(countryTitle('DE')).toBe('Networking sites used in Germany');
  });

  it('names a country inside its title as a sentence does, with "the" where English puts it', () => {
    expect(countryTitle('US')).toBe('Networking sites used in the United States');
    expect(countryTitle('NL')).toBe('Networking sites used in the Netherlands');
  });
});

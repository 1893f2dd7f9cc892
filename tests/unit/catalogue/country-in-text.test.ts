import { describe, expect, it } from 'vitest';
import { countriesInText, countriesLabel } from '#src/catalogue/countries.ts';
import { COUNTRY_CODES, countryInText, countryName } from '#src/catalogue/taxonomy.ts';

/** The codes whose English name takes "the" in a sentence, as the runtime names them today. */
const WITH_THE = new Set(
  'AE AX BQ BS CC CF CK DO FK FO GB GM GS HM IM IO KM KY MH MP MV NL PH PN PS SB SC TC TF UM US VG VI'.split(' '),
);

describe('a country’s name inside running text', () => {
  it('puts "the" before names built on a common noun or in the plural, and nothing before the rest', () => {
    expect(countryInText('US')).toBe('the United States');
    expect(countryInText('GB')).toBe('the United Kingdom');
    expect(countryInText('NL')).toBe('the Netherlands');
    expect(countryInText('AE')).toBe('the United Arab Emirates');
    expect(countryInText('DE')).toBe('Germany');
    expect(countryInText('FR')).toBe('France');
  });

  it('holds over every code the runtime names: the name itself, with "the" exactly where English uses it', () => {
    for (const code of COUNTRY_CODES) {
      const name = countryName(code);
      // Czechia is the runtime's name today; if it names it "Czech Republic", that takes "the" too.
      const takesThe = WITH_THE.has(code) || /\bRepublic\b/.test(name);
      expect(countryInText(code), code).toBe(takesThe ? `the ${name}` : name);
    }
  });

  it('reads the words of the name, not the code, so a name of the same kind the runtime may use reads alike', () => {
    // Singular islands and names ending in s that are not plurals take no article.
    for (const code of ['CX', 'NF', 'BV', 'CY', 'BB', 'HN', 'MU', 'LA', 'BY']) {
      expect(countryInText(code), code).toBe(countryName(code));
    }
  });

  it('keeps the code when the runtime has no name for it', () => {
    expect(countryInText('ZZ')).toBe(countryName('ZZ'));
  });

  it('names where a site is used inside a sentence the same way, and keeps the label as it was', () => {
    const national = { countries: ['US', 'GB', 'DE'], absentIn: [] };
    expect(countriesInText(national)).toBe('the United States, the United Kingdom, Germany');
    expect(countriesLabel(national)).toBe('United States, United Kingdom, Germany');
    expect(countriesInText({ countries: 'global', absentIn: ['CN', 'AE'] })).toBe(
      'worldwide except China, the United Arab Emirates',
    );
  });
});

/** The pure rules of suggestions and corrections: validation messages, what counts as the same, form parsing. */
import { describe, expect, it } from 'vitest';
import {
  catalogueMatch,
  correctionKey,
  foldText,
  isTrapped,
  nameKey,
  urlKey,
  validateCorrection,
  validateSuggestion,
} from '#src/features/community/rules/community-rules.ts';
import { correctionFromForm, ENTRY_FIELD_KEYS, suggestionFromForm } from '#src/features/community/rules/fields.ts';
import { allSites } from '#src/catalogue/index.ts';

const good = {
  name: 'Guild of Makers',
  url: 'https://guild.example.org',
  why: 'Hardware founders swap supplier contacts.',
};
const errorsOf = (raw: unknown) => {
  const result = validateSuggestion(raw);
  return result.ok ? {} : Object.fromEntries(result.errors.map((e) => [e.field, e.message]));
};

describe('validateSuggestion', () => {
  it('accepts a good suggestion, trimming text and removing repeated purposes', () => {
    const result = validateSuggestion({ ...good, name: '  Guild of Makers  ', purposes: ['local', 'local', 'hiring'] });
    expect(result).toEqual({
      ok: true,
      suggestion: { ...good, purposes: ['local', 'hiring'] },
    });
  });

  it('names every missing field with what to do', () => {
    expect(errorsOf({})).toEqual({
      name: 'Give the name of the site (up to 80 characters).',
      url: 'Give the address of the site, starting https://.',
      why: 'Say what the site is for and why it belongs here (20–1,000 characters).',
    });
  });

  it('refuses addresses that are not http(s) web addresses', () => {
    for (const url of [
      'ftp://x.example',
      'javascript:alert(1)',
      'https://localhost',
      'example.com',
      'https://a b.example',
    ])
      expect(errorsOf({ ...good, url })['url'], url).toMatch(/must be a full web address/);
    expect(errorsOf({ ...good, url: 'https://user:pw@x.example' })['url']).toMatch(/user name or password/);
    expect(errorsOf({ ...good, url: 'http://x.example' })).toEqual({});
  });

  it('refuses names of only invisible characters, control characters and broken UTF-16', () => {
    expect(errorsOf({ ...good, name: '\u200b\u200d\u3164' })['name']).toMatch(/only invisible characters/);
    expect(errorsOf({ ...good, name: 'Tab\there' })['name']).toMatch(/control characters/);
    expect(errorsOf({ ...good, name: 'Half \udc00 a character' })['name']).toMatch(/broken character/);
    expect(errorsOf({ ...good, why: `${'long '.repeat(250)}` })['why']).toMatch(
      /too long: 1,249 characters, at most 1,000/,
    );
  });

  it('refuses unknown purposes and unknown fields', () => {
    expect(errorsOf({ ...good, purposes: ['flying'] })['purposes']).toMatch(/Choose purposes from the list/);
    expect(errorsOf({ ...good, rating: 3 })['rating']).toMatch(/not a field here/);
  });
});

describe('validateCorrection', () => {
  it('accepts a field of the entry, the text and an optional https source', () => {
    expect(validateCorrection({ field: 'purposes.referrals', correction: 'Referrals are its core: score 3.' }).ok).toBe(
      true,
    );
    expect(ENTRY_FIELD_KEYS).toEqual(
      expect.arrayContaining(['tagline', 'kind', 'purposes.referrals', 'countries', 'pricing', 'owner', 'founded']),
    );
  });

  it('refuses an unknown field, short text and a source that is not https', () => {
    const result = validateCorrection({ field: 'colour', correction: 'wrong', source: 'http://x.example' });
    expect(result.ok).toBe(false);
    const errors = Object.fromEntries((result.ok ? [] : result.errors).map((e) => [e.field, e.message]));
    expect(errors['field']).toMatch(/Choose what is wrong from the list/);
    expect(errors['correction']).toBe('The correction is too short: 5 characters, at least 10.');
    expect(errors['source']).toMatch(/starting https:\/\//);
  });
});

describe('what counts as the same', () => {
  it('an address is its host without www. and its path, whatever the scheme, case, slash or query', () => {
    expect(urlKey('https://www.Example.org/Groups/?ref=1#top')).toBe('example.org/groups');
    expect(urlKey('http://example.org/groups')).toBe('example.org/groups');
    expect(urlKey('https://example.org')).toBe('example.org');
    expect(urlKey('mailto:a@b.c')).toBeNull();
  });

  it('a name folds compatibility forms, case, accents, spacing and invisible characters', () => {
    expect(nameKey('Ｌｉｎｋｅｄ\u200bIn')).toBe(nameKey('linked in'));
    expect(nameKey('Xíng')).toBe('xing');
    expect(foldText('  Hello,\n  WORLD\u200b ')).toBe('hello world');
  });

  it('a correction is the same for the same site, field and folded text, and different otherwise', () => {
    const c = { field: 'founded', correction: 'Founded in 2003.' };
    expect(correctionKey('xing', c)).toBe(correctionKey('xing', { ...c, correction: ' founded IN 2003 ' }));
    expect(correctionKey('xing', c)).not.toBe(correctionKey('linkedin', c));
    expect(correctionKey('xing', c)).not.toBe(correctionKey('xing', { ...c, field: 'launched' }));
  });

  it('a suggestion of a catalogue site is found by address or by name or alias', () => {
    const sites = allSites();
    expect(catalogueMatch(sites, { name: 'Whatever', url: 'http://linkedin.com/' })?.slug).toBe('linkedin');
    expect(catalogueMatch(sites, { name: 'Twitter', url: 'https://new.example' })?.slug).toBe('x');
    expect(catalogueMatch(sites, { name: 'Guild of Makers', url: 'https://guild.example.org' })).toBeUndefined();
  });
});

describe('form posts and the spam trap', () => {
  it('reads checkboxes as a list and an empty source as none', () => {
    const form = new URLSearchParams(
      'name=A&url=https%3A%2F%2Fa.example&why=w&purposes=local&purposes=hiring&website=',
    );
    expect(suggestionFromForm(form)).toEqual({
      name: 'A',
      url: 'https://a.example',
      why: 'w',
      purposes: ['local', 'hiring'],
      website: '',
    });
    expect(correctionFromForm(new URLSearchParams('field=&correction=x&source=+'))).toEqual({
      field: undefined,
      correction: 'x',
      source: undefined,
    });
  });

  it('is trapped only by a filled-in website field', () => {
    expect(isTrapped({})).toBe(false);
    expect(isTrapped({ website: '  ' })).toBe(false);
    expect(isTrapped({ website: 'x' })).toBe(true);
    expect(isTrapped({ website: { a: 1 } })).toBe(true);
  });
});

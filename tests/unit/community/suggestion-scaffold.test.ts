/** What `npm run import:suggestions` writes for an accepted suggestion: a scaffold that fails validation until completed. */
import { describe, expect, it } from 'vitest';
import { EntryError, parseEntryFile } from '#src/catalogue/entry-file.ts';
import {
  suggestionScaffold,
  suggestionSlug,
  type AcceptedSuggestion,
} from '#src/features/community/rules/suggestion-scaffold.ts';

const accepted: AcceptedSuggestion = {
  id: 's-1',
  name: 'Guild of Makers',
  url: 'http://guild.example.org',
  why: 'A forum for hardware founders.\nname: "Injected"\n---\nnot front matter',
  purposes: ['peer-ideas'],
  createdAt: '2026-12-01T10:00:00.000Z',
};

function problems(text: string) {
  try {
    parseEntryFile('content/sites/guild-of-makers.md', text);
  } catch (error) {
    if (error instanceof EntryError) return [...error.problems];
    throw error;
  }
  throw new Error('the scaffold passed validation');
}

describe('suggestionScaffold', () => {
  it('is the new-site scaffold with the name and an https URL, headed by the visitor words as comments', () => {
    const text = suggestionScaffold(accepted);
    expect(text.startsWith('---\n# Suggested by a visitor on 2026-12-01 (suggestion s-1)')).toBe(true);
    expect(text).toContain('name: "Guild of Makers"');
    expect(text).toContain('url: "https://guild.example.org"');
    expect(text).toContain('#   name: "Injected"');
    expect(text).toContain('# They said it is good for: peer-ideas');
  });

  it('parses as front matter but fails validation, so it cannot reach the site until an editor completes it', () => {
    const found = problems(suggestionScaffold(accepted));
    expect(found.some((p) => p.field === '(front matter)')).toBe(false);
    expect(found.map((p) => p.field)).toEqual(expect.arrayContaining(['tagline', 'kind', 'owner']));
  });

  it('takes its slug from the name, or from the host when the name gives none', () => {
    expect(suggestionSlug(accepted)).toBe('guild-of-makers');
    expect(suggestionSlug({ name: 'ВКонтакте', url: 'https://www.vk.com/' })).toBe('vk');
    expect(suggestionSlug({ name: '微信', url: 'not a url' })).toBeNull();
  });
});

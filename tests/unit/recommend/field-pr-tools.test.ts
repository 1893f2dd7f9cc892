/**
 * The paid media databases PR teams use to find journalists (Cision, Meltwater) are strong for marketing and
 * communications people, as Muck Rack is: a PR person who says their field is marketing finds them near the top.
 * They are not journalists' own networks, so a journalist looking for peers does not get them first.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEntries } from '#src/catalogue/entry-file.ts';
import { readCatalogueFiles } from '#src/integrations/vite-catalogue.ts';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';
import { recommend } from '#src/features/recommend/rules/recommend.ts';

describe('the catalogue, for PR people finding journalists', () => {
  const sites = loadEntries(readCatalogueFiles(join(import.meta.dirname, '../../..')));
  const mediaListTools = ['muck-rack', 'cision', 'meltwater'];

  it('puts the media-list tools in the first five for a US PR person who picks marketing', () => {
    const top = recommend({ goals: ['contacts', 'promotion'], field: 'marketing', country: 'US' }, sites)
      .results.slice(0, 5)
      .map((r) => r.slug);
    for (const slug of mediaListTools) expect(top, slug).toContain(slug);
  });

  it('does not put a PR tool first for a journalist looking for other journalists', () => {
    const answers = readGoal("I'm a journalist and want to swap ideas with other journalists").answers!;
    const first = recommend(answers, sites).results[0]!.slug;
    expect(['cision', 'meltwater']).not.toContain(first);
  });
});

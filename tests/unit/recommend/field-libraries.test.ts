/**
 * Libraries and information is a field of its own: librarians, library staff and information professionals find
 * their peers on their associations' networks and learning communities (ALA Connect, WebJunction, CILIP), not on a
 * teachers' forum or a civil servants' network.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEntries, type SiteEntry } from '#src/catalogue/entry-file.ts';
import { readCatalogueFiles } from '#src/integrations/vite-catalogue.ts';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';
import { recommend } from '#src/features/recommend/rules/recommend.ts';

const fieldOf = (text: string) => readGoal(text).understood.field?.value;

describe('the reader, for librarians and library staff', () => {
  it('reads librarians, library staff and information professionals as libraries, in the languages it reads', () => {
    for (const text of [
      'a school librarian looking for peers',
      "I'm a librarian and want to swap ideas with other librarians",
      'I work in a public library and want to meet other library staff',
      'information professional wanting to network with others in the UK',
      'Soy bibliotecaria y busco colegas para compartir ideas',
      'Sou bibliotecária e quero trocar ideias com outros profissionais',
      'Je suis bibliothécaire et je cherche des collègues',
      'Ich bin Bibliothekarin und suche Austausch mit Kollegen',
      'Sono bibliotecario e cerco colleghi',
      'Ik ben bibliothecaris en zoek collega’s',
      'Jestem bibliotekarką i szukam kontaktów z innymi',
      'Kütüphaneciyim, meslektaşlarımla fikir alışverişi yapmak istiyorum',
      'Saya pustakawan dan ingin bertukar ide dengan rekan',
      'Tôi là thủ thư và muốn trao đổi với đồng nghiệp',
    ])
      expect(fieldOf(text), text).toBe('libraries');
  });

  it('reads a teacher-librarian, a school library media specialist and an academic librarian as libraries', () => {
    for (const text of [
      "I'm a teacher librarian at a high school and want ideas from other school librarians",
      'I am a teacher-librarian in Queensland looking for other TLs to talk to',
      'school library media specialist looking for peers',
      'academic librarian looking for a mentor',
    ])
      expect(fieldOf(text), text).toBe('libraries');
  });

  it('does not read a software library as a library, and still reads teachers as education', () => {
    expect(fieldOf('I maintain an open source Python library and want feedback from other developers')).not.toBe(
      'libraries',
    );
    expect(fieldOf("I'm a teacher and want to swap lesson ideas with other teachers")).toBe('education');
  });
});

describe('the catalogue, for librarians and library staff', () => {
  const sites = loadEntries(readCatalogueFiles(join(import.meta.dirname, '../../..')));
  const bySlug = new Map(sites.map((s) => [s.slug, s]));
  const site = (slug: string): SiteEntry => bySlug.get(slug)!;

  it('puts a library network first for a librarian looking for peers, in the US and in the UK', () => {
    for (const [text, country] of [
      ['a school librarian looking for peers', 'US'],
      ["I'm a librarian and want to swap ideas with other librarians", 'GB'],
    ] as const) {
      const answers = readGoal(text).answers!;
      const top = recommend({ ...answers, country }, sites).results[0]!;
      expect(site(top.slug).fields.libraries, `${text} (${country}): ${top.slug}`).toBeDefined();
    }
  });

  it('puts no site built for libraries alone in the first five for a teacher', () => {
    const librariesOnly = new Set(
      sites.filter((s) => s.fields.libraries !== undefined && Object.keys(s.fields).length === 1).map((s) => s.slug),
    );
    expect(librariesOnly.size).toBeGreaterThan(0);
    const answers = readGoal("I'm a teacher and want to swap lesson ideas with other teachers").answers!;
    const top = recommend({ ...answers, country: 'US' }, sites).results.slice(0, 5);
    expect(top.filter((r) => librariesOnly.has(r.slug)).map((r) => r.slug)).toEqual([]);
  });
});

/**
 * Tourism and dentistry are fields of their own: a tour guide's marketplace is not a restaurant's, and a dentists'
 * forum is not a physiotherapist's.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEntries, type SiteEntry } from '#src/catalogue/entry-file.ts';
import { readCatalogueFiles } from '#src/integrations/vite-catalogue.ts';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';
import { recommend } from '#src/features/recommend/rules/recommend.ts';
import type { Field } from '#src/catalogue/taxonomy.ts';

const fieldOf = (text: string) => readGoal(text).understood.field?.value;

describe('the reader, for tour guides and dentists', () => {
  it('reads tour guides, tour operators and travel agents as tourism, in the languages it reads', () => {
    for (const text of [
      "I'm a tour guide and want more bookings",
      'we are a small tour operator looking for more customers',
      "I'm a travel agent and want to swap ideas with other agents",
      'Soy guía turístico y quiero conseguir más clientes',
      'Sou guia de turismo e quero mais clientes',
      'Ich bin Stadtführerin und suche mehr Kunden',
      'Turist rehberi olarak daha fazla müşteri bulmak istiyorum',
      'Tôi là hướng dẫn viên du lịch và muốn có thêm khách',
    ])
      expect(fieldOf(text), text).toBe('tourism');
  });

  it('still reads restaurants, bakeries, cafes and hotels as hospitality', () => {
    for (const text of [
      'I own a restaurant and want more local customers',
      'I own a small bakery and want people nearby to find us',
      'I run a hotel and need staff',
    ])
      expect(fieldOf(text), text).toBe('hospitality');
  });

  it('reads dentists and dental staff as dentistry, in the languages it reads, and other clinicians as healthcare', () => {
    for (const text of [
      "I'm a dentist and want to talk cases with other dentists",
      "I'm a dental hygienist and want to swap tips with other hygienists",
      'how to get more patients for my dental practice',
      'Soy dentista y busco colegas para compartir casos',
      'Ich bin Zahnärztin und suche Austausch mit Kollegen',
      'Jestem dentystą i szukam kontaktów',
      'Je suis dentiste et je cherche des confrères',
      'Ik ben tandarts en zoek collega’s',
      'Diş hekimiyim, meslektaşlarla fikir alışverişi yapmak istiyorum',
      'Saya dokter gigi dan ingin bertukar pikiran dengan sejawat',
      'Tôi là nha sĩ và muốn trao đổi với đồng nghiệp',
    ])
      expect(fieldOf(text), text).toBe('dentistry');
    expect(fieldOf("I'm a physical therapist and want to talk cases with other PTs")).toBe('healthcare');
  });
});

describe('the catalogue, for tour guides and dentists', () => {
  const sites = loadEntries(readCatalogueFiles(join(import.meta.dirname, '../../..')));
  const builtOnlyFor = (field: Field, not: Field) =>
    sites.filter((s) => s.fields[field] !== undefined && s.fields[not] === undefined);
  const slugs = (list: readonly SiteEntry[]) => new Set(list.map((s) => s.slug));

  it('puts no site built for tourism alone in the first five for a restaurant or bakery wanting local customers', () => {
    const tourism = slugs(builtOnlyFor('tourism', 'hospitality'));
    expect(tourism.size).toBeGreaterThan(0);
    for (const text of [
      'I own a restaurant and want more people from the neighbourhood to come in',
      'I own a small bakery cafe and want more local customers',
    ]) {
      const answers = readGoal(text).answers!;
      expect(answers.field, text).toBe('hospitality');
      const top = recommend({ ...answers, country: 'US' }, sites).results.slice(0, 5);
      expect(
        top.filter((r) => tourism.has(r.slug)).map((r) => r.slug),
        text,
      ).toEqual([]);
    }
  });

  it('puts a tourism site first for a tour guide wanting bookings', () => {
    const tourism = slugs(builtOnlyFor('tourism', 'hospitality'));
    const first = recommend({ goals: ['promotion'], field: 'tourism', audience: 'freelancers' }, sites).results[0]!;
    expect(sites.find((s) => s.slug === first.slug)?.fields.tourism, first.slug).toBeDefined();
    expect(tourism.size).toBeGreaterThan(0);
  });

  it('puts no dentists’ network in the first five for a physiotherapist seeking peers, and one first for a dentist', () => {
    const dentistry = slugs(builtOnlyFor('dentistry', 'healthcare'));
    expect(dentistry.size).toBeGreaterThan(0);
    const physio = readGoal(
      "I'm a physical therapist and want to connect with other PTs online about tricky cases",
    ).answers!;
    const top = recommend(physio, sites).results.slice(0, 5);
    expect(top.filter((r) => dentistry.has(r.slug)).map((r) => r.slug)).toEqual([]);
    const dentist = readGoal("I'm a dentist and want to talk cases with other dentists online").answers!;
    expect(dentistry.has(recommend(dentist, sites).results[0]!.slug)).toBe(true);
  });
});

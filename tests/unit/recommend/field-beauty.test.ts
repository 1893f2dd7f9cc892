/**
 * Beauty and personal care is a field of its own: hairdressers, barbers, nail technicians, beauticians and make-up
 * artists find clients on booking marketplaces made for their trade, not on a travel site or a home-improvement
 * directory.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEntries, type SiteEntry } from '#src/catalogue/entry-file.ts';
import { readCatalogueFiles } from '#src/integrations/vite-catalogue.ts';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';
import { recommend } from '#src/features/recommend/rules/recommend.ts';

const fieldOf = (text: string) => readGoal(text).understood.field?.value;

describe('the reader, for hairdressers, barbers and beauticians', () => {
  it('reads the beauty trades as beauty, in the languages it reads', () => {
    for (const text of [
      'more clients for my hair salon',
      "I'm a hairdresser and want more clients",
      "I'm a barber and want to talk shop with other barbers",
      "I'm a nail technician looking for new clients in London",
      "I'm a makeup artist and want more bookings",
      'I am a beautician starting out on my own',
      'esthetician looking for more clients',
      'Soy peluquera y quiero más clientas',
      'Sou cabeleireira e quero mais clientes',
      'Je suis coiffeuse et je cherche de nouveaux clients',
      'Ich bin Friseurin und suche neue Kunden',
      'Sono estetista e cerco nuove clienti',
      'Ik ben kapper en zoek nieuwe klanten',
      'Jestem fryzjerką i szukam nowych klientów',
      'Kuaförüm, yeni müşteri arıyorum',
      'Saya penata rambut dan ingin lebih banyak pelanggan',
      'Tôi là thợ cắt tóc và muốn có thêm khách',
    ])
      expect(fieldOf(text), text).toBe('beauty');
  });

  it('still reads a tattoo artist as design and a personal trainer as fitness', () => {
    expect(fieldOf("I'm a tattoo artist looking for clients")).toBe('design-creative');
    expect(fieldOf("I'm a personal trainer looking for clients")).toBe('fitness-wellness');
  });
});

describe('the catalogue, for hairdressers, barbers and beauticians', () => {
  const sites = loadEntries(readCatalogueFiles(join(import.meta.dirname, '../../..')));
  const bySlug = new Map(sites.map((s) => [s.slug, s]));
  const site = (slug: string): SiteEntry => bySlug.get(slug)!;
  /** Built for other trades: a site that names fields, none of them beauty. */
  const otherTradesOnly = (s: SiteEntry) => Object.keys(s.fields).length > 0 && s.fields.beauty === undefined;

  it('puts a beauty site first and no other trade’s site in the first three for a salon wanting clients', () => {
    for (const text of ['more clients for my hair salon', "I'm a hairdresser and want more clients"]) {
      const answers = readGoal(text).answers!;
      const top = recommend({ ...answers, country: 'US' }, sites).results.slice(0, 3);
      expect(site(top[0]!.slug).fields.beauty, `${text}: ${top[0]!.slug}`).toBeDefined();
      expect(
        top.filter((r) => otherTradesOnly(site(r.slug))).map((r) => r.slug),
        text,
      ).toEqual([]);
    }
  });

  it('puts no site built for beauty alone in the first five for a restaurant wanting local customers', () => {
    const beautyOnly = new Set(
      sites.filter((s) => s.fields.beauty !== undefined && Object.keys(s.fields).length === 1).map((s) => s.slug),
    );
    expect(beautyOnly.size).toBeGreaterThan(0);
    const answers = readGoal('I own a restaurant and want more people from the neighbourhood to come in').answers!;
    const top = recommend({ ...answers, country: 'US' }, sites).results.slice(0, 5);
    expect(top.filter((r) => beautyOnly.has(r.slug)).map((r) => r.slug)).toEqual([]);
  });
});

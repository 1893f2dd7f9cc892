import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUDGETS, OVER_FIRST_FLIGHT, weighSite } from '../../support/budgets.ts';
import { TEMPLATES } from '../../support/templates.ts';

// The e2e global setup has just built the site into dist/.
const pages = weighSite(join(import.meta.dirname, '../../../dist/client'));

describe('page weight budgets on the built output (gzip)', () => {
  it('finds the prerendered pages', () => {
    expect(pages.length).toBeGreaterThan(60);
    expect(pages.map((p) => p.path)).toContain('/');
  });

  it('keeps every prerendered page at or under 50 kB with its CSS and JS', () => {
    const over = pages.filter((p) => p.total > BUDGETS.pageTotal).map((p) => `${p.path}: ${p.total} B`);
    expect(over).toEqual([]);
  });

  it('keeps HTML + CSS of every prerendered template at or under 14 kB (but the listed exceptions)', () => {
    const byPath = new Map(pages.map((p) => [p.path, p]));
    const measured = Object.entries(TEMPLATES).flatMap(([name, { path }]) => {
      const page = byPath.get(path);
      return page ? [{ name, path, bytes: page.html + page.css }] : [];
    });
    expect(measured.map((m) => m.name)).toEqual(expect.arrayContaining(['catalogue', 'detail', 'compare pair']));
    const over = measured
      .filter(({ name, bytes }) => !OVER_FIRST_FLIGHT.includes(name) && bytes > BUDGETS.firstFlight)
      .map(({ name, path, bytes }) => `${name} ${path}: ${bytes} B of HTML + CSS`);
    expect(over).toEqual([]);
  });

  it('keeps HTML + CSS of every prerendered page at or under 14 kB, not only the sample of each template', () => {
    const over = pages
      .filter((p) => p.html + p.css > BUDGETS.firstFlight)
      .map((p) => `${p.path}: ${p.html + p.css} B of HTML + CSS`);
    expect(over).toEqual([]);
  });

  it('keeps JavaScript at or under 10 kB per page, 15 kB on the quiz', () => {
    const over = pages
      .filter((p) => p.js > (p.path.startsWith('/quiz/') ? BUDGETS.quizJs : BUDGETS.pageJs))
      .map((p) => `${p.path}: ${p.js} B of JS`);
    expect(over).toEqual([]);
  });
});

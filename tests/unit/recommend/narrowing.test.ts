import { describe, expect, it } from 'vitest';
import { searchIndex, sites } from 'virtual:networkwise/catalogue';
import { searchWithIntent } from '#src/features/search/rules/intent.ts';
import {
  builtForAnswers,
  narrowRanking,
  parseAnswersQuery,
  parseNarrowing,
  recommend,
} from '#src/features/recommend/index.ts';

const bySlug = new Map(sites.map((s) => [s.slug, s]));

/** What the full ranking a search links to leads with: the quiz's ranking, narrowed as its URL says. */
function linkedLead(href: string) {
  const params = new URLSearchParams(href.split('?')[1]);
  const parsed = parseAnswersQuery(params);
  const narrowed = parseNarrowing(params);
  if (!parsed.ok || !narrowed.ok) throw new Error(`bad link ${href}`);
  const ranked = recommend(parsed.answers, sites).results.map((r) => bySlug.get(r.slug)!);
  return { answers: parsed.answers, ...narrowRanking(parsed.answers, narrowed.narrowing, ranked) };
}

describe('the full ranking a search links to is narrowed as the search was', () => {
  it.each(['referral group', 'business referral club', 'investor club', 'networking app'])(
    '"%s": a kind of place asked for; the linked ranking leads with the sites built for it, as the search does',
    (q) => {
      const answer = searchWithIntent(searchIndex, sites, { q, limit: 5 });
      expect(answer.intent.kind).toBe('recommend');
      const lead = linkedLead(answer.intent.href!);
      expect(lead.builtApplied).toBe(true);
      expect(answer.intent.href).toMatch(/[?&]built=1\b/);
      for (const s of lead.sites) expect(builtForAnswers(lead.answers, s), s.slug).toBe(true);
      // Every site the search listed is among those the linked page leads with.
      const led = new Set(lead.sites.map((s) => s.slug));
      for (const r of answer.results) expect(led.has(r.slug), `${q}: ${r.slug}`).toBe(true);
    },
  );

  it.each([
    ['plumbing jobs', 'promotion'],
    ['translator clients', 'hiring'],
  ] as const)('"%s": work from customers; the linked ranking is for the same reading (%s first)', (q, goal) => {
    const answer = searchWithIntent(searchIndex, sites, { q, limit: 5 });
    expect(answer.intent.understood?.goals[0]?.value).toBe(goal);
    const { answers } = linkedLead(answer.intent.href!);
    expect(answers.goals[0]).toBe(goal);
    expect(answers.field).toBe(answer.intent.understood?.field?.value);
    expect(answers.work).toBe(answer.intent.understood?.work?.value);
    expect(answers.audience).toBe(answer.intent.understood?.audience?.value);
  });

  it('carries a search without a kind of place as the plain ranking', () => {
    const answer = searchWithIntent(searchIndex, sites, { q: 'find a job', limit: 5 });
    expect(answer.intent.href).not.toMatch(/built=|kind=|purpose=/);
  });

  it("carries the search's kind and purpose filters, and the linked ranking keeps only the sites that pass", () => {
    const answer = searchWithIntent(searchIndex, sites, { q: 'find investors', kind: 'business', purpose: 'contacts' });
    expect(answer.intent.href).toMatch(/&kind=business/);
    expect(answer.intent.href).toMatch(/&purpose=contacts/);
    const lead = linkedLead(answer.intent.href!);
    expect(lead.sites.length).toBeGreaterThan(0);
    for (const s of lead.sites) {
      expect(s.kind).toBe('business');
      expect(s.purposes.contacts.score).toBeGreaterThanOrEqual(2);
    }
    for (const r of answer.results) expect(lead.sites.map((s) => s.slug)).toContain(r.slug);
  });

  it('names a bad narrowing value, as for the answers', () => {
    const bad = parseNarrowing(new URLSearchParams('kind=dating&purpose=fun&built=yes'));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.map((e) => e.field).sort()).toEqual(['built', 'kind', 'purpose']);
    const none = parseNarrowing(new URLSearchParams('goals=hiring&kind='));
    expect(none).toEqual({ ok: true, narrowing: { kind: undefined, purpose: undefined, built: undefined } });
  });

  it('applies "built" only when some site passes it, as the search does', () => {
    const ranked = recommend({ goals: ['friends'] }, sites).results.map((r) => bySlug.get(r.slug)!);
    const none = narrowRanking(
      { goals: ['friends'] },
      { built: true },
      ranked.filter((s) => s.purposes.friends.score < 3),
    );
    expect(none.builtApplied).toBe(false);
    const some = narrowRanking({ goals: ['friends'] }, { built: true }, ranked);
    expect(some.builtApplied).toBe(true);
    expect(some.sites.every((s) => s.purposes.friends.score === 3)).toBe(true);
  });
});

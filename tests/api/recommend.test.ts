import { describe, expect, it } from 'vitest';
import { sites } from 'virtual:networkwise/catalogue';
import { api } from '#functions/index.ts';
import { recommend } from '#src/features/recommend/rules/recommend.ts';

interface Body {
  answers: Record<string, unknown>;
  verdict: { kind: string; text: string };
  results: {
    slug: string;
    name: string;
    kind: string;
    tagline: string;
    url: string;
    score: number;
    rank: number;
    reasons: { text: string; points: number }[];
    warnings: { type: string; text: string }[];
  }[];
}
interface ProblemBody {
  status: number;
  detail: string;
  errors: { field: string; message: string }[];
}

const post = (body: unknown) =>
  api.request('/recommend', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('GET /api/recommend', () => {
  it('ranks every active site for the goals, best first, with reasons that add up', async () => {
    const res = await api.request('/recommend?goals=referrals,contacts&audience=small-business&inPerson=in-person');
    expect(res.status).toBe(200);
    const body = await res.json<Body>();
    expect(body.answers).toEqual({
      goals: ['referrals', 'contacts'],
      audience: 'small-business',
      inPerson: 'in-person',
    });
    expect(body.verdict.kind).toBe('business');
    expect(body.results).toHaveLength(sites.filter((s) => s.status !== 'closed').length);
    // With no country, worldwide sites come first, then national ones, then sites that admit only a group the
    // visitor did not name; within each, with no field named, networks built only for particular professions and
    // not made for small businesses after the others; each group best first.
    const tier = (slug: string) => {
      const site = sites.find((s) => s.slug === slug)!;
      const onlyForAField =
        Object.keys(site.fields).length > 0 &&
        site.general !== true &&
        !site.audiences.includes('consumers') &&
        !site.audiences.includes('small-business');
      // A network for one role in its field is open to a visitor who names no role.
      return (
        ((site.eligibility?.groups ?? []).length > 0 ? 16 : 0) +
        (site.countries === 'global' ? 0 : 8) +
        (onlyForAField ? 1 : 0)
      );
    };
    for (const [i, r] of body.results.entries()) {
      expect(r.reasons.reduce((sum, x) => sum + x.points, 0)).toBe(r.score);
      const previous = body.results[i - 1];
      if (previous && tier(previous.slug) === tier(r.slug)) expect(r.score).toBeLessThanOrEqual(previous.score);
      if (previous) expect(tier(previous.slug)).toBeLessThanOrEqual(tier(r.slug));
    }
    const top = sites.find((s) => s.slug === body.results[0]!.slug)!;
    expect(top.purposes.referrals.score).toBe(3);
  });

  it('returns what the shared recommend() function returns', async () => {
    const res = await api.request('/recommend?goals=friends&time=light');
    const body = await res.json<Body>();
    // The API adds each site's summary (tagline, page) to the same results.
    expect(body.results.map(({ tagline: _t, url: _u, ...r }) => r)).toEqual(
      recommend({ goals: ['friends'], time: 'light' }, sites).results,
    );
  });

  it('accepts repeated goals parameters, as the quiz form sends them, and ignores blank answers', async () => {
    const res = await api.request('/recommend?goals=investors&goals=&goals=hiring&audience=&region=de');
    expect(res.status).toBe(200);
    expect((await res.json<Body>()).answers).toEqual({ goals: ['investors', 'hiring'], country: 'DE' });
  });

  it('returns only as many results as the limit asks for', async () => {
    const res = await api.request('/recommend?goals=investors&limit=3');
    expect((await res.json<Body>()).results).toHaveLength(3);
  });
});

describe('POST /api/recommend', () => {
  it('agrees with GET for the same answers', async () => {
    const get = await (
      await api.request(
        '/recommend?goals=promotion,friends&audience=creators&time=moderate&budget=free&region=GB&inPerson=online&limit=10',
      )
    ).json<Body>();
    const res = await post({
      goals: ['promotion', 'friends'],
      audience: 'creators',
      time: 'moderate',
      budget: 'free',
      region: 'GB',
      inPerson: 'online',
      limit: 10,
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(get);
    expect(get.results).toHaveLength(10);
  });
});

describe('the work answer: employment or client work within the hiring goal', () => {
  const active = sites.filter((s) => s.status !== 'closed' && s.purposes.hiring.score >= 1);
  const jobsOnly = active.filter((s) => s.features.includes('jobs') && !s.features.includes('client-work'));
  const clientWorkOnly = active.filter((s) => s.features.includes('client-work') && !s.features.includes('jobs'));
  const penalty = (body: Body, slug: string) =>
    body.results.find((r) => r.slug === slug)!.reasons.find((x) => x.text.startsWith('its hiring is'));

  it('accepts work=client-work, echoes it, and sinks the sites whose hiring is only job listings', async () => {
    expect(jobsOnly.length).toBeGreaterThan(0);
    expect(clientWorkOnly.length).toBeGreaterThan(0);
    const res = await api.request('/recommend?goals=hiring&work=client-work');
    expect(res.status).toBe(200);
    const body = await res.json<Body>();
    expect(body.answers).toEqual({ goals: ['hiring'], work: 'client-work' });
    expect(body.results.map(({ tagline: _t, url: _u, ...r }) => r)).toEqual(
      recommend({ goals: ['hiring'], work: 'client-work' }, sites).results,
    );
    for (const s of jobsOnly) expect(penalty(body, s.slug), s.slug).toMatchObject({ points: -20 });
    for (const s of clientWorkOnly) expect(penalty(body, s.slug), s.slug).toBeUndefined();
    // The other market: the penalty changes sides.
    const employment = await (await api.request('/recommend?goals=hiring&work=employment')).json<Body>();
    for (const s of clientWorkOnly) expect(penalty(employment, s.slug), s.slug).toMatchObject({ points: -20 });
    for (const s of jobsOnly) expect(penalty(employment, s.slug), s.slug).toBeUndefined();
  });

  it('takes work in a JSON body as in the query, and a blank work as no answer', async () => {
    const get = await (await api.request('/recommend?goals=hiring,contacts&work=client-work&limit=20')).json<Body>();
    const res = await post({ goals: ['hiring', 'contacts'], work: 'client-work', limit: 20 });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(get);
    const blank = await api.request('/recommend?goals=hiring&work=');
    expect(blank.status).toBe(200);
    expect((await blank.json<Body>()).answers).toEqual({ goals: ['hiring'] });
  });

  it('reads the market from the text, and lets a work parameter override it', async () => {
    const text = 'I need to hire a wedding photographer';
    const body = await (
      await api.request(`/recommend?${new URLSearchParams({ text })}`)
    ).json<Body & { understood: { work?: { value: string; words: string } } }>();
    expect(body.understood.work).toEqual({ value: 'client-work', words: 'hire a wedding photographer' });
    expect(body.answers).toMatchObject({ goals: ['hiring'], work: 'client-work' });
    const overridden = await (
      await api.request(`/recommend?${new URLSearchParams({ text, work: 'employment' })}`)
    ).json<Body>();
    expect(overridden.answers).toMatchObject({ goals: ['hiring'], work: 'employment' });
  });
});

describe('the role answer: practitioner or support staff in the field', () => {
  /** Active networks that admit only roles other than `role`. */
  const forOtherRole = (role: string) =>
    sites.filter((s) => {
      const roles: string[] = s.eligibility?.roles ?? [];
      return s.status !== 'closed' && roles.length > 0 && !roles.includes(role);
    });

  it.each(['support-staff', 'practitioner'])(
    'role=%s: echoed from the query and a JSON body; every network closed to it comes after every site open to the visitor, with a note and a warning',
    async (role) => {
      const res = await api.request(`/recommend?goals=peer-ideas&field=veterinary&role=${role}`);
      expect(res.status).toBe(200);
      const body = await res.json<Body>();
      expect(body.answers).toEqual({ goals: ['peer-ideas'], field: 'veterinary', role });
      expect(body.results).toHaveLength(sites.filter((s) => s.status !== 'closed').length);
      const site = (slug: string) => sites.find((s) => s.slug === slug)!;
      const roles = (slug: string): string[] => site(slug).eligibility?.roles ?? [];
      const closedToRole = (slug: string) => roles(slug).length > 0 && !roles(slug).includes(role);
      // Open to this visitor: no role said that it refuses, and no group the visitor did not name.
      const open = (slug: string) => !closedToRole(slug) && (site(slug).eligibility?.groups ?? []).length === 0;
      const closedAt = body.results.flatMap((r, i) => (closedToRole(r.slug) ? [i] : []));
      // Every active network closed to the role is ranked (none dropped), and there is at least one.
      expect(closedAt.length).toBe(forOtherRole(role).length);
      expect(closedAt.length).toBeGreaterThan(0);
      const lastOpen = body.results.findLastIndex((r) => open(r.slug));
      const said = role === 'practitioner' ? 'a qualified practitioner' : 'support staff';
      for (const at of closedAt) {
        const r = body.results[at]!;
        expect(at, r.slug).toBeGreaterThan(lastOpen);
        expect(r.reasons, r.slug).toContainEqual({
          text: expect.stringMatching(new RegExp(`^only for .+ as you said you are ${said}$`)),
          points: 0,
        });
        expect(r.warnings, r.slug).toContainEqual({
          type: 'eligibility',
          text: expect.stringContaining(`it admits no one else, and you said you are ${said}.`),
        });
      }
      const posted = await post({ goals: ['peer-ideas'], field: 'veterinary', role });
      expect(await posted.json()).toEqual(body);
    },
  );

  it('reads the role from the text, and lets a role parameter override it', async () => {
    const text = 'I work as a veterinary technician and want to swap ideas with other vet techs';
    const body = await (
      await api.request(`/recommend?${new URLSearchParams({ text })}`)
    ).json<Body & { understood: { role?: { value: string; words: string } } }>();
    expect(body.understood.role).toEqual({ value: 'support-staff', words: 'veterinary technician' });
    expect(body.answers).toMatchObject({ field: 'veterinary', role: 'support-staff' });
    const overridden = await (
      await api.request(`/recommend?${new URLSearchParams({ text, role: 'practitioner' })}`)
    ).json<Body>();
    expect(overridden.answers).toMatchObject({ role: 'practitioner' });
  });

  it.each([
    ['GET', () => api.request('/recommend?goals=peer-ideas&role=boss')],
    ['POST', () => post({ goals: ['peer-ideas'], role: 'boss' })],
  ])('%s: refuses an unknown role with a 400 problem naming the field and its values', async (_, send) => {
    const res = await send();
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const body = await res.json<ProblemBody>();
    expect(body.errors).toEqual([{ field: 'role', message: 'must be one of: practitioner, support-staff' }]);
  });
});

describe('invalid answers', () => {
  it.each([
    ['GET', () => api.request('/recommend?goals=hiring&work=foo')],
    ['POST', () => post({ goals: ['hiring'], work: 'foo' })],
  ])('%s: refuses an unknown work market with a 400 problem naming the field and its values', async (_, send) => {
    const res = await send();
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const body = await res.json<ProblemBody>();
    expect(body.errors).toEqual([{ field: 'work', message: 'must be one of: employment, client-work' }]);
    expect(body.detail).toContain('work');
  });

  it.each([
    ['GET', () => api.request('/recommend?goals=investors,dating')],
    ['POST', () => post({ goals: ['investors', 'dating'] })],
  ])('%s: refuses an unknown goal with 400 naming the field and listing the allowed values', async (_, send) => {
    const res = await send();
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const body = await res.json<ProblemBody>();
    expect(body.errors).toEqual([
      {
        field: 'goals[1]',
        message: expect.stringContaining(
          'contacts, peer-ideas, referrals, investors, promotion, hiring, local, friends',
        ),
      },
    ]);
    expect(body.detail).toContain('goals[1]');
  });

  it.each([
    ['GET', () => api.request('/recommend')],
    ['POST', () => post({ audience: 'startups' })],
  ])('%s: refuses answers without goals, saying which goals exist', async (_, send) => {
    const res = await send();
    expect(res.status).toBe(400);
    const body = await res.json<ProblemBody>();
    expect(body.errors[0]).toEqual({ field: 'goals', message: expect.stringMatching(/required.*referrals/) });
  });

  it.each([
    ['GET', () => api.request('/recommend?goals=contacts,referrals,investors,hiring')],
    ['POST', () => post({ goals: ['contacts', 'referrals', 'investors', 'hiring'] })],
  ])('%s: refuses more than three goals', async (_, send) => {
    const res = await send();
    expect(res.status).toBe(400);
    expect((await res.json<ProblemBody>()).errors).toEqual([
      { field: 'goals', message: expect.stringContaining('at most 3') },
    ]);
  });

  it('refuses an unknown time, budget and meeting preference at once, naming each field', async () => {
    const res = await api.request('/recommend?goals=friends&time=daily&budget=cheap&inPerson=sometimes&region=Europe');
    expect(res.status).toBe(400);
    const body = await res.json<ProblemBody>();
    expect(body.errors.map((e) => e.field).sort()).toEqual(['budget', 'inPerson', 'region', 'time']);
    expect(body.errors.find((e) => e.field === 'time')?.message).toBe('must be one of: light, moderate, heavy');
    expect(body.errors.find((e) => e.field === 'inPerson')?.message).toBe('must be one of: online, either, in-person');
  });

  it('refuses a goal listed twice', async () => {
    const res = await post({ goals: ['friends', 'friends'] });
    expect(res.status).toBe(400);
    expect((await res.json<ProblemBody>()).errors[0]?.message).toContain('same goal twice');
  });

  it('refuses goals sent as a string in JSON, where an array is expected', async () => {
    const res = await post({ goals: 'friends' });
    expect(res.status).toBe(400);
    expect((await res.json<ProblemBody>()).errors[0]?.field).toBe('goals');
  });

  it.each(['0', '101', 'ten'])('refuses limit=%s', async (value) => {
    const res = await api.request(`/recommend?goals=friends&limit=${value}`);
    expect(res.status).toBe(400);
    expect((await res.json<ProblemBody>()).errors).toEqual([
      { field: 'limit', message: 'must be a whole number from 1 to 100' },
    ]);
  });

  it('takes the groups a visitor belongs to, as a query list or a JSON array, and ranks restricted sites with the rest', async () => {
    // Sites that admit women alone (not those made for women that welcome others, worded differently).
    const restricted = sites.filter(
      (s) => s.eligibility?.groups.includes('women') && !s.eligibility.othersWelcome && s.status !== 'closed',
    );
    expect(restricted.length).toBeGreaterThan(0);
    const slugs = new Set(restricted.map((s) => s.slug));
    const without = await (await api.request('/recommend?goals=peer-ideas,contacts&inPerson=in-person')).json<Body>();
    const firstRestricted = without.results.findIndex((r) => slugs.has(r.slug));
    // Not given: after every site open to everyone, with a warning saying who it is for.
    expect(without.results.slice(firstRestricted).every((r) => sites.find((s) => s.slug === r.slug)!.eligibility)).toBe(
      true,
    );
    expect(without.results[firstRestricted]!.warnings.map((w) => w.type)).toContain('eligibility');
    const get = await api.request('/recommend?goals=peer-ideas,contacts&inPerson=in-person&groups=women');
    const body = await get.json<Body>();
    expect(body.answers.groups).toEqual(['women']);
    expect(body.results.findIndex((r) => slugs.has(r.slug))).toBeLessThan(firstRestricted);
    const hit = body.results.find((r) => slugs.has(r.slug))!;
    expect(hit.reasons.map((r) => r.text)).toContain('only for women, as you said you are');
    const viaPost = await (
      await post({ goals: ['peer-ideas', 'contacts'], inPerson: 'in-person', groups: ['women'] })
    ).json<Body>();
    expect(viaPost.results).toEqual(body.results);
  });

  it.each([
    ['GET', () => api.request('/recommend?goals=friends&groups=women,nobody')],
    ['POST', () => post({ goals: ['friends'], groups: ['women', 'nobody'] })],
    ['POST (a string)', () => post({ goals: ['friends'], groups: 'women' })],
  ])('%s: refuses an unknown group with a 400 problem naming it', async (_, send) => {
    const res = await send();
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const body = await res.json<ProblemBody>();
    expect(body.errors[0]?.field).toMatch(/^groups/);
    expect(body.errors[0]?.message).toMatch(/women, men, age-18-40/);
  });

  it('answers malformed JSON with a 400 problem', async () => {
    const res = await api.request('/recommend', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"goals": [',
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });
});

describe('GET and POST /api/recommend with text: a goal in plain words', () => {
  type WithText = Body & {
    understood: {
      goals: { value: string; words: string }[];
      field?: { value: string; words: string };
      country?: { value: string; words: string };
    };
  };

  it('reads the text into answers, says which words gave each, and ranks like the same structured answers', async () => {
    const text = "I'm a nurse in Ohio and want to swap ideas with other nurses";
    const res = await api.request(`/recommend?${new URLSearchParams({ text })}`);
    expect(res.status).toBe(200);
    const body = await res.json<WithText>();
    expect(body.answers).toEqual({ goals: ['peer-ideas'], field: 'nursing', country: 'US', role: 'practitioner' });
    expect(body.understood.goals).toEqual([{ value: 'peer-ideas', words: 'swap ideas' }]);
    expect(body.understood.field).toEqual({ value: 'nursing', words: 'nurse' });
    const structured = await (
      await api.request('/recommend?goals=peer-ideas&field=nursing&country=US&role=practitioner')
    ).json<Body>();
    expect(body.results).toEqual(structured.results);
  });

  it('lets answers given as parameters override what the text says', async () => {
    const res = await api.request(
      `/recommend?${new URLSearchParams({ text: 'find clients in Lisbon', country: 'ES' })}`,
    );
    expect((await res.json<Body>()).answers).toMatchObject({ goals: ['referrals'], country: 'ES' });
  });

  it('never recommends a site that is not available in the country it read', async () => {
    const body = await (
      await api.request(`/recommend?${new URLSearchParams({ text: 'find a job in Germany' })}`)
    ).json<Body>();
    for (const r of body.results) {
      const site = sites.find((s) => s.slug === r.slug)!;
      expect(site.countries === 'global' ? !site.absentIn.includes('DE') : site.countries.includes('DE'), r.slug).toBe(
        true,
      );
    }
  });

  it('asks for a goal (422 problem) instead of listing sites when the text names none', async () => {
    for (const request of [
      api.request(`/recommend?${new URLSearchParams({ text: 'hello there' })}`),
      post({ text: 'nurse in Porto' }),
    ]) {
      const res = await request;
      expect(res.status).toBe(422);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      const body = await res.json<ProblemBody>();
      expect(body.errors[0]?.field).toBe('text');
      expect(body.detail).toMatch(/what you want to achieve/);
    }
  });

  it('reads a group from the text and reports it in understood, with its words', async () => {
    const text = "I'm a woman in marketing and want to meet peers in person";
    const body = await (
      await api.request(`/recommend?${new URLSearchParams({ text })}`)
    ).json<WithText & { understood: { groups?: { value: string; words: string }[] } }>();
    // The writer's own words, as typed (the reader keeps their positions in the text).
    expect(body.understood.groups).toEqual([{ value: 'women', words: "I'm a woman" }]);
    expect(body.answers.groups).toEqual(['women']);
  });

  it('reports the sites the text names, with slug and name, and ranks as the same answers without them', async () => {
    const text = 'XING oder LinkedIn for a job in Berlin?';
    const body = await (
      await api.request(`/recommend?${new URLSearchParams({ text })}`)
    ).json<WithText & { understood: { sites?: { value: string; words: string; name: string }[] } }>();
    const entry = (name: string) => sites.find((s) => s.name === name || s.aliases.includes(name))!;
    expect(body.understood.sites).toEqual(
      ['XING', 'LinkedIn'].map((words) => ({ value: entry(words).slug, words, name: entry(words).name })),
    );
    // The names are no answer: the ranking is the one for the answers read.
    expect(Object.keys(body.answers)).not.toContain('sites');
    const same = await (await post({ ...body.answers })).json<Body>();
    expect(body.results).toEqual(same.results);
    // An ordinary word is no site ("band"), and a text naming none has no `sites`.
    const plain = await (
      await api.request(`/recommend?${new URLSearchParams({ text: 'I play in a band and want more gigs' })}`)
    ).json<WithText & { understood: { sites?: unknown } }>();
    expect(plain.understood.sites).toBeUndefined();
  });

  it('refuses a text over 500 characters with a 400 naming it', async () => {
    const res = await api.request(`/recommend?${new URLSearchParams({ text: 'find clients '.repeat(60) })}`);
    expect(res.status).toBe(400);
    expect((await res.json<ProblemBody>()).errors[0]?.field).toBe('text');
  });
});

describe('the OpenAPI document', () => {
  it('documents both recommend operations', async () => {
    const doc = await (
      await api.request('/openapi.json')
    ).json<{
      paths: Record<string, Record<string, unknown>>;
    }>();
    expect(Object.keys(doc.paths['/recommend'] ?? {}).sort()).toEqual(['get', 'post']);
  });

  it('documents the work answer, its two values, and the market read from a text', async () => {
    const doc = await (
      await api.request('/openapi.json')
    ).json<{
      paths: Record<string, { get?: { parameters?: { name: string; schema?: { enum?: string[] } }[] } }>;
      components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
    }>();
    const param = doc.paths['/recommend']?.get?.parameters?.find((p) => p.name === 'work');
    expect(param).toBeDefined();
    expect(JSON.stringify(param)).toMatch(/employment.*client-work/);
    expect(doc.components.schemas['Understood']?.properties).toHaveProperty('work');
    expect(JSON.stringify(doc.components.schemas['RecommendRequest']?.properties?.['work'])).toMatch(
      /employment.*client-work/,
    );
  });

  it('documents the sites a text names, each with slug, name and words', async () => {
    const doc = await (
      await api.request('/openapi.json')
    ).json<{
      components: {
        schemas: Record<string, { properties?: Record<string, { items?: { required?: string[] } }> }>;
      };
    }>();
    const sites = doc.components.schemas['Understood']?.properties?.['sites'];
    expect(sites?.items?.required?.sort()).toEqual(['name', 'value', 'words']);
  });
});

import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, useBrowser } from '../support/browser';
import { loadEntries } from '#src/catalogue/entry-file.ts';
import { PURPOSES, keysOf } from '#src/catalogue/taxonomy.ts';
import { readCatalogueFiles } from '#src/integrations/vite-catalogue.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

interface ApiResult {
  results: { slug: string; score: number }[];
}

/** Slugs and scores of the top five as the results page shows them. */
async function shownTop(page: Page) {
  return page.locator('.recs > li').evaluateAll((items) =>
    items.map((li) => ({
      slug: li.getAttribute('data-slug') ?? '',
      score: Number(li.querySelector('[data-score]')?.textContent),
    })),
  );
}

describe('the quiz with JavaScript off', () => {
  it('submits one plain form and shows the top five with score bars, reasons and the verdict', async () => {
    const { page, context, errors } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${baseUrl}/quiz/`);
    // Every question is on the one page; the goals are three selects in priority order.
    expect(await page.locator('fieldset[data-step]:visible').count()).toBe(8);
    await page.selectOption('#goal-1', 'referrals');
    await page.selectOption('#goal-2', 'contacts');
    await page.check('input[name="audience"][value="small-business"]');
    await page.check('input[name="inPerson"][value="in-person"]');
    await Promise.all([page.waitForURL(/\/quiz\/results\//), page.click('form.quiz button[type="submit"]')]);

    const url = new URL(page.url());
    expect(url.searchParams.getAll('goals')).toEqual(['referrals', 'contacts', '']);
    expect(url.searchParams.get('inPerson')).toBe('in-person');
    expect(await page.locator('h1').textContent()).toBe('Your shortlist');
    expect(await page.locator('[data-verdict]').getAttribute('data-verdict')).toBe('business');
    const cards = page.locator('.recs > li');
    expect(await cards.count()).toBe(5);
    expect(await cards.first().locator('meter').getAttribute('value')).toMatch(/^\d+$/);
    expect(await cards.first().locator('.reasons li').first().textContent()).toMatch(/for referrals, your first goal/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('takes the optional groups as plain checkboxes, keeps them in the link and ranks restricted sites with the rest', async () => {
    const { page, context, errors } = await openPage(browser(), { javaScriptEnabled: false });
    const query = 'goals=peer-ideas&goals=contacts&inPerson=in-person';
    // Left blank: a site only for women comes after every open site, and its card says who it is for.
    const blank = await (
      await fetch(`${baseUrl}/api/recommend?${query}`)
    ).json<{
      results: { slug: string; warnings: { type: string }[] }[];
    }>();
    const restrictedAt = blank.results.findIndex((r) => r.warnings.some((w) => w.type === 'eligibility'));
    expect(restrictedAt).toBeGreaterThanOrEqual(5);
    await page.goto(`${baseUrl}/quiz/`);
    await page.selectOption('#goal-1', 'peer-ideas');
    await page.selectOption('#goal-2', 'contacts');
    await page.check('input[name="inPerson"][value="in-person"]');
    await page.check('input[name="groups"][value="women"]');
    await Promise.all([page.waitForURL(/\/quiz\/results\//), page.click('form.quiz button[type="submit"]')]);
    const url = new URL(page.url());
    expect(url.searchParams.getAll('groups')).toEqual(['women']);
    expect(await page.locator('dl.answers').textContent()).toMatch(/You are\s*a woman/);
    const api = await (await fetch(`${baseUrl}/api/recommend?${query}&groups=women&limit=5`)).json<ApiResult>();
    expect(await shownTop(page)).toEqual(api.results.map(({ slug, score }) => ({ slug, score })));
    // The change link carries the answer back to the quiz.
    expect(await page.locator('a', { hasText: 'Change your answers' }).getAttribute('href')).toContain('groups=women');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('asks which kind of hiring in the goal step and sends it, with the shortlist the API gives', async () => {
    const { page, context, errors } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${baseUrl}/quiz/`);
    // Without JavaScript the question is always there, inside the goal step.
    expect(await page.locator('fieldset[data-step]').first().locator('[data-work-market]').isVisible()).toBe(true);
    await page.selectOption('#goal-1', 'hiring');
    await page.check('input[name="work"][value="client-work"]');
    await Promise.all([page.waitForURL(/\/quiz\/results\//), page.click('form.quiz button[type="submit"]')]);
    expect(new URL(page.url()).searchParams.get('work')).toBe('client-work');
    expect(await page.locator('main').innerText()).toMatch(/Hiring for\s+Clients, or a pro for a project/);
    const api = await (await fetch(`${baseUrl}/api/recommend?goals=hiring&work=client-work&limit=5`)).json<ApiResult>();
    expect(await shownTop(page)).toEqual(api.results.map(({ slug, score }) => ({ slug, score })));
    // The form repeated below the results keeps the answer.
    expect(await page.locator('input[name="work"][value="client-work"]').isChecked()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('answers invalid input with a 400 page that explains it and keeps the answers', async () => {
    const { page, context } = await openPage(browser(), { javaScriptEnabled: false });
    const res = await page.goto(`${baseUrl}/quiz/results/?goals=dating&goals=friends&audience=startups`);
    expect(res?.status()).toBe(400);
    const errors = await page.locator('[data-errors] li').allTextContents();
    expect(errors.join(' ')).toContain('goals[0]');
    expect(errors.join(' ')).toContain('contacts, peer-ideas, referrals, investors, promotion, hiring, local, friends');
    expect(await page.locator('a[data-back-to-quiz]').getAttribute('href')).toBe(
      '/quiz/?goals=dating&goals=friends&audience=startups',
    );
    // The form on the page is filled in with what was valid, ready to fix and resend.
    expect(await page.locator('#goal-2').inputValue()).toBe('friends');
    expect(await page.locator('input[name="audience"][value="startups"]').isChecked()).toBe(true);
    await context.close();
  });
});

describe('the quiz with JavaScript on', () => {
  it('asks one question per step with a progress indicator and can be done with the keyboard alone', async () => {
    const { page, context, errors } = await openPage(browser());
    await page.goto(`${baseUrl}/quiz/`);
    const label = page.locator('[data-progress-label]');
    const progress = page.locator('[data-progress] progress');
    await expect.poll(() => label.textContent()).toMatch(/^Question 1 of 8/);
    expect(await page.locator('fieldset[data-step]:visible').count()).toBe(1);
    expect(await page.locator('[data-goal-selects]').isVisible()).toBe(false);
    // Only Next on the first step; the answer button waits for the last.
    expect(await page.locator('form.quiz button:visible').allTextContents()).toEqual(['Next']);

    // Goals: ticked in order of importance, investors first.
    await page.focus('input[type="checkbox"][value="investors"]');
    await page.keyboard.press('Space');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('contacts');
    await page.keyboard.press('Space');
    expect(await page.locator('label:has(input[value="investors"]) [data-rank]').textContent()).toBe('1st goal');
    expect(await page.locator('label:has(input[value="contacts"]) [data-rank]').textContent()).toBe('2nd goal');
    await page.keyboard.press('Enter');

    // Who you are: focus lands on the chosen radio; arrows pick, Enter moves on.
    await expect.poll(() => label.textContent()).toMatch(/^Question 2 of 8: Who are you/);
    expect(await progress.getAttribute('value')).toBe('2');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    expect(await page.locator('input[name="audience"][value="startups"]').isChecked()).toBe(true);
    await page.keyboard.press('Enter');

    await expect.poll(() => label.textContent()).toMatch(/^Question 3 of 8/);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => label.textContent()).toMatch(/^Question 4 of 8/);
    await page.keyboard.press('Enter');
    await expect.poll(() => label.textContent()).toMatch(/^Question 5 of 8: What is your field/);
    // The field is a select: Tab past Back to Next.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Next');
    await page.keyboard.press('Enter');
    await expect.poll(() => label.textContent()).toMatch(/^Question 6 of 8: Where/);
    // The country is a select too.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Next');
    await page.keyboard.press('Enter');
    await expect.poll(() => label.textContent()).toMatch(/^Question 7 of 8/);
    expect(await progress.getAttribute('value')).toBe('7');
    await page.keyboard.press('Enter');
    // The optional groups: checkboxes left blank; Enter on the last step sends the form.
    await expect.poll(() => label.textContent()).toMatch(/^Question 8 of 8: Do any of these describe you/);
    expect(await page.locator('form.quiz button:visible').allTextContents()).toEqual(['Back', 'See my sites']);
    await Promise.all([page.waitForURL(/\/quiz\/results\//), page.keyboard.press('Enter')]);

    const url = new URL(page.url());
    expect(url.searchParams.getAll('goals')).toEqual(['investors', 'contacts', '']);
    expect(url.searchParams.get('audience')).toBe('startups');
    expect(url.searchParams.get('time')).toBe('light');
    expect(url.searchParams.getAll('groups')).toEqual([]);
    expect(await page.locator('.recs > li').count()).toBe(5);
    expect(await page.locator('.recs > li').first().locator('.reasons li').first().textContent()).toMatch(
      /meeting investors, your first goal/,
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it('asks which kind of hiring only once jobs and hiring is a goal, and sends no answer to it otherwise', async () => {
    const { page, context, errors } = await openPage(browser());
    await page.goto(`${baseUrl}/quiz/`);
    const market = page.locator('[data-work-market]');
    const sent = () =>
      page.evaluate(() => new FormData(document.querySelector<HTMLFormElement>('form[data-quiz]')!).get('work'));
    await expect.poll(() => page.locator('[data-goal-picker]').isVisible()).toBe(true);
    expect(await market.isVisible()).toBe(false);
    await page.check('input[type="checkbox"][value="hiring"]');
    expect(await market.isVisible()).toBe(true);
    await page.check('input[name="work"][value="employment"]');
    expect(await sent()).toBe('employment');
    // Hiring unticked: the question goes, and its answer with it.
    await page.uncheck('input[type="checkbox"][value="hiring"]');
    expect(await market.isVisible()).toBe(false);
    expect(await sent()).toBeNull();
    await page.check('input[type="checkbox"][value="hiring"]');
    expect(await sent()).toBe('employment');
    // A link back from the results fills it in.
    await page.goto(`${baseUrl}/quiz/?goals=hiring&work=client-work`);
    await expect.poll(() => market.isVisible()).toBe(true);
    expect(await page.locator('input[name="work"][value="client-work"]').isChecked()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('will not move past the goals until one is chosen', async () => {
    const { page, context } = await openPage(browser());
    await page.goto(`${baseUrl}/quiz/`);
    await page.click('button[data-next]');
    expect(await page.locator('[data-goal-error]').isVisible()).toBe(true);
    expect(await page.locator('[data-progress-label]').textContent()).toMatch(/^Question 1 of 8/);
    await context.close();
  });

  it('fills the quiz in from a link back from the results', async () => {
    const { page, context } = await openPage(browser());
    await page.goto(`${baseUrl}/quiz/?goals=friends,promotion&audience=creators&region=gb`);
    await expect
      .poll(() => page.locator('label:has(input[value="friends"]) [data-rank]').textContent())
      .toBe('1st goal');
    expect(await page.locator('label:has(input[value="promotion"]) [data-rank]').textContent()).toBe('2nd goal');
    expect(await page.locator('input[name="audience"][value="creators"]').isChecked()).toBe(true);
    expect(await page.locator('#quiz-country').inputValue()).toBe('GB');
    expect(await page.locator('input[name="groups"][value="women"]').isChecked()).toBe(false);
    await context.close();
  });

  it('ticks the groups a link back from the results names', async () => {
    const { page, context } = await openPage(browser());
    await page.goto(`${baseUrl}/quiz/?goals=peer-ideas&groups=women,age-18-40`);
    await expect.poll(() => page.locator('input[name="groups"][value="women"]').isChecked()).toBe(true);
    expect(await page.locator('input[name="groups"][value="age-18-40"]').isChecked()).toBe(true);
    expect(await page.locator('input[name="groups"][value="men"]').isChecked()).toBe(false);
    await context.close();
  });
});

describe('describing a goal in a sentence', () => {
  it('reads the sentence from the home page and shows what it understood, with JavaScript off', async () => {
    const { page, context, errors } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${baseUrl}/`);
    await page.fill('#describe-goal', "I'm a nurse in Ohio and want to swap ideas with other nurses");
    await Promise.all([
      page.waitForURL(/\/quiz\/results\/\?text=/),
      page.click('form.describe-goal button[type="submit"]'),
    ]);
    const readAs = page.locator('[data-read-as]');
    expect(await readAs.textContent()).toMatch(/Ideas with peers[\s\S]*swap ideas/);
    expect(await readAs.textContent()).toMatch(/Nursing[\s\S]*nurse/);
    // Every part in the writer's words, as typed.
    expect(await readAs.textContent()).toMatch(/United States[\s\S]*Ohio/);
    const api = await (
      await fetch(
        `${baseUrl}/api/recommend?text=${encodeURIComponent("I'm a nurse in Ohio and want to swap ideas with other nurses")}&limit=5`,
      )
    ).json<{ results: { slug: string }[] }>();
    const shown = await page.locator('.recs > li h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(shown).toEqual(api.results.map((r) => `/sites/${r.slug}/`));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('asks for a goal, with a 422 page that keeps the words, when the sentence names none', async () => {
    const { page, context } = await openPage(browser(), { javaScriptEnabled: false });
    const res = await page.goto(`${baseUrl}/quiz/results/?text=${encodeURIComponent('nurse in Porto')}`);
    expect(res?.status()).toBe(422);
    expect(await page.locator('[data-needs-goal]').textContent()).toMatch(/could not tell your goal[\s\S]*Portugal/);
    expect(await page.locator('#describe-again').inputValue()).toBe('nurse in Porto');
    await context.close();
  });

  it('says dating is not something it covers, rather than only asking for a goal', async () => {
    const { page, context } = await openPage(browser(), { javaScriptEnabled: false });
    const res = await page.goto(`${baseUrl}/quiz/results/?text=${encodeURIComponent('dating app')}`);
    expect(res?.status()).toBe(422);
    expect(await page.locator('[data-not-covered]').textContent()).toMatch(/not something we cover/);
    await context.close();
  });

  it('names the sites the sentence named, with their places in the ranking and a comparison, with JavaScript off', async () => {
    const { page, context, errors } = await openPage(browser(), { javaScriptEnabled: false });
    const text = 'XING oder LinkedIn for a job in Berlin?';
    await page.goto(`${baseUrl}/quiz/results/?${new URLSearchParams({ text })}`);
    const api = await (
      await fetch(`${baseUrl}/api/recommend?${new URLSearchParams({ text })}`)
    ).json<{
      results: { slug: string; rank: number }[];
      understood: { sites: { value: string; name: string }[] };
    }>();
    const named = page.locator('[data-read-as] [data-named-sites] li');
    expect(await named.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-slug')))).toEqual(
      api.understood.sites.map((s) => s.value),
    );
    // Each one's place is the ranking's, which the names did not change.
    for (const [k, site] of api.understood.sites.entries()) {
      const rank = api.results.find((r) => r.slug === site.value)!.rank;
      expect(await named.nth(k).textContent()).toMatch(new RegExp(`${rank}(st|nd|rd|th) of ${api.results.length}\\b`));
    }
    const shown = await page.locator('.recs > li h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(shown).toEqual(api.results.slice(0, 5).map((r) => `/sites/${r.slug}/`));
    // Two names: their comparison, which opens on both.
    const compare = page.locator('[data-compare-named]');
    expect(await compare.getAttribute('href')).toBe(
      `/compare/?sites=${api.understood.sites.map((s) => s.value).join(',')}`,
    );
    await Promise.all([page.waitForURL(/\/compare\//), compare.click()]);
    for (const site of api.understood.sites) expect(await page.locator('main').textContent()).toContain(site.name);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("links one named site's alternatives, and reads no site from an ordinary word", async () => {
    const { page, context } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(
      `${baseUrl}/quiz/results/?${new URLSearchParams({ text: "I'm a nurse on LinkedIn but want to swap ideas with other nurses" })}`,
    );
    expect(await page.locator('[data-named-sites] li').count()).toBe(1);
    const alternatives = await page.locator('[data-alternatives-named]').getAttribute('href');
    expect(alternatives).toMatch(/^\/sites\/[a-z0-9-]+\/alternatives\/$/);
    expect((await page.request.get(`${baseUrl}${alternatives}`)).status()).toBe(200);
    await page.goto(`${baseUrl}/quiz/results/?${new URLSearchParams({ text: 'I play in a band and want more gigs' })}`);
    expect(await page.locator('[data-read-as]').count()).toBe(1);
    expect(await page.locator('[data-named-sites]').count()).toBe(0);
    await context.close();
  });

  it('shows the words that said a group as the writer wrote them', async () => {
    const { page, context } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${baseUrl}/quiz/results/?text=${encodeURIComponent("I'm a 45 year old man looking for friends")}`);
    expect(await page.locator('[data-read-as]').textContent()).toMatch(/I'm a 45 year old man/);
    await context.close();
  });
});

describe('the results page', () => {
  const query = 'goals=friends&time=light&region=GB';

  it('agrees with the API on the top five and their scores', async () => {
    const { page, context } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${baseUrl}/quiz/results/?${query}`);
    const api = await (await fetch(`${baseUrl}/api/recommend?${query}&limit=5`)).json<ApiResult>();
    expect(await shownTop(page)).toEqual(api.results.map(({ slug, score }) => ({ slug, score })));
    await context.close();
  });

  it('links to a comparison of the top three', async () => {
    const { page, context } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${baseUrl}/quiz/results/?${query}`);
    const top = (await shownTop(page)).slice(0, 3).map((r) => r.slug);
    expect(await page.locator('a[data-compare-top]').getAttribute('href')).toBe(`/compare/?sites=${top.join(',')}`);
    await context.close();
  });

  it('warns about time costs and says why not a popular site of the wrong kind', async () => {
    const { page, context } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${baseUrl}/quiz/results/?${query}`);
    expect(await page.locator('.recs .rec-warning.time-cost').count()).toBeGreaterThan(0);
    expect(await page.locator('#why-not-heading').textContent()).toContain('LinkedIn');
    expect(await page.locator('.why-not li[data-slug="linkedin"]').textContent()).toContain('business networking');
    await context.close();
  });
});

describe('a site little used in the visitor’s country', () => {
  const sites = loadEntries(readCatalogueFiles(`${import.meta.dirname}/../..`));
  const pairs = sites.flatMap((s) =>
    s.status === 'closed' ? [] : (s.littleUsedIn ?? []).map((little) => ({ site: s, little })),
  );

  it('stays out of the top five even for the goal it serves best, and says why with its source', async () => {
    expect(pairs.length).toBeGreaterThan(0);
    const { page, context, errors } = await openPage(browser(), { javaScriptEnabled: false });
    for (const { site, little } of pairs) {
      const best = keysOf(PURPOSES).reduce((a, b) => (site.purposes[b].score > site.purposes[a].score ? b : a));
      await page.goto(`${baseUrl}/quiz/results/?goals=${best}&country=${little.country}`);
      expect((await shownTop(page)).map((r) => r.slug)).not.toContain(site.slug);
      const item = page.locator(`[data-little-used] li[data-slug="${site.slug}"]`);
      expect(await item.innerText()).toContain(little.source.title);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the quiz on phones', () => {
  // The results page repeats the form (to change an answer), whose goal selects list whole sentences.
  const pages = [
    '/quiz/',
    '/quiz/results/?goals=contacts&field=nursing',
    '/quiz/results/?text=hello+there',
    '/quiz/results/?text=XING+oder+LinkedIn%3F',
  ];
  for (const width of [320, 390])
    for (const javaScriptEnabled of [false, true])
      it(`at ${width} px, JavaScript ${javaScriptEnabled ? 'on' : 'off'}, is no wider than the screen`, async () => {
        const context = await browser().newContext({ viewport: { width, height: 800 }, javaScriptEnabled });
        const page = await context.newPage();
        for (const path of pages) {
          // A sentence with no goal is answered 422, with the page that asks for one.
          expect([200, 422], path).toContain((await page.goto(`${baseUrl}${path}`))?.status());
          expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(width);
        }
        await context.close();
      });
});

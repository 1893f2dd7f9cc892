/**
 * Instant results for the header's search box (`form[data-instant-search]`).
 * Without JavaScript the box is a plain GET form to `/search/`. With it, typing
 * asks `/api/search` (debounced, stale answers dropped) and lists the best
 * matches under the box, following the ARIA combobox pattern: the input is a
 * `combobox` owning a `listbox` of `option`s, the highlighted option is its
 * `aria-activedescendant`; ↓/↑ move, Enter opens the highlighted site
 * (or submits the form when none is), Escape closes the list.
 */
import type { hc, InferRequestType, InferResponseType } from 'hono/client';
import type { AppType } from '#functions/index.ts';

type SearchRoute = ReturnType<typeof hc<AppType>>['search']['$get'];
/** `GET /api/search`'s query parameters and its 200 answer, as the API types them (types only: nothing of functions/ is bundled). */
export type SearchQuery = InferRequestType<SearchRoute>['query'];
export type SearchResults = InferResponseType<SearchRoute, 200>;
/** One suggestion: a site that matched. */
export type SearchResult = SearchResults['results'][number];

const DELAY_MS = 150;
const LIMIT = 6;

function setup(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  if (!input) return;
  const listId = `${input.id || 'search'}-results`;
  const list = document.createElement('ul');
  list.id = listId;
  list.className = 'instant-results';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', 'Suggested sites');
  list.hidden = true;
  const status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  form.appendChild(list);
  form.appendChild(status);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', listId);

  let options: HTMLLIElement[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let request: AbortController | undefined;

  function highlight(index: number): void {
    active = index;
    options.forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    const current = options[index];
    if (current) {
      input!.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else input!.removeAttribute('aria-activedescendant');
  }

  function close(): void {
    list.hidden = true;
    input!.setAttribute('aria-expanded', 'false');
    highlight(-1);
  }

  function option(id: string, url: string, title: string, detail?: string): HTMLLIElement {
    const li = document.createElement('li');
    li.id = id;
    li.setAttribute('role', 'option');
    li.setAttribute('aria-selected', 'false');
    li.dataset['url'] = url;
    const strong = document.createElement('strong');
    strong.textContent = title;
    li.appendChild(strong);
    if (detail) {
      const span = document.createElement('span');
      span.textContent = detail;
      li.appendChild(span);
    }
    return li;
  }

  function show(query: string, results: readonly SearchResult[], intent?: SearchResults['intent']): void {
    const all = `/search/?${new URLSearchParams({ q: query })}`;
    options = results.map((r, i) => option(`${listId}-${i}`, r.url, r.name, r.tagline));
    // "A vs B", "A alternatives", a goal: the page that answers it comes first.
    if (intent?.href) options.unshift(option(`${listId}-intent`, intent.href, intent.text));
    // Nothing named or read: the same search with a goal said, to pick one, rather than an empty list.
    if (results.length === 0)
      for (const [i, g] of (intent?.goals ?? []).slice(0, LIMIT).entries())
        options.push(
          option(`${listId}-goal-${i}`, g.href, `${query}: ${g.label.toLowerCase()}`, 'Search with this goal'),
        );
    options.push(option(`${listId}-all`, all, `See all results for “${query}”`));
    list.replaceChildren(...options);
    list.hidden = false;
    input!.setAttribute('aria-expanded', 'true');
    highlight(-1);
    status.textContent =
      results.length === 0
        ? `No sites match ${query}.${intent?.goals?.length ? ' Suggestions to search with a goal follow.' : ''}`
        : `${results.length} suggestions; use the arrow keys to choose.`;
  }

  async function lookUp(query: string): Promise<void> {
    request?.abort();
    request = new AbortController();
    try {
      const res = await fetch(
        `/api/search?${new URLSearchParams({ q: query, limit: String(LIMIT) } satisfies SearchQuery)}`,
        {
          signal: request.signal,
          headers: { accept: 'application/json' },
        },
      );
      if (!res.ok) return close();
      const body = await res.json<SearchResults>();
      // Only the answer to what the box says now is worth showing.
      if (input!.value.trim() === query && document.activeElement === input) show(query, body.results, body.intent);
    } catch (error) {
      if ((error as Error).name !== 'AbortError') close();
    }
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const query = input.value.trim();
    if (query.length < 2) {
      request?.abort();
      close();
      return;
    }
    timer = setTimeout(() => void lookUp(query), DELAY_MS);
  });

  input.addEventListener('keydown', (event) => {
    const open = !list.hidden;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        if (!open) {
          const query = input.value.trim();
          if (query.length >= 2) void lookUp(query);
          return;
        }
        // Positions cycle through the options and back to the box itself (-1).
        let next = active + (event.key === 'ArrowDown' ? 1 : -1);
        if (next >= options.length) next = -1;
        else if (next < -1) next = options.length - 1;
        highlight(next);
        break;
      }
      case 'Enter': {
        const url = open ? options[active]?.dataset['url'] : undefined;
        if (url) {
          event.preventDefault();
          location.assign(url);
        }
        break;
      }
      case 'Escape':
        if (open) {
          event.preventDefault();
          close();
        }
        break;
    }
  });

  // Keep focus in the box while an option is clicked, then follow it.
  list.addEventListener('mousedown', (event) => event.preventDefault());
  list.addEventListener('click', (event) => {
    const url = (event.target as Element).closest<HTMLLIElement>('[role="option"]')?.dataset['url'];
    if (url) location.assign(url);
  });
  input.addEventListener('blur', () => close());
}

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-instant-search]')) setup(form);

/**
 * Progressive enhancement of /sites/{slug}/reviews/. Without it every form
 * posts to the page and works. With it:
 * - the review form goes to `POST /api/sites/{slug}/reviews` and the answer
 *   is shown in place: the thank-you note, or the API's messages (the same
 *   rules and texts as the page) next to their fields and in the summary;
 * - helpful and report buttons call the vote API and update in place.
 * Any network failure falls back to the plain form post.
 */
import {
  FIELD_LABELS,
  FIX_FIELDS,
  INPUT_KEPT,
  REVIEW_FIELDS,
  VOTE_THANKS,
  reviewFromForm,
  type ReviewField,
} from '../rules/fields.ts';
import type { ApiHelpfulCount, ApiProblem } from './api-types.ts';

/** The problem the API answered, or nothing usable when the body is not JSON (a proxy's error page, say). */
async function problemOf(res: Response): Promise<Partial<ApiProblem>> {
  try {
    return await res.json<ApiProblem>();
  } catch {
    return {};
  }
}

function formParams(form: HTMLFormElement): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of new FormData(form)) if (typeof value === 'string') params.append(key, value);
  return params;
}

/** The control a field's error belongs to (the fieldset for the rating). */
function controlOf(form: HTMLFormElement, field: string): HTMLElement | null {
  if (field === 'rating') return form.querySelector('fieldset.rating-field');
  return form.querySelector(`#review-${CSS.escape(field)}`);
}

function showProblems(form: HTMLFormElement, errors: NonNullable<ApiProblem['errors']>, message?: string): void {
  for (const el of form.querySelectorAll<HTMLElement>('[data-error-for]')) {
    el.hidden = true;
    el.textContent = '';
  }
  for (const field of REVIEW_FIELDS) controlOf(form, field)?.removeAttribute('aria-invalid');

  const summary = form.querySelector<HTMLElement>('[data-part="summary"]')!;
  const items: HTMLLIElement[] = [];
  const seen = new Set<string>();
  for (const { field, message: text } of errors) {
    if (seen.has(field)) continue;
    seen.add(field);
    const li = document.createElement('li');
    const slot = form.querySelector<HTMLElement>(`[data-error-for="${CSS.escape(field)}"]`);
    if (slot && (REVIEW_FIELDS as readonly string[]).includes(field)) {
      slot.textContent = text;
      slot.hidden = false;
      controlOf(form, field)?.setAttribute('aria-invalid', 'true');
      const link = document.createElement('a');
      link.href = `#review-${field}`;
      link.textContent = `${FIELD_LABELS[field as ReviewField]}: ${text}`;
      li.appendChild(link);
    } else {
      li.textContent = `${field}: ${text}`;
    }
    items.push(li);
  }
  const children: HTMLElement[] = [];
  if (message) {
    const p = document.createElement('p');
    p.dataset['part'] = 'message';
    p.textContent = message;
    children.push(p);
  }
  if (items.length > 0) {
    const p = document.createElement('p');
    const strong = document.createElement('strong');
    strong.textContent = FIX_FIELDS;
    p.appendChild(strong);
    const ul = document.createElement('ul');
    ul.replaceChildren(...items);
    children.push(p, ul);
  }
  summary.replaceChildren(...children);
  summary.hidden = children.length === 0;
  if (!summary.hidden) summary.focus();
}

function enhanceReviewForm(form: HTMLFormElement): void {
  const slug = form.dataset['slug'];
  const thanks = document.querySelector<HTMLTemplateElement>('template[data-thanks-template]');
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]');
  if (!slug || !thanks) return;
  let sending = false;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (sending) return;
    sending = true;
    if (button) button.disabled = true;
    let res: Response;
    try {
      res = await fetch(`/api/sites/${encodeURIComponent(slug)}/reviews`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(reviewFromForm(formParams(form))),
      });
    } catch {
      form.submit(); // offline or blocked: let the page handle it
      return;
    } finally {
      sending = false;
      if (button) button.disabled = false;
    }
    if (res.status === 202) {
      const note = thanks.content.cloneNode(true) as DocumentFragment;
      form.replaceWith(note);
      document.querySelector<HTMLElement>('[data-review-thanks] h2')?.focus();
      return;
    }
    const problem = await problemOf(res);
    if (res.status === 422) showProblems(form, problem.errors ?? []);
    else if (res.status === 429)
      showProblems(form, [], `${problem.detail ?? 'Too many reviews for now.'} ${INPUT_KEPT}`);
    else showProblems(form, [], problem.detail ?? 'The review could not be sent. Please try again in a minute.');
  });
}

function enhanceVote(form: HTMLFormElement): void {
  const intent = form.dataset['vote'];
  const id = (form.elements.namedItem('review') as HTMLInputElement | null)?.value;
  const article = form.closest('article');
  const notice = article?.querySelector<HTMLElement>('[data-part="notice"]');
  const button = form.querySelector<HTMLButtonElement>('button');
  if ((intent !== 'helpful' && intent !== 'report') || !id || !notice || !button) return;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    button.disabled = true;
    let res: Response;
    try {
      const reason = (form.elements.namedItem('reason') as HTMLInputElement | null)?.value.trim();
      res = await fetch(`/api/reviews/${encodeURIComponent(id)}/${intent}`, {
        method: 'POST',
        headers: { accept: 'application/json', ...(reason ? { 'content-type': 'application/json' } : {}) },
        ...(reason ? { body: JSON.stringify({ reason }) } : {}),
      });
    } catch {
      form.submit();
      return;
    }
    if (res.ok) {
      if (intent === 'helpful') {
        const { helpful } = await res.json<ApiHelpfulCount>();
        const count = form.querySelector('[data-part="helpful"]');
        if (count) count.textContent = `(${helpful})`;
      }
      notice.textContent = VOTE_THANKS[intent];
      return;
    }
    button.disabled = false;
    notice.textContent = (await problemOf(res)).detail ?? 'That did not work. Please try again in a minute.';
  });
}

const reviewForm = document.querySelector<HTMLFormElement>('form[data-review-form]');
if (reviewForm) enhanceReviewForm(reviewForm);
for (const form of document.querySelectorAll<HTMLFormElement>('form[data-vote]')) enhanceVote(form);

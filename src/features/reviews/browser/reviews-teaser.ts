/**
 * The reviews section of the static site page (SiteReviewsTeaser.astro):
 * fetches the summary and the latest reviews from the JSON API and shows them
 * above the "Read and write reviews" link. Without JavaScript, or when the
 * API does not answer, the link alone remains.
 */
import type { ApiReviewPage } from './api-types.ts';
import { fillReview, fillSummary } from './review-render.ts';

const LATEST = 3;
const EXCERPT = 280;

async function load(section: HTMLElement): Promise<void> {
  const slug = section.dataset['reviewsTeaser'];
  const slot = section.querySelector<HTMLElement>('[data-reviews-slot]');
  const summaryTemplate = section.querySelector<HTMLTemplateElement>('template[data-summary-template]');
  const reviewTemplate = section.querySelector<HTMLTemplateElement>('template[data-review-template]');
  if (!slug || !slot || !summaryTemplate || !reviewTemplate) return;
  section.setAttribute('aria-busy', 'true');
  try {
    const res = await fetch(`/api/sites/${encodeURIComponent(slug)}/reviews?limit=${LATEST}`, {
      headers: { accept: 'application/json' },
    });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const page = await res.json<ApiReviewPage>();
    const parts: Node[] = [];
    if (page.summary.count === 0) {
      const p = document.createElement('p');
      p.textContent = 'No reviews yet. Be the first to say what it did for you.';
      parts.push(p);
    } else {
      const summary = summaryTemplate.content.cloneNode(true) as DocumentFragment;
      fillSummary(summary, page.summary);
      parts.push(summary);
      const list = document.createElement('div');
      list.className = 'reviews-latest';
      for (const review of page.reviews) {
        const fragment = reviewTemplate.content.cloneNode(true) as DocumentFragment;
        const article = fragment.querySelector<HTMLElement>('article');
        if (!article) continue;
        const chars = [...review.body];
        fillReview(article, {
          ...review,
          body: chars.length > EXCERPT ? `${chars.slice(0, EXCERPT).join('').trimEnd()}…` : review.body,
        });
        // The excerpt's own anchor lives on the reviews page.
        article.removeAttribute('id');
        list.appendChild(fragment);
      }
      parts.push(list);
    }
    slot.replaceChildren(...parts);
  } catch {
    // The link to the reviews page is still there; nothing else to do.
  } finally {
    section.removeAttribute('aria-busy');
  }
}

for (const section of document.querySelectorAll<HTMLElement>('[data-reviews-teaser]')) void load(section);

/**
 * Fills in the rating of every card on a prerendered list ([data-rating]
 * elements, RatingBadge.astro) from the cached `GET /api/ratings`. Without
 * JavaScript, or when the API does not answer, each card keeps its link to
 * the site's reviews.
 */
import type { hc, InferResponseType } from 'hono/client';
import type { AppType } from '#functions/index.ts';

type Api = ReturnType<typeof hc<AppType>>;
type ApiRatings = InferResponseType<Api['ratings']['$get'], 200>;

async function fill(): Promise<void> {
  const slots = [...document.querySelectorAll<HTMLElement>('[data-rating]')];
  if (slots.length === 0) return;
  let ratings: ApiRatings;
  try {
    const res = await fetch('/api/ratings', { headers: { accept: 'application/json' } });
    if (!res.ok) return;
    ratings = await res.json<ApiRatings>();
  } catch {
    return;
  }
  for (const slot of slots) {
    const slug = slot.dataset['rating'];
    if (!slug || slot.dataset['filled']) continue;
    const summary = ratings[slug];
    const link = slot.querySelector('a');
    if (!link) continue;
    if (summary) {
      const words = `${summary.average.toFixed(1)} out of 5 from ${summary.count} ${summary.count === 1 ? 'review' : 'reviews'}`;
      link.textContent = '';
      const stars = document.createElement('span');
      stars.setAttribute('aria-hidden', 'true');
      stars.textContent = `★ ${summary.average.toFixed(1)} (${summary.count})`;
      const text = document.createElement('span');
      text.className = 'visually-hidden';
      text.textContent = words;
      link.appendChild(stars);
      link.appendChild(text);
      slot.classList.add('rated');
    } else {
      link.textContent = 'No reviews yet';
    }
    slot.dataset['filled'] = 'true';
  }
}

void fill();

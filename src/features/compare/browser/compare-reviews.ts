/**
 * On prerendered compare pages, fills the "Reader reviews" row from the
 * public reviews API; without JavaScript (or if the API fails) the cells keep
 * their plain links to each site's reviews page.
 */
import type { hc, InferResponseType } from 'hono/client';
import type { AppType } from '#functions/index.ts';
import { describeSummary } from '#src/features/reviews/rules/summary.ts';

/** `GET /api/sites/{slug}/reviews` as the API types it (types only: nothing of functions/ is bundled). */
export type ReviewPage = InferResponseType<ReturnType<typeof hc<AppType>>['sites'][':slug']['reviews']['$get'], 200>;

for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-review-summary]')) {
  const slug = link.dataset['reviewSummary'];
  if (!slug) continue;
  void fetch(`/api/sites/${encodeURIComponent(slug)}/reviews?limit=1`, { headers: { accept: 'application/json' } })
    .then((res) => (res.ok ? res.json<ReviewPage>() : undefined))
    .then((page) => {
      if (page) link.textContent = describeSummary(page.summary);
    })
    .catch(() => {
      /* keep the plain link */
    });
}

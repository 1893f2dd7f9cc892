/**
 * On prerendered compare pages, fills the "Reader reviews" row from the
 * public reviews API; without JavaScript (or if the API fails) the cells keep
 * their plain links to each site's reviews page.
 */
import { describeSummary, type ReviewSummary } from '#src/features/reviews/rules/summary.ts';

for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-review-summary]')) {
  const slug = link.dataset['reviewSummary'];
  if (!slug) continue;
  void fetch(`/api/sites/${encodeURIComponent(slug)}/reviews?limit=1`, { headers: { accept: 'application/json' } })
    .then((res) => (res.ok ? (res.json() as Promise<{ summary: ReviewSummary }>) : undefined))
    .then((page) => {
      if (page) link.textContent = describeSummary(page.summary);
    })
    .catch(() => {
      /* keep the plain link */
    });
}

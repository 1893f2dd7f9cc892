/**
 * Fills the empty review markup that RatingSummary.astro and ReviewItem.astro
 * render inside <template>s, from the JSON API. Text goes in with
 * `textContent` only, never as HTML; bar lengths are SVG attributes.
 */
import { STARS, describeSummary, formatReviewDate, shareOf, starGlyphs } from '../rules/summary.ts';
import { PURPOSES } from '#src/catalogue/vocabulary.ts';
import type { ApiReview, ApiReviewPage } from './api-types.ts';

/** Anything to search in: an element or a cloned template. (Structural, because the Workers types' HTMLRewriter `Element` clashes with the DOM's `ParentNode`.) */
type Root = { querySelector(selectors: string): Element | null };

function part(root: Root, name: string): Element | null {
  return root.querySelector(`[data-part="${name}"]`);
}

function setText(root: Root, name: string, text: string): void {
  const el = part(root, name);
  if (el) el.textContent = text;
}

/** Fills a cloned RatingSummary. */
export function fillSummary(root: Root, summary: ApiReviewPage['summary']): void {
  setText(root, 'stars', starGlyphs(summary.average ?? 0));
  setText(root, 'average', describeSummary(summary));
  for (const star of STARS) {
    const row = root.querySelector(`[data-star="${star}"]`);
    if (!row) continue;
    part(row, 'bar')?.setAttribute('width', String(shareOf(summary, star)));
    setText(row, 'count', `${summary.distribution[`${star}`]} (${shareOf(summary, star)}%)`);
  }
}

/** Fills a cloned ReviewItem (the shape without actions). */
export function fillReview(article: HTMLElement, review: ApiReview): void {
  article.id = `review-${review.id}`;
  article.dataset['reviewId'] = review.id;
  setText(article, 'title', review.title);
  setText(article, 'stars', starGlyphs(review.rating));
  setText(article, 'rating', `${review.rating} out of 5`);
  setText(article, 'author', review.author);
  const usedFor = review.usedFor ? PURPOSES.get(review.usedFor)?.label : undefined;
  setText(article, 'used-for', usedFor?.toLowerCase() ?? '');
  const wrap = part(article, 'used-for-wrap') as HTMLElement | null;
  if (wrap) wrap.hidden = !usedFor;
  // The empty template holds a <span> (an empty <time> is invalid HTML): swap in a <time> with its datetime.
  let date = part(article, 'date');
  if (date && date.tagName !== 'TIME') {
    const time = document.createElement('time');
    time.dataset['part'] = 'date';
    date.replaceWith(time);
    date = time;
  }
  date?.setAttribute('datetime', review.createdAt.slice(0, 10));
  setText(article, 'date', formatReviewDate(review.createdAt));
  setText(article, 'body', review.body);
}

/**
 * The review rules shared by the JSON API and the no-JS form, and the rating
 * summary helpers shared by the pages and the browser script.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { REVIEW_LIMITS, characterCount, reviewFromForm } from '#src/features/reviews/rules/fields.ts';
import { duplicateKey, isTrapped, normaliseText, validateReview } from '#src/features/reviews/rules/review-rules.ts';
import { stripInvisible } from '#src/shared/text-hygiene.ts';
import {
  describeSummary,
  formatReviewDate,
  shareOf,
  starGlyphs,
  summarise,
} from '#src/features/reviews/rules/summary.ts';

const base = {
  rating: 4,
  title: 'Two clients in three months',
  body: 'Used it for referrals: two clients in three months.',
  author: 'Sam',
  usedFor: 'referrals',
};
const fieldsOf = (raw: unknown) => {
  const result = validateReview(raw);
  return result.ok ? [] : result.errors.map((e) => e.field);
};
// Printable, well-formed text without control characters, bidi overrides or invisible characters
// (split by code point: splitting by UTF-16 unit would cut the emoji into two lone surrogates).
const safeChar = fc.oneof(
  fc.constantFrom(...[...'abcdefghijklmnopqrstuvwxyz ABC.,!?-’"<>&é😀中']),
  fc
    .string({ unit: 'grapheme', minLength: 1, maxLength: 1 })
    .filter((c) => !/[\p{Cc}\u202a-\u202e\u2066-\u2069\s]/u.test(c) && stripInvisible(c) === c),
);
const text = (min: number, max: number) =>
  fc
    .array(safeChar, { minLength: min, maxLength: max })
    .map((cs) => cs.join(''))
    .filter((s) => characterCount(s.trim().normalize('NFC')) >= min && characterCount(s.normalize('NFC')) <= max);

describe('validateReview', () => {
  it('accepts a valid review and trims its text', () => {
    const result = validateReview({ ...base, title: `  ${base.title}  `, author: '\tSam ' });
    expect(result).toEqual({ ok: true, review: { ...base } });
  });

  it('accepts any review within the limits and stores the text trimmed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        text(3, 120),
        text(20, 400),
        text(1, 60),
        (rating, title, body, author) => {
          const result = validateReview({ rating, title, body, author });
          expect(result.ok).toBe(true);
          if (result.ok) expect(result.review.title).toBe(normaliseText(title));
        },
      ),
    );
  });

  it('refuses a title, name or body containing any control character, naming the field', () => {
    const control = fc
      .integer({ min: 0, max: 0x9f })
      .filter((c) => c < 0x20 || c >= 0x7f)
      .map((c) => String.fromCharCode(c));
    fc.assert(
      fc.property(control, fc.constantFrom('title', 'author'), (c, field) => {
        expect(fieldsOf({ ...base, [field]: `Fine ${c} text here` })).toEqual([field]);
      }),
    );
    fc.assert(
      fc.property(
        control.filter((c) => !'\n\r\t'.includes(c)),
        (c) => {
          expect(fieldsOf({ ...base, body: `A long enough body ${c} with a control character` })).toEqual(['body']);
        },
      ),
    );
  });

  it('keeps line breaks and tabs in the body but not in the title', () => {
    expect(fieldsOf({ ...base, body: 'Line one of the review\r\nline two\tindented' })).toEqual([]);
    expect(fieldsOf({ ...base, title: 'Line one\nline two' })).toEqual(['title']);
  });

  it.each([
    ['rating', 0],
    ['rating', 6],
    ['rating', 2.5],
    ['rating', '3'],
    ['rating', null],
  ])('refuses %s = %j with one message', (field, value) => {
    const result = validateReview({ ...base, [field]: value });
    expect(result).toEqual({ ok: false, errors: [{ field: 'rating', message: 'Choose a rating from 1 to 5 stars.' }] });
  });

  it('applies each length limit at its edges, in characters', () => {
    for (const [field, { min, max }] of Object.entries(REVIEW_LIMITS)) {
      expect(fieldsOf({ ...base, [field]: 'a'.repeat(min) })).toEqual([]);
      expect(fieldsOf({ ...base, [field]: 'a'.repeat(max) })).toEqual([]);
      expect(fieldsOf({ ...base, [field]: '😀'.repeat(max) })).toEqual([]);
      expect(fieldsOf({ ...base, [field]: 'a'.repeat(max + 1) })).toEqual([field]);
      if (min > 1) expect(fieldsOf({ ...base, [field]: 'a'.repeat(min - 1) })).toEqual([field]);
      expect(fieldsOf({ ...base, [field]: ' '.repeat(min + 5) })).toEqual([field]);
    }
  });

  it('says how long the text is and what the limit is', () => {
    const result = validateReview({ ...base, body: 'x'.repeat(4210) });
    expect(result.ok ? '' : result.errors[0]!.message).toBe(
      'Your review is too long: 4,210 characters, at most 4,000.',
    );
  });

  it('refuses an unknown purpose and unknown fields by name, and accepts no purpose', () => {
    expect(fieldsOf({ ...base, usedFor: 'dating' })).toEqual(['usedFor']);
    expect(fieldsOf({ ...base, ratting: 5, extra: 1 })).toEqual(['ratting', 'extra']);
    const { usedFor: _, ...none } = base;
    expect(fieldsOf(none)).toEqual([]);
    expect(fieldsOf({ ...base, usedFor: null })).toEqual([]);
  });

  it('refuses something that is not an object as the body', () => {
    expect(fieldsOf([])).toEqual(['(body)']);
    expect(fieldsOf('review')).toEqual(['(body)']);
  });

  it('keeps "<script>" and other markup verbatim: escaping is the renderer’s job', () => {
    const title = '<script>alert(1)</script>';
    const result = validateReview({ ...base, title });
    expect(result.ok && result.review.title).toBe(title);
  });
});

describe('isTrapped', () => {
  it('is true only for a filled-in honeypot', () => {
    expect(isTrapped({ ...base, usedFor: 'referrals', website: 'http://x' } as never)).toBe(true);
    expect(isTrapped({ ...base, usedFor: 'referrals', website: '  ' } as never)).toBe(false);
    expect(isTrapped({ ...base, usedFor: 'referrals' } as never)).toBe(false);
  });
});

describe('reviewFromForm', () => {
  it('turns form fields into the API’s shape', () => {
    const form = new URLSearchParams({
      intent: 'review',
      rating: '4',
      title: 't',
      body: 'b',
      author: 'a',
      usedFor: '',
      website: '',
    });
    expect(reviewFromForm(form)).toEqual({
      rating: 4,
      title: 't',
      body: 'b',
      author: 'a',
      usedFor: undefined,
      website: '',
    });
  });

  it('leaves a non-numeric rating as text so the rules refuse it, and a missing one undefined', () => {
    expect(reviewFromForm(new URLSearchParams({ rating: 'five' }))['rating']).toBe('five');
    expect(reviewFromForm(new URLSearchParams({ rating: ' ' }))['rating']).toBeUndefined();
  });
});

describe('duplicateKey', () => {
  it('ignores case and spacing but not the site or the words', () => {
    expect(duplicateKey('bni', { body: 'Great  for\nreferrals' })).toBe(
      duplicateKey('bni', { body: 'great for referrals' }),
    );
    expect(duplicateKey('bni', { body: 'Great for referrals' })).not.toBe(
      duplicateKey('meetup', { body: 'Great for referrals' }),
    );
    expect(duplicateKey('bni', { body: 'Great for referrals' })).not.toBe(
      duplicateKey('bni', { body: 'Good for referrals' }),
    );
  });
});

describe('rating summary helpers', () => {
  it('summarises rating counts, ignoring ratings outside 1–5', () => {
    expect(
      summarise([
        { rating: 5, count: 2 },
        { rating: 2, count: 1 },
        { rating: 9, count: 4 },
      ]),
    ).toEqual({ count: 3, average: 4, distribution: { '1': 0, '2': 1, '3': 0, '4': 0, '5': 2 } });
    expect(
      summarise([
        { rating: 5, count: 1 },
        { rating: 4, count: 2 },
      ]),
    ).toMatchObject({ average: 4.33 });
  });

  it('describes an empty summary without inventing an average', () => {
    const empty = summarise([]);
    expect(empty.average).toBeNull();
    expect(describeSummary(empty)).toBe('No reviews yet');
    expect(shareOf(empty, 5)).toBe(0);
  });

  it('gives whole-number shares and a readable average', () => {
    const summary = summarise([
      { rating: 5, count: 1 },
      { rating: 3, count: 2 },
    ]);
    expect(shareOf(summary, 5)).toBe(33);
    expect(shareOf(summary, 3)).toBe(67);
    expect(describeSummary(summary)).toBe('3.7 out of 5 from 3 reviews');
    expect(describeSummary(summarise([{ rating: 2, count: 1 }]))).toBe('2.0 out of 5 from 1 review');
  });

  it('draws stars and dates for people', () => {
    expect(starGlyphs(4)).toBe('★★★★☆');
    expect(starGlyphs(4.6)).toBe('★★★★★');
    expect(formatReviewDate('2026-11-03T23:59:00.000Z')).toBe('3 November 2026');
  });
});

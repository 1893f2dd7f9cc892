/**
 * RFC 9457 problem details: the one error shape of the whole API. Routes throw
 * {@link Problem}; the app's single `onError` turns it (or anything else) into
 * an `application/problem+json` response without leaking stack traces.
 */
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { FieldError } from '#src/shared/validation.ts';

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  413: 'Content too large',
  415: 'Unsupported media type',
  422: 'Unprocessable content',
  429: 'Too many requests',
  500: 'Internal server error',
  503: 'Service unavailable',
};

/** An error that becomes a problem+json response. */
export class Problem extends Error {
  readonly status: ContentfulStatusCode;
  readonly detail: string;
  readonly extra: { errors?: FieldError[]; headers?: Record<string, string>; type?: string };
  constructor(status: ContentfulStatusCode, detail: string, extra: Problem['extra'] = {}) {
    super(detail);
    this.name = 'Problem';
    this.status = status;
    this.detail = detail;
    this.extra = extra;
  }
}

/** Builds the problem+json response for a status and a human-readable detail. */
export function problemResponse(
  status: number,
  detail: string,
  extra: { errors?: FieldError[]; headers?: Record<string, string>; type?: string; instance?: string } = {},
): Response {
  const body = {
    // RFC 9457 §4.2.1: about:blank means the problem is just what the status code says.
    type: extra.type ?? 'about:blank',
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    ...(extra.instance ? { instance: extra.instance } : {}),
    ...(extra.errors ? { errors: extra.errors } : {}),
  };
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/problem+json; charset=utf-8', ...extra.headers },
  });
}

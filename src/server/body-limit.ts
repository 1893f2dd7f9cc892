/**
 * Request bodies are read against a byte limit *on the stream*, so an
 * oversized body is refused with 413 before anything parses it — also when it
 * is sent chunked without a `Content-Length`. Used by the JSON API
 * ({@link jsonBody}) and by the pages that accept form posts ({@link readTextWithin}).
 */
import type { MiddlewareHandler } from 'hono';
import { Problem } from './problem.ts';

/** The largest review submission we accept: 4,000 characters of text fit with room to spare. */
export const MAX_BODY_BYTES = 16 * 1024;

// The media types @hono/zod-openapi accepts for a JSON body.
const JSON_TYPE = /^application\/([a-z-.]+\+)?json(;\s*[a-zA-Z0-9-]+=([^;]+))*$/i;

function tooLarge(maxBytes: number): Problem {
  return new Problem(
    413,
    `The request body is larger than ${Math.round(maxBytes / 1024)} kB. A review can be at most 4,000 characters: shorten it and send it again.`,
  );
}

/**
 * Reads a request body as UTF-8 text, refusing it with a 413 {@link Problem}
 * as soon as it passes `maxBytes` (a declared `Content-Length` over the limit
 * is refused without reading), and with 400 when it is not valid UTF-8.
 */
export async function readTextWithin(request: Request, maxBytes = MAX_BODY_BYTES): Promise<string> {
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) throw tooLarge(maxBytes);
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Problem(400, 'The request body is not valid UTF-8 text. Send it encoded as UTF-8.');
  }
}

/**
 * Route middleware for a JSON body: 415 unless the content type is JSON,
 * 413 past `maxBytes`, 400 when the JSON does not parse. The body is then
 * handed on, already read, to the route's zod validator (which answers 422).
 */
export function jsonBody(maxBytes = MAX_BODY_BYTES): MiddlewareHandler {
  return async (c, next) => {
    const type = c.req.header('content-type');
    if (!type || !JSON_TYPE.test(type)) {
      throw new Problem(
        415,
        `Send the body as JSON with the header "Content-Type: application/json" (this request has ${type ? `"${type}"` : 'no Content-Type'}).`,
      );
    }
    const text = await readTextWithin(c.req.raw, maxBytes);
    try {
      JSON.parse(text);
    } catch (error) {
      throw new Problem(
        400,
        `The body is not valid JSON (${(error as Error).message}). Send one JSON object, like {"rating": 4, "title": "…", "body": "…", "author": "…"}.`,
      );
    }
    c.req.raw = new Request(c.req.raw, { body: text });
    await next();
  };
}

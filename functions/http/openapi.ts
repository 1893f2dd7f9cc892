/**
 * The finishing pass over the generated OpenAPI document, for what holds
 * across routers rather than per route: every operation gets an
 * `operationId` (derived from method and path where a router gave none) and
 * `security: []` unless it declares a scheme; every path parameter gets an
 * example; every write documents the cross-site refusal (403) that the API
 * answers before any route runs (functions/index.ts).
 */

type Operation = {
  operationId?: string;
  security?: unknown[];
  parameters?: { in: string; name: string; example?: unknown; schema?: { example?: unknown } }[];
  responses: Record<string, unknown>;
};
type Document = { paths?: Record<string, Record<string, Operation | undefined>> };

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;
const WRITES = new Set(['post', 'put', 'patch', 'delete']);

/** Examples for path parameters that a router left without one. */
const PATH_EXAMPLES: Record<string, string> = { slug: 'linkedin', id: 'seed-linkedin-1' };

/** `post /sites/{slug}/corrections` → `postSitesSlugCorrections`. */
export function derivedOperationId(method: string, path: string): string {
  const words = path
    .split(/[/{}_-]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1));
  return method + (words.join('') || 'Root');
}

/** Completes the document in place and returns it. */
export function finishDocument<D extends object>(document: D, problem: Record<string, unknown>): D {
  const doc = document as unknown as Document;
  const seen = new Set<string>();
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      let id = op.operationId ?? derivedOperationId(method, path);
      while (seen.has(id)) id += '_';
      seen.add(id);
      op.operationId = id;
      op.security ??= [];
      for (const param of op.parameters ?? []) {
        if (param.in !== 'path' || param.example !== undefined) continue;
        const example = param.schema?.example ?? PATH_EXAMPLES[param.name];
        if (example !== undefined) param.example = example;
      }
      if (WRITES.has(method) && !op.responses['403']) op.responses['403'] = problem;
    }
  }
  return document;
}

/**
 * The contract: for every operation in /api/openapi.json, requests generated
 * from the document itself (valid ones from its schemas and examples, invalid
 * ones by breaking each part in turn) must get a status that operation
 * documents, with a body matching the documented schema. The document must
 * also carry what contract-testing tools need: an operationId per operation,
 * `security: []` on public ones, examples for path parameters, a licence.
 */
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { api, openApiDocument } from '#functions/index.ts';

type Schema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  example?: unknown;
  examples?: unknown[];
  default?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
};
type Parameter = { in: string; name: string; required?: boolean; example?: unknown; schema?: Schema };
type Operation = {
  operationId?: string;
  security?: Record<string, string[]>[];
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content: Record<string, { schema: Schema }> };
  responses: Record<string, { content?: Record<string, { schema: Schema }> }>;
};
type Doc = {
  info: { license?: { name: string } };
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
};

const doc = openApiDocument() as unknown as Doc;
const ajv = new Ajv2020({ strict: false, allErrors: true });
ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
ajv.addFormat('uri', (s: string) => URL.canParse(s));
ajv.addSchema({ $id: 'openapi', components: doc.components ?? {} });

const ADMIN = { authorization: 'Bearer test-admin-token' };
const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
  Object.entries(item)
    .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
    .map(([method, op]) => ({ path, method, op })),
);
const uid = () => crypto.randomUUID().slice(0, 8);

function resolve(schema: Schema): Schema {
  if (schema.$ref) return resolve(doc.components!.schemas![schema.$ref.replace('#/components/schemas/', '')]!);
  if (schema.allOf?.length === 1) return resolve(schema.allOf[0]!);
  return schema;
}

/** A valid value for a schema: its example, default, first enum value or a minimal value of its type. */
function sample(raw: Schema, name = ''): unknown {
  const schema = resolve(raw);
  if (schema.const !== undefined) return schema.const;
  if (schema.example !== undefined) return schema.example;
  if (schema.examples?.length) return schema.examples[0];
  if (schema.enum?.length) return schema.enum.find((v) => v !== null) ?? schema.enum[0];
  const choice = schema.anyOf ?? schema.oneOf;
  if (choice) return sample(choice.find((s) => resolve(s).type !== 'null') ?? choice[0]!, name);
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const key of schema.required ?? []) out[key] = sample(schema.properties![key]!, key);
      return out;
    }
    case 'array': {
      const item = resolve(schema.items ?? {});
      const n = Math.max(1, schema.minItems ?? 0);
      if (item.enum) return item.enum.slice(0, n);
      return Array.from({ length: n }, () => sample(item, name));
    }
    case 'integer':
    case 'number':
      return schema.default ?? schema.minimum ?? 1;
    case 'boolean':
      return true;
    case 'string': {
      if (schema.default !== undefined) return schema.default;
      if (schema.format === 'uri' || /url|source/i.test(name)) return `https://example.org/${uid()}`;
      const min = schema.minLength ?? 1;
      const max = schema.maxLength ?? 200;
      // Readable words, unique per request, so duplicate checks do not answer 409 to a valid request.
      const text = `Contract test ${name} text ${uid()} `.repeat(20);
      return text.slice(0, Math.min(max, Math.max(min, 40))).trim();
    }
    default:
      return {};
  }
}

/** The documented statuses of an operation and whether a response conforms to one of them. */
async function conforms(label: string, op: Operation, res: Response): Promise<string[]> {
  const documented = op.responses[String(res.status)];
  if (!documented)
    return [`${label}: answered ${res.status}, not documented (${Object.keys(op.responses).join(', ')})`];
  const type = (res.headers.get('content-type') ?? '').split(';')[0]!.trim();
  if (!documented.content) return [];
  const media = documented.content[type];
  if (!media) return [`${label}: ${res.status} with content type ${type || '(none)'} is not documented`];
  const schema = JSON.parse(
    JSON.stringify(media.schema).replaceAll('"#/components/', '"openapi#/components/'),
  ) as object;
  const validate = ajv.compile(schema);
  const body: unknown = await res.json();
  return validate(body) ? [] : [`${label}: ${res.status} body: ${ajv.errorsText(validate.errors)}`];
}

interface Call {
  label: string;
  path: Record<string, string>;
  query: Record<string, string>;
  body?: string;
  contentType?: string;
  auth: boolean;
}

/**
 * Valid inputs the schema alone cannot express (a comma-separated list of
 * 2 to 4 known slugs, goals that must be purpose keys): hand-made from the
 * document's descriptions.
 */
const HAND_MADE: Record<string, { query?: Record<string, string>; body?: unknown }> = {
  'get /recommend': { query: { goals: 'contacts,investors', time: 'light' } },
  'post /recommend': { body: { goals: ['contacts', 'investors'] } },
  'get /compare': { query: { sites: 'linkedin,xing' } },
  'get /search': { query: { q: 'referrals' } },
};

function validCall(path: string, method: string, op: Operation): Call {
  const made = HAND_MADE[`${method} ${path}`];
  const params: Record<string, string> = {};
  const query: Record<string, string> = {};
  for (const p of op.parameters ?? []) {
    const value = p.example ?? sample(p.schema ?? {}, p.name);
    if (p.in === 'path') params[p.name] = String(value);
    else if (p.in === 'query' && (p.required || p.schema?.enum || p.example !== undefined))
      query[p.name] = Array.isArray(value) ? value.join(',') : String(value);
  }
  const json = op.requestBody?.content['application/json'];
  return {
    label: `${method.toUpperCase()} ${path} (valid)`,
    path: params,
    query: { ...query, ...made?.query },
    ...(json ? { body: JSON.stringify(made?.body ?? sample(json.schema)), contentType: 'application/json' } : {}),
    auth: Boolean(op.security?.length),
  };
}

/** Invalid variants: each part of the valid request broken in turn. */
function invalidCalls(valid: Call, op: Operation): Call[] {
  const calls: Call[] = [];
  for (const name of Object.keys(valid.path)) {
    calls.push({
      ...valid,
      label: `${valid.label} with an over-long ${name}`,
      path: { ...valid.path, [name]: 'x'.repeat(300) },
    });
    calls.push({
      ...valid,
      label: `${valid.label} with an unknown ${name}`,
      path: { ...valid.path, [name]: 'no-such-thing' },
    });
  }
  for (const p of op.parameters ?? []) {
    if (p.in !== 'query') continue;
    for (const bad of ['not-a-valid-value', '-1', 'x'.repeat(600), ''])
      calls.push({
        ...valid,
        label: `${valid.label} with ?${p.name}=${bad.slice(0, 20)}`,
        query: { ...valid.query, [p.name]: bad },
      });
  }
  if (op.requestBody) {
    for (const [body, contentType, what] of [
      ['{}', 'application/json', 'an empty object'],
      ['[]', 'application/json', 'an array'],
      ['{"unknown": 1}', 'application/json', 'an unknown field'],
      ['{not json', 'application/json', 'broken JSON'],
      ['"\\ud800"', 'application/json', 'a lone surrogate'],
      ['a=1', 'application/x-www-form-urlencoded', 'a form post'],
      [`{"x":"${'y'.repeat(70_000)}"}`, 'application/json', 'a body too large'],
    ] as const)
      calls.push({ ...valid, label: `${valid.label} with ${what}`, body, contentType });
  }
  if (valid.auth) calls.push({ ...valid, label: `${valid.label} without the token`, auth: false });
  return calls;
}

async function send(path: string, method: string, call: Call, ip: string): Promise<Response> {
  const url =
    path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(call.path[name] ?? '')) +
    (Object.keys(call.query).length ? `?${new URLSearchParams(call.query).toString()}` : '');
  return await api.request(url, {
    method: method.toUpperCase(),
    headers: {
      'cf-connecting-ip': ip,
      ...(call.contentType ? { 'content-type': call.contentType } : {}),
      ...(call.auth ? ADMIN : {}),
    },
    ...(call.body !== undefined ? { body: call.body } : {}),
  });
}

describe('the OpenAPI document (what contract tools need)', () => {
  it('names a licence', () => {
    expect(doc.info.license?.name).toBeTruthy();
  });

  it('gives every operation a unique operationId, and `security: []` unless it needs the token', () => {
    const ids = operations.map(({ op }) => op.operationId);
    expect(ids.every((id) => typeof id === 'string' && id.length > 0)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { path, method, op } of operations) {
      expect(op.security, `${method} ${path}`).toBeDefined();
      if (!path.startsWith('/admin')) expect(op.security, `${method} ${path}`).toEqual([]);
    }
  });

  it('has an example for every path parameter', () => {
    const missing = operations.flatMap(({ path, method, op }) =>
      (op.parameters ?? [])
        .filter((p) => p.in === 'path' && p.example === undefined)
        .map((p) => `${method} ${path}: ${p.name}`),
    );
    expect(missing).toEqual([]);
  });

  it('documents 403 (cross-site) on every write, and 503 on every route that reads or writes the database', () => {
    for (const { path, method, op } of operations) {
      if (method !== 'get') expect(Object.keys(op.responses), `${method} ${path}`).toContain('403');
      if (/reviews|admin|health|helpful|report|suggestions|corrections|ratings/.test(path))
        expect(Object.keys(op.responses), `${method} ${path}`).toContain('503');
    }
  });
});

describe('the contract: every operation answers only what it documents', () => {
  it('holds for schema-generated valid and invalid requests to every operation', { timeout: 120_000 }, async () => {
    expect(operations.length).toBeGreaterThan(8);
    const failures: string[] = [];
    for (const { path, method, op } of operations) {
      const valid = validCall(path, method, op);
      for (const call of [valid, ...invalidCalls(valid, op)]) {
        const res = await send(path, method, call, `contract-${uid()}`);
        failures.push(...(await conforms(call.label, op, res)));
      }
    }
    expect(failures).toEqual([]);
  });

  it('holds for a valid request answered with 2xx for every public operation', async () => {
    const notOk: string[] = [];
    for (const { path, method, op } of operations) {
      const valid = validCall(path, method, op);
      const res = await send(path, method, valid, `contract-${uid()}`);
      if (res.status >= 300 && !(res.status === 404 && path.includes('{id}')))
        notOk.push(`${valid.label}: ${res.status} ${(await res.text()).slice(0, 200)}`);
    }
    expect(notOk).toEqual([]);
  });
});

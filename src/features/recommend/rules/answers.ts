/**
 * The recommender quiz's answers: their vocabularies (labels the form shows)
 * and the one zod schema that validates them. The API validates its JSON body
 * with {@link answersSchema} and its query with {@link answersQuerySchema};
 * the results page parses its URL with {@link parseAnswersQuery}, which applies
 * the same query schema, so a link and an API call accept exactly the same input.
 */
import { z } from 'astro/zod';
import { fieldErrors } from '#src/shared/validation.ts';
import {
  AUDIENCES,
  COUNTRY_CODES,
  ELIGIBILITY_GROUPS,
  FIELDS,
  PURPOSES,
  ROLES,
  keysOf,
  type Audience,
  type EligibilityGroup,
  type Field,
  type Purpose,
  type Role,
  type Vocabulary,
} from '#src/catalogue/taxonomy.ts';
import { blankToUndefined, queryRecord } from '#src/shared/query-params.ts';
import { availableIn, type SiteCountries } from '#src/catalogue/countries.ts';
import { WORK_MARKETS, type WorkMarket } from './hiring-market.ts';

/** Most goals a visitor may rank. */
export const MAX_GOALS = 3;

/** Weekly time a visitor can give; the keys match the catalogue's time costs. */
export const TIME_BUDGETS: Vocabulary<'light' | 'moderate' | 'heavy'> = new Map([
  ['light', { label: 'Under an hour a week', description: 'A few minutes here and there.' }],
  ['moderate', { label: 'A few hours a week', description: 'Regular, but not every day.' }],
  ['heavy', { label: 'As much as it takes', description: 'Daily use is fine.' }],
]);
export type TimeBudget = 'light' | 'moderate' | 'heavy';

/** What a visitor is willing to pay. */
export const BUDGETS: Vocabulary<'free' | 'some' | 'membership'> = new Map([
  ['free', { label: 'Nothing', description: 'Free sites and free tiers only.' }],
  ['some', { label: 'Some money', description: 'A paid plan or subscription is fine, membership dues are not.' }],
  ['membership', { label: 'Membership dues', description: 'Joining a club or chapter with dues is fine.' }],
]);
export type Budget = 'free' | 'some' | 'membership';

/** Whether a visitor wants to meet people in person. */
export const IN_PERSON_PREFERENCES: Vocabulary<'online' | 'either' | 'in-person'> = new Map([
  ['online', { label: 'Online only', description: 'No meetings in real places.' }],
  ['either', { label: 'Either', description: 'Online or in person, whatever works.' }],
  ['in-person', { label: 'In person', description: 'Meeting people face to face matters to me.' }],
]);
export type InPersonPreference = 'online' | 'either' | 'in-person';

/** A validated set of answers. Only `goals` is required. */
export interface Answers {
  /** 1–3 purposes, most important first. */
  goals: Purpose[];
  audience?: Audience | undefined;
  time?: TimeBudget | undefined;
  budget?: Budget | undefined;
  /** Your profession or industry: a field key from the taxonomy. */
  field?: Field | undefined;
  /** Where you network: an ISO 3166-1 alpha-2 code, or `global` (anywhere, worldwide). */
  country?: string | undefined;
  inPerson?: InPersonPreference | undefined;
  /** Groups you said you belong to, for sites that admit only some people (women, men, aged 18 to 40). */
  groups?: EligibilityGroup[] | undefined;
  /** Your role in your field, for networks that admit only practitioners or only their support staff. */
  role?: Role | undefined;
  /** With a hiring goal, which kind: a job or staff (`employment`), or clients or a pro for a project (`client-work`). */
  work?: WorkMarket | undefined;
}

/** An enum whose error names every allowed value, so a 400 tells the caller what to send. */
function oneOf<K extends string>(values: [K, ...K[]]) {
  return z.enum(values, { error: () => `must be one of: ${values.join(', ')}` });
}

const goalSchema = oneOf(keysOf(PURPOSES)).describe('A purpose slug');

/** `global`, or an ISO 3166-1 alpha-2 code in any case ("pt" → "PT"). */
const countrySchema = z
  .string()
  .trim()
  .transform((s) => (s.toLowerCase() === 'global' ? 'global' : s.toUpperCase()))
  .refine(
    (s) => s === 'global' || COUNTRY_CODES.has(s),
    'must be "global" or a two-letter ISO country code (ISO 3166-1) like "DE"',
  );

/** The answers as JSON: `goals` is an array. Unknown fields are ignored. */
export const answersSchema = z.object({
  goals: z
    .array(goalSchema, {
      error: (issue) =>
        issue.input === undefined
          ? `is required: choose 1 to ${MAX_GOALS} goals from ${keysOf(PURPOSES).join(', ')}`
          : `must be a list of 1 to ${MAX_GOALS} goals from ${keysOf(PURPOSES).join(', ')}`,
    })
    .min(1, `choose at least one goal from ${keysOf(PURPOSES).join(', ')}`)
    .max(MAX_GOALS, `choose at most ${MAX_GOALS} goals, most important first`)
    .refine((goals) => new Set(goals).size === goals.length, 'names the same goal twice: choose each goal once')
    .describe(`1 to ${MAX_GOALS} purposes, most important first`),
  audience: oneOf(keysOf(AUDIENCES)).optional().describe('Who you are: the audience a site should serve'),
  time: oneOf(keysOf(TIME_BUDGETS))
    .optional()
    .describe('Time you can give: light (under an hour a week), moderate or heavy'),
  budget: oneOf(keysOf(BUDGETS)).optional().describe('What you will pay: free, some (paid plans) or membership (dues)'),
  field: oneOf([...FIELDS.keys()] as [Field, ...Field[]])
    .optional()
    .describe('Your profession or industry, a field key (nursing, law, software, …): its own networks rank first'),
  country: countrySchema
    .optional()
    .describe('Where you network: an ISO 3166-1 alpha-2 country code, or "global" for anywhere'),
  region: countrySchema.optional().describe('The same as country (its former name), kept for old links'),
  inPerson: oneOf(keysOf(IN_PERSON_PREFERENCES)).optional().describe('online, either or in-person'),
  work: oneOf(keysOf(WORK_MARKETS))
    .optional()
    .describe(
      'With a hiring goal, which market: employment (a job, or staff to employ) or client-work (clients, or a professional hired for a project); without it, who you are decides',
    ),
  role: oneOf(keysOf(ROLES))
    .optional()
    .describe(
      'Your role in your field, only if you want to say: practitioner (a veterinarian, a lawyer) or support-staff (a vet tech, a paralegal). Networks that admit only the other role come after the rest',
    ),
  groups: z
    .array(oneOf(keysOf(ELIGIBILITY_GROUPS)), {
      error: () => `must be a list of groups from ${keysOf(ELIGIBILITY_GROUPS).join(', ')}`,
    })
    .max(ELIGIBILITY_GROUPS.size, `names at most ${ELIGIBILITY_GROUPS.size} groups`)
    .refine((g) => new Set(g).size === g.length, 'names the same group twice: name each group once')
    .optional()
    .describe(
      `Groups you belong to, only if you want to say: ${keysOf(ELIGIBILITY_GROUPS).join(', ')}. Sites that admit only a group you did not name, or are made for it, come after the open ones; a mother or father counts as a woman or man too`,
    ),
});

/** Query strings carry empty strings for unanswered questions: treat them as absent. */
/** `goals=a,b`, `goals=a&goals=b` (the form's selects) or a mix; blanks dropped. */
function goalsFromQuery(value: unknown): unknown {
  if (value === undefined) return undefined;
  const values: unknown[] = Array.isArray(value) ? (value as unknown[]) : [value];
  const parts = values.flatMap((v): unknown[] => (typeof v === 'string' ? v.split(',') : [v]));
  const goals = parts.map((p) => (typeof p === 'string' ? p.trim() : p)).filter((p) => p !== '');
  return goals.length === 0 ? undefined : goals;
}

const { goals, audience, time, budget, field, country, region, inPerson, work, role, groups } = answersSchema.shape;

/** `groups=women,age-18-40`, `groups=women&groups=age-18-40` (the form's checkboxes) or a mix; blanks dropped. */
const listFromQuery = goalsFromQuery;

/** The same answers as URL query parameters (each value a string, `goals` comma-separated or repeated). */
export const answersQuerySchema = z.object({
  goals: z
    .preprocess(goalsFromQuery, goals)
    .describe(
      `1 to ${MAX_GOALS} purposes, most important first: comma-separated (goals=referrals,contacts) or repeated`,
    ),
  audience: z.preprocess(blankToUndefined, audience),
  time: z.preprocess(blankToUndefined, time),
  budget: z.preprocess(blankToUndefined, budget),
  field: z.preprocess(blankToUndefined, field),
  country: z.preprocess(blankToUndefined, country),
  region: z.preprocess(blankToUndefined, region),
  inPerson: z.preprocess(blankToUndefined, inPerson),
  work: z.preprocess(blankToUndefined, work),
  role: z.preprocess(blankToUndefined, role),
  groups: z
    .preprocess(listFromQuery, groups)
    .describe(
      `Groups you belong to, only if you want to say: comma-separated or repeated, from ${keysOf(ELIGIBILITY_GROUPS).join(', ')}`,
    ),
});

/** The outcome of reading answers from a URL. */
export type ParsedAnswers =
  { ok: true; answers: Answers } | { ok: false; errors: { field: string; message: string }[] };

/** Validates answers from query parameters (the results page's URL). */
export function parseAnswersQuery(params: URLSearchParams): ParsedAnswers {
  const result = answersQuerySchema.safeParse(queryRecord(params));
  if (result.success) return { ok: true, answers: normalizeAnswers(result.data) };
  return { ok: false, errors: fieldErrors(result.error, '(query)') };
}

/** Valid answers as the schemas return them: `region` is the old name of `country`. */
export type ParsedAnswerFields = z.output<typeof answersSchema>;

/** One canonical form: `region` folded into `country`, groups in a fixed order, absent answers dropped. */
export function normalizeAnswers({ region, country, groups, ...rest }: ParsedAnswerFields): Answers {
  // Groups in the taxonomy's order, none as absent: one canonical link per set of answers.
  const ordered = groups && keysOf(ELIGIBILITY_GROUPS).filter((g) => groups.includes(g));
  return withoutUndefined({ ...rest, country: country ?? region, groups: ordered?.length ? ordered : undefined });
}

/** Drops absent answers, so the API echoes only what was given. */
export function withoutUndefined(answers: Answers): Answers {
  return Object.fromEntries(Object.entries(answers).filter(([, v]) => v !== undefined)) as unknown as Answers;
}

/** The canonical query string for a set of answers (`goals` comma-separated), without `?`. */
export function answersToQuery(answers: Answers): string {
  const params = new URLSearchParams();
  params.set('goals', answers.goals.join(','));
  for (const key of ['audience', 'time', 'budget', 'field', 'country', 'inPerson', 'work', 'role'] as const) {
    const value = answers[key];
    if (value !== undefined) params.set(key, value);
  }
  if (answers.groups !== undefined && answers.groups.length > 0) params.set('groups', answers.groups.join(','));
  return params.toString().replace(/%2C/g, ',');
}

/** Every country where at least one site is available, for the quiz's country question (sorted codes). */
export function countriesIn(sites: readonly SiteCountries[]): string[] {
  return [...COUNTRY_CODES].filter((code) => sites.some((s) => availableIn(s, code))).sort();
}

/** Answers as typed, valid or not: what a form shows again after a mistake. */
export interface RawAnswers {
  goals: string[];
  audience?: string | undefined;
  time?: string | undefined;
  budget?: string | undefined;
  field?: string | undefined;
  country?: string | undefined;
  inPerson?: string | undefined;
  work?: string | undefined;
  role?: string | undefined;
  groups?: string[] | undefined;
}

/** Reads answers from query parameters without validating them. */
export function rawAnswers(params: URLSearchParams): RawAnswers {
  const goals = goalsFromQuery(params.getAll('goals'));
  const raw: RawAnswers = { goals: Array.isArray(goals) ? goals.map(String) : [] };
  for (const key of ['audience', 'time', 'budget', 'field', 'country', 'inPerson', 'work', 'role'] as const) {
    const value = params.get(key) || (key === 'country' ? params.get('region') : null);
    if (value) raw[key] = value;
  }
  const groups = listFromQuery(params.getAll('groups'));
  if (Array.isArray(groups)) raw.groups = groups.map(String);
  return raw;
}

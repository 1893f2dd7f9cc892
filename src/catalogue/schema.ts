/**
 * The schema of one catalogue entry's front matter. Shared by the content
 * collection (`src/content.config.ts`), the editor tools in `scripts/` and the
 * unit tests, so every place that reads an entry applies the same rules.
 */
import { z } from 'astro/zod';
import {
  AUDIENCES,
  FACT_CHECKS,
  FEATURES,
  GOOD_SCORE,
  KINDS,
  PRICING_MODELS,
  PURPOSES,
  COUNTRY_CODES,
  ELIGIBILITY_GROUPS,
  FIELDS,
  REACH_BANDS,
  REVENUE_MODELS,
  ROLES,
  STATUSES,
  TIME_COSTS,
  keysOf,
  type Field,
  type Purpose,
} from './taxonomy.ts';

const TODO = /\bTODO\b/;
/** A one-line human text; refuses the scaffold's TODO markers. */
const text = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min, `must be at least ${min} characters`)
    .max(max, `must be at most ${max} characters`)
    .refine((s) => !TODO.test(s), 'still says TODO: write the real value')
    .refine((s) => !/[\r\n]/.test(s), 'must be a single line');

const httpsUrl = z
  .url({ message: 'must be a full URL' })
  .refine((u) => u.startsWith('https://'), 'must start with https:// (we only link to secure pages)');

/** One purpose score with the editor's reason. */
export const purposeScoreSchema = z
  .strictObject({
    score: z
      .number()
      .int('must be a whole number')
      .min(0, 'must be 0–3')
      .max(3, 'must be 0–3')
      .describe('0 none, 1 incidental, 2 good, 3 core'),
    reason: text(10, 200).optional().describe('Why the site earns this score; required for scores of 2 and 3'),
  })
  .refine((p) => p.score < GOOD_SCORE || p.reason !== undefined, {
    message: `a score of ${GOOD_SCORE} or more needs a reason: one line saying why the site serves this purpose`,
    path: ['reason'],
  });

const purposeShape = Object.fromEntries(
  keysOf(PURPOSES).map((p) => [p, purposeScoreSchema.describe(PURPOSES.get(p)!.description)]),
) as Record<Purpose, typeof purposeScoreSchema>;

/** Every purpose must be scored, so a missing one is a visible decision, not an accident. */
export const purposesSchema = z.strictObject(purposeShape).describe('Each of the 8 purposes scored 0–3');

export const pricingSchema = z
  .strictObject({
    model: z.enum(keysOf(PRICING_MODELS)).describe('free, freemium, paid or membership'),
    note: text(3, 200)
      .optional()
      .describe('What it costs, in the currency the site quotes, e.g. "Premium from $39.99/month"'),
  })
  .refine((p) => (p.model !== 'paid' && p.model !== 'membership') || p.note !== undefined, {
    message: 'paid and membership pricing need a note saying what it costs',
    path: ['note'],
  });

export const sourceSchema = z.strictObject({
  title: text(3, 160).describe('What the source is, e.g. "LinkedIn: About us"'),
  url: httpsUrl.describe('Where the fact can be checked (https)'),
});

const countryCode = z
  .string()
  .refine((c) => COUNTRY_CODES.has(c), 'must be an ISO 3166-1 alpha-2 country code in capitals, like "DE" or "GB"');

const year = z
  .number()
  .int('must be a whole year')
  .min(1800, 'must be a year after 1800')
  .max(new Date().getUTCFullYear(), 'is in the future');

/** An order-of-magnitude audience figure and where it comes from. */
export const reachSchema = z.strictObject({
  band: z
    .enum(keysOf(REACH_BANDS))
    .describe('1b, 100m, 10m, 1m, 100k, 10k or 1k: the order of magnitude, never a precise number'),
  measure: text(3, 80).describe('What was counted, e.g. "monthly active users" or "members"'),
  year: year.optional().describe('The year the figure is for'),
  source: sourceSchema.describe('Where the figure comes from'),
});

/**
 * A country where a worldwide site is open but a cited source says few people
 * there use it (a local network holds that market): the recommender puts it
 * after every site used there, with the note, and the country page lists it
 * apart. Availability stays in `countries`/`absentIn`.
 */
export const littleUsedSchema = z.strictObject({
  country: countryCode.describe('ISO 3166-1 alpha-2 code of the country where few people use the site'),
  note: text(10, 200).describe(
    'One line on what the source says, with its year, e.g. "Few Japanese professionals use it (2015)"',
  ),
  source: sourceSchema.describe('Where it is said that few people in that country use the site'),
});

/**
 * Who may join, where a source says only some people may: every listed group must apply, and the member must
 * hold one of the listed roles (a network for veterinarians, another for their support staff). With
 * `othersWelcome`, who the site is made for, where a source says so and that others are welcome too (a fathers'
 * network open to every parent): ranked the same way, described differently. One field for both, not a separate
 * `madeFor`, because the recommender ranks both alike and every reader (open data, search shards, the site page)
 * already carries the groups, the rule and its source.
 */
export const eligibilitySchema = z
  .strictObject({
    groups: z
      .array(z.enum(keysOf(ELIGIBILITY_GROUPS)))
      .refine((g) => new Set(g).size === g.length, 'lists a group twice')
      .default([])
      .describe(
        'The groups a member must belong to, all of them (or, with othersWelcome, the groups it is made for): women, men, age-18-40, age-55-plus, mothers, fathers',
      ),
    roles: z
      .array(z.enum(keysOf(ROLES)))
      .refine((r) => new Set(r).size === r.length, 'lists a role twice')
      .refine((r) => r.length < ROLES.size, 'names every role: leave roles out for a site open to every role')
      .default([])
      .describe(
        'The roles in its field a member must hold, one of them: practitioner (veterinarians, lawyers) or support-staff (technicians, assistants, paralegals)',
      ),
    othersWelcome: z
      .literal(true)
      .optional()
      .describe(
        'true when a source says the site is made for these groups but welcomes others too ("made for fathers; others welcome"); leave out for a rule that admits no one else',
      ),
    rule: text(10, 200).describe('The rule in one line, as the source states it, e.g. "Open to men aged 18 to 40"'),
    source: sourceSchema.describe('Where the rule is stated'),
  })
  .refine((e) => e.groups.length > 0 || e.roles.length > 0, {
    message: 'name at least one group or role, or leave eligibility out for a site open to everyone',
    path: ['groups'],
  })
  .refine((e) => e.othersWelcome !== true || e.groups.length > 0, {
    message: 'othersWelcome says who the site is made for: name the groups it is made for',
    path: ['othersWelcome'],
  });

/**
 * For a site whose business listings (a profile on a map, a review page) are, per a cited source, only for businesses
 * that meet their customers in person: at a place customers visit, or at the customers' own address within a service
 * area. An online-only business (a web shop, an app, a remote freelancer) may not list there, so for a visitor who
 * works online the site's promotion does not reach their customers. One sourced rule, like `eligibility`, because it
 * says who may use the site's promotion, not what the site is good for: its purpose scores stay those of a business
 * that may list.
 */
export const inPersonBusinessesSchema = z.strictObject({
  rule: text(10, 200).describe(
    'The rule in one line, as the source states it, e.g. "A business must make in-person contact with customers during its stated hours"',
  ),
  source: sourceSchema.describe('Where the rule is stated'),
});

/** Today's date at the end of the day, so an entry checked "today" in any timezone passes. */
function endOfToday(): Date {
  const d = new Date();
  d.setUTCHours(23, 59, 59, 999);
  return d;
}

export const siteSchema = z
  .strictObject({
    name: text(1, 60).describe('The brand name as the site writes it'),
    url: httpsUrl.describe('Home page (https)'),
    tagline: text(10, 140).describe('One line: what the site is for'),
    kind: z.enum(keysOf(KINDS)).describe('business, social or hybrid'),
    purposes: purposesSchema,
    audiences: z
      .array(z.enum(keysOf(AUDIENCES)))
      .min(1, 'name at least one audience')
      .describe('Who gets most from it'),
    timeCost: z.enum(keysOf(TIME_COSTS)).describe('Time to get value: light < 1 h/week, moderate, heavy'),
    pricing: pricingSchema.describe('How much it costs the user'),
    revenue: z
      .array(z.enum(keysOf(REVENUE_MODELS)))
      .min(1, 'say how the site makes money')
      .describe('How the site makes money: the motive behind what it shows you'),
    revenueNote: text(10, 240).optional().describe('One line on the business model, where the list alone is unclear'),
    owner: text(2, 80).describe('The ultimate owner: the parent company, co-operative or foundation'),
    countries: z
      .union([z.literal('global'), z.array(countryCode).min(1, 'name at least one country, or write "global"')])
      .describe('Where the site is available and used: "global", or ISO 3166-1 alpha-2 codes like [DE, AT, CH]'),
    absentIn: z
      .array(countryCode)
      .default([])
      .describe('For a global site: countries where it is blocked or not available'),
    littleUsedIn: z
      .array(littleUsedSchema)
      .min(1, 'name at least one country, or leave littleUsedIn out')
      .optional()
      .describe('For a global site: countries where it is open but, per a cited source, little used'),
    fields: z
      .partialRecord(z.enum([...FIELDS.keys()] as [Field, ...Field[]]), text(10, 200))
      .default({})
      .describe(
        'Professions or industries the site is strong for, each with a one-line reason; none for a general platform unless `general` says so',
      ),
    general: z
      .boolean()
      .optional()
      .describe(
        'true for a general platform (people of every field and interest use it, on every topic) that is still strong for the fields it lists: those fields bring it first for their people, but it is no specialist network for anyone else',
      ),
    eligibility: eligibilitySchema
      .optional()
      .describe(
        'Only for sites that admit just one group of people, or (othersWelcome) are made for one and welcome others, with the rule and its source; leave out otherwise',
      ),
    inPersonBusinessesOnly: inPersonBusinessesSchema
      .optional()
      .describe(
        'Only for sites whose business listings, per a cited source, are just for businesses that meet customers in person (at a place they visit, or at their address in a service area), with the rule and its source; leave out otherwise',
      ),
    reach: reachSchema
      .optional()
      .describe(
        'Order-of-magnitude audience, with its source; leave out (and say so in notes) when no source gives it',
      ),
    operator: text(2, 80)
      .optional()
      .describe('The company that runs the site, where it differs from the ultimate owner'),
    founded: year.optional().describe('Year the company or organisation behind the site was founded'),
    launched: year.optional().describe('Year the site or app itself went live'),
    status: z.enum(keysOf(STATUSES)).describe('active, declining or closed'),
    closed: year.optional().describe('Year it shut down (closed sites only)'),
    features: z.array(z.enum(keysOf(FEATURES))).describe('Features from the taxonomy list'),
    pros: z.array(text(5, 160)).min(1, 'name at least one pro').describe('What it does well'),
    cons: z.array(text(5, 160)).min(1, 'name at least one con').describe('What it does badly'),
    aliases: z.array(text(1, 60)).default([]).describe('Other names people search for, e.g. "Twitter" for X'),
    alternatives: z.array(z.string()).default([]).describe('Slugs of similar entries; each must exist'),
    sources: z.array(sourceSchema).min(1, 'cite at least one source').describe('Where the facts come from'),
    lastChecked: z.coerce
      .date({ message: 'must be a date like 2026-11-26' })
      .refine((d) => d.getTime() <= endOfToday().getTime(), 'is in the future: use the date you checked the facts')
      .describe('When an editor last checked the facts'),
    factCheck: z
      .enum(keysOf(FACT_CHECKS), {
        message: 'must be "sources" (you re-read the cited sources) or "editor-knowledge" (you did not)',
      })
      .describe('How lastChecked was done: the sources re-read, or written from knowledge'),
    notes: text(5, 400).optional().describe('Editor notes: gaps, uncertain facts, what to check next'),
  })
  .refine((s) => s.status === 'closed' || s.closed === undefined, {
    message: 'only closed sites have a closing year',
    path: ['closed'],
  })
  .refine((s) => s.general !== true || Object.keys(s.fields).length > 0, {
    message: 'general: true only says something next to fields (a general platform with no field needs nothing)',
    path: ['general'],
  })
  .refine((s) => new Set(s.features).size === s.features.length, {
    message: 'lists a feature twice',
    path: ['features'],
  })
  .refine((s) => s.founded === undefined || s.closed === undefined || s.closed >= s.founded, {
    message: 'closed before it was founded',
    path: ['closed'],
  })
  .refine((s) => s.founded === undefined || s.launched === undefined || s.launched >= s.founded - 1, {
    message: 'launched long before the organisation was founded: check both years',
    path: ['launched'],
  })
  .refine((s) => s.countries === 'global' || s.absentIn.length === 0, {
    message: 'absentIn is only for global sites: list the countries where it is used instead',
    path: ['absentIn'],
  })
  .refine((s) => s.countries === 'global' || s.littleUsedIn === undefined, {
    message: 'littleUsedIn is only for global sites: leave a little-used country out of the list instead',
    path: ['littleUsedIn'],
  })
  .refine((s) => (s.littleUsedIn ?? []).every((l) => !s.absentIn.includes(l.country)), {
    message: 'a country in absentIn cannot also be in littleUsedIn: the site is not available there at all',
    path: ['littleUsedIn'],
  })
  .refine((s) => new Set(s.littleUsedIn?.map((l) => l.country)).size === (s.littleUsedIn?.length ?? 0), {
    message: 'lists a country twice in littleUsedIn',
    path: ['littleUsedIn'],
  });

/** A validated entry's front matter. */
export type SiteData = z.output<typeof siteSchema>;

/**
 * The blank entry `npm run new:site` writes: every field of the schema, each
 * holding a TODO marker the schema refuses, so a half-filled entry can never
 * reach the build. The hints in the markers say what goes there.
 */
import {
  AUDIENCES,
  ELIGIBILITY_GROUPS,
  FACT_CHECKS,
  FEATURES,
  KINDS,
  PRICING_MODELS,
  PURPOSES,
  REACH_BANDS,
  REVENUE_MODELS,
  ROLES,
  STATUSES,
  TIME_COSTS,
  keysOf,
} from '../taxonomy.ts';

/** The slug for a brand name: lowercase ASCII words joined by hyphens ("Google+" → "google-plus"). */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\+/g, ' plus ')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A YAML double-quoted string (JSON strings are valid YAML). */
const q = (s: string) => JSON.stringify(s);
const choices = (keys: readonly string[]) => keys.join(', ');

/** The file's text for a new entry named `name` at `url`. */
export function scaffoldEntry(input: { name: string; url: string }): string {
  const purposes = keysOf(PURPOSES)
    .map((p) =>
      [
        `  ${p}:`,
        `    # ${PURPOSES.get(p)!.description} 0 none, 1 incidental, 2 good, 3 core.`,
        `    score: ${q('TODO 0-3')}`,
        `    reason: ${q('TODO: one line saying why; required for 2 and 3, delete the line for 0 and 1')}`,
      ].join('\n'),
    )
    .join('\n');
  return `---
# Fill in every TODO, delete the optional lines you cannot fill, then run: npm run check:content
# Field guide and scoring rubric: CONTRIBUTING.md
name: ${q(input.name)}
url: ${q(input.url)}
tagline: ${q('TODO: one line on what the site is for (10-140 characters)')}
kind: ${q(`TODO: one of ${choices(keysOf(KINDS))}`)}
purposes:
${purposes}
# One or more of: ${choices(keysOf(AUDIENCES))}
audiences: [${q('TODO')}]
timeCost: ${q(`TODO: one of ${choices(keysOf(TIME_COSTS))}`)}
pricing:
  model: ${q(`TODO: one of ${choices(keysOf(PRICING_MODELS))}`)}
  # Required for paid and membership; delete the line if free and nothing to add.
  note: ${q('TODO: what it costs, in the currency the site quotes')}
# One or more of: ${choices(keysOf(REVENUE_MODELS))}
revenue: [${q('TODO')}]
# Optional: delete if the revenue list says it all.
revenueNote: ${q('TODO: one line on how the site makes money')}
owner: ${q('TODO: the ultimate owner: parent company, co-operative or foundation')}
# Optional: the company that runs the site, where it differs from the owner.
operator: ${q('TODO: operating company')}
# "global", or a list of ISO 3166-1 alpha-2 codes where it is available and used, such as [GB, DE, US].
countries: ${q('TODO')}
# Optional, global sites only: where it is blocked or absent.
absentIn: [${q('TODO: codes, or delete the line')}]
# Optional, global sites only: countries where it is open but a source says few people use it; delete otherwise.
littleUsedIn:
  - country: ${q('TODO: code')}
    note: ${q('TODO: what the source says, with its year')}
    source:
      title: ${q('TODO: who says so')}
      url: ${q('TODO')}
# Professions it is strong for, each with a one-line reason; delete the lines for a general platform.
fields:
  ${q('TODO-field')}: ${q('TODO: why it is strong for this field')}
# Only for a general platform (every field and topic) that is still strong for the fields above: true; delete otherwise.
general: ${q('TODO: true, or delete the line')}
# Order of magnitude (${choices(keysOf(REACH_BANDS))}) with its source; delete and say so in notes if unknown.
reach:
  band: ${q('TODO')}
  measure: ${q('TODO: what was counted, e.g. monthly active users')}
  source:
    title: ${q('TODO: who gives the figure')}
    url: ${q('TODO')}
# Only if a source says just one group of people may join (all of: ${choices(keysOf(ELIGIBILITY_GROUPS))}),
# or just one role in its field (one of: ${choices(keysOf(ROLES))}); keep groups or roles or both, delete otherwise.
# If a source says it is made for the group but others are welcome, add othersWelcome: true.
eligibility:
  groups: [${q('TODO')}]
  roles: [${q('TODO')}]
  rule: ${q('TODO: the rule in one line, as the source states it')}
  source:
    title: ${q('TODO: where the rule is stated')}
    url: ${q('TODO')}
# Only if a source says its business listings are just for businesses that meet customers in person (at a place
# they visit, or at their address in a service area); delete otherwise.
inPersonBusinessesOnly:
  rule: ${q('TODO: the rule in one line, as the source states it')}
  source:
    title: ${q('TODO: where the rule is stated')}
    url: ${q('TODO')}
# Optional: the year the organisation was founded, only if a source confirms it.
founded: ${q('TODO year')}
# Optional: the year the site itself went live, only if a source confirms it.
launched: ${q('TODO year')}
status: ${q(`TODO: one of ${choices(keysOf(STATUSES))}`)}
# Closed sites only: the year it shut down. Delete the line otherwise.
closed: ${q('TODO year')}
# Any of: ${choices(keysOf(FEATURES))}
features: [${q('TODO')}]
pros:
  - ${q('TODO: what it does well')}
cons:
  - ${q('TODO: what it does badly')}
# Other names people search for; [] if none.
aliases: [${q('TODO')}]
# Slugs of similar entries (file names in content/sites without .md), e.g. [linkedin, xing]; [] if none.
alternatives: ${q('TODO: a list of slugs')}
sources:
  - title: ${q('TODO: what the source is, e.g. "Example: About us"')}
    url: ${q('TODO: https address of the source')}
lastChecked: ${q('TODO: the date you checked the facts, YYYY-MM-DD')}
# sources if you re-read the cited sources on that date; editor-knowledge if you wrote from what you know.
factCheck: ${q(`TODO: one of ${choices(keysOf(FACT_CHECKS))}`)}
# Optional: facts you could not confirm and what to check next. Delete if none.
notes: ${q('TODO: gaps and uncertain facts')}
---
TODO: describe the site in a few sentences of Markdown: what it is, who runs it, what it is good for and
what it is bad for. Write from the sources; leave out what you cannot confirm and say so in notes.
`;
}

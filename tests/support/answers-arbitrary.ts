/**
 * Quiz answers for the recommender's property tests, the partner of `siteArbitrary`: every answer the quiz takes
 * (goals, audience, time, budget, field, country, in person or online, groups, role, kind of work) is drawn, each
 * other than the goals possibly left out, so a property is checked whatever else the visitor said. A test narrows a
 * part only where its property is about that part (options below), and sets a part itself when it must hold one value.
 */
import fc from 'fast-check';
import type { Answers } from '#src/features/recommend/rules/answers.ts';
import { BUDGETS, IN_PERSON_PREFERENCES, TIME_BUDGETS } from '#src/features/recommend/rules/answers.ts';
import { WORK_MARKETS } from '#src/features/recommend/rules/hiring-market.ts';
import {
  AUDIENCES,
  ELIGIBILITY_GROUPS,
  FIELDS,
  PURPOSES,
  ROLES,
  keysOf,
  type Audience,
  type Field,
  type Purpose,
} from '#src/catalogue/taxonomy.ts';

export interface AnswersArbitraryOptions {
  /** The fewest goals (at most 3): 1, the quiz's least, by default. */
  minGoals?: number;
  /** A goal the answers always hold, at any position among the others. None by default. */
  goal?: Purpose;
  /** The audiences to draw from: all by default. */
  audiences?: readonly Audience[];
  /** The fields to draw from: all by default. Name a catalogue arbitrary's fields and one no site is built for. */
  fields?: readonly Field[];
  /**
   * The countries to draw from besides `global`: `siteArbitrary`'s default countries by default. Name a catalogue
   * arbitrary's countries and some no site lists or is absent from.
   */
  countries?: readonly string[];
}

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

/** 1 to 3 distinct goals (at least `minGoals`), holding `goal` at a random position when one is given. */
function goalsArbitrary(minGoals: number, goal: Purpose | undefined): fc.Arbitrary<Purpose[]> {
  if (goal === undefined)
    return fc.uniqueArray(fc.constantFrom(...keysOf(PURPOSES)), { minLength: minGoals, maxLength: 3 });
  const others = keysOf(PURPOSES).filter((p) => p !== goal);
  return fc
    .uniqueArray(fc.constantFrom(...others), { minLength: Math.max(0, minGoals - 1), maxLength: 2 })
    .chain((rest) => fc.nat({ max: rest.length }).map((at) => [...rest.slice(0, at), goal, ...rest.slice(at)]));
}

/** Answers the quiz could send: every part drawn, each but the goals possibly absent. */
export function answersArb({
  minGoals = 1,
  goal,
  audiences = keysOf(AUDIENCES),
  fields = keysOf(FIELDS),
  countries = ['US', 'GB', 'DE'],
}: AnswersArbitraryOptions = {}): fc.Arbitrary<Answers> {
  return fc.record({
    goals: goalsArbitrary(minGoals, goal),
    audience: maybe(fc.constantFrom(...audiences)),
    time: maybe(fc.constantFrom(...keysOf(TIME_BUDGETS))),
    budget: maybe(fc.constantFrom(...keysOf(BUDGETS))),
    field: maybe(fc.constantFrom(...fields)),
    country: maybe(fc.constantFrom('global', ...countries)),
    inPerson: maybe(fc.constantFrom(...keysOf(IN_PERSON_PREFERENCES))),
    groups: maybe(fc.subarray(keysOf(ELIGIBILITY_GROUPS))),
    role: maybe(fc.constantFrom(...keysOf(ROLES))),
    work: maybe(fc.constantFrom(...keysOf(WORK_MARKETS))),
  });
}

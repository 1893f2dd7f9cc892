/**
 * The `reader:` line shared by `bench:intents` and `bench:reader`: how often
 * the free-text reader's reading agrees with hand-labelled answers, per part.
 */
import type { ParsedAnswerFields } from '#src/features/recommend/rules/answers.ts';
import type { Understood } from '#src/features/recommend/rules/read-goal.ts';

/** One labelled sentence: what the reader understood, and the answers it should have read. */
export interface ReadRow {
  understood: Understood;
  answers: ParsedAnswerFields;
}

const mean = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
/** Share of `subset` where `agrees` holds (or its mean, for a number), three decimals. */
const share = (subset: readonly ReadRow[], agrees: (r: ReadRow) => boolean | number) =>
  mean(subset.map((r) => Number(agrees(r)))).toFixed(3);

/** |A∩B| / |A∪B| of two lists, 1 when both are empty. */
function jaccard(a: readonly string[], b: readonly string[]): number {
  const union = new Set([...a, ...b]);
  return union.size === 0 ? 1 : a.filter((x) => b.includes(x)).length / union.size;
}
const sameSet = (a: readonly string[], b: readonly string[]) =>
  new Set(a).size === new Set(b).size && jaccard(a, b) === 1;

/** `reader: <label>n=… goals_exact=… …`; `groups` adds the groups figure (labels that have them). */
export function readerLine(label: string, subset: readonly ReadRow[], { groups = false } = {}): string {
  const read = (r: ReadRow) => r.understood.goals.map((g) => g.value);
  const want = (r: ReadRow) => r.answers.goals ?? [];
  const country = (r: ReadRow) => r.answers.country ?? r.answers.region;
  const inPerson = (v: string | undefined) => (v === 'either' ? undefined : v);
  const fields = [
    `n=${subset.length}`,
    `goals_exact=${share(subset, (r) => sameSet(read(r), want(r)))}`,
    `goals_jaccard=${share(subset, (r) => jaccard(read(r), want(r)))}`,
    `first_goal=${share(subset, (r) => read(r)[0] === want(r)[0])}`,
    `field=${share(subset, (r) => r.understood.field?.value === r.answers.field)}`,
    `country=${share(subset, (r) => r.understood.country?.value === country(r))}`,
    `audience=${share(subset, (r) => r.understood.audience?.value === r.answers.audience)}`,
    `in_person=${share(subset, (r) => inPerson(r.understood.inPerson?.value) === inPerson(r.answers.inPerson))}`,
    `budget=${share(subset, (r) => r.understood.budget?.value === r.answers.budget)}`,
    `time=${share(subset, (r) => r.understood.time?.value === r.answers.time)}`,
    ...(groups
      ? [
          `groups=${share(subset, (r) => sameSet(r.understood.groups?.map((g) => g.value) ?? [], r.answers.groups ?? []))}`,
        ]
      : []),
  ];
  return `reader: ${label}${fields.join(' ')}`;
}

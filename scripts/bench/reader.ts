/**
 * `npm run bench:reader`: how well the free-text reader reads real goals it
 * was not written against. Reads `scripts/bench/intents/reader-dev.json` (real
 * public posts, each with the asker's words and hand-labelled answers; see its
 * `about`) and prints, for all entries and then for each half:
 *
 *   reader: n=35 goals_exact=… goals_jaccard=… first_goal=… field=… country=… audience=… in_person=… budget=… time=… groups=…
 *
 * Same figures as the `reader:` lines of `npm run bench:intents`: each is the
 * share of entries where the reader's `understood` agrees with the labels
 * (both absent agrees; a value read where the labels have none does not).
 * `goals_exact` compares goals as a set, `goals_jaccard` is their mean overlap
 * |A∩B|/|A∪B|, `first_goal` compares the most important one; for `in_person`
 * "either" and absent agree; `groups` compares the groups as a set.
 *
 * The halves are fixed by position: entries 0, 2, 4, … are `tune`, entries
 * 1, 3, 5, … `held-out`. Tune the rules on the tune half only. `--verbose`
 * prints each tune entry's reading (never the held-out ones).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { answersSchema, type ParsedAnswerFields } from '#src/features/recommend/rules/answers.ts';
import { readGoal, type Understood } from '#src/features/recommend/rules/read-goal.ts';

interface Entry {
  id: string;
  url: string;
  text: string;
  answers: ParsedAnswerFields;
}

const { goals } = JSON.parse(readFileSync(join(import.meta.dirname, 'intents/reader-dev.json'), 'utf8')) as {
  goals: Entry[];
};
const verbose = process.argv.includes('--verbose');

interface Row {
  entry: Entry;
  split: 'tune' | 'held-out';
  understood: Understood;
}

const rows: Row[] = goals.map((entry, i) => {
  // The labels are quiz answers: a typo in a key fails here rather than scoring as a miss.
  const labels = answersSchema.safeParse(entry.answers);
  if (!labels.success) throw new Error(`${entry.id}: ${labels.error.message}`);
  const split = i % 2 === 0 ? 'tune' : 'held-out';
  const { understood } = readGoal(entry.text);
  if (verbose && split === 'tune') {
    const read = {
      goals: understood.goals.map((g) => `${g.value} (${g.words})`),
      audience: understood.audience?.value,
      field: understood.field?.value,
      country: understood.country?.value,
      inPerson: understood.inPerson?.value,
      budget: understood.budget?.value,
      time: understood.time?.value,
      groups: understood.groups?.map((g) => g.value),
    };
    console.error(`tune ${entry.id}\n  read   ${JSON.stringify(read)}\n  wanted ${JSON.stringify(entry.answers)}`);
  }
  return { entry, split, understood };
});

const mean = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
/** Share of `subset` where `agrees` holds (or its mean, for a number), three decimals. */
const share = (subset: Row[], agrees: (r: Row) => boolean | number) =>
  mean(subset.map((r) => Number(agrees(r)))).toFixed(3);

/** |A∩B| / |A∪B| of two lists, 1 when both are empty. */
function jaccard(a: readonly string[], b: readonly string[]): number {
  const union = new Set([...a, ...b]);
  return union.size === 0 ? 1 : a.filter((x) => b.includes(x)).length / union.size;
}
const sameSet = (a: readonly string[], b: readonly string[]) =>
  new Set(a).size === new Set(b).size && jaccard(a, b) === 1;

function readerLine(label: string, subset: Row[]): string {
  const read = (r: Row) => r.understood.goals.map((g) => g.value);
  const want = (r: Row) => r.entry.answers.goals ?? [];
  const country = (r: Row) => r.entry.answers.country ?? r.entry.answers.region;
  const inPerson = (v: string | undefined) => (v === 'either' ? undefined : v);
  const fields = [
    `n=${subset.length}`,
    `goals_exact=${share(subset, (r) => sameSet(read(r), want(r)))}`,
    `goals_jaccard=${share(subset, (r) => jaccard(read(r), want(r)))}`,
    `first_goal=${share(subset, (r) => read(r)[0] === want(r)[0])}`,
    `field=${share(subset, (r) => r.understood.field?.value === r.entry.answers.field)}`,
    `country=${share(subset, (r) => r.understood.country?.value === country(r))}`,
    `audience=${share(subset, (r) => r.understood.audience?.value === r.entry.answers.audience)}`,
    `in_person=${share(subset, (r) => inPerson(r.understood.inPerson?.value) === inPerson(r.entry.answers.inPerson))}`,
    `budget=${share(subset, (r) => r.understood.budget?.value === r.entry.answers.budget)}`,
    `time=${share(subset, (r) => r.understood.time?.value === r.entry.answers.time)}`,
    `groups=${share(subset, (r) => sameSet(r.understood.groups?.map((g) => g.value) ?? [], r.entry.answers.groups ?? []))}`,
  ];
  return `reader: ${label}${fields.join(' ')}`;
}

console.log(readerLine('', rows));
for (const split of ['tune', 'held-out'] as const)
  console.log(
    readerLine(
      `split=${split} `,
      rows.filter((r) => r.split === split),
    ),
  );

/**
 * `npm run bench:reader`: how well the free-text reader reads real goals it
 * was not written against. Reads `scripts/bench/intents/reader-dev.json` (real
 * public posts, each with the asker's words and hand-labelled answers; see its
 * `about`) and prints, for all entries and then for each half:
 *
 *   reader: n=… goals_exact=… goals_jaccard=… first_goal=… field=… country=… audience=… in_person=… budget=… time=… groups=…
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
 *
 * `--file=<path>` reads another set in the same format instead. Where its entries say `"split": "dev"` (a set
 * to measure the reader on unseen text, e.g. `intents/reader-dev-2026-12-08.json`), every entry is `dev`: one
 * line, `split=dev`, and `--verbose` prints none of them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { answersSchema, type ParsedAnswerFields } from '#src/features/recommend/rules/answers.ts';
import { readGoal, type Understood } from '#src/features/recommend/rules/read-goal.ts';
import { readerLine } from './reader-line.ts';

interface Entry {
  id: string;
  url: string;
  /** Only `dev` is read: a set kept whole for measuring. Absent: the halves by position. */
  split?: 'dev';
  text: string;
  answers: ParsedAnswerFields;
}

const fileArg = process.argv.find((a) => a.startsWith('--file='))?.slice('--file='.length);
const file = fileArg ?? join(import.meta.dirname, 'intents/reader-dev.json');
const { goals } = JSON.parse(readFileSync(file, 'utf8')) as { goals: Entry[] };
const verbose = process.argv.includes('--verbose');

interface Row {
  entry: Entry;
  split: 'tune' | 'held-out' | 'dev';
  understood: Understood;
}

const rows: Row[] = goals.map((entry, i) => {
  // The labels are quiz answers: a typo in a key fails here rather than scoring as a miss.
  const labels = answersSchema.safeParse(entry.answers);
  if (!labels.success) throw new Error(`${entry.id}: ${labels.error.message}`);
  const split = entry.split === 'dev' ? 'dev' : i % 2 === 0 ? 'tune' : 'held-out';
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

/** The rows as the reader line reads them: what was understood, and the hand-made labels. */
const labelled = (subset: Row[]) => subset.map((r) => ({ understood: r.understood, answers: r.entry.answers }));

console.log(readerLine('', labelled(rows), { groups: true }));
for (const split of ['tune', 'held-out', 'dev'] as const) {
  const subset = rows.filter((r) => r.split === split);
  if (subset.length > 0) console.log(readerLine(`split=${split} `, labelled(subset), { groups: true }));
}

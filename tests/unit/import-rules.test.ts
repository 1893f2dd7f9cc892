/**
 * The layout rules in eslint.config.mjs are import restrictions, and a restriction that matches nothing fails
 * silently: the `#src/…` patterns once matched nothing (gitignore-style, a leading `#` is a comment), and a later
 * block once replaced the pure-rules block for every feature's rules/. These checks ask ESLint for the setting it
 * really applies to a file of each kind and lint a one-line import with it.
 */
import { readdirSync } from 'node:fs';
import { ESLint, Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const eslint = new ESLint({ cwd: root });
const linter = new Linter({ cwd: root });

/** The no-restricted-imports setting ESLint applies to `file` (a path from the repository's root). */
async function settingFor(file: string): Promise<Linter.RuleEntry> {
  const config = (await eslint.calculateConfigForFile(file)) as { rules?: Record<string, Linter.RuleEntry> };
  return config.rules?.['no-restricted-imports'] ?? 'off';
}

/** The messages no-restricted-imports gives `import '<source>'` in `file` (a path from the repository's root). */
async function reported(file: string, source: string): Promise<string[]> {
  const setting = await settingFor(file);
  const messages = linter.verify(
    `import '${source}';\n`,
    [
      {
        // A pattern ending in `*` alone does not make ESLint lint a file; the virtual script files end in `.ts`.
        files: ['**/*.{ts,astro}'],
        languageOptions: { parser: tseslint.parser },
        rules: { 'no-restricted-imports': setting },
      },
    ],
    `${root}${file}`,
  );
  // Anything but this rule's reports (no matching configuration, a parse error) would pass for a report.
  const other = messages.filter((message) => message.ruleId !== 'no-restricted-imports');
  if (other.length > 0) throw new Error(other.map((message) => message.message).join('\n'));
  return messages.map((message) => message.message);
}

const features = readdirSync(new URL('src/features/', `file://${root}`), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

describe('import rules (eslint.config.mjs)', () => {
  beforeAll(async () => {
    await eslint.calculateConfigForFile('src/pages/index.astro');
  }, 60_000);

  it('pages reach a feature and the catalogue through their index.ts', async () => {
    expect(await reported('src/pages/x.astro', '#src/features/recommend/rules/read-goal.ts')).toHaveLength(1);
    expect(await reported('src/pages/x.astro', '#src/features/reviews/queries/reviews.ts')).toHaveLength(1);
    expect(await reported('src/pages/x.astro', '#src/catalogue/taxonomy.ts')).toHaveLength(1);
    expect(await reported('functions/x/router.ts', '#src/features/reviews/actions/submit.ts')).toHaveLength(1);
    expect(await reported('src/pages/x.astro', '#src/features/recommend/index.ts')).toEqual([]);
    expect(await reported('src/pages/x.astro', '#src/catalogue/index.ts')).toEqual([]);
    expect(await reported('src/pages/x.astro', '#src/catalogue/components/SiteCard.astro')).toEqual([]);
  });

  it("a page's <script> loads browser code, never the taxonomy or a feature's rules", async () => {
    const script = 'src/pages/x.astro/1_1.ts';
    expect(await reported(script, '#src/features/recommend/browser/quiz.ts')).toEqual([]);
    expect(await reported(script, '#src/catalogue/vocabulary.ts')).toEqual([]);
    expect(await reported(script, '#src/catalogue/taxonomy.ts')).not.toEqual([]);
    expect(await reported(script, '#src/features/recommend/rules/read-goal.ts')).not.toEqual([]);
  });

  it.each(features)("no other feature imports %s's internals", async (feature) => {
    const other = features.find((f) => f !== feature) ?? '';
    for (const inner of ['queries', 'actions', 'browser']) {
      expect(await reported(`src/features/${other}/index.ts`, `#src/features/${feature}/${inner}/x.ts`)).toHaveLength(
        1,
      );
    }
    expect(await reported(`src/features/${other}/index.ts`, `#src/features/${feature}/rules/x.ts`)).toHaveLength(1);
    expect(await reported(`src/features/${other}/index.ts`, `#src/features/${feature}/index.ts`)).toEqual([]);
    expect(await reported(`src/features/${feature}/index.ts`, `#src/features/${feature}/rules/x.ts`)).toEqual([]);
  });

  it.each(features)(
    '%s imports nothing outside itself by a relative path (a relative path escapes the rules above)',
    async (feature) => {
      const other = features.find((f) => f !== feature) ?? '';
      const files = [
        `src/features/${feature}/rules/x.ts`,
        `src/features/${feature}/components/X.astro`,
        `src/features/${feature}/browser/x.ts`,
        `src/features/${feature}/components/X.astro/1_1.ts`,
      ];
      for (const file of files) {
        expect(await reported(file, `../../${other}/queries/x.ts`)).not.toEqual([]);
        expect(await reported(file, '../../../catalogue/taxonomy.ts')).not.toEqual([]);
        expect(await reported(file, '../rules/x.ts')).toEqual([]);
        expect(await reported(file, './y.ts')).toEqual([]);
      }
      expect(await reported(`src/features/${feature}/index.ts`, `../${other}/rules/x.ts`)).not.toEqual([]);
      expect(await reported(`src/features/${feature}/index.ts`, './rules/x.ts')).toEqual([]);
    },
  );

  it.each(features)("%s's pure rules never touch the server, functions/, env or queries", async (feature) => {
    const file = `src/features/${feature}/rules/x.ts`;
    for (const source of ['#src/server/http.ts', '#functions/index.ts', 'cloudflare:workers', '../queries/x.ts']) {
      expect(await reported(file, source)).toHaveLength(1);
    }
  });

  it.each(['src/pages/x.astro/1_1.ts', 'src/features/compare/browser/x.ts', 'src/catalogue/components/X.astro/1_1.ts'])(
    "browser code (%s) never imports an index.ts, the server's face, except for types",
    async (file) => {
      expect(await reported(file, '#src/features/recommend/index.ts')).not.toEqual([]);
      expect(await reported(file, '#src/catalogue/index.ts')).not.toEqual([]);
      expect(await reported(file, '../index.ts')).not.toEqual([]);
      const linted = linter.verify(
        "import type { AppType } from '#functions/index.ts';\n",
        [
          {
            files: ['**/*.ts'],
            languageOptions: { parser: tseslint.parser },
            rules: { 'no-restricted-imports': await settingFor(file) },
          },
        ],
        `${root}${file}`,
      );
      expect(linted).toEqual([]);
    },
  );

  it("a feature's browser code may use another feature's pure rules, not its queries, nor the taxonomy", async () => {
    expect(await reported('src/features/compare/browser/x.ts', '#src/features/reviews/rules/summary.ts')).toEqual([]);
    expect(await reported('src/features/compare/browser/x.ts', '#src/features/reviews/queries/x.ts')).toHaveLength(1);
    expect(await reported('src/features/compare/browser/x.ts', '#src/catalogue/taxonomy.ts')).toHaveLength(1);
    expect(await reported('src/features/compare/components/X.astro', '#src/features/reviews/rules/x.ts')).toHaveLength(
      1,
    );
  });
});

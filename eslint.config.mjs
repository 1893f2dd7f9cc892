/**
 * Typed linting for the whole tree (typescript-eslint's type-checked rules)
 * plus the layout rules from README "Architecture", enforced as import
 * restrictions so a reviewer does not have to remember them.
 */
import eslint from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { readdirSync } from 'node:fs';

/*
 * The import rules. `no-restricted-imports` matches `patterns[].group` the way .gitignore does (the `ignore`
 * package), where a line starting with `#` is a comment: a pattern for the `#src/…` and `#functions/…` import aliases
 * must escape it as `\#src/…` (in the JavaScript string, `'\\#src/…'`), or it silently matches nothing.
 *
 * ESLint keeps one option set per rule for a file (the last matching block's), so every block below states all that
 * its files may not import: the blocks are built from the sets here with `restrict`.
 */

/** Every folder under src/features is a feature (DESIGN.md: one folder per feature, its public face its index.ts). */
const FEATURES = readdirSync(new URL('src/features/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

/** A feature's internals: the folders behind its index.ts (components/ are shared as they are). */
const INTERNALS = ['rules', 'queries', 'actions', 'browser'];

/**
 * Features whose index.ts is not pure: search's reads the catalogue's search files through
 * `virtual:networkwise/catalogue-runtime` (which only Vite resolves: the bench scripts run the rules in plain Node) and
 * re-exports intent.ts, which imports compare's index — compare's pure rules reaching search through it would load the
 * virtual module and close a cycle. Another feature's pure rules import such a feature's `rules/` directly.
 */
const IMPURE_INDEX = ['search'];

/**
 * Another feature's internals: import its index.ts (or components/) instead. `rulesOf` lists the features whose pure
 * `rules/` the importing code may use directly.
 */
const otherFeatures = (own, rulesOf = []) => ({
  patterns: FEATURES.filter((f) => f !== own).flatMap((f) =>
    INTERNALS.filter((inner) => !(inner === 'rules' && rulesOf.includes(f))).map((inner) => ({
      group: [`\\#src/features/${f}/${inner}/*`],
      message: `Another feature's internals: import from #src/features/${f}/index.ts.`,
    })),
  ),
});

/**
 * A relative path that climbs out of a feature reaches another feature's internals, or src/, past every pattern above
 * (they name `#src/…` paths): a feature's files import what lies outside it through `#src/…`. Its files sit in one
 * folder below the feature (rules/, components/, browser/, …) and two `../` leave it; only index.ts sits at the top.
 */
const OUTSIDE_MESSAGE = 'A relative path out of the feature: import it through #src/… (another feature: its index.ts).';
const LEAVE_FEATURE = { patterns: [{ regex: '^(\\.\\./){2,}', message: OUTSIDE_MESSAGE }] };
const LEAVE_FEATURE_INDEX = { patterns: [{ regex: '^\\.\\./', message: OUTSIDE_MESSAGE }] };

/** Pure rules never touch env, a request or the database. */
const PURE_RULES = {
  paths: [{ name: 'cloudflare:workers', message: 'Pure rules never read env: take what you need as an argument.' }],
  patterns: [
    {
      group: ['\\#src/server/*', '\\#functions/*', '**/queries/*'],
      message: 'Pure rules never touch requests or D1.',
    },
  ],
};

/**
 * Code that runs in the browser: the feature's `browser/` scripts and the `<script>` blocks of Astro components and
 * pages (Astro bundles each non-inline `<script>` for the client; eslint-plugin-astro lints each as a virtual
 * `<file>.astro/<n>_<n>.ts`).
 */
const BROWSER_FILES = ['src/**/browser/**/*.ts', 'src/**/*.astro/*.ts', 'src/**/*.astro/*.js'];

/**
 * Browser code never imports the taxonomy, the reader's word lists or the reader: each carries every field's words in
 * many languages, and a site page's review script once shipped them all through `taxonomy.ts` (its JavaScript went over
 * the 10 kB budget). The purposes and vocabulary helpers are in `#src/catalogue/vocabulary.ts` for the browser.
 * Only direct imports are checked: a module the browser imports must not import these either.
 */
const BROWSER_ONLY = [
  {
    group: ['**/taxonomy', '**/taxonomy.*', '**/lexicon*', '**/read-goal', '**/read-goal.*'],
    message:
      'Browser code must not import the taxonomy, the lexicons or the reader (every word in many languages; 10 kB JS budget): import #src/catalogue/vocabulary.ts.',
  },
  // An index.ts is a feature's (or the catalogue's, or the API's) face for the server: it re-exports D1 queries,
  // actions, the taxonomy or every entry, so the browser imports the one browser-safe module it needs (types are free).
  {
    group: ['**/index', '**/index.*'],
    allowTypeImports: true,
    message:
      "Browser code must not import an index.ts (the server's face: queries, actions, the taxonomy): import the module it needs.",
  },
];

const CATALOGUE_READERS = [
  { name: 'virtual:networkwise/catalogue', message: 'Read the catalogue through #src/catalogue/index.ts.' },
  { name: 'virtual:networkwise/catalogue-runtime', message: 'Read the catalogue through #src/catalogue/index.ts.' },
];
const pageInternals = (inners) =>
  inners.map((inner) => ({
    group: [`\\#src/features/*/${inner}/*`],
    message: "Import the feature's index.ts instead of its internals.",
  }));

/** What pages (and functions/) may not import. */
const PAGE_RESTRICTIONS = {
  paths: CATALOGUE_READERS,
  patterns: [
    ...pageInternals(INTERNALS),
    {
      group: ['\\#src/catalogue/*', '!\\#src/catalogue/index.ts', '!\\#src/catalogue/components'],
      message: 'Import #src/catalogue/index.ts.',
    },
  ],
};

/**
 * What a page's `<script>` blocks may not import: as a page, except that a script loads its feature's `browser/` code
 * and `#src/catalogue/vocabulary.ts` directly — a feature's index.ts and the catalogue's are the server's face (D1
 * queries, actions, the taxonomy and every entry), which must not reach the bundle.
 */
const PAGE_SCRIPT_RESTRICTIONS = {
  paths: CATALOGUE_READERS,
  patterns: [
    ...pageInternals(INTERNALS.filter((inner) => inner !== 'browser')),
    {
      group: [
        '\\#src/catalogue/*',
        '!\\#src/catalogue/index.ts',
        '!\\#src/catalogue/components',
        '!\\#src/catalogue/vocabulary.ts',
      ],
      message: 'Import #src/catalogue/index.ts (browser code: #src/catalogue/vocabulary.ts).',
    },
  ],
};

/** One `no-restricted-imports` setting from several sets of paths and patterns. */
const restrict = (...sets) => [
  'error',
  { paths: sets.flatMap((set) => set.paths ?? []), patterns: sets.flatMap((set) => set.patterns ?? []) },
];

export default defineConfig(
  {
    ignores: [
      'dist/',
      '.astro/',
      '.wrangler/',
      'node_modules/',
      'worker-configuration.d.ts',
      'test-results/',
      'bench-results/',
    ],
  },
  eslint.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // Async DOM event listeners are fine: the browser ignores what they return.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
    },
  },
  // Tests: matchers (expect.any, expect.objectContaining) are typed `any`, and test doubles implement async interfaces.
  {
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/await-thenable': 'off',
    },
  },
  // Astro components: the recommended rules, without type information.
  ...astro.configs.recommended,
  {
    files: ['**/*.astro', '**/*.astro/*.ts'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.mjs', 'tests/support/serve-built.d.mts'],
    ...tseslint.configs.disableTypeChecked,
  },
  // Pure rules never touch env, a request or the database.
  {
    files: ['src/**/rules/**/*.ts', 'src/catalogue/*.ts', 'src/shared/**/*.ts'],
    ignores: ['src/catalogue/index.ts'],
    rules: { 'no-restricted-imports': restrict(PURE_RULES) },
  },
  // Pages reach a feature through its index.ts (and its components), never its internals or the server's middleware.
  {
    files: ['src/pages/**/*.{ts,astro}', 'functions/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(PAGE_RESTRICTIONS) },
  },
  // No feature reaches into another's internals; a feature's pure rules stay pure too.
  ...FEATURES.flatMap((feature) => [
    {
      files: [`src/features/${feature}/**/*.{ts,astro}`],
      rules: { 'no-restricted-imports': restrict(otherFeatures(feature), LEAVE_FEATURE) },
    },
    {
      files: [`src/features/${feature}/*.ts`],
      rules: { 'no-restricted-imports': restrict(otherFeatures(feature), LEAVE_FEATURE_INDEX) },
    },
    {
      files: [`src/features/${feature}/rules/**/*.ts`],
      rules: { 'no-restricted-imports': restrict(PURE_RULES, otherFeatures(feature, IMPURE_INDEX), LEAVE_FEATURE) },
    },
  ]),
  // Browser code: last, so that these blocks win for the browser files the blocks above also match.
  {
    files: BROWSER_FILES,
    rules: { 'no-restricted-imports': restrict({ patterns: BROWSER_ONLY }) },
  },
  {
    files: ['src/pages/**/*.astro/*.{ts,js}'],
    rules: { 'no-restricted-imports': restrict(PAGE_SCRIPT_RESTRICTIONS, { patterns: BROWSER_ONLY }) },
  },
  // A feature's browser code may use another feature's pure rules directly: that feature's index.ts also re-exports
  // its D1 queries and actions (server-only), which must not reach the bundle. BROWSER_ONLY still keeps out the big ones.
  ...FEATURES.map((feature) => ({
    files: BROWSER_FILES.map((glob) => glob.replace('src/**/', `src/features/${feature}/**/`)),
    rules: {
      'no-restricted-imports': restrict(otherFeatures(feature, FEATURES), { patterns: BROWSER_ONLY }, LEAVE_FEATURE),
    },
  })),
);

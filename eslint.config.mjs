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

/**
 * `no-restricted-imports` matches `patterns[].group` the way .gitignore does (the `ignore` package), where a line
 * starting with `#` is a comment: a pattern for the `#src/…` and `#functions/…` import aliases must escape it as
 * `\\#src/…` (in the JavaScript string, `'\\\\#src/…'`), or it silently matches nothing.
 */
const FEATURES = ['search', 'reviews', 'recommend', 'compare', 'purposes', 'directories'];

/** Another feature's internals: import its index.ts (or components/) instead. */
const otherFeatures = (own) =>
  FEATURES.filter((f) => f !== own).flatMap((f) =>
    ['rules', 'queries', 'actions', 'browser'].map((inner) => ({
      group: [`\\#src/features/${f}/${inner}/*`],
      message: `Another feature's internals: import from #src/features/${f}/index.ts.`,
    })),
  );

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
];

/** What pages (and their `<script>` blocks) may not import. */
const PAGE_RESTRICTIONS = {
  paths: [
    { name: 'virtual:networkwise/catalogue', message: 'Read the catalogue through #src/catalogue/index.ts.' },
    {
      name: 'virtual:networkwise/catalogue-runtime',
      message: 'Read the catalogue through #src/catalogue/index.ts.',
    },
  ],
  patterns: [
    ...['rules', 'queries', 'actions', 'browser'].map((inner) => ({
      group: [`\\#src/features/*/${inner}/*`],
      message: "Import the feature's index.ts instead of its internals.",
    })),
    {
      group: ['\\#src/catalogue/*', '!\\#src/catalogue/index.ts', '!\\#src/catalogue/components'],
      message: 'Import #src/catalogue/index.ts.',
    },
  ],
};

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
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'cloudflare:workers', message: 'Pure rules never read env: take what you need as an argument.' },
          ],
          patterns: [
            {
              group: ['\\#src/server/*', '\\#functions/*', '**/queries/*'],
              message: 'Pure rules never touch requests or D1.',
            },
          ],
        },
      ],
    },
  },
  // Pages reach a feature through its index.ts (and its components), never its internals or the server's middleware.
  {
    files: ['src/pages/**/*.{ts,astro}', 'functions/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', PAGE_RESTRICTIONS] },
  },
  // No feature reaches into another's internals.
  ...FEATURES.map((feature) => ({
    files: [`src/features/${feature}/**/*.{ts,astro}`],
    rules: { 'no-restricted-imports': ['error', { patterns: otherFeatures(feature) }] },
  })),
  // Browser code: last, because ESLint keeps one option set per rule (the last matching block's), so the blocks
  // restate what the file's folder forbids (a page's or a feature's rules) and add BROWSER_ONLY.
  {
    files: BROWSER_FILES,
    rules: { 'no-restricted-imports': ['error', { patterns: BROWSER_ONLY }] },
  },
  {
    files: ['src/pages/**/*.astro/*.{ts,js}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: PAGE_RESTRICTIONS.paths, patterns: [...PAGE_RESTRICTIONS.patterns, ...BROWSER_ONLY] },
      ],
    },
  },
  ...FEATURES.map((feature) => ({
    files: BROWSER_FILES.map((glob) => glob.replace('src/**/', `src/features/${feature}/**/`)),
    rules: { 'no-restricted-imports': ['error', { patterns: [...otherFeatures(feature), ...BROWSER_ONLY] }] },
  })),
);

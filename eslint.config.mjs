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

const FEATURES = ['search', 'reviews', 'recommend', 'compare', 'purposes', 'directories'];

/** Another feature's internals: import its index.ts (or components/) instead. */
const otherFeatures = (own) =>
  FEATURES.filter((f) => f !== own).flatMap((f) =>
    ['rules', 'queries', 'actions', 'browser'].map((inner) => ({
      group: [`#src/features/${f}/${inner}/*`],
      message: `Another feature's internals: import from #src/features/${f}/index.ts.`,
    })),
  );

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
              group: ['#src/server/*', '#functions/*', '*/queries/*'],
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
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'virtual:networkwise/catalogue', message: 'Read the catalogue through #src/catalogue/index.ts.' },
            {
              name: 'virtual:networkwise/catalogue-runtime',
              message: 'Read the catalogue through #src/catalogue/index.ts.',
            },
          ],
          patterns: [
            ...['rules', 'queries', 'actions', 'browser'].map((inner) => ({
              group: [`#src/features/*/${inner}/*`],
              message: "Import the feature's index.ts instead of its internals.",
            })),
            {
              group: ['#src/catalogue/*', '!#src/catalogue/index.ts', '!#src/catalogue/components'],
              message: 'Import #src/catalogue/index.ts.',
            },
          ],
        },
      ],
    },
  },
  // No feature reaches into another's internals.
  ...FEATURES.map((feature) => ({
    files: [`src/features/${feature}/**/*.{ts,astro}`],
    rules: { 'no-restricted-imports': ['error', { patterns: otherFeatures(feature) }] },
  })),
);

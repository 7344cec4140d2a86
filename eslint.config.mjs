// ESLint 9 flat config: Next's core-web-vitals and TypeScript rules, the full jsx-a11y
// recommended set (Next enables only a few of its rules), and import/no-cycle so that feature
// folders cannot grow circular dependencies.
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import jsxA11y from 'eslint-plugin-jsx-a11y';

const a11yRules = Object.fromEntries(
  Object.entries(jsxA11y.flatConfigs.recommended.rules).map(([rule, setting]) => [rule, setting]),
);

const config = [
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      ...a11yRules,
      'import/no-cycle': ['error', { maxDepth: 10, ignoreExternal: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // SQL belongs in lib/ data-access modules only.
      'no-restricted-imports': 'off',
    },
    settings: {
      'import/resolver': { typescript: { project: './tsconfig.json' } },
      // Don't parse dependencies for no-cycle (PGlite's bundle overflows the parser's stack).
      'import/ignore': ['node_modules'],
    },
  },
  {
    files: ['app/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}'],
    rules: {
      // Pages, components and route handlers never build SQL: they call lib/ functions.
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'kysely', message: 'SQL lives in lib/ data-access modules; call a named function from there.' },
            { name: 'pg', message: 'SQL lives in lib/ data-access modules.' },
            { name: '@electric-sql/pglite', message: 'SQL lives in lib/ data-access modules.' },
            { name: '@neondatabase/serverless', message: 'SQL lives in lib/ data-access modules.' },
          ],
          // The synthetic generator and the publishing pipeline run in scripts (data:generate,
          // data:build); pages read only what they published, through lib/stats/read-datasets and
          // lib/stats/views.
          patterns: [
            {
              group: ['@/lib/stats/synthetic', '@/lib/stats/synthetic/*', '**/lib/stats/synthetic', '**/lib/stats/synthetic/*'],
              message: 'The synthetic generator is for the data scripts; pages read the published datasets (lib/stats/read-datasets, lib/stats/views).',
            },
            {
              group: ['@/lib/stats/pipeline', '@/lib/stats/pipeline/*', '**/lib/stats/pipeline', '**/lib/stats/pipeline/*'],
              message: 'The publishing pipeline is for npm run data:build; pages read the published datasets (lib/stats/read-datasets, lib/stats/views).',
            },
          ],
        },
      ],
    },
  },
  {
    ignores: ['.next/**', '.next-e2e/**', 'node_modules/**', '.data/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**', '.test-results/**'],
  },
];

export default config;

// ESLint 9 flat config: Next's core-web-vitals and TypeScript rules, the full jsx-a11y
// recommended set (Next enables only a few of its rules), and import/no-cycle so that feature
// folders cannot grow circular dependencies.
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import jsxA11y from 'eslint-plugin-jsx-a11y';

const a11yRules = Object.fromEntries(
  Object.entries(jsxA11y.flatConfigs.recommended.rules).map(([rule, setting]) => [rule, setting]),
);

// Pages, components and route handlers never build SQL: they call lib/ functions.
const RESTRICTED_PATHS = [
  { name: 'kysely', message: 'SQL lives in lib/ data-access modules; call a named function from there.' },
  { name: 'pg', message: 'SQL lives in lib/ data-access modules.' },
  { name: '@electric-sql/pglite', message: 'SQL lives in lib/ data-access modules.' },
  { name: '@neondatabase/serverless', message: 'SQL lives in lib/ data-access modules.' },
];

// The synthetic generator and the publishing pipeline run in scripts (data:generate,
// data:build); pages read only what they published, through lib/stats/read-datasets and
// lib/stats/views.
const RESTRICTED_PATTERNS = [
  {
    group: ['@/lib/stats/synthetic', '@/lib/stats/synthetic/*', '**/lib/stats/synthetic', '**/lib/stats/synthetic/*'],
    message: 'The synthetic generator is for the data scripts; pages read the published datasets (lib/stats/read-datasets, lib/stats/views).',
  },
  {
    group: ['@/lib/stats/pipeline', '@/lib/stats/pipeline/*', '**/lib/stats/pipeline', '**/lib/stats/pipeline/*'],
    message: 'The publishing pipeline is for npm run data:build; pages read the published datasets (lib/stats/read-datasets, lib/stats/views).',
  },
];

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
      'no-restricted-imports': ['error', { paths: RESTRICTED_PATHS, patterns: RESTRICTED_PATTERNS }],
    },
  },
  {
    // The calculator forms load with the page; lib/tax (its schemas and zod) comes later, on the
    // form's first focus (use-calculator.ts `load`). Their fields come from lib/calculators/*-fields.
    files: ['components/calculators/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...RESTRICTED_PATHS,
            { name: 'zod', message: 'Validation runs in the lazily loaded calculator (lib/calculators/*-form), not in the page’s first load.' },
            { name: '@/lib/tax', message: 'Import the leaf module (a type, a constant); the calculator itself is loaded lazily (use-calculator.ts).' },
          ],
          patterns: [
            ...RESTRICTED_PATTERNS,
            {
    group: ['@/lib/tax/schemas', '@/lib/tax/schemas/*', '@/lib/calculators/*-form', '@/lib/calculators/outcome'],
    message: 'The calculator and its schemas load on the form’s first focus: import()-them in the form’s `load`, or use lib/calculators/*-fields.',
            },
          ],
        },
      ],
    },
  },
  {
    // The dashboards' first view is drawn by the server and kept as written; the code that draws a
    // view (and Recharts) loads on demand: drawings.tsx through drawings-loader.ts, stats-chart.tsx
    // through chart-frame.tsx. The rest of the dashboard's code (its first load) imports types only.
    files: ['components/stats/**/*.{ts,tsx}'],
    ignores: ['components/stats/{drawings,static-chart,county-map,heat-map,class-legend,stats-chart}.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...RESTRICTED_PATHS, { name: 'recharts', message: 'Recharts loads when the reader reaches for a chart: only stats-chart.tsx, import()-ed by chart-frame.tsx.' }],
          patterns: [
            ...RESTRICTED_PATTERNS,
            {
              group: [
                '@/lib/stats/views/chart-drawing',
                '@/lib/stats/views/class-drawing',
                '@/lib/stats/views/table',
                '@/lib/stats/views/map',
                './drawings',
                './static-chart',
                './county-map',
                './heat-map',
                './class-legend',
                './stats-chart',
              ],
              allowTypeImports: true,
              message:
                'Drawing code is not in the dashboards’ first load: use drawings-loader.ts (useDrawings, loadDrawings), lib/stats/views/chart-input or table-format, or import a type.',
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

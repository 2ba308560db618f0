// Lint: typescript-eslint's recommended rules, plus the import direction of docs/architecture.md:
// cli → commands → engine/render/report → rules → model → source/diagnostics.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const layer = (folder, forbidden, why) => ({
  files: [`src/${folder}/**/*.ts`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...forbidden.map((f) => ({ group: [`**/${f}/**`, `../${f}/*`, `./${f}/*`], message: `${folder}/ may not import ${f}/: ${why}` })),
          { group: ['chalk', '@inquirer/*'], message: 'colours and prompts belong in src/cli' },
        ],
      },
    ],
  },
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'templates/**', 'bench/out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', performance: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      'no-console': 'error',
    },
  },
  layer('text', ['diagnostics', 'source', 'model', 'rules', 'engine', 'report', 'render', 'commands', 'cli', 'io'], 'it is a leaf of plain text functions'),
  layer('diagnostics', ['source', 'model', 'rules', 'engine', 'report', 'render', 'commands', 'cli', 'io'], 'it is the leaf every layer shares'),
  layer('source', ['model', 'rules', 'engine', 'report', 'render', 'commands', 'cli'], 'it knows YAML, not itineraries'),
  layer('model', ['rules', 'engine', 'report', 'render', 'commands', 'cli', 'io'], 'the model knows nothing of checks or output'),
  layer('rules', ['engine', 'report', 'render', 'commands', 'cli', 'io'], 'rules do no I/O and never format output'),
  layer('engine', ['report', 'render', 'commands', 'cli'], 'the engine runs rules; output is for report/'),
  layer('report', ['rules', 'engine', 'render', 'commands', 'cli', 'io', 'source'], 'formatters are pure functions of findings'),
  layer('render', ['rules', 'engine', 'report', 'commands', 'cli'], 'renderers are pure functions of the model'),
  layer('commands', ['cli'], 'commands return data; only cli/ prints'),
  { files: ['src/**/*.ts'], ignores: ['src/cli/**'], rules: { 'no-restricted-globals': ['error', { name: 'console', message: 'Only src/cli prints.' }] } },
  { files: ['scripts/**/*.mjs', 'bench/**/*.mjs', 'bin/**/*.js'], rules: { 'no-console': 'off' } },
);

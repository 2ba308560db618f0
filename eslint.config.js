// Lint: typescript-eslint's recommended rules, plus the layer rules of docs/architecture.md: the import
// direction cli → commands → engine/render/report → rules → model → source/diagnostics, with text/ a
// leaf and io/ reached only from commands and cli; console and process only in src/cli (process also in
// the two io/ files that own the process-wide state of a write: the lock's pid, the umask and uid).
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
          { group: ['node:process', 'process'], message: 'only src/cli touches process' },
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
  layer('source', ['model', 'rules', 'engine', 'report', 'render', 'commands', 'cli', 'io'], 'it knows YAML, not itineraries'),
  layer('model', ['rules', 'engine', 'report', 'render', 'commands', 'cli', 'io'], 'the model knows nothing of checks or output'),
  layer('rules', ['engine', 'report', 'render', 'commands', 'cli', 'io'], 'rules do no I/O and never format output'),
  layer('engine', ['report', 'render', 'commands', 'cli', 'io'], 'the engine runs rules; output is for report/'),
  layer('report', ['rules', 'engine', 'render', 'commands', 'cli', 'io', 'source'], 'formatters are pure functions of findings'),
  layer('render', ['rules', 'engine', 'report', 'commands', 'cli', 'io'], 'renderers are pure functions of the model'),
  layer('io', ['model', 'rules', 'engine', 'report', 'commands', 'cli'], 'io/ reads and writes files for commands; it knows no itinerary'),
  layer('commands', ['cli'], 'commands return data; only cli/ prints'),
  { files: ['src/**/*.ts'], ignores: ['src/cli/**'], rules: { 'no-restricted-globals': ['error', { name: 'console', message: 'Only src/cli prints.' }, { name: 'process', message: 'Only src/cli touches process: pass what you need in.' }] } },
  // The exception the architecture page states: the edit lock writes the process id, atomic writes read
  // the umask and uid, process-wide state that every caller would otherwise have to pass alike.
  { files: ['src/io/lock.ts', 'src/io/atomic.ts'], rules: { 'no-restricted-globals': ['error', { name: 'console', message: 'Only src/cli prints.' }] } },
  { files: ['scripts/**/*.mjs', 'bench/**/*.mjs', 'bin/**/*.js'], rules: { 'no-console': 'off' } },
);

// Bundles the CLI into dist/ with esbuild. Code splitting keeps heavy commands (prompts, templates, PDF)
// out of the start-up path: they are loaded with dynamic import() only by the commands that use them.
import { build } from 'esbuild';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';

/** Replace zod's index of all locales with English alone (see scripts/zod-locales-en.js). */
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(b) {
    b.onResolve({ filter: /locales\/index\.js$/ }, (args) =>
      args.importer.includes(`${'node_modules'}/zod/`) ? { path: new URL('./zod-locales-en.js', import.meta.url).pathname } : undefined,
    );
  },
};

/**
 * Modules loaded only when needed, synchronously: a `*-loader.ts` module of the sources imports its
 * module (`import * as x from './name.js'`) and returns it from its one function. In the bundle the
 * module is built on its own into dist/lazy/name.cjs, and the loader requires it on first call.
 */
const LAZY = {
  'src/model/detailed-loader.ts': 'src/model/detailed.ts',
  'src/engine/config-schema-loader.ts': 'src/engine/config-schema.ts',
  'src/rules/phone-numbers-loader.ts': 'src/rules/phone-numbers.ts',
  'src/text/string-width-loader.ts': 'src/text/string-width.ts',
};
/** Built into dist/lazy/ too, and reached through the stand-in below. */
const YAML_LIBRARY = 'src/source/yaml-library.ts';
const root = new URL('..', import.meta.url).pathname;
const lazyLoaders = {
  name: 'lazy-loaders',
  setup(b) {
    b.onResolve({ filter: /\/lazy\/[\w-]+\.cjs$/ }, (args) => ({ path: args.path, external: true }));
    b.onLoad({ filter: /-loader\.ts$/ }, (args) => {
      const relative = args.path.slice(root.length);
      const target = LAZY[relative];
      if (!target) return undefined;
      const source = readFileSync(args.path, 'utf8');
      const name = /export function (\w+)\(/.exec(source)?.[1];
      if (!name) throw new Error(`${relative}: no exported function`);
      const file = `lazy/${basename(target, '.ts')}.cjs`;
      // The chunk is in dist/ or dist/chunks/; \`require\` is the chunk's own (see the banner).
      return {
        loader: 'js',
        resolveDir: dirname(args.path),
        contents: `let loaded;\nexport function ${name}() {\n  return (loaded ??= require(import.meta.url.slice(0, import.meta.url.lastIndexOf('/')).endsWith('/chunks') ? '../${file}' : './${file}'));\n}\n`,
      };
    });
  },
};

/**
 * `yaml` in the command: a stand-in with the same names that requires dist/lazy/yaml-library.cjs the
 * first time one is used. Functions are called through, classes are proxies (new, statics and
 * instanceof reach the real class), and visit keeps its BREAK, SKIP and REMOVE.
 */
const YAML_FUNCTIONS = ['parseDocument', 'parse', 'parseAllDocuments', 'stringify', 'isMap', 'isPair', 'isScalar', 'isSeq', 'isNode', 'isCollection', 'isDocument', 'isAlias'];
const YAML_CLASSES = ['Document', 'LineCounter', 'Scalar', 'YAMLMap', 'YAMLSeq', 'Pair', 'YAMLParseError', 'YAMLError'];
const yamlStandIn = {
  name: 'yaml-stand-in',
  setup(b) {
    b.onResolve({ filter: /^yaml$/ }, (args) => (args.importer.startsWith(`${root}src/`) ? { path: 'yaml', namespace: 'yaml-stand-in' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'yaml-stand-in' }, () => ({
      loader: 'js',
      resolveDir: `${root}src/source`,
      contents: [
        'let real;',
        "const load = () => (real ??= require(import.meta.url.slice(0, import.meta.url.lastIndexOf('/')).endsWith('/chunks') ? '../lazy/yaml-library.cjs' : './lazy/yaml-library.cjs'));",
        'const call = (name) => (...args) => load()[name](...args);',
        "const proxy = (name) => new Proxy(function () {}, { construct: (_, args) => new (load()[name])(...args), get: (_, key) => (key === 'prototype' ? load()[name].prototype : Reflect.get(load()[name], key)) });",
        ...YAML_FUNCTIONS.map((name) => `export const ${name} = call(${JSON.stringify(name)});`),
        ...YAML_CLASSES.map((name) => `export const ${name} = proxy(${JSON.stringify(name)});`),
        "export const visit = Object.defineProperties(call('visit'), Object.fromEntries(['BREAK', 'SKIP', 'REMOVE'].map((key) => [key, { get: () => load().visit[key] }])));",
      ].join('\n'),
    }));
  },
};

/**
 * The shape check's validators, generated from schema/itinerary.schema.json by Ajv (standalone code):
 * the command runs them without Ajv (src/model/shape-validators.ts is what the sources use instead).
 */
async function shapeValidatorsCode() {
  const built = await build({ entryPoints: [`${root}src/model/shape-schemas.ts`], bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'warning' });
  const { SHAPE_AJV_OPTIONS, SHAPE_UNITS, shapeSchemas } = await import(`data:text/javascript;base64,${Buffer.from(built.outputFiles[0].text).toString('base64')}`);
  const units = shapeSchemas(JSON.parse(readFileSync(`${root}schema/itinerary.schema.json`, 'utf8')));
  const ajv = new Ajv2020({ ...SHAPE_AJV_OPTIONS, code: { source: true, esm: true, lines: false } });
  for (const unit of SHAPE_UNITS) ajv.addSchema(units[unit].schema, unit);
  const code = standaloneCode(ajv, Object.fromEntries(SHAPE_UNITS.map((unit) => [`check_${unit}`, unit])));
  const orders = Object.fromEntries(SHAPE_UNITS.map((unit) => [unit, units[unit].order]));
  return `${code}\nconst ORDERS = ${JSON.stringify(orders)};\nconst VALIDATORS = { ${SHAPE_UNITS.map((unit) => `${JSON.stringify(unit)}: { check: check_${unit}, order: ORDERS[${JSON.stringify(unit)}] }`).join(', ')} };\nexport function shapeValidators() {\n  return VALIDATORS;\n}\n`;
}
const shapeCode = await shapeValidatorsCode();
const shapeValidators = {
  name: 'shape-validators',
  setup(b) {
    b.onLoad({ filter: /src\/model\/shape-validators\.ts$/ }, (args) => ({ loader: 'js', resolveDir: dirname(args.path), contents: shapeCode }));
  },
};

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: { cli: 'src/cli/main.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  legalComments: 'none',
  chunkNames: 'chunks/[name]-[hash]',
  // playwright-core is large and resolves files at run time; it stays a normal dependency.
  external: ['playwright-core'],
  define: { __DELEGATION_VERSION__: JSON.stringify(pkg.version) },
  banner: { js: "import { createRequire as __delegationCreateRequire } from 'node:module'; const require = __delegationCreateRequire(import.meta.url);" },
  minify: true,
  keepNames: false,
  plugins: [zodEnglishOnly, lazyLoaders, shapeValidators, yamlStandIn],
  logLevel: 'warning',
});

// The lazily required modules, each a bundle of its own (CommonJS, so that require() loads it at once).
await build({
  entryPoints: Object.fromEntries([...Object.values(LAZY), YAML_LIBRARY].map((target) => [basename(target, '.ts'), target])),
  outdir: 'dist/lazy',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  legalComments: 'none',
  minify: true,
  plugins: [zodEnglishOnly],
  logLevel: 'warning',
});

// The overall help lists every command without loading them: their names, arguments and descriptions,
// taken from the built commands themselves.
const { commandOutlines } = await import(new URL('../dist/cli.js', import.meta.url).href);
writeFileSync(new URL('../dist/commands.json', import.meta.url), `${JSON.stringify(await commandOutlines(), null, 1)}\n`);

// Bundles the CLI into dist/ with esbuild. Code splitting keeps heavy commands (prompts, templates, PDF)
// out of the start-up path: they are loaded with dynamic import() only by the commands that use them.
import { build } from 'esbuild';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';

/** Replace zod's index of all locales with English alone (see scripts/zod-locales-en.js). */
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(b) {
    b.onResolve({ filter: /locales\/index\.js$/ }, (args) =>
      args.importer.includes(`${'node_modules'}/zod/`) ? { path: new URL('./zod-locales-en.js', import.meta.url).pathname } : undefined,
    );
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
  plugins: [zodEnglishOnly],
  logLevel: 'warning',
});

// The overall help lists every command without loading them: their names, arguments and descriptions,
// taken from the built commands themselves.
const { commandOutlines } = await import(new URL('../dist/cli.js', import.meta.url).href);
writeFileSync(new URL('../dist/commands.json', import.meta.url), `${JSON.stringify(await commandOutlines(), null, 1)}\n`);

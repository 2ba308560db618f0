// Each command line loads only the code it runs: the built command is run with a module hook that
// records every file Node loads, and the source maps of the loaded files of dist/ say which modules
// (ours and the libraries') they hold.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers/cli.js';
import { addOutlines, buildFullProgram, outlineCommands } from '../../src/cli/program.js';
import { Command } from 'commander';

const temp = mkdtempSync(join(tmpdir(), 'delegation-lazy-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
const EXAMPLE = join(ROOT, 'itineraries', 'liaoning-2023.yaml');

/** The modules (source paths from the source maps, libraries by package name) a command line loads. */
function modulesLoaded(args: string[]): Set<string> {
  const log = join(temp, `log-${Math.random().toString(36).slice(2)}`);
  const hooks = join(temp, 'hooks.mjs');
  writeFileSync(hooks, `import { appendFileSync } from 'node:fs';\nexport async function load(url, context, next) {\n  appendFileSync(${JSON.stringify(log)}, url + '\\n');\n  return next(url, context);\n}\n`);
  const register = join(temp, 'register.mjs');
  writeFileSync(register, `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`);
  // Modules required on demand (dist/lazy/*.cjs) are CommonJS: listed from require's cache at exit.
  const required = join(temp, 'required.cjs');
  writeFileSync(required, `process.on('exit', () => require('node:fs').appendFileSync(${JSON.stringify(log)}, Object.keys(require.cache).map((f) => require('node:url').pathToFileURL(f).href + '\\n').join('')));\n`);
  const r = spawnSync(process.execPath, ['--import', pathToFileURL(register).href, '--require', required, BIN, ...args], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '/usr/bin:/bin', NO_COLOR: '1' } });
  expect(r.status, String(r.stderr)).toBeLessThanOrEqual(1);
  const modules = new Set<string>();
  for (const url of readFileSync(log, 'utf8').split('\n').filter((u) => u.startsWith('file:'))) {
    const file = fileURLToPath(url);
    modules.add(file);
    if (!file.startsWith(join(ROOT, 'dist')) || !existsSync(`${file}.map`)) continue;
    const map = JSON.parse(readFileSync(`${file}.map`, 'utf8')) as { sources: string[] };
    for (const source of map.sources) {
      const library = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
      modules.add(library ? library[1]! : source.replace(/^(\.\.\/)+/, ''));
    }
  }
  return modules;
}

const DOCUMENTS = ['handlebars', '@inquirer/core', 'playwright-core', 'write-excel-file', 'src/render/change-notice.ts', 'src/render/ics.ts', 'src/render/documents.ts', 'src/commands/documents.ts', 'src/cli/add.ts'];

describe('lazy loading of commands', () => {
  it('--version loads none of the commands, the model or the libraries they use', () => {
    const loaded = modulesLoaded(['--version']);
    expect(loaded).toContain('commander');
    for (const heavy of ['zod', 'yaml', 'js-yaml', 'libphonenumber-js', 'src/cli/validate.ts', 'src/model/schema.ts', ...DOCUMENTS]) expect(loaded, heavy).not.toContain(heavy);
  });

  it('validate loads the checks, and no templates, prompts, browser, calendar or change-notice code', () => {
    const loaded = modulesLoaded(['validate', EXAMPLE]);
    for (const needed of ['src/cli/validate.ts', 'src/engine/check.ts', 'src/model/shape-check.ts', 'libphonenumber-js']) expect(loaded, needed).toContain(needed);
    for (const heavy of [...DOCUMENTS, 'src/cli/brief.ts', 'src/cli/csv.ts', 'src/cli/ics.ts', 'src/cli/init.ts']) expect(loaded, heavy).not.toContain(heavy);
  });

  it('validate of a well-formed file builds no zod schema, loads no Ajv, parses no positions and measures no text it does not print', () => {
    const loaded = modulesLoaded(['validate', EXAMPLE]);
    expect(loaded).toContain('js-yaml');
    for (const heavy of ['zod', 'ajv', 'yaml', 'src/model/schema.ts', 'src/model/detailed.ts', 'src/engine/config-schema.ts', 'string-width']) expect(loaded, heavy).not.toContain(heavy);
  });

  it('the detailed schemas, the configuration schema and the phone metadata are loaded when a file needs them', () => {
    const dir = mkdtempSync(join(temp, 'needs-'));
    const text = readFileSync(EXAMPLE, 'utf8');
    const broken = join(dir, 'broken.yaml');
    writeFileSync(broken, text.replace(/^(\s+)role: head$/m, '$1role: chief'));
    const loaded = modulesLoaded(['validate', broken]);
    for (const needed of ['zod', 'yaml', 'src/model/schema.ts', 'src/model/detailed.ts']) expect(loaded, needed).toContain(needed);
    expect(loaded).not.toContain('src/engine/config-schema.ts');

    const noPhones = join(dir, 'no-phones.yaml');
    writeFileSync(noPhones, text.split(/\r?\n/).filter((line) => !/^\s+phone:/.test(line)).join('\n'));
    const withoutPhones = modulesLoaded(['validate', noPhones]);
    expect(withoutPhones).not.toContain('libphonenumber-js');
    expect(withoutPhones).not.toContain('zod');

    writeFileSync(join(dir, 'delegation.config.yaml'), 'rules:\n  long-day: off\n');
    const configured = modulesLoaded(['validate', noPhones]);
    for (const needed of ['zod', 'src/engine/config-schema.ts']) expect(configured, needed).toContain(needed);
    expect(configured).not.toContain('src/model/schema.ts');
  });

  it('a command loads its own code and not the other commands', () => {
    const loaded = modulesLoaded(['ics', EXAMPLE, '-o', join(temp, 'visit.ics')]);
    expect(loaded).toContain('src/render/ics.ts');
    for (const other of ['src/cli/validate.ts', 'src/cli/brief.ts', 'handlebars', '@inquirer/core', 'playwright-core', 'write-excel-file']) expect(loaded, other).not.toContain(other);
  });

  it('the overall help loads no command, and lists every command as the full definitions do', async () => {
    const loaded = modulesLoaded(['--help']);
    for (const heavy of ['zod', 'yaml', 'src/cli/validate.ts', 'src/cli/brief.ts', 'src/model/schema.ts', ...DOCUMENTS]) expect(loaded, heavy).not.toContain(heavy);
    const r = spawnSync(process.execPath, [BIN, '--help'], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '/usr/bin:/bin', NO_COLOR: '1' } });
    for (const command of ['validate', 'brief', 'day-sheets', 'timetable', 'pocket', 'agenda', 'ics', 'csv', 'init', 'add', 'diff', 'schema', 'rules']) expect(r.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
    // The help of the program with every command defined in full, from the sources, at the same width.
    const full = await buildFullProgram();
    full.configureOutput({ getOutHelpWidth: () => 80 });
    expect(r.stdout).toBe(full.helpInformation());
    expect(JSON.parse(readFileSync(join(ROOT, 'dist', 'commands.json'), 'utf8'))).toEqual(outlineCommands(full));
  }, 60_000);

  it('outlines reproduce the listing of the commands exactly', async () => {
    const full = await buildFullProgram();
    const outlined = new Command('delegation').description(full.description()).version('0').option('--no-color', 'x');
    addOutlines(outlined, outlineCommands(full));
    const listing = (c: Command) => c.createHelp().visibleCommands(c).map((x) => [c.createHelp().subcommandTerm(x), c.createHelp().subcommandDescription(x)]);
    expect(listing(outlined)).toEqual(listing(full));
    expect(listing(full).length).toBeGreaterThan(12);
  }, 60_000);
});

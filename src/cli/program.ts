// The commander program: every subcommand's options, and how results reach the terminal.
import { readFileSync } from 'node:fs';
import { Command, InvalidArgumentError, Option, type Argument } from 'commander';
import { holdUsageError } from './language.js';

type Register = (program: Command) => void;

/**
 * Every command, in the order of the help, with the module that defines it. A module is loaded only
 * when its command runs or the help lists it, so that `delegation validate` never compiles the code of
 * the documents, the prompts or the exports, and `--version` none at all.
 */
const COMMANDS: readonly (readonly [names: readonly string[], load: () => Promise<Register>])[] = [
  [['validate'], async () => (await import('./validate.js')).registerValidate],
  [['brief'], async () => (await import('./brief.js')).registerBrief],
  [['day-sheets'], async () => (await import('./day-sheets.js')).registerDaySheets],
  [['timetable'], async () => (await import('./timetable.js')).registerTimetable],
  [['pocket'], async () => (await import('./pocket.js')).registerPocket],
  [['agenda'], async () => (await import('./agenda.js')).registerAgenda],
  [['ics'], async () => (await import('./ics.js')).registerIcs],
  [['csv'], async () => (await import('./csv.js')).registerCsv],
  [['init'], async () => (await import('./init.js')).registerInit],
  [['add'], async () => (await import('./add.js')).registerAdd],
  [['diff'], async () => (await import('./diff.js')).registerDiff],
  [['schema', 'rules'], async () => (await import('./info.js')).registerInfo],
];

/**
 * The commands a command line needs: the one it names (also after `help`); none for `--version`
 * alone; all of them (or their outlines) for the overall help, no command, or a name that is not a
 * command (so that the error can suggest the nearest).
 */
function commandsFor(args: readonly string[]): typeof COMMANDS | 'all' {
  const operands = args.filter((a) => !a.startsWith('-'));
  const name = operands[0] === 'help' ? operands[1] : operands[0];
  if (name === undefined && operands[0] !== 'help' && args.some((a) => a === '-V' || a === '--version') && !args.some((a) => a === '-h' || a === '--help')) return [];
  const named = COMMANDS.filter(([names]) => name !== undefined && names.includes(name));
  return named.length > 0 ? named : 'all';
}

/** What the overall help shows of a command: written to dist/commands.json when the CLI is built. */
export interface CommandOutline {
  name: string;
  aliases: string[];
  arguments: string[];
  options: boolean;
  description: string;
  summary: string;
}

export function outlineCommands(program: Command): CommandOutline[] {
  const argumentName = (a: Argument) => (a.required ? `<${a.name()}${a.variadic ? '...' : ''}>` : `[${a.name()}${a.variadic ? '...' : ''}]`);
  return program.commands.map((c) => ({
    name: c.name(),
    aliases: c.aliases(),
    arguments: c.registeredArguments.map(argumentName),
    options: c.options.length > 0,
    description: c.description(),
    summary: c.summary(),
  }));
}

/** Commands with the names, arguments and descriptions of the real ones and nothing else: for the help. */
export function addOutlines(program: Command, outlines: readonly CommandOutline[]): void {
  for (const outline of outlines) {
    const command = program.command(outline.name).description(outline.description);
    if (outline.summary) command.summary(outline.summary);
    for (const alias of outline.aliases) command.alias(alias);
    for (const argument of outline.arguments) command.argument(argument);
    if (outline.options) command.addOption(new Option('--outline').hideHelp());
  }
}

/** The outlines written by the build next to the bundle, or undefined (running from the sources). */
function builtOutlines(): CommandOutline[] | undefined {
  for (const relative of ['./commands.json', '../commands.json']) {
    try {
      return JSON.parse(readFileSync(new URL(relative, import.meta.url), 'utf8')) as CommandOutline[];
    } catch {
      // not there: the next candidate
    }
  }
  return undefined;
}

declare const __DELEGATION_VERSION__: string;
export const VERSION = typeof __DELEGATION_VERSION__ === 'string' ? __DELEGATION_VERSION__ : '0.0.0-dev';

function baseProgram(): Command {
  return new Command('delegation')
    .description('Validate, render and export the programmes of official delegation visits.')
    .version(VERSION, '-V, --version')
    .option('--no-color', 'plain output without colours (also: NO_COLOR=1)')
    // Usage errors are printed by main.ts, in the language of the run (see cli/usage.ts).
    .configureOutput({ outputError: holdUsageError })
    .configureHelp({ sortSubcommands: false, showGlobalOptions: true })
    .exitOverride();
}

async function register(program: Command, commands: typeof COMMANDS): Promise<Command> {
  const registers = await Promise.all(commands.map(([, load]) => load()));
  for (const add of registers) add(program);
  return program;
}

/** The program for a command line (`process.argv` form: node, script, arguments). */
export async function buildProgram(argv: readonly string[]): Promise<Command> {
  const program = baseProgram();
  const wanted = commandsFor(argv.slice(2));
  if (wanted !== 'all') return register(program, wanted);
  const outlines = builtOutlines();
  if (!outlines) return register(program, COMMANDS);
  addOutlines(program, outlines);
  return program;
}

/** The program with every command defined in full. */
export function buildFullProgram(): Promise<Command> {
  return register(baseProgram(), COMMANDS);
}

/** The reason commander prints after "argument 'x' is invalid."; cli/usage.ts translates it. */
export const WHOLE_NUMBER = 'expected a whole number, 0 or more.';

export function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError(WHOLE_NUMBER);
  return Number(value);
}

export { Option };

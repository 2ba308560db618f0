// The commander program: every subcommand's options, and how results reach the terminal.
import { Command, InvalidArgumentError, Option } from 'commander';

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
 * alone; all of them for the overall help, no command, or a name that is not a command (so that the
 * error can suggest the nearest).
 */
function commandsFor(args: readonly string[]): typeof COMMANDS {
  const operands = args.filter((a) => !a.startsWith('-'));
  const name = operands[0] === 'help' ? operands[1] : operands[0];
  if (name === undefined && operands[0] !== 'help' && args.some((a) => a === '-V' || a === '--version') && !args.some((a) => a === '-h' || a === '--help')) return [];
  const named = COMMANDS.filter(([names]) => name !== undefined && names.includes(name));
  return named.length > 0 ? named : COMMANDS;
}

declare const __DELEGATION_VERSION__: string;
export const VERSION = typeof __DELEGATION_VERSION__ === 'string' ? __DELEGATION_VERSION__ : '0.0.0-dev';

/** The program for a command line (`process.argv` form: node, script, arguments). */
export async function buildProgram(argv: readonly string[]): Promise<Command> {
  const program = new Command('delegation')
    .description('Validate, render and export the programmes of official delegation visits.')
    .version(VERSION, '-V, --version')
    .option('--no-color', 'plain output without colours (also: NO_COLOR=1)')
    .showHelpAfterError('(run `delegation --help` or `delegation help <command>` for usage)')
    .configureHelp({ sortSubcommands: false, showGlobalOptions: true })
    .exitOverride();
  const registers = await Promise.all(commandsFor(argv.slice(2)).map(([, load]) => load()));
  for (const register of registers) register(program);
  return program;
}

export function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number, 0 or more.');
  return Number(value);
}

export { Option };

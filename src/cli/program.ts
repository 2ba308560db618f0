// The commander program: every subcommand's options, and how results reach the terminal.
import { Command, InvalidArgumentError, Option } from 'commander';
import { registerValidate } from './validate.js';
import { registerInfo } from './info.js';
import { registerBrief } from './brief.js';
import { registerDaySheets } from './day-sheets.js';
import { registerTimetable } from './timetable.js';
import { registerPocket } from './pocket.js';
import { registerAgenda } from './agenda.js';
import { registerIcs } from './ics.js';
import { registerCsv } from './csv.js';
import { registerInit } from './init.js';
import { registerAdd } from './add.js';
import { registerDiff } from './diff.js';

declare const __DELEGATION_VERSION__: string;
export const VERSION = typeof __DELEGATION_VERSION__ === 'string' ? __DELEGATION_VERSION__ : '0.0.0-dev';

export function buildProgram(): Command {
  const program = new Command('delegation')
    .description('Validate, render and export the programmes of official delegation visits.')
    .version(VERSION, '-V, --version')
    .option('--no-color', 'plain output without colours (also: NO_COLOR=1)')
    .showHelpAfterError('(run `delegation --help` or `delegation help <command>` for usage)')
    .configureHelp({ sortSubcommands: false, showGlobalOptions: true })
    .exitOverride();
  registerValidate(program);
  registerBrief(program);
  registerDaySheets(program);
  registerTimetable(program);
  registerPocket(program);
  registerAgenda(program);
  registerIcs(program);
  registerCsv(program);
  registerInit(program);
  registerAdd(program);
  registerDiff(program);
  registerInfo(program);
  return program;
}

export function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number, 0 or more.');
  return Number(value);
}

export { Option };

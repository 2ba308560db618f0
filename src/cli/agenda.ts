// `delegation agenda FILE [--date DATE] [--person ID] [--at HH:MM|now] [--json]`
import { Chalk } from 'chalk';
import type { Command } from 'commander';
import { agenda } from '../commands/agenda.js';
import type { EventKind } from '../model/types.js';
import { MIN_WIDTH, PLAIN_PAINT, renderAgendaTables, renderWhereTable, type AgendaPaint } from '../render/agenda-table.js';
import { out } from './output.js';
import { exportInputOptions, exportOptions, resolveNow, withItinerary, type ExportFlags } from './export-io.js';
import { colorEnabled } from './style.js';
import { say } from './say.js';

interface AgendaFlags extends ExportFlags {
  date?: string;
  person?: string;
  at?: string;
  json?: boolean;
  width?: string;
  now?: string;
}

export function registerAgenda(program: Command): void {
  const command = program
    .command('agenda')
    .description('show the programme day by day in the terminal, or where everyone is at a given time')
    .argument('<file>', 'itinerary file')
    .option('-d, --date <date>', 'only this day: YYYY-MM-DD, today or tomorrow')
    .option('-p, --person <id>', 'only this person\'s events')
    .option('--at <time>', 'where is everyone at this time: HH:MM (on --date, else today), YYYY-MM-DDTHH:MM, or now')
    .option('--lang <code>', 'language of the texts (default: the visit\'s first language) (also of the messages, which otherwise follow DELEGATION_LANG or the locale)')
    .option('--json', 'print the agenda as JSON, for scripts')
    .option('--width <columns>', 'table width (default: the terminal\'s, else 80)')
    .option('--now <instant>', 'take this instant as now, e.g. 2023-11-21T15:00+08:00 (for today, tomorrow and --at now)');
  exportOptions(command, 'show the agenda')
    .addHelpText(
      'after',
      '\nTimes are local to each place; a day is read in the zone of its first event.\n\nExamples:\n  delegation agenda visit.yaml --date tomorrow\n  delegation agenda visit.yaml --date tomorrow --at 15:00\n  delegation agenda visit.yaml --person ivanov --lang ru\n  delegation agenda visit.yaml --at now --json',
    )
    .action((file: string, flags: AgendaFlags, command: Command) => {
      const { color } = command.optsWithGlobals<{ color?: boolean }>();
      const width = flags.width !== undefined ? parseWidth(flags.width, command) : (process.stdout.isTTY ? process.stdout.columns : undefined) ?? (Number(process.env.COLUMNS) || 80);
      const nowMs = resolveNow(flags.now, false);
      const result = withItinerary(
        () => agenda({ ...exportInputOptions(file, flags), date: flags.date, person: flags.person, at: flags.at, nowMs }),
        color,
      );
      if (flags.json) {
        out(JSON.stringify(result.kind === 'agenda' ? result.agenda : result.where, null, 2) + '\n');
        return;
      }
      const paint = colorEnabled(process.stdout, color) ? kindPaint() : PLAIN_PAINT;
      const table = { width, paint, labels: result.labels };
      out(result.kind === 'agenda' ? renderAgendaTables(result.agenda, table) : renderWhereTable(result.where, table));
    });
}

function parseWidth(value: string, command: Command): number {
  if (!/^\d+$/.test(value) || Number(value) < MIN_WIDTH) command.error(`error: ${say('badWidth', { min: MIN_WIDTH, value })}`, { exitCode: 2, code: 'delegation.usage' });
  return Number(value);
}

function kindPaint(): AgendaPaint {
  const chalk = new Chalk({ level: 1 });
  const colours: Partial<Record<EventKind, (t: string) => string>> = {
    flight: chalk.blue, transfer: chalk.blue, arrival: chalk.blue, departure: chalk.blue,
    meeting: chalk.cyan, conference: chalk.cyan, visit: chalk.cyan, briefing: chalk.cyan,
    signing: chalk.magenta, ceremony: chalk.magenta, press: chalk.magenta,
    meal: chalk.green, free: chalk.dim,
  };
  return {
    kind: (kind, text) => (colours[kind] ?? ((t: string) => t))(text),
    heading: (text) => chalk.bold(text),
    dim: (text) => chalk.dim(text),
  };
}

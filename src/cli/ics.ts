// `delegation ics FILE [--person ID…|--all-people] [-o PATH]`
import { join } from 'node:path';
import type { Command } from 'commander';
import { exportIcs } from '../commands/ics.js';
import { err, isFolder, out, writeOutputFile, writeOutputFiles } from './output.js';
import { exportInputOptions, exportOptions, prepareFolder, resolveNow, withItinerary, type ExportFlags } from './export-io.js';
import { outputName, say, sayLine } from './say.js';

interface IcsFlags extends ExportFlags {
  person?: string[];
  allPeople?: boolean;
  output?: string;
  now?: string;
}

export function registerIcs(program: Command): void {
  const command = program
    .command('ics')
    .description('export the programme as an iCalendar (.ics) file for phone and desktop calendars')
    .argument('<file>', 'itinerary file')
    .option('-p, --person <id>', 'only the events this person attends (repeatable)', (value: string, previous: string[] = []) => [...previous, value])
    .option('--all-people', 'one calendar per person who attends anything, written into the folder given with -o')
    .option('-o, --output <path>', 'write to this file (or, with --all-people, into this folder) instead of standard output')
    .option('--lang <code>', 'language of titles, places and notes (default: the visit\'s first language) (also of the messages, which otherwise follow DELEGATION_LANG or the locale)')
    .option('--now <instant>', 'DTSTAMP of the events, e.g. 2023-11-20T09:00Z (default: SOURCE_DATE_EPOCH if set, else the current time)');
  exportOptions(command, 'write the calendar')
    .addHelpText(
      'after',
      '\nEvery event keeps its UID across runs and carries SEQUENCE = visit.revision,\nso importing a newer revision updates the events instead of duplicating them.\n\nExamples:\n  delegation ics visit.yaml -o visit.ics\n  delegation ics visit.yaml --person ivanov --lang ru -o ivanov.ics\n  delegation ics visit.yaml --all-people -o calendars/',
    )
    .action((file: string, flags: IcsFlags, command: Command) => {
      const { color } = command.optsWithGlobals<{ color?: boolean }>();
      if (flags.allPeople && flags.output === undefined) {
        command.error(`error: ${say('allPeopleNeedsFolder')}`, { exitCode: 2, code: 'delegation.usage' });
      }
      const stampMs = resolveNow(flags.now, true);
      const result = withItinerary(
        () => exportIcs({ ...exportInputOptions(file, flags), people: flags.person, allPeople: flags.allPeople, stampMs }),
        color,
      );
      if (flags.output === undefined) {
        out(result.calendars[0]!.content);
        return;
      }
      if (flags.allPeople) {
        const dir = prepareFolder(flags.output);
        writeOutputFiles(result.calendars.map((calendar) => ({ path: join(dir, calendar.fileName), content: calendar.content })), [file]);
        err(sayLine('wroteCalendars', { count: result.calendars.length, dir: flags.output }));
        return;
      }
      const calendar = result.calendars[0]!;
      const target = isFolder(flags.output) ? join(flags.output, calendar.fileName) : flags.output;
      writeOutputFile(target, calendar.content, [file]);
      err(sayLine('wroteCalendar', { path: outputName(target), count: calendar.events }));
    });
}

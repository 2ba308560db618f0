// `delegation add person|org|place|vehicle|event FILE`: one new entry from questions or flags, checked
// before it is written; the rest of the file stays exactly as it was.
import { Command } from 'commander';
import { addEntry, checkAddPreconditions, type AddResult } from '../commands/add.js';
import { suggestId, takenIds } from '../commands/add-entry.js';
import {
  checkAnswer, choiceLabel, ENTRY_KINDS, FIELDS, textFromParts, visitDates, normalizeTime, type Answers, type EntryKind, type Field,
} from '../commands/add-fields.js';
import { loadForEdit, saveItineraryEdit } from '../commands/itinerary-edit.js';
import { localizeReports, reportWords } from '../commands/itinerary.js';
import { loadLabels } from '../io/templates.js';
import { runArguments } from './language.js';
import { withFileLock } from '../io/lock.js';
import { duringEdit } from './interrupt.js';
import { allVariants, textIn } from '../model/text.js';
import type { Model, TextValue } from '../model/types.js';
import { minutesOfTime } from '../model/time.js';
import { formatPretty } from '../report/pretty.js';
import { UserError } from '../source/errors.js';
import { Asker, canAsk, Declined, endedByUser, timeZoneChoices, type Choice, type Context } from './ask.js';
import { err, out } from './output.js';
import { documentLabel, runLanguage, sayLine, sayWords, wizardText } from './say.js';
import { words, type Words } from '../text/words.js';
import { VERSION } from './program.js';
import { terminalStyle } from './style.js';

const KIND_WORDS: Record<EntryKind, string> = { person: 'a person', org: 'an organization', place: 'a place', vehicle: 'a vehicle', event: 'an event' };
const PLACEHOLDERS: Record<Field['type'], string> = {
  id: 'id', text: 'text', choice: 'kind', ref: 'id', refs: 'ids', selectors: 'who', time: 'HH:MM', 'end-time': 'HH:MM', date: 'YYYY-MM-DD',
  count: 'n', string: 'text', zone: 'zone', languages: 'codes', seating: 'vehicle=who',
};
const collect = (value: string, previous: string[] = []) => [...previous, value];
const repeatable = (field: Field) => field.type === 'text' || field.type === 'refs' || field.type === 'selectors' || field.type === 'languages' || field.type === 'seating';

export function registerAdd(program: Command): void {
  const add = program
    .command('add')
    .description('add a person, organization, place, vehicle or event to a programme, asking for what is needed')
    .addHelpText('after', '\nRun `delegation add <kind> --help` for the flags of each kind. The file keeps its comments and layout; only the new entry is added.');
  for (const kind of ENTRY_KINDS) {
    const sub = add
      .command(kind)
      .description(`add ${KIND_WORDS[kind]}`)
      .argument('<file>', 'the itinerary file to add to');
    for (const field of FIELDS[kind]) {
      const placeholder = PLACEHOLDERS[field.type];
      const required = field.condition ? ` (${field.condition})` : field.required ? (field.type === 'id' ? ' (default: made from the name)' : ' (required)') : '';
      const help = `${field.label}${required}${field.choices ? `: ${field.choices.join(', ')}` : ''}${field.type === 'text' ? ' (repeat per language: "ru=…")' : ''}${field.type === 'selectors' ? ': person ids, all, org:<id>, role:<role>, group:<id>' : ''}${repeatable(field) && field.type !== 'text' && field.type !== 'seating' ? ' (comma-separated)' : ''}`;
      if (repeatable(field)) sub.option(`--${field.name} <${placeholder}>`, help, collect);
      else sub.option(`--${field.name} <${placeholder}>`, help);
    }
    sub
      .option('-y, --yes', 'ask nothing: take the flags (for scripts and CI)')
      .option('--dry-run', 'show the entry and what validation says, write nothing')
      .option('--config <file>', 'use this configuration file instead of the nearest delegation.config.yaml')
      .option('--no-config', 'ignore delegation.config.yaml files')
      .option('--lang <code>', 'language of the questions and messages: ru, en or zh (default: DELEGATION_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)')
      .addHelpText('after', examples(kind))
      .action(async (file: string, flags: Record<string, unknown>, command: Command) => {
        const { color } = command.optsWithGlobals<{ color?: boolean }>();
        const given = answersFromFlags(kind, flags);
        const interactive = !flags.yes && canAsk();
        // Without questions the whole read → check → write → rename runs under the file's lock, so
        // two scripted runs take turns; with questions only the write does (a person may take minutes).
        if (interactive || flags.dryRun) return addOne(kind, file, flags, given, color, interactive);
        return withFileLock(file, () => addOne(kind, file, flags, given, color, interactive));
      });
  }
}

async function addOne(kind: EntryKind, file: string, flags: Record<string, unknown>, given: Answers, color: boolean | undefined, interactive: boolean): Promise<void> {
  const config = (flags.config as string | false | undefined) ?? false;
  const loaded = loadForEdit(file, config, { lang: runLanguage(), templatesDir: runArguments().templates });
  const model = loaded.model!;
  // Whatever makes the edit fail regardless of the answers is said before the first question.
  checkAddPreconditions(kind, model, file);
  let answers: Answers;
  try {
    answers = interactive ? await askAdd(kind, model, given) : checkGiven(kind, model, given);
    if (interactive) {
      const preview = addEntry({ file, kind, answers, dryRun: true, loaded, config });
      showResult(file, preview, color, true);
      if (preview.errors > 0) return refuse(kind, file, answers);
      if (!flags.dryRun && !(await new Asker().confirm(wizardText('add.confirm', { file })))) throw new Declined('declined');
    }
  } catch (error) {
    if (endedByUser(error)) return;
    throw error;
  }
  const result = addEntry({ file, kind, answers, dryRun: true, loaded, config });
  if (result.errors === 0 && !flags.dryRun) {
    await duringEdit((signal) => saveItineraryEdit(loaded, result.text, result.expected, { signal, beforeRename: holdForTests(signal) }));
    result.written = true;
  }
  if (!interactive || result.errors > 0) showResult(file, result, color, !result.written);
  if (result.errors > 0) return refuse(kind, file, answers);
  if (result.written) out(sayLine('added', { entry: result.entry.description, file }));
  else out(sayLine('dryRun'));
}

/**
 * DELEGATION_TEST_HOLD_EDIT=1 holds an edit just before its rename until it is interrupted, and says so
 * on stderr: the end-to-end tests send Ctrl-C or SIGTERM at exactly that point.
 */
function holdForTests(signal: AbortSignal): (() => Promise<void>) | undefined {
  if (process.env.DELEGATION_TEST_HOLD_EDIT !== '1') return undefined;
  return () =>
    new Promise<void>((resolve) => {
      err('delegation: holding the edit before its rename\n');
      // A pending timer keeps the process alive while it waits (a signal handler alone does not).
      const alive = setInterval(() => undefined, 1000);
      const done = () => {
        clearInterval(alive);
        resolve();
      };
      if (signal.aborted) done();
      else signal.addEventListener('abort', done, { once: true });
    });
}

function examples(kind: EntryKind): string {
  const lines: Record<EntryKind, string> = {
    org: 'delegation add org visit.yaml --yes --name "ru=Сиасун" --name "en=Siasun Robot & Automation" --side host --kind enterprise',
    person: 'delegation add person visit.yaml --yes --name "ru=Иван Петров" --name "en=Ivan Petrov" --org tver-gov --role official',
    place: 'delegation add place visit.yaml --yes --name "en=Shangri-La Shenyang" --kind hotel --city Shenyang',
    vehicle: 'delegation add vehicle visit.yaml --yes --kind minibus --seats 12 --plate "辽A 12345" --driver "Wang Lei" --driver-phone "+86 138 0000 0000"',
    event: 'delegation add event visit.yaml --yes --date 2023-11-21 --title "en=Visit to Siasun" --kind visit --start 10:00 --end 11:30 --place siasun --attendees all,org:siasun',
  };
  return `\nWithout a terminal or with --yes, give the required fields as flags.\n\nExamples:\n  ${lines[kind]}\n  LANG=ru_RU.UTF-8 delegation add ${kind} visit.yaml      (the questions in Russian; or --lang ru)`;
}

function answersFromFlags(kind: EntryKind, flags: Record<string, unknown>): Answers {
  const answers: Answers = {};
  for (const field of FIELDS[kind]) {
    const key = field.name.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());
    const value = flags[key];
    if (value !== undefined) answers[field.name] = value as string | string[];
  }
  return answers;
}

/** Flags only: check each value, and name every missing required one at once. */
function checkGiven(kind: EntryKind, model: Model, given: Answers): Answers {
  const problems: Words[] = [];
  const missing: string[] = [];
  for (const field of FIELDS[kind]) {
    if (field.when && !field.when(given)) continue;
    const value = given[field.name];
    if (value === undefined) {
      if (field.required && field.type !== 'id') missing.push(`--${field.name}`);
      continue;
    }
    const texts = Array.isArray(value) ? (field.type === 'text' ? value.map((v) => v.replace(/^[a-z]{2}\s*=\s*/, '')) : field.type === 'seating' ? value : [value.join(',')]) : [String(value)];
    for (const text of texts) {
      const problem = checkAnswer(field, text, model) ?? (field.type === 'date' ? checkDay(model, text) : undefined);
      if (problem) problems.push(words('flagProblem', { flag: `--${field.name}`, value: JSON.stringify(text), problem }));
    }
  }
  if (missing.length > 0) {
    throw new UserError(words('addNoTerminal', { kind, missing: missing.join(', ') }), words('addNoTerminal.hint', { kind }), 2);
  }
  if (problems.length > 0) throw new UserError(words('problemLines', { problems }), words('nothingWritten'), 2);
  return given;
}

function checkDay(model: Model, date: string): Words | undefined {
  const dates = visitDates(model);
  return dates.includes(date) ? undefined : words('answer.notAVisitDay', { first: dates[0] ?? '', last: dates[dates.length - 1] ?? '' });
}

/** Ask for each field the flags did not give, with choices from the file. */
export async function askAdd(kind: EntryKind, model: Model, given: Answers, context?: Context): Promise<Answers> {
  const ask = new Asker(context);
  const lang = model.languages[0] ?? 'en';
  const answers: Answers = { ...given };
  ask.say(`${wizardText('add.intro', { kind })}\n`);
  for (const field of FIELDS[kind]) {
    if (field.when && !field.when(answers)) continue;
    if (answers[field.name] !== undefined) continue;
    const value = await askField(ask, kind, field, model, answers, lang);
    if (value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0)) answers[field.name] = value;
  }
  return answers;
}

async function askField(ask: Asker, kind: EntryKind, field: Field, model: Model, answers: Answers, lang: string): Promise<Answers[string]> {
  const label = field.required ? fieldLabel(kind, field) : wizardText('optional', { question: fieldLabel(kind, field) });
  const validate = (v: string) => {
    const problem = checkAnswer(field, v, model);
    return problem && sayWords(problem);
  };
  switch (field.type) {
    case 'text':
      return askText(ask, kind, field, model);
    case 'id':
      return askId(ask, kind, label, validate, model, answers);
    case 'choice':
      return ask.choose(label, (field.choices ?? []).map((c) => ({ value: c, name: choiceName(kind, field, c) })));
    case 'date':
      return askDate(ask, label, model);
    case 'time':
    case 'end-time':
      return askTime(ask, field, label, validate, answers);
    case 'ref':
      return askRef(ask, field, label, model, lang);
    case 'refs':
      return askRefs(ask, field, label, model, lang);
    case 'selectors':
      return ask.findMany(wizardText('typeToSearch', { question: label }), selectorChoices(model, lang), { min: field.required ? 1 : 0 });
    case 'zone':
      return askZone(ask, label, model);
    default:
      return ask.text(label, { required: field.required, validate: (v) => (v.trim() === '' ? undefined : validate(v)) });
  }
}

type Check = (value: string) => string | undefined;

/** A text in each of the visit's languages; the first empty answer ends it. */
async function askText(ask: Asker, kind: EntryKind, field: Field, model: Model): Promise<Answers[string]> {
  const parts: string[] = [];
  for (const [i, l] of model.languages.entries()) {
    const optional = !field.required || i > 0;
    const answer = await ask.text(wizardText('inLanguage', { question: fieldLabel(kind, field), lang: l, optional: optional ? 'yes' : 'no' }), { required: !optional });
    if (answer) parts.push(`${l}=${answer}`);
    if (i === 0 && !answer) break;
  }
  return parts.length > 0 ? textFromParts(parts, model.languages) : undefined;
}

/** An id, suggested from the name (or title, or kind) answered before; one already used is refused. */
function askId(ask: Asker, kind: EntryKind, label: string, validate: Check, model: Model, answers: Answers): Promise<string> {
  const taken = takenIds(model, kind);
  const source = kind === 'event' ? answers.title : kind === 'vehicle' ? answers.kind : answers.name;
  const suggestion = suggestId(source as TextValue | undefined, taken, kind === 'vehicle' ? String(answers.kind ?? 'vehicle') : kind);
  return ask.text(wizardText('idQuestion', { question: label }), {
    default: suggestion,
    required: true,
    validate: (v) => validate(v) ?? (taken.has(v.trim()) ? wizardText('idUsed', { id: v.trim() }) : undefined),
  });
}

/** A day of the visit, each shown with its weekday and how many events it has. */
function askDate(ask: Asker, label: string, model: Model): Promise<string> {
  const choices = visitDates(model).map((d) => {
    const day = model.days.find((x) => x.date === d);
    const count = day?.events.length ?? 0;
    return { value: d, name: wizardText('dayChoice', { date: d, weekday: weekday(d), count }) };
  });
  return ask.choose(label, choices);
}

/** A start or end time; the end is suggested an hour after the start and must come after it. */
async function askTime(ask: Asker, field: Field, label: string, validate: Check, answers: Answers): Promise<string | undefined> {
  const start = typeof answers.start === 'string' ? normalizeTime(answers.start) : undefined;
  const isEnd = field.name === 'end';
  const suggestion = isEnd && start ? addMinutes(start, 60) : undefined;
  const value = await ask.text(`${label}`, {
    required: field.required,
    default: suggestion,
    validate: (v) => {
      const problem = validate(v);
      if (problem || !isEnd || !start || v.trim() === '') return problem;
      const end = normalizeTime(v);
      if (!end.endsWith('+1') && minutesOfTime(end) <= minutesOfTime(start)) return wizardText('endBeforeStart', { start });
      return undefined;
    },
  });
  return value ? normalizeTime(value) : undefined;
}

/** One entry of the file, found by typing; "(none)" first when optional. */
async function askRef(ask: Asker, field: Field, label: string, model: Model, lang: string): Promise<string | undefined> {
  const choices = refChoices(field, model, lang);
  if (choices.length === 0) {
    if (field.required) throw new UserError(words('noneInFileYet', { what: field.from ?? '' }), words('addOneFirst', { kind: field.from === 'organizations' ? 'org' : field.from === 'people' ? 'person' : 'place' }), 2);
    return undefined;
  }
  const none: Choice = { value: '', name: wizardText('none') };
  const value = await ask.find(wizardText('typeToSearch', { question: label }), field.required ? choices : [none, ...choices], { first: field.required ? [] : [none] });
  return value || undefined;
}

/** Several entries of the file, ticked. */
async function askRefs(ask: Asker, field: Field, label: string, model: Model, lang: string): Promise<string[] | undefined> {
  const choices = refChoices(field, model, lang);
  if (choices.length === 0) {
    if (field.required) throw new UserError(words('noneInFileYet', { what: field.from ?? '' }), words('addThemFirst'), 2);
    return undefined;
  }
  return ask.pickSome(wizardText('tickSome', { question: label }), choices);
}

/** A time zone, found by typing; the visit's first. */
async function askZone(ask: Asker, label: string, model: Model): Promise<string | undefined> {
  const zone = model.visit?.timezone;
  const none: Choice = { value: '', name: wizardText('visitZone', { hasZone: zone ? 'yes' : 'no', zone: zone ?? '' }) };
  const value = await ask.find(wizardText('typeToSearch', { question: label }), [none, ...timeZoneChoices()], { first: [none] });
  return value || undefined;
}

function refChoices(field: Field, model: Model, lang: string): Choice[] {
  switch (field.from) {
    case 'organizations':
      return model.organizations.map((o) => ({ value: o.id, name: `${choiceLabel(o.id, o.name, lang)} (${documentLabel(['exports', 'sides', o.side]) ?? o.side})`, keywords: allVariants(o.name).join(' ') }));
    case 'places':
      return model.places.map((p) => ({ value: p.id, name: `${choiceLabel(p.id, p.name, lang)} (${(runLanguage() === 'en' ? undefined : documentLabel(['placeKinds', p.kind])) ?? p.kind})`, keywords: allVariants(p.name).join(' ') }));
    case 'people':
      return model.people.map((p) => ({ value: p.id, name: `${choiceLabel(p.id, p.name, lang)} (${p.org})`, keywords: allVariants(p.name).join(' ') }));
    case 'agreements':
      return model.agreements.map((a) => ({ value: a.id, name: choiceLabel(a.id, a.title, lang), keywords: allVariants(a.title).join(' ') }));
    case 'vehicles':
      return model.vehicles.map((v) => ({ value: v.id, name: wizardText('vehicleChoice', { id: v.id, kind: documentLabel(['exports', 'vehicleKinds', v.kind]) ?? v.kind, plate: v.plate ? ` ${v.plate}` : '', seats: v.seats }) }));
    default:
      return [];
  }
}

function selectorChoices(model: Model, lang: string): Choice[] {
  const delegation = model.people.filter((p) => p.side === 'delegation').length;
  const count = (s: string) => model.resolveSelector(s).length;
  return [
    { value: 'all', name: wizardText('allDelegation', { count: delegation }) },
    ...model.groups.map((g) => ({ value: `group:${g.id}`, name: `group:${g.id} — ${textIn(g.name, lang)} (${count(`group:${g.id}`)})`, keywords: allVariants(g.name).join(' ') })),
    ...model.organizations.map((o) => ({ value: `org:${o.id}`, name: `org:${o.id} — ${textIn(o.name, lang)} (${count(`org:${o.id}`)})`, keywords: allVariants(o.name).join(' ') })),
    ...model.people.map((p) => ({ value: p.id, name: `${choiceLabel(p.id, p.name, lang)}`, keywords: allVariants(p.name).join(' ') })),
  ];
}

/** The short weekday name in the language of the run ("Tue", "вт", "周二"). */
function weekday(date: string): string {
  return new Intl.DateTimeFormat(runLanguage(), { weekday: 'short', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

/** A field's question in the language of the run (its flag's help stays English). */
function fieldLabel(kind: EntryKind, field: Field): string {
  return wizardText(`add.${kind}.${field.name}`);
}

/**
 * A choice as the documents name it ("Гостиница (hotel)"): the code is what the file keeps. In
 * English the code alone, as it is written in the file.
 */
function choiceName(kind: EntryKind, field: Field, code: string): string {
  if (runLanguage() === 'en') return code;
  const path =
    field.name === 'side' ? [code === 'host' ? 'hostSide' : 'delegationSide']
    : field.name === 'role' ? ['roles', code]
    : kind === 'place' ? ['placeKinds', code]
    : kind === 'vehicle' ? ['vehicleKinds', code]
    : kind === 'event' ? ['kinds', code]
    : undefined;
  const name = path ? documentLabel(path) : wizardText(`orgKind.${code}`);
  return name ? `${name} (${code})` : code;
}

function addMinutes(time: string, minutes: number): string {
  const total = minutesOfTime(time) + minutes;
  const hhmm = `${String(Math.floor(total / 60) % 24).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
  return total >= 24 * 60 ? `${hhmm}+1` : hhmm;
}

/** The added lines, and what validation says about them. */
function showResult(file: string, result: AddResult, color: boolean | undefined, preview: boolean): void {
  const style = terminalStyle(process.stdout, color);
  out(preview ? sayLine('add.preview', { file, line: result.added.line }) : sayLine('add.added', { file, line: result.added.line }));
  for (const line of result.added.lines) out(style.accent(`+ ${line}`) + '\n');
  out('\n');
  if (result.introduced.length === 0) return;
  // The findings in the language of the run, as validate words them.
  const lang = runLanguage();
  const wording = reportWords(loadLabels(runArguments().templates, [...new Set(['en', lang])]), lang);
  const report = formatPretty(
    localizeReports([{ file, diagnostics: result.introduced, lines: result.text.split(/\r?\n/), sensitiveLines: result.sensitiveLines }], wording.findings),
    { style, toolVersion: VERSION, rules: [], ...wording },
  );
  // The summary line speaks of "files checked"; here it is one entry.
  out(report.split('\n').slice(0, -2).join('\n') + '\n');
}

function refuse(kind: EntryKind, file: string, answers: Answers): void {
  err(sayLine('add.refused', { file }));
  err(sayLine('add.tryAgain', { command: commandLine(kind, file, answers) }));
  process.exitCode = 1;
}

/** The same answers as a command line, to fix and run again. */
export function commandLine(kind: EntryKind, file: string, answers: Answers): string {
  const words = ['delegation', 'add', kind, quote(file), '--yes'];
  for (const field of FIELDS[kind]) {
    const value = answers[field.name];
    if (value === undefined) continue;
    if (typeof value === 'object' && !Array.isArray(value)) {
      for (const [lang, text] of Object.entries(value)) words.push(`--${field.name}`, quote(`${lang}=${text}`));
    } else if (Array.isArray(value) && field.type === 'text') {
      // One flag per language variant, as they were given.
      for (const text of value) words.push(`--${field.name}`, quote(String(text)));
    } else if (Array.isArray(value)) {
      words.push(`--${field.name}`, quote(value.join(',')));
    } else {
      words.push(`--${field.name}`, quote(String(value)));
    }
  }
  return words.join(' ');
}

function quote(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}


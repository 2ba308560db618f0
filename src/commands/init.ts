// `delegation init FILE`: a new programme from a few answers, written as a commented skeleton that
// validates, so the next steps (`delegation add …`) start from a correct file.
import { accessSync, constants, existsSync } from 'node:fs';
import { basename, dirname, relative, resolve, sep } from 'node:path';
import { checkSource } from '../engine/check.js';
import { dateOfDayNumber, dayNumber } from '../model/time.js';
import { isValidTimeZone } from '../model/zones.js';
import { textIn } from '../model/text.js';
import type { TextValue } from '../model/types.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { writeFileAtomic, type WriteSystem } from '../io/atomic.js';
import { shippedSchemaFile } from '../io/docs.js';
import { decodeText } from '../source/decode.js';
import { inlineYaml } from '../source/edit.js';
import { englishWords } from '../source/catalogue.js';
import { UserError } from '../source/errors.js';
import { isPrintable, PRINTABLE_LANGUAGES } from '../render/printable-languages.js';
import { suggestId } from './add-entry.js';
import { dateProblem, zoneAnswerProblem } from './add-fields.js';
import { words, type Words } from '../text/words.js';

export interface InitAnswers {
  /** Visit id; made from the English (or first) title when absent. */
  id?: string;
  title: TextValue;
  from: string;
  to: string;
  timezone: string;
  languages: string[];
  /** The delegation's organization (the head belongs to it). */
  org: TextValue;
  orgId?: string;
  head: TextValue;
  headId?: string;
  headPosition?: TextValue;
  /** The receiving side, e.g. the provincial government; also added as a host-side organization. */
  host?: TextValue;
  hostId?: string;
}

/** The longest visit `init` lays out day by day; longer programmes are not visits. */
export const MAX_VISIT_DAYS = 60;

/** Problems with answers, one message per answer, before anything is written. */
export function checkInitAnswers(a: InitAnswers): Words[] {
  const problems: Words[] = [];
  for (const [flag, value] of [['--from', a.from], ['--to', a.to]] as const) {
    const problem = dateProblem(value);
    if (problem) problems.push(problem.id === 'answer.notADate' ? words('init.notADate', { flag, value }) : words('flagColon', { flag, problem }));
  }
  if (problems.length === 0) {
    const days = dayNumber(a.to) - dayNumber(a.from) + 1;
    if (days < 1) problems.push(words('init.toBeforeFrom', { to: a.to, from: a.from }));
    else if (days > MAX_VISIT_DAYS) problems.push(words('init.tooLong', { days, max: MAX_VISIT_DAYS }));
  }
  if (!isValidTimeZone(a.timezone)) problems.push(words('flagColon', { flag: '--timezone', problem: zoneAnswerProblem(a.timezone) }));
  if (a.languages.length === 0) problems.push(words('init.noLanguages'));
  for (const lang of a.languages) {
    if (!/^[a-z]{2}$/.test(lang)) problems.push(words('init.badLanguage', { lang }));
    else if (!isPrintable(lang)) problems.push(words('init.languageNotPrintable', { lang, printable: PRINTABLE_LANGUAGES.join(', ') }));
  }
  for (const [flag, id] of [['--id', a.id], ['--org-id', a.orgId], ['--head-id', a.headId], ['--host-id', a.hostId]] as const) {
    if (id !== undefined && !/^[a-z0-9][a-z0-9-]*$/.test(id)) problems.push(words('init.badId', { flag, id }));
  }
  return problems;
}

/**
 * The file's text. Every list the user fills later is present (empty) with a comment on how to fill it;
 * the comments are in the language `say` words them in (English by default), the keys stay the format's.
 */
export function skeletonText(a: InitAnswers, fileName = 'FILE', schemaRef?: string, say: (w: Words) => string = englishWords): string {
  const first = a.languages[0] ?? 'en';
  const taken = new Set<string>();
  const take = (id: string) => (taken.add(id), id);
  const orgId = take(a.orgId ?? suggestId(a.org, taken, 'delegation'));
  const hostId = a.host !== undefined ? take(a.hostId ?? suggestId(a.host, taken, 'host')) : undefined;
  const headId = a.headId ?? suggestId(a.head, new Set(), 'head');
  const visitId = a.id ?? suggestId(a.title, new Set(), 'visit');
  const lines: string[] = [];
  const push = (...l: string[]) => lines.push(...l);
  // A comment line of the file: one line whatever the sentence holds.
  const note = (w: Words) => `# ${say(w).replace(/[\r\n]+/g, ' ')}`;
  const shown = textIn(a.title, first).replace(/\s+/g, ' ');
  // The modeline yaml-language-server (VS Code's YAML extension) reads: hover, completion and checks.
  if (schemaRef !== undefined) push(`# yaml-language-server: $schema=${schemaRef}`);
  push(
    `# ${shown}`,
    '#',
    note(words('skeleton.about')),
    note(words('skeleton.check', { file: fileName })),
    note(words('skeleton.add', { file: fileName })),
    note(words('skeleton.diff', { file: fileName })),
    'format: delegation/1',
    '',
    'visit:',
    `  id: ${visitId}`,
    `  title: ${inlineYaml(a.title)}`,
    `  from: ${a.from}`,
    `  to: ${a.to}`,
    `  timezone: ${a.timezone}  ${note(words('skeleton.timezone'))}`,
    `  head: ${headId}  ${note(words('skeleton.head'))}`,
    `  languages: ${inlineYaml(a.languages)}  ${note(words('skeleton.languages'))}`,
  );
  if (a.host !== undefined) push(`  host: ${inlineYaml(a.host)}`);
  push(
    `  # contacts: [duty-officer]  ${note(words('skeleton.contacts'))}`,
    `  # revision: 1               ${note(words('skeleton.revision'))}`,
    '',
    note(words('skeleton.organizations')),
    note(words('skeleton.organizationKinds')),
    'organizations:',
    `  - id: ${orgId}`,
    `    name: ${inlineYaml(a.org)}`,
    '    side: delegation',
    '    kind: government',
  );
  if (a.host !== undefined && hostId) {
    push(`  - id: ${hostId}`, `    name: ${inlineYaml(a.host)}`, '    side: host', '    kind: government');
  }
  push(
    '',
    note(words('skeleton.people')),
    note(words('skeleton.private')),
    'people:',
    `  - id: ${headId}`,
    `    name: ${inlineYaml(a.head)}`,
    `    org: ${orgId}`,
    '    role: head',
  );
  if (a.headPosition !== undefined) push(`    position: ${inlineYaml(a.headPosition)}`);
  push(
    '',
    note(words('skeleton.places')),
    note(words('skeleton.addPlace', { file: fileName })),
    'places: []',
    '',
    note(words('skeleton.days', { file: fileName })),
    note(words('skeleton.dayHotel')),
    'days:',
  );
  for (let d = dayNumber(a.from); d <= dayNumber(a.to); d++) push(`  - date: ${dateOfDayNumber(d)}`, '    events: []');
  return lines.join('\n') + '\n';
}

export interface InitResult {
  text: string;
  /** Findings of the new file (warnings only: errors stop the command). */
  findings: Diagnostic[];
}

/**
 * What can make `init` fail whatever the answers: the file exists, or its folder is missing or not
 * writable. Checked before the first question.
 */
export function checkInitTarget(file: string): void {
  if (existsSync(file)) throw new UserError(words('initExists', { file }), words('initExists.hint'), 2);
  const folder = dirname(file);
  if (!existsSync(folder)) throw new UserError(words('initNoFolder', { file, folder }), words('initNoFolder.hint'), 2);
  try {
    accessSync(folder, constants.W_OK);
  } catch {
    throw new UserError(words('initFolderReadOnly', { file, folder }), words('initFolderReadOnly.hint'), 2);
  }
}

/** Languages given for init that documents cannot be printed in (checked before the first question). */
export function checkInitLanguages(languages: readonly string[]): void {
  const bad = languages.filter((lang) => !isPrintable(lang));
  if (bad.length > 0) {
    throw new UserError(
      words('initNotPrintable', { languages: bad.map((l) => `"${l}"`).join(', '), count: bad.length }),
      words('initNotPrintable.hint', { printable: PRINTABLE_LANGUAGES.join(', ') }),
      2,
    );
  }
}

/**
 * Write the new file. `say` words its comments, `inLanguage` the findings quoted if the skeleton would
 * not be valid (both in the language of the run; English by default).
 */
export function initFile(
  file: string,
  answers: InitAnswers,
  fs?: WriteSystem,
  say?: (w: Words) => string,
  inLanguage: (findings: Diagnostic[]) => Diagnostic[] = (findings) => findings,
): InitResult {
  checkInitTarget(file);
  const problems = checkInitAnswers(answers);
  if (problems.length > 0) throw new UserError(words('problemLines', { problems }), words('nothingWritten'), 2);
  const text = skeletonText(answers, basename(file), schemaReference(file), say);
  const check = checkSource(decodeText(Buffer.from(text, 'utf8')));
  const errors = check.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    throw new UserError(
      words('initInvalid', { problems: inLanguage(errors).map((d) => words('atLine', { line: d.line, problem: d.message })) }),
      words('initInvalid.hint'),
      2,
    );
  }
  writeFileAtomic(file, text, { exclusive: true, fs, failureHint: words('nothingWritten') });
  return { text, findings: check.diagnostics };
}

/**
 * The shipped JSON Schema as the modeline names it: relative to the new file's folder (so it keeps
 * working when the folder moves with node_modules, e.g. in a repository), with forward slashes.
 */
function schemaReference(file: string): string | undefined {
  const schema = shippedSchemaFile();
  if (schema === undefined) return undefined;
  // Across drives (Windows) `relative` gives the absolute path, which works as well.
  return relative(dirname(resolve(file)), schema).split(sep).join('/');
}

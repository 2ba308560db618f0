// `delegation init [FILE]`: asks for the visit's essentials (or takes them from flags) and writes a skeleton.
import type { Command } from 'commander';
import { checkInitLanguages, checkInitTarget, initFile, type InitAnswers } from '../commands/init.js';
import { isPrintable } from '../render/printable-languages.js';
import { textFromParts, checkAnswer, type Field } from '../commands/add-fields.js';
import { dateOfDayNumber, dayNumber } from '../model/time.js';
import { textIn } from '../model/text.js';
import type { TextValue } from '../model/types.js';
import { UserError } from '../source/errors.js';
import { Asker, canAsk, Declined, COMMON_ZONES, endedByUser, LANGUAGE_NAMES, timeZoneChoices, type Context } from './ask.js';
import { out } from './output.js';
import { withFileLock } from '../io/lock.js';
import { words } from '../text/words.js';
import { sayLine } from './say.js';
import { runLanguage, sayWords, wizardText } from './say.js';
import { runArguments } from './language.js';
import { localizeReports, reportWords } from '../commands/itinerary.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { loadLabels } from '../io/templates.js';

export interface InitFlags {
  title: string[];
  from?: string;
  to?: string;
  timezone?: string;
  languages?: string;
  org: string[];
  orgId?: string;
  head: string[];
  headId?: string;
  headPosition: string[];
  host: string[];
  hostId?: string;
  id?: string;
  yes?: boolean;
}

const collect = (value: string, previous: string[]) => [...previous, value];

export function registerInit(program: Command): void {
  program
    .command('init')
    .description('start a new programme: answer a few questions (or give flags) and get a commented file that validates')
    .argument('[file]', 'the new itinerary file (never overwritten)')
    .option('--title <text>', 'title of the visit; repeat per language: --title "ru=Визит" --title "en=Visit"', collect, [])
    .option('--from <date>', 'first day of the visit, travel included (YYYY-MM-DD)')
    .option('--to <date>', 'last day of the visit (YYYY-MM-DD)')
    .option('--timezone <zone>', 'IANA time zone of the visit, e.g. Asia/Shanghai')
    .option('--languages <codes>', 'languages of the documents, the first is the default, e.g. ru,en,zh')
    .option('--org <text>', 'the delegation\'s organization (repeat per language)', collect, [])
    .option('--org-id <id>', 'its id (default: made from its name)')
    .option('--head <text>', 'name of the head of delegation (repeat per language)', collect, [])
    .option('--head-id <id>', 'the head\'s id (default: made from the name)')
    .option('--head-position <text>', 'the head\'s position (repeat per language)', collect, [])
    .option('--host <text>', 'the receiving side, e.g. the provincial government (repeat per language)', collect, [])
    .option('--host-id <id>', 'its id (default: made from its name)')
    .option('--id <id>', 'id of the visit (default: made from the title)')
    .option('-y, --yes', 'ask nothing: take the flags and defaults (for scripts and CI)')
    .option('--lang <code>', 'language of the questions and messages: ru, en or zh (default: DELEGATION_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)')
    .addHelpText(
      'after',
      `
Without a terminal (CI, pipes) or with --yes, the flags --title, --from, --to, --timezone, --org and
--head are required; --languages defaults to the languages of --title ("ru=…", "en=…").

Examples:
  delegation init visit.yaml
  LANG=ru_RU.UTF-8 delegation init visit.yaml      (the questions in Russian; or --lang ru)
  delegation init visit.yaml --yes --title "ru=Визит в Ляонин" --title "en=Visit to Liaoning" \\
      --from 2023-11-20 --to 2023-11-23 --timezone Asia/Shanghai --languages ru,en,zh \\
      --org "ru=Правительство Тверской области" --org "en=Government of Tver Region" \\
      --head "ru=Игорь Руденя" --head "en=Igor Rudenya" --host "en=Liaoning Provincial Government"`,
    )
    .action(async (file: string | undefined, flags: InitFlags) => {
      const interactive = !flags.yes && canAsk();
      // Whatever would make init fail regardless of the answers is found before the first question.
      if (file !== undefined) checkInitTarget(file);
      checkInitLanguages(languagesOf(flags));
      try {
        const { answers, target } = interactive ? await askInit(file, flags) : { answers: answersFromFlags(flags), target: file };
        if (!target) throw new UserError(words('initNeedsFile'), undefined, 2);
        // Under the same lock as `add`: an edit of the file by that name waits for the new file, or it for the edit.
        const result = await withFileLock(target, () => initFile(target, answers, undefined, sayWords, findingsInRunLanguage));
        const warnings = result.findings.filter((d) => d.severity === 'warning');
        out(sayLine('initWrote', { file: target, days: dayNumber(answers.to) - dayNumber(answers.from) + 1, languages: answers.languages.join(', ') }));
        for (const w of findingsInRunLanguage(warnings)) out(`  ${sayLine('note', { message: w.message })}`);
        out(sayLine('initNext', { file: target }));
      } catch (error) {
        if (endedByUser(error)) return;
        throw error;
      }
    });
}

/** The new file's findings worded in the language of the run, as validate words them. */
function findingsInRunLanguage(findings: Diagnostic[]): Diagnostic[] {
  const lang = runLanguage();
  if (findings.length === 0 || lang === 'en') return findings;
  return localizeReports([{ file: '', diagnostics: findings, lines: [], sensitiveLines: new Set() }], reportWords(loadLabels(runArguments().templates, ['en', lang]), lang).findings)[0]!.diagnostics;
}

/** Flags only: every missing required answer is named at once. */
export function answersFromFlags(flags: InitFlags): InitAnswers {
  const languages = languagesOf(flags);
  const missing: string[] = [];
  if (flags.title.length === 0) missing.push('--title');
  if (!flags.from) missing.push('--from');
  if (!flags.to) missing.push('--to');
  if (!flags.timezone) missing.push('--timezone');
  if (languages.length === 0) missing.push('--languages');
  if (flags.org.length === 0) missing.push('--org');
  if (flags.head.length === 0) missing.push('--head');
  if (missing.length > 0) {
    throw new UserError(words('initNoTerminal', { missing: missing.join(', ') }), words('initNoTerminal.hint'), 2);
  }
  const text = (parts: string[]) => textFromParts(parts, languages);
  return {
    id: flags.id,
    title: text(flags.title)!,
    from: flags.from!,
    to: flags.to!,
    timezone: flags.timezone!,
    languages,
    org: text(flags.org)!,
    orgId: flags.orgId,
    head: text(flags.head)!,
    headId: flags.headId,
    headPosition: text(flags.headPosition),
    host: text(flags.host),
    hostId: flags.hostId,
  };
}

function languagesOf(flags: InitFlags): string[] {
  if (flags.languages) return flags.languages.split(/[\s,]+/).filter(Boolean);
  const langs: string[] = [];
  for (const part of flags.title) {
    const m = /^([a-z]{2})\s*=/.exec(part);
    if (m && !langs.includes(m[1]!)) langs.push(m[1]!);
  }
  return langs;
}

const DATE_FIELD: Field = { name: 'date', type: 'date', label: 'Date' };

/** The questions, in the order a protocol officer thinks of them; flags already given are not asked. */
export async function askInit(file: string | undefined, flags: InitFlags, context?: Context): Promise<{ answers: InitAnswers; target: string }> {
  const ask = new Asker(context);
  ask.say(`${wizardText('init.intro')}\n`);
  let target = file;
  if (target === undefined) {
    target = await ask.text(wizardText('init.file'), { required: true, default: 'visit.yaml' });
    checkInitTarget(target);
  }
  let languages = languagesOf(flags);
  if (languages.length === 0) {
    // Only languages the documents can be printed in.
    const choices = Object.entries(LANGUAGE_NAMES).filter(([value]) => isPrintable(value)).map(([value, name]) => ({ value, name }));
    const main = await ask.choose(wizardText('init.mainLanguage'), choices, 'ru');
    const others = await ask.pickSome(wizardText('init.otherLanguages'), choices.filter((c) => c.value !== main));
    languages = [main, ...others];
  }
  const text = async (what: string, given: string[], required: boolean): Promise<TextValue | undefined> => {
    if (given.length > 0) return textFromParts(given, languages);
    const parts: string[] = [];
    for (const [i, lang] of languages.entries()) {
      const optional = !required || i > 0;
      const answer = await ask.text(wizardText('inLanguage', { question: what, lang, optional: optional ? 'yes' : 'no' }), { required: !optional });
      if (answer) parts.push(`${lang}=${answer}`);
      if (i === 0 && !answer) break;
    }
    return textFromParts(parts, languages);
  };
  const title = (await text(wizardText('init.title'), flags.title, true))!;
  const checkDate = (v: string) => {
    const problem = checkAnswer({ ...DATE_FIELD, required: true }, v);
    return problem && sayWords(problem);
  };
  const from = flags.from ?? (await ask.text(wizardText('init.from'), { required: true, validate: checkDate }));
  const to =
    flags.to ??
    (await ask.text(wizardText('init.to'), {
      required: true,
      default: /^\d{4}-\d{2}-\d{2}$/.test(from) ? dateOfDayNumber(dayNumber(from) + 2) : undefined,
      validate: (v) => checkDate(v) ?? (dayNumber(v) < dayNumber(from) ? wizardText('init.endBeforeStart', { from }) : undefined),
    }));
  // Offsets as they are on the first day of the visit (summer time differs).
  const zones = timeZoneChoices(Date.parse(`${from}T12:00:00Z`) || Date.now());
  const first = COMMON_ZONES.map((z) => zones.find((c) => c.value === z)).filter((c) => c !== undefined);
  const timezone = flags.timezone ?? (await ask.find(wizardText('init.timezone'), zones, { first }));
  const org = (await text(wizardText('init.org'), flags.org, true))!;
  const head = (await text(wizardText('init.head'), flags.head, true))!;
  const headPosition = await text(wizardText('init.headPosition'), flags.headPosition, false);
  const host = await text(wizardText('init.host'), flags.host, false);
  const answers: InitAnswers = {
    id: flags.id, title, from, to, timezone, languages, org, orgId: flags.orgId, head, headId: flags.headId, headPosition, host, hostId: flags.hostId,
  };
  const days = dayNumber(to) - dayNumber(from) + 1;
  ask.say(`\n  ${textIn(title, languages[0]!)}\n  ${wizardText('init.summary', { from, to, days, timezone, languages: languages.join(', ') })}\n`);
  if (!(await ask.confirm(wizardText('init.confirm', { file: target })))) throw new Declined('declined');
  return { answers, target };
}

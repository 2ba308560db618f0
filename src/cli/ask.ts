// Questions in the terminal for init and add: @inquirer/prompts is loaded only when a question is asked,
// so commands that never ask do not pay for it. Tests pass their own input and output streams.
import { offsetMinutes } from '../model/time.js';
import { zoneKeywords } from '../model/zones.js';
import { runLanguage, say, wizardText } from './say.js';

type Prompts = typeof import('@inquirer/prompts');
export type Context = NonNullable<Parameters<Prompts['input']>[1]>;
let prompts: Promise<Prompts> | undefined;
const load = () => (prompts ??= import('@inquirer/prompts'));

export interface Choice {
  value: string;
  name: string;
  description?: string;
  /** More words to match when searching (the name in every language). */
  keywords?: string;
}

/**
 * The prompts' own words (the key hints under a list, "no results") in the language of the run; in
 * English the prompts' defaults.
 */
function theme(): { style: Record<string, unknown> } | undefined {
  if (runLanguage() === 'en') return undefined;
  const dim = (text: string) => `\u001b[2m${text}\u001b[22m`;
  const color = !process.env.NO_COLOR;
  return {
    style: {
      keysHelpTip: (keys: [string, string][]) => keys.map(([key, action]) => `${key === 'space' ? wizardText('key.space') : key} ${color ? dim(keyWord(action)) : keyWord(action)}`).join(' • '),
      error: (text: string) => `> ${text === 'No results found' ? wizardText('noResults') : text}`,
    },
  };
}

function keyWord(action: string): string {
  const words: Record<string, () => string> = {
    navigate: () => wizardText('key.navigate'),
    select: () => wizardText('key.select'),
    submit: () => wizardText('key.submit'),
    all: () => wizardText('key.all'),
    invert: () => wizardText('key.invert'),
  };
  return words[action]?.() ?? action;
}

/** The questions init and add need, over one terminal (or the streams a test gives). */
export class Asker {
  constructor(private readonly context: Context = {}) {}

  async text(message: string, options: { default?: string; required?: boolean; validate?: (value: string) => string | undefined } = {}): Promise<string> {
    const { input } = await load();
    const answer = await input(
      {
        message,
        default: options.default,
        validate: (value) => {
          if (options.required && value.trim() === '') return wizardText('required');
          return options.validate?.(value) ?? true;
        },
      },
      this.context,
    );
    return answer.trim();
  }

  async choose(message: string, choices: readonly Choice[], defaultValue?: string): Promise<string> {
    const { select } = await load();
    return select({ message, choices: [...choices], default: defaultValue, pageSize: 12, theme: theme() }, this.context);
  }

  /** Type to filter, arrows to pick: for long lists (places, people, time zones). */
  async find(message: string, choices: readonly Choice[], options: { first?: readonly Choice[]; extra?: (term: string) => Choice | undefined } = {}): Promise<string> {
    const { search } = await load();
    return search(
      {
        message,
        pageSize: 12,
        theme: theme(),
        source: (term) => {
          const t = (term ?? '').trim().toLowerCase();
          const found = t === '' ? [...(options.first ?? []), ...choices.filter((c) => !options.first?.some((f) => f.value === c.value))] : rank(choices.filter((c) => matches(c, t)), t);
          const extra = t === '' ? undefined : options.extra?.(term ?? '');
          return extra && !found.some((c) => c.value === extra.value) ? [...found, extra] : found;
        },
      },
      this.context,
    );
  }

  /** Several picks from a long list, one search at a time, until "done". */
  async findMany(message: string, choices: readonly Choice[], options: { min?: number } = {}): Promise<string[]> {
    const picked: string[] = [];
    const DONE = '\u0000done';
    for (;;) {
      const left = choices.filter((c) => !picked.includes(c.value));
      const enough = picked.length >= (options.min ?? 0);
      const done: Choice = { value: DONE, name: picked.length === 0 ? wizardText('none') : wizardText('done', { picked: picked.join(', ') }) };
      const label = picked.length === 0 ? message : wizardText('chosenSoFar', { question: message, picked: picked.join(', ') });
      if (left.length === 0) return picked;
      const value = await this.find(label, enough ? [done, ...left] : left, { first: enough ? [done] : [] });
      if (value === DONE) return picked;
      picked.push(value);
    }
  }

  async pickSome(message: string, choices: readonly Choice[]): Promise<string[]> {
    const { checkbox } = await load();
    return checkbox({ message, choices: choices.map((c) => ({ value: c.value, name: c.name })), pageSize: 12, theme: theme() }, this.context);
  }

  async confirm(message: string, defaultValue = true): Promise<boolean> {
    if (runLanguage() !== 'en') {
      // "y/n" belongs to English (and on a Russian keyboard the y key types "н", for "нет"): a choice
      // of two words instead.
      const answer = await this.choose(message, [{ value: 'yes', name: wizardText('yes') }, { value: 'no', name: wizardText('no') }], defaultValue ? 'yes' : 'no');
      return answer === 'yes';
    }
    const { confirm } = await load();
    return confirm({ message, default: defaultValue }, this.context);
  }

  /** Write a line between questions (on the prompts' output). */
  say(text: string): void {
    (this.context.output ?? process.stdout).write(text + '\n');
  }
}

/** An id typed in full comes first, then ids that start with what was typed. */
function rank(found: Choice[], term: string): Choice[] {
  const score = (c: Choice) => {
    const value = c.value.toLowerCase();
    const bare = value.replace(/^(org|group|role):/, '');
    return value === term || bare === term ? 0 : value.startsWith(term) || bare.startsWith(term) ? 1 : 2;
  };
  return found.map((c, i) => ({ c, i, s: score(c) })).sort((a, b) => a.s - b.s || a.i - b.i).map((x) => x.c);
}

function matches(choice: Choice, term: string): boolean {
  const hay = `${choice.value} ${choice.name} ${choice.description ?? ''} ${choice.keywords ?? ''}`.toLowerCase().replace(/_/g, ' ');
  return term.split(/\s+/).every((word) => hay.includes(word.replace(/_/g, ' ')));
}

/** The user answered "no" to the final "Write …?". */
export class Declined extends Error {
  override name = 'Declined';
}

/** Was the question cut off by Ctrl+C (or the terminal closing)? */
export function isCancelled(error: unknown): boolean {
  return error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError');
}

/**
 * End a question session that the user stopped: "no" at the final question (exit 1) or Ctrl+C
 * (exit 130). Returns false for any other error, which the caller rethrows.
 */
export function endedByUser(error: unknown): boolean {
  if (error instanceof Declined) {
    process.stderr.write(`${say('nothingWritten')}\n`);
    process.exitCode = 1;
    return true;
  }
  if (isCancelled(error)) {
    process.stderr.write(`${say('cancelled')}\n`);
    process.exitCode = 130;
    return true;
  }
  return false;
}

/** Can we ask? Both ends must be a terminal; CI and pipes get flags instead. */
export function canAsk(): boolean {
  return Boolean(process.stdin.isTTY && process.stdout.isTTY);
}

/** IANA zones with their current UTC offset, for the searchable list. */
export function timeZoneChoices(now = Date.now()): Choice[] {
  const zones = (Intl as unknown as { supportedValuesOf(key: string): string[] }).supportedValuesOf('timeZone');
  if (!zones.includes('UTC')) zones.push('UTC');
  // Searching "beijing" or "тверь" finds the zone: the same table of places that validate suggests from.
  return zones.map((zone) => ({ value: zone, name: `${zone} (UTC${formatOffset(offsetMinutes(zone, now))})`, keywords: zoneKeywords(zone) }));
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '−' : '+';
  const m = Math.abs(minutes);
  return `${sign}${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** Zones offered first before anything is typed: the ones official visits between Russia and China use most. */
export const COMMON_ZONES = ['Asia/Shanghai', 'Europe/Moscow', 'Asia/Yekaterinburg', 'Asia/Novosibirsk', 'Asia/Vladivostok', 'Asia/Almaty', 'UTC'];

export const LANGUAGE_NAMES: Record<string, string> = {
  ru: 'Русский (ru)',
  en: 'English (en)',
  zh: '中文 (zh)',
  kk: 'Қазақша (kk)',
  uz: "O'zbekcha (uz)",
  be: 'Беларуская (be)',
  mn: 'Монгол (mn)',
  ja: '日本語 (ja)',
  ko: '한국어 (ko)',
  vi: 'Tiếng Việt (vi)',
  ar: 'العربية (ar)',
  fr: 'Français (fr)',
  de: 'Deutsch (de)',
  es: 'Español (es)',
};

// Which paths and lines hold sensitive data: passports and diets always; phones and e-mails of
// people who are neither duty contacts nor an event's officer in charge. Keys are recognised when
// misspelt too (`pasport:`), and a file that does not parse is judged from its text alone.
import { isMap, isSeq, type Node } from 'yaml';
import type { DocPath } from '../diagnostics/types.js';
import type { Model } from '../model/types.js';
import type { ParsedYaml } from '../source/parse.js';

type SensitiveKind = 'always' | 'contact';

const KINDS: Record<string, SensitiveKind> = { passport: 'always', diet: 'always', phone: 'contact', email: 'contact' };
/** Other words people use for the same fields. */
const SYNONYMS: Record<string, SensitiveKind> = {
  pasport: 'always', passports: 'always', dietary: 'always', diets: 'always', allergies: 'always', allergy: 'always',
  mail: 'contact', tel: 'contact', telephone: 'contact', mobile: 'contact', cell: 'contact', phones: 'contact', emails: 'contact',
};

/**
 * Whether a key names a sensitive field, exactly or as a near miss: "pasport", "Passport_no",
 * "e-mail", "phnoe". Decided by edit distance to the known keys (two edits for "passport", one for
 * the shorter ones), so that a typo does not turn private data into an ordinary unknown key.
 */
export function sensitiveKeyKind(key: string): SensitiveKind | undefined {
  const word = key.toLowerCase().replace(/[\s_.-]/g, '');
  if (word === '') return undefined;
  const exact = KINDS[word] ?? SYNONYMS[word];
  if (exact) return exact;
  if (word.includes('passport') || word.includes('pasport') || word.startsWith('passp')) return 'always';
  if (/^(phone|email|mail|tel|mobile)/.test(word)) return 'contact';
  for (const [known, kind] of Object.entries(KINDS)) {
    const limit = known.length >= 8 ? 2 : 1;
    if (Math.abs(word.length - known.length) <= limit && editDistance(word, known) <= limit) return kind;
  }
  return undefined;
}

/** Edits (insert, delete, replace, swap two neighbours) from one word to another: "phnoe" is one from "phone". */
function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[0]![j] = j;
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/** Ids of people whose phone and e-mail are operational: duty contacts and officers in charge. */
export function operationalContacts(model: Model): Set<string> {
  const ids = new Set(model.visit?.contacts ?? []);
  for (const event of model.events) if (event.responsible) ids.add(event.responsible);
  return ids;
}

const publicIndexes = new WeakMap<Model, Set<number>>();

export function isSensitivePath(model: Model, path: DocPath): boolean {
  if (path[0] !== 'people' || typeof path[1] !== 'number') return false;
  const field = path[2];
  if (typeof field !== 'string') return false;
  const kind = sensitiveKeyKind(field);
  if (kind === 'always') return true;
  if (kind !== 'contact') return false;
  let open = publicIndexes.get(model);
  if (!open) {
    const contacts = operationalContacts(model);
    open = new Set(model.people.filter((p) => contacts.has(p.id)).map((p) => p.path[1] as number));
    publicIndexes.set(model, open);
  }
  return !open.has(path[1]);
}

/** Lines of the text touched by a sensitive value, so that excerpts can leave them out. */
export function findSensitiveLines(parsed: ParsedYaml, model: Model): Set<number> {
  const lines = new Set<number>();
  const people = isMap(parsed.doc.contents) ? parsed.doc.contents.get('people', true) : undefined;
  if (!isSeq(people)) return lines;
  const contacts = operationalContacts(model);
  people.items.forEach((item) => {
    if (!isMap(item)) return;
    const id = item.get('id');
    for (const pair of item.items) {
      const key = (pair.key as { value?: unknown } | null)?.value;
      if (typeof key !== 'string') continue;
      const kind = sensitiveKeyKind(key);
      const sensitive = kind === 'always' || (kind === 'contact' && !(typeof id === 'string' && contacts.has(id)));
      if (!sensitive) continue;
      const value = pair.value as Node | null;
      const start = (pair.key as Node).range?.[0];
      const end = value?.range?.[1] ?? (pair.key as Node).range?.[1];
      if (start === undefined || end === undefined) continue;
      const first = parsed.lineCounter.linePos(start).line;
      const last = parsed.lineCounter.linePos(Math.max(start, end - 1)).line;
      for (let line = first; line <= last; line++) lines.add(line);
    }
  });
  return lines;
}

/**
 * Lines of a text that does not parse which hold, or sit inside, a sensitive field. There is no
 * model to ask, so this reads the text: a line with a sensitive key (or starting with one whose
 * colon is missing) and every line after it that is indented deeper than that key, or that
 * continues a bracket or quote the key's value opened. Phones and e-mails count everywhere here:
 * without a model nobody can tell a duty contact from a private number, so both are hidden.
 */
export function findSensitiveLinesInText(text: string): Set<number> {
  const hidden = new Set<number>();
  const lines = text.split(/\r\n|\r|\n/);
  let open: { column: number; scan: ValueScan } | undefined;
  lines.forEach((line, index) => {
    const indent = indentWidth(line);
    const blank = line.trim() === '';
    if (open) {
      if (blank || indent > open.column || open.scan.depth > 0 || open.scan.quote) {
        hidden.add(index + 1);
        scanValue(line, 0, open.scan);
        return;
      }
      open = undefined;
    }
    const column = sensitiveKeyColumn(line);
    if (column === undefined) return;
    hidden.add(index + 1);
    const colon = line.indexOf(':', column);
    const scan: ValueScan = { depth: 0, quote: undefined, atValue: true };
    if (colon !== -1) scanValue(line, colon + 1, scan);
    open = { column, scan };
  });
  return hidden;
}

/** Columns of a line's indentation, a tab reaching the next multiple of eight (as a terminal shows it). */
function indentWidth(line: string): number {
  let width = 0;
  for (const ch of line) {
    if (ch === ' ') width++;
    else if (ch === '\t') width += 8 - (width % 8);
    else break;
  }
  return width;
}

/** Where on the line a sensitive key starts, if any: keys before a colon, or the line's first word. */
function sensitiveKeyColumn(line: string): number | undefined {
  const keys = /(^|[\s{[,?-])["']?([\p{L}\p{N}_.-]+)["']?[ \t]*:(?=\s|$|[{["'])/gu;
  for (let match = keys.exec(line); match; match = keys.exec(line)) {
    if (sensitiveKeyKind(match[2]!)) return match.index + match[1]!.length;
  }
  const first = /^([ \t]*(?:-[ \t]+)*)["']?([\p{L}\p{N}_.-]+)/u.exec(line);
  if (first && !line.slice(first[1]!.length).startsWith('#') && sensitiveKeyKind(first[2]!)) return first[1]!.length;
  return undefined;
}

interface ValueScan {
  /** Flow brackets still open. */
  depth: number;
  /** The quote of a quoted scalar still open. */
  quote: '"' | "'" | undefined;
  /** At the start of a value, where a quote opens a quoted scalar. */
  atValue: boolean;
}

/** Follows brackets and quotes through one line of a value, so that its continuation lines are known. */
function scanValue(line: string, from: number, scan: ValueScan): void {
  for (let i = from; i < line.length; i++) {
    const ch = line[i]!;
    if (scan.quote === '"') {
      if (ch === '\\') i++;
      else if (ch === '"') scan.quote = undefined;
      continue;
    }
    if (scan.quote === "'") {
      if (ch === "'" && line[i + 1] === "'") i++;
      else if (ch === "'") scan.quote = undefined;
      continue;
    }
    if (ch === ' ' || ch === '\t') continue;
    if (ch === '#' && (i === 0 || /\s/.test(line[i - 1]!))) return;
    if ((ch === '"' || ch === "'") && scan.atValue) scan.quote = ch;
    else if (ch === '{' || ch === '[') scan.depth++;
    else if ((ch === '}' || ch === ']') && scan.depth > 0) scan.depth--;
    scan.atValue = ch === '{' || ch === '[' || ch === ',' || ch === ':' || ch === '-' || ch === '?';
  }
}

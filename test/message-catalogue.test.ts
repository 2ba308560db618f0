// The tool's own sentences (the "messages" and "wizard" sections of the label files): every one in
// ru, en and zh, each a valid ICU template that uses only the data its callers give and has every
// plural form its language needs; every id the code uses exists, with the data its template wants.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTRY_KINDS, FIELDS } from '../src/commands/add-fields.js';
import { ORGANIZATION_KINDS } from '../src/model/schema.js';
import { readCatalogue } from '../src/source/catalogue.js';
import { VALUE_PHRASES } from '../src/source/value-words.js';
import { YAML_PHRASES } from '../src/source/yaml-words.js';
import { templateShape } from './helpers/icu-shape.js';

const ROOT = join(import.meta.dirname, '..');
const LANGS = ['en', 'ru', 'zh'] as const;
const SECTIONS = ['messages', 'wizard'] as const;

type Section = Record<string, string>;
const labels = Object.fromEntries(
  LANGS.map((lang) => [lang, JSON.parse(readFileSync(join(ROOT, 'templates', 'labels', `${lang}.json`), 'utf8')) as Record<string, unknown>]),
) as Record<(typeof LANGS)[number], Record<string, unknown>>;
const section = (lang: (typeof LANGS)[number], name: (typeof SECTIONS)[number]) => (labels[lang][name] ?? {}) as Section;


/** Every `words('id', { … })`, `say…('id', { … })` and `wizardText('id', { … })` in the sources, with its data keys. */
function calls(): { file: string; fn: string; id: string; keys: string[] | undefined }[] {
  const found: { file: string; fn: string; id: string; keys: string[] | undefined }[] = [];
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((entry) => {
      const path = join(dir, entry);
      return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
    });
  for (const file of files(join(ROOT, 'src'))) {
    const text = readFileSync(file, 'utf8');
    const call = /\b(words|say|sayLine|wizardText)\('([\w.]+)'(\s*,\s*)?/g;
    for (let m = call.exec(text); m; m = call.exec(text)) {
      let keys: string[] | undefined;
      if (m[3] && text[call.lastIndex] === '{') {
        // The object literal: its top-level keys (shorthand or `key:`).
        let depth = 0;
        let end = call.lastIndex;
        for (; end < text.length; end++) {
          if ('{(['.includes(text[end]!)) depth++;
          if ('})]'.includes(text[end]!) && --depth === 0) break;
        }
        const body = text.slice(call.lastIndex + 1, end);
        let top = '';
        let d = 0;
        for (const c of body) {
          if ('{(['.includes(c)) d++;
          if ('})]'.includes(c)) d--;
          else if (d === 0) top += c;
        }
        keys = top.split(',').map((part) => /^\s*([A-Za-z_$][\w$]*)/.exec(part)?.[1]).filter((k): k is string => k !== undefined);
      }
      // `say` is the CLI's; rules and the engine have their own for the findings' words.
      if (m[1] === 'say' && !file.includes(`${join('src', 'cli')}`)) continue;
      found.push({ file: file.slice(ROOT.length + 1), fn: m[1]!, id: m[2]!, keys });
    }
  }
  return found;
}

/** For each id, the data keys every call of it gives (calls with data built elsewhere give what en reads). */
const provided = new Map<string, Set<string>>();
for (const { id, keys } of calls()) {
  if (keys === undefined && provided.has(id)) continue;
  const given = new Set(keys ?? []);
  const before = provided.get(id);
  provided.set(id, before ? new Set([...before].filter((k) => given.has(k))) : given);
}

describe.each(SECTIONS)('the "%s" of the label files', (name) => {
  const english = section('en', name);

  it('is placed first in each file, and en has sentences', () => {
    expect(Object.keys(english).length).toBeGreaterThan(name === 'messages' ? 100 : 20);
  });

  it.each(LANGS)('%s has exactly the ids of en', (lang) => {
    expect(Object.keys(section(lang, name)).sort()).toEqual(Object.keys(english).sort());
  });

  it.each(LANGS)('every %s text parses, uses only the data the code gives, and has every plural form of the language', (lang) => {
    const needed = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
    const faults: string[] = [];
    for (const [id, text] of Object.entries(section(lang, name))) {
      let own;
      try {
        own = templateShape(text, lang);
      } catch (error) {
        faults.push(`${id}: does not parse: ${(error as Error).message}`);
        continue;
      }
      const given = provided.get(id) ?? templateShape(english[id] ?? '', 'en').args;
      for (const arg of own.args) if (!given.has(arg)) faults.push(`${id}: {${arg}} is not given by the code`);
      for (const plural of own.plurals) {
        const missing = needed.filter((category) => !plural.keys.includes(category));
        if (missing.length > 0) faults.push(`${id}: {${plural.arg}, plural} lacks ${missing.join(', ')}`);
      }
      if (text.trim() === '') faults.push(`${id}: empty`);
    }
    expect(faults).toEqual([]);
  });

  it.each(['ru', 'zh'] as const)('%s texts are translated, not English copies (commands and paths aside)', (lang) => {
    const copies = Object.entries(section(lang, name)).filter(([id, text]) => text === english[id] && /[a-z]{4,} [a-z]{4,} [a-z]{4,}/.test(text.replace(/delegation [a-z-]+.*|--\S+|\S+\.(yaml|json|xlsx)/g, '')));
    expect(copies.map(([id]) => id)).toEqual([]);
  });
});

describe('the sentences the code uses', () => {
  const used = calls();

  it('are found in the sources', () => {
    expect(used.length).toBeGreaterThan(150);
  });

  it('exist in the en label file, with the data their template reads', () => {
    const faults: string[] = [];
    for (const { file, fn, id, keys } of used) {
      const template = section('en', fn === 'wizardText' ? 'wizard' : 'messages')[id];
      if (template === undefined) {
        faults.push(`${file}: ${fn}('${id}') has no text`);
        continue;
      }
      const wanted = [...templateShape(template, 'en').args];
      const missing = wanted.filter((arg) => !(keys ?? []).includes(arg));
      if (missing.length > 0) faults.push(`${file}: ${fn}('${id}') gives no ${missing.join(', ')}`);
    }
    expect(faults).toEqual([]);
  });

  it('include a question for every field of `add`, and a name for every kind of organization', () => {
    const wizard = section('en', 'wizard');
    const missing = [
      ...ENTRY_KINDS.flatMap((kind) => FIELDS[kind].map((field) => `add.${kind}.${field.name}`)),
      ...ORGANIZATION_KINDS.map((kind) => `orgKind.${kind}`),
    ].filter((id) => wizard[id] === undefined);
    expect(missing).toEqual([]);
  });

  it('leave no sentence of the label files unused', () => {
    // Field questions and organization kinds are named from the data (add.<kind>.<field>, orgKind.<kind>).
    const ids = new Set([
      ...used.map((u) => u.id),
      ...ENTRY_KINDS.flatMap((kind) => FIELDS[kind].map((field) => `add.${kind}.${field.name}`)),
      ...ORGANIZATION_KINDS.map((kind) => `orgKind.${kind}`),
    ]);
    const unused = SECTIONS.flatMap((name) => Object.keys(section('en', name)).filter((id) => !ids.has(id)));
    expect(unused).toEqual([]);
  });
});

describe('the phrases a sentence quotes (yaml.<id>)', () => {
  const phrases: Record<string, string> = { ...YAML_PHRASES, ...VALUE_PHRASES };
  const own = (lang: (typeof LANGS)[number]) =>
    lang === 'en' ? phrases : ((labels[lang].findings as { phrases: Record<string, string> }).phrases);

  it.each(LANGS)('are all served in %s, each the text the findings have', (lang) => {
    const catalogue = readCatalogue(lang, 'messages');
    const faults = Object.keys(phrases).filter((id) => own(lang)[id] === undefined || catalogue[`yaml.${id}`] !== own(lang)[id]);
    expect(faults).toEqual([]);
  });

  it.each(LANGS)('are written once in %s: no sentence of the messages repeats one', (lang) => {
    const texts = new Set(Object.keys(phrases).map((id) => own(lang)[id]));
    const copies = Object.entries(section(lang, 'messages')).filter(([, text]) => texts.has(text));
    expect(copies.map(([id]) => id)).toEqual([]);
  });
});

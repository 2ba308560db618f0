// missing-translation: a Text lacks one of the visit's languages (a plain string counts as written in
// the first). One finding per Text value, listing every missing language.
import type { DocPath } from '../diagnostics/types.js';
import { hasLanguage } from '../model/text.js';
import type { Model, TextValue } from '../model/types.js';
import { listOf } from './describe.js';
import type { Rule } from './types.js';

interface TextField {
  text: TextValue;
  path: DocPath;
  /** "the title of event talks" */
  what: string;
  /** Never quote it in a message (a diet). */
  sensitive?: boolean;
}

const SNIPPET = 40;

export const missingTranslation: Rule = {
  id: 'missing-translation',
  defaultSeverity: 'warning',
  description: 'A text lacks one of the visit\'s languages.',
  meta: {
    messages: {
      missing: '{what}{quoted, select, yes { "{snippet}"} other {}} lacks {missing}',
      plainHint: 'A plain string counts as {first}; write a map with every language of the visit, e.g. {example}.',
      mapHint: 'Add the {missing} {count, plural, one {variant} other {variants}}; until then documents in {count, plural, one {that language} other {those languages}} show another language.',
    },
    docs: { url: 'docs/rules/missing-translation.md' },
    tags: ['protocol'],
  },
  check({ model, report }) {
    if (!model.visit) return;
    const languages = model.visit.languages;
    const first = languages[0]!;
    for (const field of textFields(model)) {
      const missing = languages.filter((lang) => !hasLanguage(field.text, lang, first));
      if (missing.length === 0) continue;
      report({
        path: field.path,
        messageId: 'missing',
        data: {
          what: field.what,
          quoted: field.sensitive ? 'no' : 'yes',
          snippet: field.sensitive ? '' : snippet(field.text),
          missing: listOf(missing),
          count: missing.length,
          first,
          example: `{ ${languages.map((l) => `${l}: …`).join(', ')} }`,
        },
        hintId: typeof field.text === 'string' ? 'plainHint' : 'mapHint',
      });
    }
  },
};

/** Every Text value of the file with its path, in file order. */
export function textFields(model: Model): TextField[] {
  const out: TextField[] = [];
  const add = (text: TextValue | undefined, path: DocPath, what: string, sensitive = false) => {
    if (text !== undefined) out.push({ text, path, what, sensitive });
  };
  const v = model.visit;
  if (v) {
    add(v.title, ['visit', 'title'], 'the title of the visit');
    add(v.host, ['visit', 'host'], 'the host of the visit');
    add(v.notes, ['visit', 'notes'], 'the notes of the visit');
  }
  for (const o of model.organizations) {
    const of = `organization ${o.id}`;
    add(o.name, [...o.path, 'name'], `the name of ${of}`);
    add(o.sector, [...o.path, 'sector'], `the sector of ${of}`);
    add(o.city, [...o.path, 'city'], `the city of ${of}`);
    add(o.notes, [...o.path, 'notes'], `the notes of ${of}`);
  }
  for (const p of model.people) {
    const of = `person ${p.id}`;
    add(p.name, [...p.path, 'name'], `the name of ${of}`);
    add(p.position, [...p.path, 'position'], `the position of ${of}`);
    add(p.diet, [...p.path, 'diet'], `the diet of ${of}`, true);
    add(p.bio, [...p.path, 'bio'], `the bio of ${of}`);
    add(p.notes, [...p.path, 'notes'], `the notes of ${of}`);
  }
  for (const g of model.groups) add(g.name, [...g.path, 'name'], `the name of group ${g.id}`);
  for (const p of model.places) {
    const of = `place ${p.id}`;
    add(p.name, [...p.path, 'name'], `the name of ${of}`);
    add(p.city, [...p.path, 'city'], `the city of ${of}`);
    add(p.address, [...p.path, 'address'], `the address of ${of}`);
    add(p.notes, [...p.path, 'notes'], `the notes of ${of}`);
  }
  for (const vh of model.vehicles) {
    add(vh.driver?.name, [...vh.path, 'driver', 'name'], `the driver's name of vehicle ${vh.id}`);
    add(vh.notes, [...vh.path, 'notes'], `the notes of vehicle ${vh.id}`);
  }
  for (const a of model.agreements) {
    add(a.title, [...a.path, 'title'], `the title of agreement ${a.id}`);
    add(a.notes, [...a.path, 'notes'], `the notes of agreement ${a.id}`);
  }
  for (const day of model.days) {
    add(day.title, [...day.path, 'title'], `the title of day ${day.date}`);
    for (const e of day.events) {
      const of = `event ${e.id}`;
      add(e.title, [...e.path, 'title'], `the title of ${of}`);
      add(e.gather?.at, [...e.path, 'gather', 'at'], `the gathering place of ${of}`);
      add(e.dress, [...e.path, 'dress'], `the dress code of ${of}`);
      add(e.notes, [...e.path, 'notes'], `the notes of ${of}`);
      add(e.brief?.purpose, [...e.path, 'brief', 'purpose'], `the brief's purpose of ${of}`);
      e.brief?.talking_points?.forEach((point, i) => add(point, [...e.path, 'brief', 'talking_points', i], `talking point ${i + 1} of ${of}`));
      add(e.brief?.background, [...e.path, 'brief', 'background'], `the brief's background of ${of}`);
    }
  }
  return out;
}

function snippet(text: TextValue): string {
  const value = (typeof text === 'string' ? text : Object.values(text)[0] ?? '').replace(/\s+/g, ' ').trim();
  return value.length > SNIPPET ? `${value.slice(0, SNIPPET - 1)}…` : value;
}

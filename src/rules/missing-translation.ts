// missing-translation: a Text lacks one of the visit's languages (a plain string counts as written in
// the first). One finding per Text value, listing every missing language.
import type { DocPath, Phrase } from '../diagnostics/types.js';
import { hasLanguage } from '../model/text.js';
import type { Model, TextValue } from '../model/types.js';
import { listOf, say } from './describe.js';
import type { Rule } from './types.js';

interface TextField {
  text: TextValue;
  path: DocPath;
  /** "the title of event talks" */
  what: Phrase;
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
/** Which text of which entry: the data of the `textField` phrase ("the title of event talks"). */
interface TextFieldName {
  field: string;
  owner: string;
  id: string;
  n?: number;
}

export function textFields(model: Model): TextField[] {
  const out: TextField[] = [];
  const add = (text: TextValue | undefined, path: DocPath, what: TextFieldName, sensitive = false) => {
    if (text !== undefined) out.push({ text, path, what: say('textField', { ...what }), sensitive });
  };
  const v = model.visit;
  if (v) {
    add(v.title, ['visit', 'title'], { field: 'title', owner: 'visit', id: '' });
    add(v.host, ['visit', 'host'], { field: 'host', owner: 'visit', id: '' });
    add(v.notes, ['visit', 'notes'], { field: 'notes', owner: 'visit', id: '' });
  }
  for (const o of model.organizations) {
    const of = { owner: 'organization', id: o.id };
    add(o.name, [...o.path, 'name'], { field: 'name', ...of });
    add(o.sector, [...o.path, 'sector'], { field: 'sector', ...of });
    add(o.city, [...o.path, 'city'], { field: 'city', ...of });
    add(o.notes, [...o.path, 'notes'], { field: 'notes', ...of });
  }
  for (const p of model.people) {
    const of = { owner: 'person', id: p.id };
    add(p.name, [...p.path, 'name'], { field: 'name', ...of });
    add(p.position, [...p.path, 'position'], { field: 'position', ...of });
    add(p.diet, [...p.path, 'diet'], { field: 'diet', ...of }, true);
    add(p.bio, [...p.path, 'bio'], { field: 'bio', ...of });
    add(p.notes, [...p.path, 'notes'], { field: 'notes', ...of });
  }
  for (const g of model.groups) add(g.name, [...g.path, 'name'], { field: 'name', owner: 'group', id: g.id });
  for (const p of model.places) {
    const of = { owner: 'place', id: p.id };
    add(p.name, [...p.path, 'name'], { field: 'name', ...of });
    add(p.city, [...p.path, 'city'], { field: 'city', ...of });
    add(p.address, [...p.path, 'address'], { field: 'address', ...of });
    add(p.notes, [...p.path, 'notes'], { field: 'notes', ...of });
  }
  for (const vh of model.vehicles) {
    add(vh.driver?.name, [...vh.path, 'driver', 'name'], { field: 'driverName', owner: 'vehicle', id: vh.id });
    add(vh.notes, [...vh.path, 'notes'], { field: 'notes', owner: 'vehicle', id: vh.id });
  }
  for (const a of model.agreements) {
    add(a.title, [...a.path, 'title'], { field: 'title', owner: 'agreement', id: a.id });
    add(a.notes, [...a.path, 'notes'], { field: 'notes', owner: 'agreement', id: a.id });
  }
  for (const day of model.days) {
    add(day.title, [...day.path, 'title'], { field: 'title', owner: 'day', id: day.date });
    for (const e of day.events) {
      const of = { owner: 'event', id: e.id };
      add(e.title, [...e.path, 'title'], { field: 'title', ...of });
      add(e.gather?.at, [...e.path, 'gather', 'at'], { field: 'gather', ...of });
      add(e.dress, [...e.path, 'dress'], { field: 'dress', ...of });
      add(e.notes, [...e.path, 'notes'], { field: 'notes', ...of });
      add(e.brief?.purpose, [...e.path, 'brief', 'purpose'], { field: 'purpose', ...of });
      e.brief?.talking_points?.forEach((point, i) => add(point, [...e.path, 'brief', 'talking_points', i], { field: 'talkingPoint', n: i + 1, ...of }));
      add(e.brief?.background, [...e.path, 'brief', 'background'], { field: 'background', ...of });
    }
  }
  return out;
}

function snippet(text: TextValue): string {
  const value = (typeof text === 'string' ? text : Object.values(text)[0] ?? '').replace(/\s+/g, ' ').trim();
  return value.length > SNIPPET ? `${value.slice(0, SNIPPET - 1)}…` : value;
}

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
    // Most texts have every language: they are told without allocating; the rest get their field,
    // path and message.
    eachTextField(model, (text, at, keys, field, owner, id, index, sensitive) => {
      if (hasAll(text, languages, first)) return;
      const found = textField(text, at, keys, field, owner, id, index, sensitive);
      const missing = languages.filter((lang) => !hasLanguage(found.text, lang, first));
      report({
        path: found.path,
        messageId: 'missing',
        data: {
          what: found.what,
          quoted: found.sensitive ? 'no' : 'yes',
          snippet: found.sensitive ? '' : snippet(found.text),
          missing: listOf(missing),
          count: missing.length,
          first,
          example: `{ ${languages.map((l) => `${l}: …`).join(', ')} }`,
        },
        hintId: typeof found.text === 'string' ? 'plainHint' : 'mapHint',
      });
    });
  },
};

function hasAll(text: TextValue, languages: readonly string[], first: string): boolean {
  for (let i = 0; i < languages.length; i++) if (!hasLanguage(text, languages[i]!, first)) return false;
  return true;
}

/** Which text of which entry: the data of the `textField` phrase ("the title of event talks"). */
interface TextFieldName {
  field: string;
  owner: string;
  id: string;
  n?: number;
}

/**
 * A text's place and name, as plain values so that visiting a text allocates nothing: the path of its
 * entry and the keys under it (and the item's index in a list of texts); the field, owner and id of the
 * `textField` phrase.
 */
type TextVisitor = (text: TextValue, at: DocPath, keys: readonly string[], field: string, owner: string, id: string, index: number | undefined, sensitive: boolean) => void;

function textField(text: TextValue, at: DocPath, keys: readonly string[], field: string, owner: string, id: string, index: number | undefined, sensitive: boolean): TextField {
  const path = index === undefined ? [...at, ...keys] : [...at, ...keys, index];
  const what: TextFieldName = index === undefined ? { field, owner, id } : { field, n: index + 1, owner, id };
  return { text, path, what: say('textField', { ...what }), sensitive };
}

/** Every Text value of the file with its path, in file order. */
export function textFields(model: Model): TextField[] {
  const out: TextField[] = [];
  eachTextField(model, (text, at, keys, field, owner, id, index, sensitive) => out.push(textField(text, at, keys, field, owner, id, index, sensitive)));
  return out;
}

// The keys of each text under its entry, made once.
const K = {
  title: ['title'], host: ['host'], notes: ['notes'], name: ['name'], sector: ['sector'], city: ['city'], position: ['position'],
  diet: ['diet'], bio: ['bio'], address: ['address'], driverName: ['driver', 'name'], gather: ['gather', 'at'], dress: ['dress'],
  purpose: ['brief', 'purpose'], talkingPoints: ['brief', 'talking_points'], background: ['brief', 'background'],
} as const;

const VISIT: DocPath = ['visit'];

/** Calls `visit` for every Text value of the file, in file order. */
function eachTextField(model: Model, visit: TextVisitor): void {
  const v = model.visit;
  if (v) {
    if (v.title !== undefined) visit(v.title, VISIT, K.title, 'title', 'visit', '', undefined, false);
    if (v.host !== undefined) visit(v.host, VISIT, K.host, 'host', 'visit', '', undefined, false);
    if (v.notes !== undefined) visit(v.notes, VISIT, K.notes, 'notes', 'visit', '', undefined, false);
  }
  for (const o of model.organizations) {
    if (o.name !== undefined) visit(o.name, o.path, K.name, 'name', 'organization', o.id, undefined, false);
    if (o.sector !== undefined) visit(o.sector, o.path, K.sector, 'sector', 'organization', o.id, undefined, false);
    if (o.city !== undefined) visit(o.city, o.path, K.city, 'city', 'organization', o.id, undefined, false);
    if (o.notes !== undefined) visit(o.notes, o.path, K.notes, 'notes', 'organization', o.id, undefined, false);
  }
  for (const p of model.people) {
    if (p.name !== undefined) visit(p.name, p.path, K.name, 'name', 'person', p.id, undefined, false);
    if (p.position !== undefined) visit(p.position, p.path, K.position, 'position', 'person', p.id, undefined, false);
    if (p.diet !== undefined) visit(p.diet, p.path, K.diet, 'diet', 'person', p.id, undefined, true);
    if (p.bio !== undefined) visit(p.bio, p.path, K.bio, 'bio', 'person', p.id, undefined, false);
    if (p.notes !== undefined) visit(p.notes, p.path, K.notes, 'notes', 'person', p.id, undefined, false);
  }
  for (const g of model.groups) if (g.name !== undefined) visit(g.name, g.path, K.name, 'name', 'group', g.id, undefined, false);
  for (const p of model.places) {
    if (p.name !== undefined) visit(p.name, p.path, K.name, 'name', 'place', p.id, undefined, false);
    if (p.city !== undefined) visit(p.city, p.path, K.city, 'city', 'place', p.id, undefined, false);
    if (p.address !== undefined) visit(p.address, p.path, K.address, 'address', 'place', p.id, undefined, false);
    if (p.notes !== undefined) visit(p.notes, p.path, K.notes, 'notes', 'place', p.id, undefined, false);
  }
  for (const vh of model.vehicles) {
    const driver = vh.driver?.name;
    if (driver !== undefined) visit(driver, vh.path, K.driverName, 'driverName', 'vehicle', vh.id, undefined, false);
    if (vh.notes !== undefined) visit(vh.notes, vh.path, K.notes, 'notes', 'vehicle', vh.id, undefined, false);
  }
  for (const a of model.agreements) {
    if (a.title !== undefined) visit(a.title, a.path, K.title, 'title', 'agreement', a.id, undefined, false);
    if (a.notes !== undefined) visit(a.notes, a.path, K.notes, 'notes', 'agreement', a.id, undefined, false);
  }
  for (const day of model.days) {
    if (day.title !== undefined) visit(day.title, day.path, K.title, 'title', 'day', day.date, undefined, false);
    for (const e of day.events) {
      const at = e.path;
      if (e.title !== undefined) visit(e.title, at, K.title, 'title', 'event', e.id, undefined, false);
      const gather = e.gather?.at;
      if (gather !== undefined) visit(gather, at, K.gather, 'gather', 'event', e.id, undefined, false);
      if (e.dress !== undefined) visit(e.dress, at, K.dress, 'dress', 'event', e.id, undefined, false);
      if (e.notes !== undefined) visit(e.notes, at, K.notes, 'notes', 'event', e.id, undefined, false);
      const brief = e.brief;
      if (brief === undefined) continue;
      if (brief.purpose !== undefined) visit(brief.purpose, at, K.purpose, 'purpose', 'event', e.id, undefined, false);
      const points = brief.talking_points;
      if (points) for (let i = 0; i < points.length; i++) if (points[i] !== undefined) visit(points[i]!, at, K.talkingPoints, 'talkingPoint', 'event', e.id, i, false);
      if (brief.background !== undefined) visit(brief.background, at, K.background, 'background', 'event', e.id, undefined, false);
    }
  }
}

function snippet(text: TextValue): string {
  const value = (typeof text === 'string' ? text : Object.values(text)[0] ?? '').replace(/\s+/g, ' ').trim();
  return value.length > SNIPPET ? `${value.slice(0, SNIPPET - 1)}…` : value;
}

// Which paths and lines hold sensitive data: passports and diets always; phones and e-mails of
// people who are neither duty contacts nor an event's officer in charge.
import { isMap, isSeq, type Node } from 'yaml';
import type { DocPath } from '../diagnostics/types.js';
import type { Model } from '../model/types.js';
import type { ParsedYaml } from '../source/parse.js';

const ALWAYS = new Set(['passport', 'diet']);
const PRIVATE_CONTACT = new Set(['phone', 'email']);

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
  if (ALWAYS.has(field)) return true;
  if (!PRIVATE_CONTACT.has(field)) return false;
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
      const sensitive = ALWAYS.has(key) || (PRIVATE_CONTACT.has(key) && !(typeof id === 'string' && contacts.has(id)));
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

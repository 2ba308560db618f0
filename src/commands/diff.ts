// `delegation diff OLD NEW`: what changed in the programme, event by event (matched by id), and who
// is affected; formatted by render/change-notice.ts for a message to the delegation.
import { loadLabels } from '../io/templates.js';
import { structuralFindings } from './itinerary-edit.js';
import { allVariants } from '../model/text.js';
import type { ItineraryEvent, Model, Person, TextValue } from '../model/types.js';
import { nearest } from '../model/suggest.js';
import { labelsFor } from '../render/labels.js';
import { readRevision } from '../source/git.js';
import { UserError } from '../source/errors.js';
import { displayPath } from './display-path.js';
import { loadItinerary, type ItinerarySource } from './itinerary.js';
import {
  formatChangeNotice, type ChangeNotice, type EventChange, type EventSnapshot, type NamedRef, type NoticeFormat, type PersonRef,
} from '../render/change-notice.js';

export interface DiffOptions {
  /** Two files, or with `gitRevision`, one file compared with its committed version. */
  oldFile?: string;
  newFile: string;
  gitRevision?: string;
  person?: string;
  format: NoticeFormat;
  lang?: string;
  /** A folder whose labels/<lang>.json files replace the shipped words. */
  templatesDir?: string;
  cwd: string;
}

export interface DiffResult {
  output: string;
  notice: ChangeNotice;
  /** Notes for the user (e.g. a file has errors), printed apart from the notice. */
  notes: string[];
}

export function diffItineraries(options: DiffOptions): DiffResult {
  const notes: string[] = [];
  const labelSet = loadLabels(options.templatesDir);
  const newLabel = displayPath(options.newFile, options.cwd);
  let old: ItinerarySource;
  if (options.gitRevision !== undefined) {
    old = { source: readRevision(options.gitRevision, options.newFile), shown: `${newLabel} @ ${options.gitRevision}` };
  } else {
    if (!options.oldFile) throw new UserError('diff needs two files: OLD NEW, or --git REV FILE', undefined, 2);
    old = options.oldFile;
  }
  const before = modelOf(old, options.cwd, notes);
  const after = modelOf(options.newFile, options.cwd, notes);
  const oldLabel = typeof old === 'string' ? displayPath(old, options.cwd) : old.shown;
  const lang = options.lang ?? after.languages[0] ?? 'en';
  let person: PersonRef | undefined;
  if (options.person !== undefined) {
    const found = after.byId.people.get(options.person) ?? before.byId.people.get(options.person);
    if (!found) {
      const ids = new Set([...after.byId.people.keys(), ...before.byId.people.keys()]);
      const near = nearest(options.person, ids);
      throw new UserError(`--person ${options.person}: no such person in either version`, near ? `Did you mean --person ${near}?` : 'Give the id of a person in the people list.', 2);
    }
    person = personRef(found);
  }
  const notice = compareModels(before, after, { oldLabel, newLabel, person });
  return { output: formatChangeNotice(notice, { format: options.format, lang, labels: labelsFor(labelSet, lang) }), notice, notes };
}

function modelOf(from: ItinerarySource, cwd: string, notes: string[]): Model {
  // Findings do not stop a comparison; only entries the model could build take part.
  const { source, shown: label, check, model } = loadItinerary(from, { cwd, config: false });
  if (source.problem) throw new UserError(`${label}: ${source.problem.message}`, source.problem.hint, 2);
  const syntax = check.diagnostics.find((d) => d.rule === 'yaml-syntax');
  if (syntax || !model) {
    throw new UserError(`${label} is not valid YAML (line ${syntax?.line ?? 1}: ${syntax?.message ?? 'no document'})`, `Run: delegation validate ${label.split(' @ ')[0]}`, 1);
  }
  // A version with structural errors would compare as if its broken entries were gone or moved:
  // refuse it, naming the errors, as validate would report them.
  const structural = structuralFindings(check.diagnostics, label);
  if (structural) {
    throw new UserError(`${label} has structural errors; the versions cannot be compared until they are fixed:\n${structural}`, `Run: delegation validate ${label.split(' @ ')[0]}`, 1);
  }
  void notes;
  return model;
}

export interface CompareOptions {
  oldLabel: string;
  newLabel: string;
  person?: PersonRef;
}

export function compareModels(before: Model, after: Model, options: CompareOptions): ChangeNotice {
  const changes: EventChange[] = [];
  for (const old of before.events) {
    const now = after.byId.events.get(old.id);
    if (!now) {
      changes.push({ type: 'cancelled', event: snapshot(old, before), people: old.people.map(personRef) });
      continue;
    }
    const change = compareEvent(old, now, before, after);
    if (change) changes.push(change);
  }
  for (const now of after.events) {
    if (!before.byId.events.has(now.id)) changes.push({ type: 'added', event: snapshot(now, after), people: now.people.map(personRef) });
  }
  for (const day of after.days) {
    const old = before.days.find((d) => d.date === day.date);
    if (!old || (old.hotel ?? '') === (day.hotel ?? '')) continue;
    const people = after.people.filter((p) => p.side === 'delegation').map(personRef);
    changes.push({
      type: 'hotel',
      date: day.date,
      before: old.hotel ? namedRef(old.hotel, before.byId.places.get(old.hotel)?.name) : undefined,
      after: day.hotel ? namedRef(day.hotel, after.byId.places.get(day.hotel)?.name) : undefined,
      people,
    });
  }
  changes.sort(compareChanges);
  const selected = options.person ? changes.filter((c) => c.people.some((p) => p.id === options.person!.id)) : changes;
  const affected = new Map<string, PersonRef>();
  for (const change of selected) for (const p of change.people) if (!affected.has(p.id)) affected.set(p.id, p);
  const people = [...affected.values()].sort(comparePeople);
  return {
    title: after.visit?.title ?? before.visit?.title,
    old: { label: options.oldLabel, revision: before.visit?.revision },
    new: { label: options.newLabel, revision: after.visit?.revision },
    person: options.person,
    changes: selected,
    affected: people,
  };
}

function compareEvent(old: ItineraryEvent, now: ItineraryEvent, before: Model, after: Model): EventChange | undefined {
  const a = snapshot(old, before);
  const b = snapshot(now, after);
  const timeChanged = a.date !== b.date || a.start !== b.start || a.end !== b.end || old.startMs !== now.startMs || old.endMs !== now.endMs;
  const placeChanged = a.place?.id !== b.place?.id || a.from?.id !== b.from?.id || a.to?.id !== b.to?.id;
  const oldIds = new Set(old.people.map((p) => p.id));
  const newIds = new Set(now.people.map((p) => p.id));
  const added = now.people.filter((p) => !oldIds.has(p.id)).map(personRef);
  const removed = old.people.filter((p) => !newIds.has(p.id)).map(personRef);
  const vehiclesChanged = (old.vehicles ?? []).join(',') !== (now.vehicles ?? []).join(',');
  const gatherChanged = old.gather?.time !== now.gather?.time || !sameText(old.gather?.at, now.gather?.at);
  const titleChanged = !sameText(old.title, now.title);
  if (!timeChanged && !placeChanged && added.length === 0 && removed.length === 0 && !vehiclesChanged && !gatherChanged && !titleChanged) return undefined;
  const forEveryone = timeChanged || placeChanged || vehiclesChanged || gatherChanged || titleChanged;
  const people = forEveryone ? unionPeople(old.people, now.people) : [...added, ...removed];
  return {
    type: 'changed',
    before: a,
    after: b,
    time: timeChanged,
    place: placeChanged,
    vehicles: vehiclesChanged,
    gather: gatherChanged,
    title: titleChanged,
    attendeesAdded: added,
    attendeesRemoved: removed,
    people,
  };
}

function snapshot(event: ItineraryEvent, model: Model): EventSnapshot {
  const vehicles = event.vehicles ?? [];
  return {
    id: event.id,
    title: event.title,
    kind: event.kind,
    date: event.day.date,
    start: event.start,
    end: event.end,
    place: event.place ? namedRef(event.place, event.startPlace?.name) : undefined,
    from: event.from ? namedRef(event.from, event.startPlace?.name) : undefined,
    to: event.to ? namedRef(event.to, event.endPlace?.name) : undefined,
    vehicles: vehicles.map((id) => {
      const v = model.byId.vehicles.get(id);
      return { id, name: v ? (v.plate ?? v.kind) : id };
    }),
    gather: event.gather ? { time: event.gather.time, at: event.gather.at } : undefined,
  };
}

function namedRef(id: string, name: TextValue | undefined): NamedRef {
  return { id, name: name ?? id };
}

function personRef(person: Person): PersonRef {
  return { id: person.id, name: person.name, side: person.side, precedence: person.precedence };
}

function unionPeople(a: readonly Person[], b: readonly Person[]): PersonRef[] {
  const seen = new Set<string>();
  const out: PersonRef[] = [];
  for (const p of [...b, ...a]) {
    if (seen.has(p.id)) continue;
    seen.add(p.id);
    out.push(personRef(p));
  }
  return out;
}

function sameText(a: TextValue | undefined, b: TextValue | undefined): boolean {
  return JSON.stringify(allVariants(a)) === JSON.stringify(allVariants(b)) && JSON.stringify(a) === JSON.stringify(b);
}

function changeKey(change: EventChange): [string, string] {
  switch (change.type) {
    case 'hotel':
      return [change.date, '99:99'];
    case 'changed':
      return [change.after.date, change.after.start];
    default:
      return [change.event.date, change.event.start];
  }
}

function compareChanges(a: EventChange, b: EventChange): number {
  const [da, ta] = changeKey(a);
  const [db, tb] = changeKey(b);
  return da < db ? -1 : da > db ? 1 : ta < tb ? -1 : ta > tb ? 1 : 0;
}

/** Delegation first, then host; by precedence, then as listed. */
function comparePeople(a: PersonRef, b: PersonRef): number {
  const side = (p: PersonRef) => (p.side === 'delegation' ? 0 : p.side === 'host' ? 1 : 2);
  return side(a) - side(b) || (a.precedence ?? 1e9) - (b.precedence ?? 1e9);
}

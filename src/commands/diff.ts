// `delegation diff OLD NEW`: what changed in the programme, event by event (matched by id), and who
// is affected; formatted by render/change-notice.ts for a message to the delegation.
import { loadLabels } from '../io/templates.js';
import { compareStructure, same, SCOPES, type EntityChange, type FieldChange, type Scope } from '../model/compare.js';
import { ridesOf } from '../model/seating.js';
import { textIn } from '../model/text.js';
import type { Agreement, Day, Group, ItineraryEvent, Model, Organization, Person, Place, TextValue, Vehicle, Visit } from '../model/types.js';
import { operationalContacts } from '../engine/sensitive.js';
import { structuralFindings, type RefusalWords } from './itinerary-edit.js';
import { nearest } from '../model/suggest.js';
import { labelsFor } from '../render/labels.js';
import { defaultPrintable, isPrintable, notPrintable } from '../render/printable-languages.js';
import { readRevision } from '../source/git.js';
import { configLookup, type ConfigChoice } from './config.js';
import { UserError } from '../source/errors.js';
import { displayPath } from './display-path.js';
import { findingsInLanguage, loadItinerary, type ItinerarySource } from './itinerary.js';
import { words } from '../text/words.js';
import {
  formatChangeNotice, type ChangeNotice, type EventSnapshot, type NamedRef, type NoticeChange, type NoticeFormat, type PersonRef, type SeatMove, type ValueChange,
} from '../render/change-notice.js';

export interface DiffOptions {
  /** Two files, or with `gitRevision`, one file compared with its committed version. */
  oldFile?: string;
  newFile: string;
  gitRevision?: string;
  person?: string;
  includeSensitive?: boolean;
  /** `--config FILE` / `--no-config`: the comparison does not depend on it, but a broken one is reported as elsewhere. */
  config?: ConfigChoice;
  format: NoticeFormat;
  lang?: string;
  /** The language of the messages (`--lang`, else the locale): a refusal quotes findings in it. */
  messageLang?: string;
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
  configLookup(options.config, options.cwd)(options.newFile);
  const labelSet = loadLabels(options.templatesDir);
  const newLabel = displayPath(options.newFile, options.cwd);
  let old: ItinerarySource;
  if (options.gitRevision !== undefined) {
    old = { source: readRevision(options.gitRevision, options.newFile), shown: `${newLabel} @ ${options.gitRevision}` };
  } else {
    if (!options.oldFile) throw new UserError(words('diffNeedsTwo'), undefined, 2);
    old = options.oldFile;
  }
  const refusal: RefusalWords = { lang: options.messageLang, templatesDir: options.templatesDir };
  const before = modelOf(old, options.cwd, refusal);
  const after = modelOf(options.newFile, options.cwd, refusal);
  const oldLabel = typeof old === 'string' ? displayPath(old, options.cwd) : old.shown;
  if (options.lang !== undefined && !isPrintable(options.lang) && !labelSet[options.lang]) throw notPrintable(options.lang);
  const lang = options.lang ?? defaultPrintable(after.languages);
  let person: PersonRef | undefined;
  if (options.person !== undefined) {
    const found = after.byId.people.get(options.person) ?? before.byId.people.get(options.person);
    if (!found) {
      const ids = new Set([...after.byId.people.keys(), ...before.byId.people.keys()]);
      const near = nearest(options.person, ids);
      throw new UserError(words('noPersonInVersions', { id: options.person }), near ? words('didYouMeanOption', { option: '--person', value: near }) : words('givePersonId'), 2);
    }
    person = personRef(found);
  }
  const notice = compareModels(before, after, { oldLabel, newLabel, person, includeSensitive: options.includeSensitive });
  return { output: formatChangeNotice(notice, { format: options.format, lang, labels: labelsFor(labelSet, lang) }), notice, notes };
}

function modelOf(from: ItinerarySource, cwd: string, refusal: RefusalWords): Model {
  // Findings do not stop a comparison; only entries the model could build take part.
  const { source, shown: label, check, model } = loadItinerary(from, { cwd, config: false });
  if (source.problem) throw new UserError(words('fileProblem', { path: label, problem: source.problem.words }), source.problem.hintWords, 2);
  const found = check.diagnostics.find((d) => d.rule === 'yaml-syntax');
  const syntax = found && findingsInLanguage([found], refusal.lang, refusal.templatesDir)[0];
  if (syntax || !model) {
    throw new UserError(
      syntax ? words('notYamlToCompare', { path: label, line: syntax.line, problem: syntax.message }) : words('noDocumentToCompare', { path: label }),
      words('runValidate', { path: label.split(' @ ')[0]! }),
      1,
    );
  }
  // A version with structural errors would compare as if its broken entries were gone or moved:
  // refuse it, naming the errors, as validate would report them.
  const structural = structuralFindings(check.diagnostics, label, refusal);
  if (structural) {
    throw new UserError(words('structuralToCompare', { path: label, findings: structural.findings, more: structural.more }), words('runValidate', { path: label.split(' @ ')[0]! }), 1);
  }
  return model;
}

export interface CompareOptions {
  oldLabel: string;
  newLabel: string;
  person?: PersonRef;
  /** Print the old and new values of sensitive fields (passport, diet, private phones and e-mails). */
  includeSensitive?: boolean;
}

/**
 * The change notice: every structural difference (model/compare.ts) told in people's terms — for
 * each, whom it affects — with events and days under their date and the rest "throughout the visit".
 */
export function compareModels(before: Model, after: Model, options: CompareOptions): ChangeNotice {
  const impact = new Impact(before, after);
  const changes: NoticeChange[] = [];
  for (const change of compareStructure(before, after)) {
    const notice = impact.describe(change);
    if (notice) changes.push(notice);
  }
  // Group membership and seating are resolved: an event whose selectors did not change can still
  // gain or lose people, or seat them elsewhere.
  for (const old of before.events) {
    const now = after.byId.events.get(old.id);
    if (!now || changes.some((c) => c.scope === 'event' && c.key === old.id)) continue;
    const notice = impact.eventChange(old, now, []);
    if (notice) changes.push(notice);
  }
  changes.sort(compareChanges);
  const selected = options.person ? changes.filter((c) => c.people.some((p) => p.id === options.person!.id)) : changes;
  const affected = new Map<string, PersonRef>();
  for (const change of selected) for (const p of change.people) if (!affected.has(p.id)) affected.set(p.id, p);
  const people = [...affected.values()].sort(comparePeople);
  const revisionWarning = changes.length > 0 && !revisionIncreased(before.visit?.revision, after.visit?.revision);
  return {
    title: after.visit?.title ?? before.visit?.title,
    old: { label: options.oldLabel, revision: before.visit?.revision },
    new: { label: options.newLabel, revision: after.visit?.revision },
    person: options.person,
    revisionWarning,
    includeSensitive: Boolean(options.includeSensitive),
    changes: selected,
    affected: people,
  };
}

/** A later revision: a larger number (numbers written as text count as numbers), or a different text. */
export function revisionIncreased(old: string | number | undefined, now: string | number | undefined): boolean {
  if (now === undefined) return false;
  if (old === undefined) return true;
  const a = Number(old);
  const b = Number(now);
  if (String(old).trim() !== '' && String(now).trim() !== '' && Number.isFinite(a) && Number.isFinite(b)) return b > a;
  return String(old) !== String(now);
}

/** Fields whose value is a reference, shown by the name of what they name. */
const REFERENCES: Partial<Record<Scope, Record<string, 'places' | 'people' | 'organizations' | 'agreements'>>> = {
  visit: { head: 'people' },
  contacts: { contacts: 'people' },
  person: { org: 'organizations' },
  agreement: { parties: 'organizations', signatories: 'people' },
  travel: { between: 'places' },
  day: { hotel: 'places' },
  event: { place: 'places', from: 'places', to: 'places', responsible: 'people', agreements: 'agreements' },
};

/** Who each change touches, worked out on both versions. */
class Impact {
  private readonly operational: Set<string>;
  private readonly delegation: PersonRef[];

  constructor(private readonly before: Model, private readonly after: Model) {
    this.operational = new Set([...operationalContacts(before), ...operationalContacts(after)]);
    this.delegation = unionPeople(before.people.filter((p) => p.side === 'delegation'), after.people.filter((p) => p.side === 'delegation'));
  }

  describe(change: EntityChange): NoticeChange | undefined {
    const { scope, key, action } = change;
    const fields = (extra: FieldChange[] = change.fields) => extra.map((f) => this.value(scope, key, f));
    const base = (people: PersonRef[], name: TextValue, more: Partial<NoticeChange> = {}): NoticeChange => ({
      scope, key, action, moved: false, name, fields: fields(), attendeesAdded: [], attendeesRemoved: [], seats: [], people: sortPeople(people), ...more,
    });
    switch (scope) {
      case 'visit':
        return base(this.delegation, ((change.after ?? change.before) as Visit).title);
      case 'contacts': {
        const old = change.before as string[];
        const now = change.after as string[];
        const ids = [...old.filter((id) => !now.includes(id)), ...now.filter((id) => !old.includes(id))];
        return base(unionPeople(this.delegation, ids.map((id) => this.person(id)).filter((p): p is Person => !!p)), key);
      }
      case 'person': {
        const person = (change.after ?? change.before) as Person;
        return base([personRef(person)], person.name);
      }
      case 'organization': {
        const org = (change.after ?? change.before) as Organization;
        const members = [...this.before.people, ...this.after.people].filter((p) => p.org === org.id);
        return base(unionPeople(members, []), org.name);
      }
      case 'group': {
        const group = (change.after ?? change.before) as Group;
        const old = this.before.resolveSelector(`group:${group.id}`);
        const now = this.after.resolveSelector(`group:${group.id}`);
        const onlyMembers = change.fields.length > 0 && change.fields.every((f) => f.field === 'members');
        const people = onlyMembers ? symmetricDifference(old, now) : unionPeople(old, now);
        return base(people, group.name);
      }
      case 'place': {
        const place = (change.after ?? change.before) as Place;
        return base(this.peopleAtPlace(place.id), place.name);
      }
      case 'vehicle': {
        const vehicle = (change.after ?? change.before) as Vehicle;
        const riders = [...this.before.events, ...this.after.events].flatMap((e) => e.rides.filter((r) => r.vehicleId === vehicle.id).flatMap((r) => r.riders));
        return base(unionPeople(riders, []), vehicleName(vehicle));
      }
      case 'agreement': {
        const agreement = (change.after ?? change.before) as Agreement;
        const old = (change.before as Agreement | undefined)?.signatories ?? [];
        const now = (change.after as Agreement | undefined)?.signatories ?? [];
        const onlySignatories = change.fields.length > 0 && change.fields.every((f) => f.field === 'signatories');
        const ids = onlySignatories ? [...old.filter((id) => !now.includes(id)), ...now.filter((id) => !old.includes(id))] : [...old, ...now];
        const people = ids.map((id) => this.person(id)).filter((p): p is Person => !!p);
        const signing = onlySignatories ? [] : [...this.before.events, ...this.after.events].filter((e) => Array.isArray(e.agreements) && e.agreements.includes(agreement.id)).flatMap((e) => e.people);
        return base(unionPeople(people, signing), agreement.title);
      }
      case 'travel': {
        const [a, b] = key.split('~') as [string, string];
        const movers = [...this.before.events, ...this.after.events].filter((e) => (e.from === a && e.to === b) || (e.from === b && e.to === a)).flatMap((e) => e.people);
        const name = (id: string) => textIn(this.after.byId.places.get(id)?.name ?? this.before.byId.places.get(id)?.name, this.after.languages[0] ?? 'en') || id;
        return base(unionPeople(movers, []), `${name(a)} ↔ ${name(b)}`);
      }
      case 'day': {
        const day = (change.after ?? change.before) as Day;
        return base(this.peopleOfDay(day.date), day.title ?? day.date, { date: day.date, start: '99:99' });
      }
      case 'event': {
        if (action === 'changed') return this.eventChange(change.before as ItineraryEvent, change.after as ItineraryEvent, change.fields);
        const event = (change.after ?? change.before) as ItineraryEvent;
        const model = action === 'added' ? this.after : this.before;
        const snap = snapshot(event, model);
        return base(event.people.map(personRef), event.title, {
          date: event.day.date, start: event.start, fields: [], event: action === 'added' ? { after: snap } : { before: snap },
        });
      }
    }
  }

  /** An event in both versions: its fields, its resolved attendees and who sits in which vehicle. */
  eventChange(old: ItineraryEvent, now: ItineraryEvent, fields: FieldChange[]): NoticeChange | undefined {
    const oldIds = new Set(old.people.map((p) => p.id));
    const newIds = new Set(now.people.map((p) => p.id));
    const added = now.people.filter((p) => !oldIds.has(p.id));
    const removed = old.people.filter((p) => !newIds.has(p.id));
    const moves: SeatMove[] = [];
    for (const person of unionPeopleOf(old.people, now.people)) {
      const a = old.people.find((p) => p.id === person.id);
      const b = now.people.find((p) => p.id === person.id);
      const was = a ? ridesOf(old, a).map((r) => r.vehicleId) : [];
      const is = b ? ridesOf(now, b).map((r) => r.vehicleId) : [];
      // Someone who joins or leaves the event is told so; a seat is news only to those who stay.
      if (a && b && !same(was, is)) moves.push({ person: personRef(b), before: was, after: is });
    }
    // Seats are news where a seating mapping assigns them; a plain list changed is told as the vehicles.
    const seats = old.seats || now.seats ? moves : [];
    if (fields.length === 0 && added.length === 0 && removed.length === 0 && moves.length === 0) return undefined;
    const forEveryone = fields.some((f) => f.field !== 'attendees' && f.field !== 'vehicles' && !f.field.startsWith('vehicles.'));
    const people = forEveryone
      ? unionPeople(old.people, now.people)
      : unionPeople([...added, ...removed], moves.map((s) => now.people.find((p) => p.id === s.person.id)!));
    const moved = fields.some((f) => ['date', 'start', 'end', 'place', 'from', 'to'].includes(f.field));
    return {
      scope: 'event',
      key: now.id,
      action: 'changed',
      moved,
      date: now.day.date,
      start: now.start,
      name: now.title,
      event: { before: snapshot(old, this.before), after: snapshot(now, this.after) },
      fields: fields.map((f) => this.value('event', now.id, f)),
      attendeesAdded: added.map(personRef),
      attendeesRemoved: removed.map(personRef),
      seats,
      people: sortPeople(people),
    };
  }

  /** A field's old and new value, references named, sensitive values marked. */
  private value(scope: Scope, key: string, change: FieldChange): ValueChange {
    const top = change.field.split('.')[0]!;
    const kind = REFERENCES[scope]?.[top];
    const show = (value: unknown): unknown => {
      if (kind && Array.isArray(value)) return value.map(show);
      if (!kind || typeof value !== 'string') return value;
      const found = this.after.byId[kind].get(value) ?? this.before.byId[kind].get(value);
      const name = found ? ('title' in found ? found.title : found.name) : value;
      return { id: value, name } satisfies NamedRef;
    };
    return { field: change.field, before: show(change.before), after: show(change.after), sensitive: scope === 'person' && this.sensitive(key, top) };
  }

  private sensitive(personId: string, field: string): boolean {
    if (field === 'passport' || field === 'diet') return true;
    return (field === 'phone' || field === 'email') && !this.operational.has(personId);
  }

  private person(id: string): Person | undefined {
    return this.after.byId.people.get(id) ?? this.before.byId.people.get(id);
  }

  /** Everyone at an event there, and, for a hotel, the delegation on the nights it is theirs. */
  private peopleAtPlace(id: string): PersonRef[] {
    const people: Person[] = [];
    for (const model of [this.before, this.after]) {
      for (const e of model.events) if (e.place === id || e.from === id || e.to === id) people.push(...e.people);
    }
    const nights = [...this.before.days, ...this.after.days].filter((d) => d.hotel === id).map((d) => d.date);
    return unionPeople(people, []).concat(nights.flatMap((date) => this.peopleOfDay(date))).filter((p, i, all) => all.findIndex((q) => q.id === p.id) === i);
  }

  /** The delegation-side people with events on a date (in either version); the whole delegation when none. */
  private peopleOfDay(date: string): PersonRef[] {
    const people = [...this.before.events, ...this.after.events].filter((e) => e.day.date === date).flatMap((e) => e.people).filter((p) => p.side === 'delegation');
    return people.length > 0 ? unionPeople(people, []) : this.delegation;
  }
}

function vehicleName(vehicle: Vehicle): string {
  return [vehicle.kind, vehicle.plate, `(${vehicle.id})`].filter(Boolean).join(' ');
}

function snapshot(event: ItineraryEvent, model: Model): EventSnapshot {
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
    vehicles: event.vehicleIds.map((id) => {
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

function unionPeopleOf(a: readonly Person[], b: readonly Person[]): Person[] {
  const seen = new Set<string>();
  return [...b, ...a].filter((p) => (seen.has(p.id) ? false : (seen.add(p.id), true)));
}

function unionPeople(a: readonly (Person | PersonRef)[], b: readonly (Person | PersonRef)[]): PersonRef[] {
  const seen = new Set<string>();
  const out: PersonRef[] = [];
  for (const p of [...b, ...a]) {
    if (seen.has(p.id)) continue;
    seen.add(p.id);
    out.push({ id: p.id, name: p.name, side: p.side, precedence: p.precedence });
  }
  return out;
}

function symmetricDifference(a: readonly Person[], b: readonly Person[]): PersonRef[] {
  const ids = (list: readonly Person[]) => new Set(list.map((p) => p.id));
  const inA = ids(a);
  const inB = ids(b);
  return unionPeople(a.filter((p) => !inB.has(p.id)), b.filter((p) => !inA.has(p.id)));
}

function sortPeople(people: PersonRef[]): PersonRef[] {
  return [...people].sort(comparePeople);
}

/** Events and days by date and time; changes throughout the visit after them, in scope order. */
function compareChanges(a: NoticeChange, b: NoticeChange): number {
  const da = a.date ?? '9999';
  const db = b.date ?? '9999';
  if (da !== db) return da < db ? -1 : 1;
  if (a.date === undefined) return SCOPES.indexOf(a.scope) - SCOPES.indexOf(b.scope);
  const ta = a.start ?? '';
  const tb = b.start ?? '';
  return ta < tb ? -1 : ta > tb ? 1 : 0;
}

/** Delegation first, then host; by precedence, then as listed. */
function comparePeople(a: PersonRef, b: PersonRef): number {
  const side = (p: PersonRef) => (p.side === 'delegation' ? 0 : p.side === 'host' ? 1 : 2);
  return side(a) - side(b) || (a.precedence ?? 1e9) - (b.precedence ?? 1e9);
}

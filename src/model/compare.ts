// Structural comparison of two models: every entity of every collection matched by its key, every
// field the format defines compared value by value. The fields come from the zod schemas, so a field
// added to the format is compared without new code here.
import {
  Agreement as AgreementSchema, DayHeader, Event as EventSchema, Group as GroupSchema, Organization as OrganizationSchema,
  Person as PersonSchema, Place as PlaceSchema, Travel as TravelSchema, Vehicle as VehicleSchema, Visit as VisitSchema,
} from './schema.js';
import type { Day, ItineraryEvent, Model } from './types.js';

export type Scope = 'visit' | 'contacts' | 'organization' | 'person' | 'group' | 'place' | 'travel' | 'vehicle' | 'agreement' | 'day' | 'event';

/** The order entities are compared and listed in. */
export const SCOPES: readonly Scope[] = ['visit', 'contacts', 'organization', 'person', 'group', 'place', 'travel', 'vehicle', 'agreement', 'day', 'event'];

export interface FieldChange {
  /** Dotted path of the field inside the entity: `dress`, `driver.phone`, `passport.number`. */
  field: string;
  /** Undefined when the field is absent in that version. */
  before: unknown;
  after: unknown;
}

export interface EntityChange<T = unknown> {
  scope: Scope;
  /** The entity's id; a day's date; `a~b` for a road time between two places. */
  key: string;
  action: 'added' | 'removed' | 'changed';
  before: T | undefined;
  after: T | undefined;
  /** For `changed`: each field that differs. Empty for added and removed entities. */
  fields: FieldChange[];
}

/** Field names of each kind of entity, as the format defines them. */
const FIELDS: Record<Exclude<Scope, 'contacts'>, readonly string[]> = {
  // The revision is what a new version announces, not a change of the programme; duty contacts are their own scope.
  visit: Object.keys(VisitSchema.shape).filter((k) => k !== 'revision' && k !== 'contacts'),
  organization: Object.keys(OrganizationSchema.shape),
  person: Object.keys(PersonSchema.shape),
  group: Object.keys(GroupSchema.shape),
  place: Object.keys(PlaceSchema.shape),
  travel: Object.keys(TravelSchema.shape),
  vehicle: Object.keys(VehicleSchema.shape),
  agreement: Object.keys(AgreementSchema.shape),
  day: Object.keys(DayHeader),
  // An event's day is where it stands in the file, not a field of its own: compared as `date`.
  event: ['date', ...Object.keys(EventSchema.shape)],
};

export function fieldsOf(scope: Exclude<Scope, 'contacts'>): readonly string[] {
  return FIELDS[scope];
}

/** Every difference between two versions of a programme, entity by entity, field by field. */
export function compareStructure(before: Model, after: Model): EntityChange[] {
  const out: EntityChange[] = [];
  const pairs = <T>(scope: Exclude<Scope, 'contacts'>, a: readonly T[], b: readonly T[], key: (item: T) => string, view: (item: T) => Record<string, unknown> = (item) => item as Record<string, unknown>) => {
    const old = new Map<string, T>();
    for (const item of a) if (!old.has(key(item))) old.set(key(item), item);
    const now = new Map<string, T>();
    for (const item of b) if (!now.has(key(item))) now.set(key(item), item);
    for (const [k, item] of old) {
      const next = now.get(k);
      if (next === undefined) {
        out.push({ scope, key: k, action: 'removed', before: item, after: undefined, fields: [] });
        continue;
      }
      const fields = compareFields(view(item), view(next), FIELDS[scope]);
      if (fields.length > 0) out.push({ scope, key: k, action: 'changed', before: item, after: next, fields });
    }
    for (const [k, item] of now) if (!old.has(k)) out.push({ scope, key: k, action: 'added', before: undefined, after: item, fields: [] });
  };

  if (before.visit && after.visit) {
    const fields = compareFields(before.visit as unknown as Record<string, unknown>, after.visit as unknown as Record<string, unknown>, FIELDS.visit);
    if (fields.length > 0) out.push({ scope: 'visit', key: after.visit.id, action: 'changed', before: before.visit, after: after.visit, fields });
  } else if (before.visit || after.visit) {
    // A visit block that no longer (or only now) reads as one is a change too.
    const visit = (after.visit ?? before.visit)!;
    out.push({ scope: 'visit', key: visit.id, action: after.visit ? 'added' : 'removed', before: before.visit, after: after.visit, fields: [] });
  }
  const contacts = compareFields({ contacts: before.visit?.contacts ?? [] }, { contacts: after.visit?.contacts ?? [] }, ['contacts']);
  if (contacts.length > 0) out.push({ scope: 'contacts', key: 'contacts', action: 'changed', before: before.visit?.contacts ?? [], after: after.visit?.contacts ?? [], fields: contacts });
  pairs('organization', before.organizations, after.organizations, (o) => o.id);
  pairs('person', before.people, after.people, (p) => p.id);
  pairs('group', before.groups, after.groups, (g) => g.id);
  pairs('place', before.places, after.places, (p) => p.id);
  pairs('travel', before.travel, after.travel, (t) => [...t.between].sort().join('~'), (t) => ({ ...t, between: [...t.between].sort() }));
  pairs('vehicle', before.vehicles, after.vehicles, (v) => v.id);
  pairs('agreement', before.agreements, after.agreements, (a) => a.id);
  pairs<Day>('day', before.days, after.days, (d) => d.date, (d) => d as unknown as Record<string, unknown>);
  pairs<ItineraryEvent>('event', before.events, after.events, (e) => e.id, (e) => ({ ...e, date: e.day.date }) as Record<string, unknown>);
  return out;
}

/** The fields of `names` that differ between two entities; nested mappings field by field. */
export function compareFields(a: Record<string, unknown>, b: Record<string, unknown>, names: readonly string[], prefix = ''): FieldChange[] {
  const out: FieldChange[] = [];
  for (const name of names) compareValue(a[name], b[name], prefix + name, out);
  return out;
}

function compareValue(a: unknown, b: unknown, field: string, out: FieldChange[]): void {
  if (same(a, b)) return;
  if (isRecord(a) && isRecord(b) && !isText(a) && !isText(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    for (const key of keys) compareValue(a[key], b[key], `${field}.${key}`, out);
    return;
  }
  out.push({ field, before: a, after: b });
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A Text map `{ ru: …, en: … }` is one value: a translation changed is the text changed. */
function isText(value: Record<string, unknown>): boolean {
  const entries = Object.entries(value);
  return entries.length > 0 && entries.every(([k, v]) => /^[a-z]{2}$/.test(k) && typeof v === 'string');
}

/** Equal values; mapping keys in any order. */
export function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => same(item, b[i]));
  if (isRecord(a) && isRecord(b)) {
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    return keys.every((key) => key in b && same(a[key], b[key]));
  }
  return false;
}

// unknown-reference: a reference names nothing defined; the message suggests the nearest id.
import type { DocPath } from '../diagnostics/types.js';
import { REST_SELECTOR, ROLES } from '../model/format.js';
import { nearest } from '../model/suggest.js';
import type { Collection, Model } from '../model/types.js';
import { declaredIds, type DeclaredIds } from '../model/declared-ids.js';
import { COLLECTION_NOUN, NOUN } from './describe.js';
import type { Rule, RuleFinding } from './types.js';

export const unknownReference: Rule = {
  id: 'unknown-reference',
  defaultSeverity: 'error',
  description: 'A reference names nothing defined in the file.',
  meta: {
    messages: {
      unknown: `unknown ${NOUN} "{id}"{suggestion, select, none {} other {; did you mean "{prefix}{suggestion}"?}}`,
      unknownHint: `Define the ${NOUN} first, or check the spelling of the id.`,
      unknownRole: 'unknown role "{role}"{suggestion, select, none {} other {; did you mean "role:{suggestion}"?}}',
      unknownRoleHint: 'Roles are {roles}.',
      restOutside: '"rest" is a selector only inside a seating mapping; here it would be a person id, and no person has it',
      restOutsideHint: "Name the people, or seat the others in a vehicle of the event with `vehicles: '{' bus-1: [rest] '}'`.",
      groupWithoutPrefix: 'unknown person "{id}"; did you mean the group "group:{id}"?',
      organizationWithoutPrefix: 'unknown person "{id}"; did you mean the organization "org:{id}"?',
    },
    docs: { url: 'docs/rules/unknown-reference.md' },
    tags: ['structure'],
  },
  check({ model, report }) {
    const ids = declaredIds(model);

    // Paths are built only for a reference that names nothing: a clean file allocates none.
    const ref = (collection: Collection, id: string | undefined, at: DocPath, key: string, index?: number) => {
      if (id === undefined || ids[collection].has(id)) return;
      report(unknown(COLLECTION_NOUN[collection], id, ids[collection].keys(), index === undefined ? [...at, key] : [...at, key, index]));
    };
    const refs = (collection: Collection, list: readonly string[] | undefined, at: DocPath, key: string) => {
      if (list === undefined) return;
      for (let i = 0; i < list.length; i++) ref(collection, list[i], at, key, i);
    };
    const selectors = (list: readonly string[], at: DocPath, key: string) => {
      for (let i = 0; i < list.length; i++) {
        const selector = list[i]!;
        if (knownSelector(ids, selector)) continue;
        const finding = checkSelector(model, ids, selector, [...at, key, i]);
        if (finding) report(finding);
      }
    };

    if (model.visit) {
      ref('people', model.visit.head, ['visit'], 'head');
      refs('people', model.visit.contacts, ['visit'], 'contacts');
    }
    for (const person of model.people) ref('organizations', person.org, person.path, 'org');
    for (const group of model.groups) selectors(group.members, group.path, 'members');
    for (const entry of model.travel) refs('places', entry.between, entry.path, 'between');
    for (const agreement of model.agreements) {
      refs('organizations', agreement.parties, agreement.path, 'parties');
      refs('people', agreement.signatories, agreement.path, 'signatories');
    }
    for (const day of model.days) ref('places', day.hotel, day.path, 'hotel');
    for (const event of model.events) {
      const at = event.path;
      ref('places', event.place, at, 'place');
      ref('places', event.from, at, 'from');
      ref('places', event.to, at, 'to');
      selectors(event.attendees, at, 'attendees');
      if (Array.isArray(event.vehicles)) refs('vehicles', event.vehicles, at, 'vehicles');
      else if (event.vehicles) {
        for (const [id, seated] of Object.entries(event.vehicles)) {
          if (!ids.vehicles.has(id)) report({ ...unknown('vehicle', id, ids.vehicles.keys(), [...at, 'vehicles', id]), atKey: true });
          for (let i = 0; i < seated.length; i++) {
            const selector = seated[i]!;
            if (selector === REST_SELECTOR || knownSelector(ids, selector)) continue;
            const finding = checkSelector(model, ids, selector, [...at, 'vehicles', id, i]);
            if (finding) report(finding);
          }
        }
      }
      refs('agreements', event.agreements, at, 'agreements');
      ref('people', event.responsible, at, 'responsible');
    }
  },
};

/**
 * The selectors that name something without a doubt, told without allocating: `all` and a person's id
 * (the usual attendee). Everything else goes to `checkSelector`, which decides as before.
 */
function knownSelector(ids: DeclaredIds, selector: string): boolean {
  if (selector === 'all') return true;
  // A prefixed selector ("org:", "group:", "role:") is read by checkSelector.
  if (selector.includes(':')) return false;
  return ids.people.has(selector);
}

function unknown(noun: string, id: string, known: Iterable<string>, path: DocPath, prefix = ''): RuleFinding {
  const suggestion = nearest(id, known);
  return { path, messageId: 'unknown', data: { noun, id, prefix, suggestion: suggestion ?? 'none' }, hintId: suggestion ? undefined : 'unknownHint' };
}

function checkSelector(model: Model, ids: DeclaredIds, selector: string, path: DocPath): RuleFinding | undefined {
  if (selector === 'all') return undefined;
  if (selector.startsWith('org:')) {
    const id = selector.slice(4);
    return ids.organizations.has(id) ? undefined : unknown('organization', id, ids.organizations.keys(), path, 'org:');
  }
  if (selector.startsWith('group:')) {
    const id = selector.slice(6);
    return ids.groups.has(id) ? undefined : unknown('group', id, ids.groups.keys(), path, 'group:');
  }
  if (selector.startsWith('role:')) {
    const role = selector.slice(5);
    if ((ROLES as readonly string[]).includes(role)) return undefined;
    const suggestion = nearest(role, ROLES);
    return { path, messageId: 'unknownRole', data: { role, suggestion: suggestion ?? 'none', roles: ROLES.join(', ') }, hintId: 'unknownRoleHint' };
  }
  if (ids.people.has(selector)) return undefined;
  if (selector === REST_SELECTOR) return { path, messageId: 'restOutside', hintId: 'restOutsideHint' };
  const finding = unknown('person', selector, ids.people.keys(), path);
  if (finding.data?.suggestion === 'none') {
    // A bare word might be a group or organization written without its prefix.
    if (ids.groups.has(selector)) return { path, messageId: 'groupWithoutPrefix', data: { id: selector } };
    if (ids.organizations.has(selector)) return { path, messageId: 'organizationWithoutPrefix', data: { id: selector } };
  }
  void model;
  return finding;
}

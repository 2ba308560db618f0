// unknown-reference: a reference names nothing defined; the message suggests the nearest id.
import type { DocPath } from '../diagnostics/types.js';
import { REST_SELECTOR, ROLES } from '../model/format.js';
import { nearest } from '../model/suggest.js';
import type { Collection, Model } from '../model/types.js';
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
    const ids = Object.fromEntries(
      (Object.keys(model.declared) as Collection[]).map((c) => [c, new Set(model.declared[c].map((d) => d.id))]),
    ) as Record<Collection, Set<string>>;

    const ref = (collection: Collection, id: string | undefined, path: DocPath) => {
      if (id === undefined || ids[collection].has(id)) return;
      report(unknown(COLLECTION_NOUN[collection], id, ids[collection], path));
    };
    const refs = (collection: Collection, list: readonly string[] | undefined, path: DocPath) =>
      list?.forEach((id, i) => ref(collection, id, [...path, i]));
    const selectors = (list: readonly string[], path: DocPath) =>
      list.forEach((selector, i) => {
        const finding = checkSelector(model, ids, selector, [...path, i]);
        if (finding) report(finding);
      });

    if (model.visit) {
      ref('people', model.visit.head, ['visit', 'head']);
      refs('people', model.visit.contacts, ['visit', 'contacts']);
    }
    for (const person of model.people) ref('organizations', person.org, [...person.path, 'org']);
    for (const group of model.groups) selectors(group.members, [...group.path, 'members']);
    for (const entry of model.travel) refs('places', entry.between, [...entry.path, 'between']);
    for (const agreement of model.agreements) {
      refs('organizations', agreement.parties, [...agreement.path, 'parties']);
      refs('people', agreement.signatories, [...agreement.path, 'signatories']);
    }
    for (const day of model.days) ref('places', day.hotel, [...day.path, 'hotel']);
    for (const event of model.events) {
      ref('places', event.place, [...event.path, 'place']);
      ref('places', event.from, [...event.path, 'from']);
      ref('places', event.to, [...event.path, 'to']);
      selectors(event.attendees, [...event.path, 'attendees']);
      if (Array.isArray(event.vehicles)) refs('vehicles', event.vehicles, [...event.path, 'vehicles']);
      else if (event.vehicles) {
        for (const [id, seated] of Object.entries(event.vehicles)) {
          if (!ids.vehicles.has(id)) report({ ...unknown('vehicle', id, ids.vehicles, [...event.path, 'vehicles', id]), atKey: true });
          seated.forEach((selector, i) => {
            if (selector === REST_SELECTOR) return;
            const finding = checkSelector(model, ids, selector, [...event.path, 'vehicles', id, i]);
            if (finding) report(finding);
          });
        }
      }
      refs('agreements', event.agreements, [...event.path, 'agreements']);
      ref('people', event.responsible, [...event.path, 'responsible']);
    }
  },
};

function unknown(noun: string, id: string, known: Iterable<string>, path: DocPath, prefix = ''): RuleFinding {
  const suggestion = nearest(id, known);
  return { path, messageId: 'unknown', data: { noun, id, prefix, suggestion: suggestion ?? 'none' }, hintId: suggestion ? undefined : 'unknownHint' };
}

function checkSelector(model: Model, ids: Record<Collection, Set<string>>, selector: string, path: DocPath): RuleFinding | undefined {
  if (selector === 'all') return undefined;
  if (selector.startsWith('org:')) {
    const id = selector.slice(4);
    return ids.organizations.has(id) ? undefined : unknown('organization', id, ids.organizations, path, 'org:');
  }
  if (selector.startsWith('group:')) {
    const id = selector.slice(6);
    return ids.groups.has(id) ? undefined : unknown('group', id, ids.groups, path, 'group:');
  }
  if (selector.startsWith('role:')) {
    const role = selector.slice(5);
    if ((ROLES as readonly string[]).includes(role)) return undefined;
    const suggestion = nearest(role, ROLES);
    return { path, messageId: 'unknownRole', data: { role, suggestion: suggestion ?? 'none', roles: ROLES.join(', ') }, hintId: 'unknownRoleHint' };
  }
  if (ids.people.has(selector)) return undefined;
  if (selector === REST_SELECTOR) return { path, messageId: 'restOutside', hintId: 'restOutsideHint' };
  const finding = unknown('person', selector, ids.people, path);
  if (finding.data?.suggestion === 'none') {
    // A bare word might be a group or organization written without its prefix.
    if (ids.groups.has(selector)) return { path, messageId: 'groupWithoutPrefix', data: { id: selector } };
    if (ids.organizations.has(selector)) return { path, messageId: 'organizationWithoutPrefix', data: { id: selector } };
  }
  void model;
  return finding;
}

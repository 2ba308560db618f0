// no-b2b: a delegation-side enterprise shares no meeting with any host-side enterprise (a person of
// each attends the same `meeting` event).
import type { Model } from '../model/types.js';
import { organizationRef } from './describe.js';
import type { Rule } from './types.js';

export const noB2b: Rule = {
  id: 'no-b2b',
  defaultSeverity: 'warning',
  description: 'A delegation-side enterprise shares no meeting with any host-side enterprise.',
  meta: {
    messages: {
      noMeeting:
        'the delegation enterprise {enterprise} has no business meeting with a host-side enterprise: ' +
        '{why, select, noHost {the file lists no host-side enterprise} noMeeting {none of its people attends a meeting} ' +
        'other {its people attend {count, plural, one {{count} meeting} other {{count} meetings}}, none with a host-side enterprise}}',
      noMeetingHint: 'Companies join a mission to meet counterparts: schedule a meeting (kind: meeting) with a host-side enterprise among its attendees.',
    },
    docs: { url: 'docs/rules/no-b2b.md' },
    tags: ['protocol'],
  },
  check({ model, report }) {
    const enterprises = model.organizations.filter((o) => o.side === 'delegation' && o.kind === 'enterprise');
    if (enterprises.length === 0) return;
    const hostEnterprises = model.organizations.filter((o) => o.side === 'host' && o.kind === 'enterprise').length;
    const met = new Set<string>();
    const meetings = new Map<string, number>();
    // The delegation enterprises of one meeting, emptied for the next.
    const delegation = new Set<string>();
    for (const event of model.events) {
      if (event.kind !== 'meeting') continue;
      delegation.clear();
      let host = false;
      for (const person of event.people) {
        const org = person.organization;
        if (org?.kind !== 'enterprise') continue;
        if (org.side === 'delegation') delegation.add(org.id);
        else host = true;
      }
      for (const id of delegation) {
        meetings.set(id, (meetings.get(id) ?? 0) + 1);
        if (host) met.add(id);
      }
    }
    const unsure = unsureOf(model);
    for (const enterprise of enterprises) {
      if (met.has(enterprise.id) || unsure(enterprise.id)) continue;
      const count = meetings.get(enterprise.id) ?? 0;
      const why = hostEnterprises === 0 ? 'noHost' : count === 0 ? 'noMeeting' : 'otherMeetings';
      report({
        path: [...enterprise.path, 'id'],
        messageId: 'noMeeting',
        data: { enterprise: organizationRef(enterprise), why, count },
        hintId: 'noMeetingHint',
      });
    }
  },
};

/**
 * Enterprises whose meetings cannot be told because an entry the schema rejected may be one: a
 * meeting, a host-side enterprise, or a person of either. The schema reports that entry; a missing
 * B2B meeting is not claimed on top of it.
 */
function unsureOf(model: Model): (organization: string) => boolean {
  const may = (value: unknown, wanted: string) => value === undefined || value === wanted;
  const rejectedPeople = new Map<string, unknown>();
  const rejectedOrgs = new Set<string>();
  for (const entry of model.rejected) {
    if (entry.collection === 'organizations' && may(entry.fields.side, 'host') && may(entry.fields.kind, 'enterprise')) {
      if (entry.id === undefined) return () => true;
      rejectedOrgs.add(entry.id);
    } else if (entry.collection === 'people') {
      if (entry.id === undefined) return () => true;
      rejectedPeople.set(entry.id, entry.fields.org);
    }
  }
  const unsure = new Set<string>();
  const enterprisesOf = (people: readonly { organization?: { id: string; kind: string; side: string } }[]) =>
    people.flatMap((p) => (p.organization?.kind === 'enterprise' && p.organization.side === 'delegation' ? [p.organization.id] : []));
  // A rejected person of a delegation enterprise may be the one who meets.
  for (const org of rejectedPeople.values()) {
    if (typeof org !== 'string') return () => true;
    unsure.add(org);
  }
  for (const entry of model.rejected) {
    if (entry.collection !== 'events' || !may(entry.fields.kind, 'meeting')) continue;
    const attendees = entry.fields.attendees as string[] | undefined;
    if (!attendees) return () => true;
    for (const id of enterprisesOf(attendees.flatMap((s) => [...model.resolveSelector(s)]))) unsure.add(id);
  }
  // A meeting that names a rejected person or organization may be with a host-side enterprise (with
  // none rejected, no meeting names one).
  if (rejectedPeople.size > 0 || rejectedOrgs.size > 0) {
    for (const event of model.events) {
      if (event.kind !== 'meeting') continue;
      const names = event.attendees.some((s) => rejectedPeople.has(s)) || event.people.some((p) => rejectedOrgs.has(p.org));
      if (names) for (const id of enterprisesOf(event.people)) unsure.add(id);
    }
  }
  // With no host-side enterprise listed, a rejected organization may be the one.
  const hostListed = model.organizations.some((o) => o.side === 'host' && o.kind === 'enterprise');
  if (!hostListed && rejectedOrgs.size > 0) return () => true;
  return (organization) => unsure.has(organization);
}

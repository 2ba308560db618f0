// no-b2b: a delegation-side enterprise shares no meeting with any host-side enterprise (a person of
// each attends the same `meeting` event).
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
    for (const event of model.events) {
      if (event.kind !== 'meeting') continue;
      const delegation = new Set<string>();
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
    for (const enterprise of enterprises) {
      if (met.has(enterprise.id)) continue;
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

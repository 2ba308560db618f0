// head-absent: a meeting, conference, signing or ceremony with host-side officials lacks the head of
// the delegation.
import type { Person } from '../model/types.js';
import { eventRef, peopleList, personRef } from './describe.js';
import type { Rule } from './types.js';

const FORMAL = new Set(['meeting', 'conference', 'signing', 'ceremony']);

function isHostOfficial(p: Person): boolean {
  return p.side === 'host' && (p.role === 'head' || p.role === 'official');
}

export const headAbsent: Rule = {
  id: 'head-absent',
  defaultSeverity: 'warning',
  description: 'A meeting, conference, signing or ceremony with host-side officials lacks the head of delegation.',
  meta: {
    messages: {
      absent:
        'the head of delegation {head} does not attend {event}, where {count, plural, one {the host-side official {officials} takes} other {host-side officials {officials} take}} part',
      absentHint: 'Add {id} to the attendees, or make sure the host side knows who leads the delegation at this {kind}.',
    },
    docs: { url: 'docs/rules/head-absent.md' },
    tags: ['protocol'],
  },
  check({ model, report }) {
    const head = model.visit ? model.byId.people.get(model.visit.head) : undefined;
    if (!head) return;
    for (const event of model.events) {
      if (!FORMAL.has(event.kind)) continue;
      // Listed only for an event that has one and lacks the head (the usual event has none to list).
      if (!event.people.some(isHostOfficial) || event.people.includes(head)) continue;
      const officials = event.people.filter(isHostOfficial);
      report({
        path: [...event.path, 'attendees'],
        messageId: 'absent',
        data: { head: personRef(head), event: eventRef(event), count: officials.length, officials: peopleList(officials), id: head.id, kind: event.kind },
        hintId: 'absentHint',
      });
    }
  },
};

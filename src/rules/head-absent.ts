// head-absent: a meeting, conference, signing or ceremony with host-side officials lacks the head of
// the delegation.
import { eventRef, peopleList, personRef } from './describe.js';
import type { Rule } from './types.js';

const FORMAL = new Set(['meeting', 'conference', 'signing', 'ceremony']);

export const headAbsent: Rule = {
  id: 'head-absent',
  defaultSeverity: 'warning',
  description: 'A meeting, conference, signing or ceremony with host-side officials lacks the head of delegation.',
  check({ model, report }) {
    const head = model.visit ? model.byId.people.get(model.visit.head) : undefined;
    if (!head) return;
    for (const event of model.events) {
      if (!FORMAL.has(event.kind)) continue;
      const officials = event.people.filter((p) => p.side === 'host' && (p.role === 'head' || p.role === 'official'));
      if (officials.length === 0 || event.people.includes(head)) continue;
      report({
        path: [...event.path, 'attendees'],
        message: `the head of delegation ${personRef(head)} does not attend ${eventRef(event)}, where ${officials.length === 1 ? 'the host-side official' : 'host-side officials'} ${peopleList(officials)} ${officials.length === 1 ? 'takes' : 'take'} part`,
        hint: `Add ${head.id} to the attendees, or make sure the host side knows who leads the delegation at this ${event.kind}.`,
      });
    }
  },
};

// empty-event: the attendees of an event resolve to nobody.
import { eventLabel } from './describe.js';
import type { Rule } from './types.js';

export const emptyEvent: Rule = {
  id: 'empty-event',
  defaultSeverity: 'error',
  description: 'The attendees of an event resolve to nobody.',
  meta: {
    messages: {
      nobody: 'nobody attends {event}: {selectors} {count, plural, one {stands} other {stand}} for no one',
      nobodyHint: 'A role: or org: selector matches only people listed with that role or organization (role: counts the delegation side only).',
    },
    docs: { url: 'docs/rules/empty-event.md' },
    tags: ['structure'],
  },
  check({ model, report }) {
    // A person entry the schema rule rejected is not in the model; an event may be empty only because
    // of it. Say nothing until the people are well-formed.
    if (model.people.length < model.declared.people.length) return;
    for (const event of model.events) {
      if (event.people.length > 0) continue;
      // An unknown selector is reported by unknown-reference; say nothing more here.
      if (!event.attendees.every((selector) => model.selectorExists(selector))) continue;
      report({
        path: [...event.path, 'attendees'],
        messageId: 'nobody',
        data: { event: eventLabel(event), selectors: event.attendees.join(', '), count: event.attendees.length },
        hintId: 'nobodyHint',
      });
    }
  },
};

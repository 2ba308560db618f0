// signatory-absent: a signatory of an agreement signed at an event does not attend that event.
import { agreementRef, eventRef, personRef } from './describe.js';
import type { Rule } from './types.js';

export const signatoryAbsent: Rule = {
  id: 'signatory-absent',
  defaultSeverity: 'error',
  description: 'A signatory of an agreement signed at an event does not attend it.',
  check({ model, report }) {
    for (const event of model.events) {
      if (!event.agreements?.length) continue;
      const present = new Set(event.people.map((p) => p.id));
      event.agreements.forEach((agreementId, a) => {
        const agreement = model.byId.agreements.get(agreementId);
        if (!agreement) return;
        agreement.signatories.forEach((personId, s) => {
          const person = model.byId.people.get(personId);
          if (!person || present.has(personId)) return;
          report({
            path: [...agreement.path, 'signatories', s],
            message: `${personRef(person)} signs ${agreementRef(agreement)} but does not attend ${eventRef(event)}, where it is signed`,
            hint: `Add ${person.id} to the attendees of ${event.id}, or name a signatory who attends.`,
            related: [
              { path: [...event.path, 'agreements', a], message: `${agreementRef(agreement)} is signed at ${eventRef(event)}` },
              { path: [...event.path, 'attendees'], message: `the attendees of ${event.id}` },
            ],
          });
        });
      });
    }
  },
};

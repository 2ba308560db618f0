// signatory-absent: a signatory of an agreement signed at an event does not attend that event.
import { agreementRef, eventRef, personRef } from './describe.js';
import type { Rule } from './types.js';

export const signatoryAbsent: Rule = {
  id: 'signatory-absent',
  defaultSeverity: 'error',
  description: 'A signatory of an agreement signed at an event does not attend it.',
  meta: {
    messages: {
      absent: '{person} signs {agreement} but does not attend {event}, where it is signed',
      absentHint: 'Add {id} to the attendees of {eventId}, or name a signatory who attends.',
      signedAt: '{agreement} is signed at {event}',
      attendees: 'the attendees of {eventId}',
    },
    docs: { url: 'docs/rules/signatory-absent.md' },
    tags: ['protocol'],
  },
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
            messageId: 'absent',
            data: { person: personRef(person), agreement: agreementRef(agreement), event: eventRef(event), id: person.id, eventId: event.id },
            hintId: 'absentHint',
            related: [
              { path: [...event.path, 'agreements', a], messageId: 'signedAt', data: { agreement: agreementRef(agreement), event: eventRef(event) } },
              { path: [...event.path, 'attendees'], messageId: 'attendees', data: { eventId: event.id } },
            ],
          });
        });
      });
    }
  },
};

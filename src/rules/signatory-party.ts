// signatory-party: a signatory of an agreement belongs to none of its parties.
import { agreementRef, listOf, organizationRef, personRef } from './describe.js';
import type { Rule } from './types.js';

export const signatoryParty: Rule = {
  id: 'signatory-party',
  defaultSeverity: 'error',
  description: 'A signatory of an agreement belongs to none of its parties.',
  meta: {
    messages: {
      notParty: '{person} signs {agreement} for {organization}, which is not a party to it (parties: {parties})',
      notPartyHint: 'Name a signatory from one of the parties, or add {org} to the parties.',
      belongsTo: '{person} belongs to {organization}',
    },
    docs: { url: 'docs/rules/signatory-party.md' },
    tags: ['protocol'],
  },
  check({ model, report }) {
    for (const agreement of model.agreements) {
      const parties = new Set(agreement.parties);
      agreement.signatories.forEach((personId, s) => {
        const person = model.byId.people.get(personId);
        // An unknown person or organization is reported by unknown-reference.
        if (!person?.organization || parties.has(person.org)) return;
        const partyNames = agreement.parties.map((id) => {
          const org = model.byId.organizations.get(id);
          return org ? organizationRef(org) : id;
        });
        report({
          path: [...agreement.path, 'signatories', s],
          messageId: 'notParty',
          data: { person: personRef(person), agreement: agreementRef(agreement), organization: organizationRef(person.organization), parties: listOf(partyNames), org: person.org },
          hintId: 'notPartyHint',
          related: [{ path: [...person.path, 'org'], messageId: 'belongsTo', data: { person: personRef(person), organization: organizationRef(person.organization) } }],
        });
      });
    }
  },
};

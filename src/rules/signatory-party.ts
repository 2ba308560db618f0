// signatory-party: a signatory of an agreement belongs to none of its parties.
import { agreementRef, listOf, organizationRef, personRef } from './describe.js';
import type { Rule } from './types.js';

export const signatoryParty: Rule = {
  id: 'signatory-party',
  defaultSeverity: 'error',
  description: 'A signatory of an agreement belongs to none of its parties.',
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
          message: `${personRef(person)} signs ${agreementRef(agreement)} for ${organizationRef(person.organization)}, which is not a party to it (parties: ${listOf(partyNames)})`,
          hint: `Name a signatory from one of the parties, or add ${person.org} to the parties.`,
          related: [{ path: [...person.path, 'org'], message: `${personRef(person)} belongs to ${organizationRef(person.organization)}` }],
        });
      });
    }
  },
};

// agreement-unsigned: an agreement is signed at no event.
import { agreementRef, listOf, organizationRef } from './describe.js';
import type { Rule } from './types.js';

export const agreementUnsigned: Rule = {
  id: 'agreement-unsigned',
  defaultSeverity: 'warning',
  description: 'An agreement is signed at no event.',
  check({ model, report }) {
    const signed = new Set(model.events.flatMap((e) => e.agreements ?? []));
    for (const agreement of model.agreements) {
      if (signed.has(agreement.id)) continue;
      const parties = agreement.parties.map((id) => {
        const org = model.byId.organizations.get(id);
        return org ? organizationRef(org) : id;
      });
      report({
        path: [...agreement.path, 'id'],
        message: `${agreementRef(agreement)} between ${listOf(parties)} is signed at no event`,
        hint: `List ${agreement.id} under agreements: of the signing event, or remove the agreement if it is no longer planned.`,
      });
    }
  },
};

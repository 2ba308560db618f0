// agreement-unsigned: an agreement is signed at no event.
import { agreementRef, listOf, organizationRef } from './describe.js';
import type { Rule } from './types.js';

export const agreementUnsigned: Rule = {
  id: 'agreement-unsigned',
  defaultSeverity: 'warning',
  description: 'An agreement is signed at no event.',
  meta: {
    messages: {
      unsigned: '{agreement} between {parties} is signed at no event',
      unsignedHint: 'List {id} under agreements: of the signing event, or remove the agreement if it is no longer planned.',
    },
    docs: { url: 'docs/rules/agreement-unsigned.md' },
    tags: ['protocol'],
  },
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
        messageId: 'unsigned',
        data: { agreement: agreementRef(agreement), parties: listOf(parties), id: agreement.id },
        hintId: 'unsignedHint',
      });
    }
  },
};

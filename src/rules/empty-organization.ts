// empty-organization: a delegation-side organization has no people.
import { organizationRef } from './describe.js';
import type { Rule } from './types.js';

export const emptyOrganization: Rule = {
  id: 'empty-organization',
  defaultSeverity: 'warning',
  description: 'A delegation-side organization has no people.',
  check({ model, report }) {
    const staffed = new Set(model.people.map((p) => p.org));
    // A person the schema rejected still belongs to their organization; one whose org is at fault may belong to any.
    for (const entry of model.rejected) {
      if (entry.collection !== 'people') continue;
      if (typeof entry.fields.org !== 'string') return;
      staffed.add(entry.fields.org);
    }
    for (const organization of model.organizations) {
      if (organization.side !== 'delegation' || staffed.has(organization.id)) continue;
      report({
        path: [...organization.path, 'id'],
        message: `the delegation-side organization ${organizationRef(organization)} has no people`,
        hint: `List its delegates under people: with org: ${organization.id}, or remove the organization if it does not travel.`,
      });
    }
  },
};

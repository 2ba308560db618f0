// empty-organization: a delegation-side organization has no people.
import { organizationRef } from './describe.js';
import type { Rule } from './types.js';

export const emptyOrganization: Rule = {
  id: 'empty-organization',
  defaultSeverity: 'warning',
  description: 'A delegation-side organization has no people.',
  meta: {
    messages: {
      empty: 'the delegation-side organization {organization} has no people',
      emptyHint: 'List its delegates under people: with org: {id}, or remove the organization if it does not travel.',
    },
    docs: { url: 'docs/rules/empty-organization.md' },
    tags: ['structure'],
  },
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
        messageId: 'empty',
        data: { organization: organizationRef(organization), id: organization.id },
        hintId: 'emptyHint',
      });
    }
  },
};

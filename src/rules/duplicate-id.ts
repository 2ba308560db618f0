// duplicate-id: an id is used twice in one collection (all events of all days form one collection).
import type { Collection } from '../model/types.js';
import { COLLECTION_NOUN } from './describe.js';
import type { Rule } from './types.js';

export const duplicateId: Rule = {
  id: 'duplicate-id',
  defaultSeverity: 'error',
  description: 'An id is used twice in one collection.',
  check({ model, report }) {
    for (const [collection, entries] of Object.entries(model.declared) as [Collection, { id: string; path: (string | number)[] }[]][]) {
      const first = new Map<string, (string | number)[]>();
      for (const entry of entries) {
        const earlier = first.get(entry.id);
        if (!earlier) {
          first.set(entry.id, entry.path);
          continue;
        }
        report({
          path: entry.path,
          message: `${COLLECTION_NOUN[collection]} id "${entry.id}" is already used by an earlier ${COLLECTION_NOUN[collection]}`,
          hint: `Give this ${COLLECTION_NOUN[collection]} an id of its own; references to "${entry.id}" mean the first one.`,
          related: [{ path: earlier, message: `first use of "${entry.id}"` }],
        });
      }
    }
  },
};

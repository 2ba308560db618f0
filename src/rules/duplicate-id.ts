// duplicate-id: an id is used twice in one collection (all events of all days form one collection).
import type { Collection } from '../model/types.js';
import { declaredIds } from '../model/declared-ids.js';
import { COLLECTION_NOUN, NOUN } from './describe.js';
import type { Rule } from './types.js';

export const duplicateId: Rule = {
  id: 'duplicate-id',
  defaultSeverity: 'error',
  description: 'An id is used twice in one collection.',
  meta: {
    messages: {
      idTaken: `${NOUN} id "{id}" is already used by an earlier ${NOUN}`,
      idTakenHint: `Give this ${NOUN} an id of its own; references to "{id}" mean the first one.`,
      firstUse: 'first use of "{id}"',
    },
    docs: { url: 'docs/rules/duplicate-id.md' },
    tags: ['structure'],
  },
  check({ model, report }) {
    const ids = declaredIds(model);
    for (const [collection, entries] of Object.entries(model.declared) as [Collection, { id: string; path: (string | number)[] }[]][]) {
      const first = ids[collection];
      for (const entry of entries) {
        // Every entry but the first with its id is a second use.
        const earlier = first.get(entry.id)!;
        if (earlier === entry.path) continue;
        report({
          path: entry.path,
          messageId: 'idTaken',
          data: { noun: COLLECTION_NOUN[collection], id: entry.id },
          hintId: 'idTakenHint',
          related: [{ path: earlier, messageId: 'firstUse', data: { id: entry.id } }],
        });
      }
    }
  },
};

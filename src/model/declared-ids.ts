// The ids declared in each collection (also of entries the schema rejected), each with the path of its
// first declaration: built once per model, on first use, and shared by everything that looks ids up
// (the model's selectorExists, duplicate-id, unknown-reference).
import type { DocPath } from '../diagnostics/types.js';
import type { Collection, Model } from './types.js';

export type DeclaredIds = Readonly<Record<Collection, ReadonlyMap<string, DocPath>>>;

const built = new WeakMap<Model, DeclaredIds>();

/** Per collection, every declared id (in the order first declared) and the path of that first declaration. */
export function declaredIds(model: Model): DeclaredIds {
  let ids = built.get(model);
  if (!ids) {
    const out = {} as Record<Collection, Map<string, DocPath>>;
    for (const collection of Object.keys(model.declared) as Collection[]) {
      const first = new Map<string, DocPath>();
      for (const entry of model.declared[collection]) if (!first.has(entry.id)) first.set(entry.id, entry.path);
      out[collection] = first;
    }
    built.set(model, (ids = out));
  }
  return ids;
}

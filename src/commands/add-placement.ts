// Where a new entry of `delegation add` goes, and putting it there: the collection it belongs to, an
// event's day in time order (or a new day in date order), inserted as one YAML item.
import type { Model } from '../model/types.js';
import { EditError, insertSequenceItem, type EditResult, type YamlPath } from '../source/edit.js';
import { UserError } from '../source/errors.js';
import { words } from '../text/words.js';

/** The top-level keys in the order the format recommends; a new section goes where it belongs. */
const TOP_LEVEL_ORDER = ['format', 'visit', 'organizations', 'people', 'groups', 'places', 'travel', 'vehicles', 'agreements', 'days'] as const;

/** Where an item goes: the sequence and the position in it (the end when absent). */
export interface Placement {
  path: YamlPath;
  index?: number;
}

/**
 * Where a new event starting at `start` on `date` goes: into its day before the first event that
 * starts later (keeping the day in time order), or, when the file has no such day yet, a new day
 * before the first later one.
 */
export function eventPlacement(model: Model, date: string, start: string): Placement & { newDay: boolean } {
  const day = model.days.find((d) => d.date === date);
  if (day) {
    const later = day.events.find((e) => e.start > start);
    return { path: [...day.path, 'events'], index: later ? indexInDay(later.path) : undefined, newDay: false };
  }
  const next = model.days[model.days.filter((d) => d.date < date).length];
  return { path: ['days'], index: next ? (next.path[1] as number) : undefined, newDay: true };
}

function indexInDay(path: readonly (string | number)[]): number {
  return path[path.length - 1] as number;
}

/** The text with `value` inserted at `placement`, keeping the rest as it was; and what it must read back as. */
export function insertAt(text: string, placement: Placement, value: unknown, file: string): EditResult {
  try {
    return insertSequenceItem(text, placement.path, value, { index: placement.index, keyOrder: TOP_LEVEL_ORDER });
  } catch (error) {
    if (error instanceof EditError) throw new UserError(words('fileProblem', { path: file, problem: error.words ?? error.message }), undefined, 2);
    throw error;
  }
}

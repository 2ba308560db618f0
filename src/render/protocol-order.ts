// The protocol order of people in lists: the delegation before the hosts, then by `precedence`
// (1 = highest; people without one follow), then as they stand in the file.
import type { Person } from '../model/types.js';

const SIDE_RANK = { delegation: 0, host: 1 } as const;

export function byPrecedence(a: Person, b: Person): number {
  const side = (a.side ? SIDE_RANK[a.side] : 2) - (b.side ? SIDE_RANK[b.side] : 2);
  if (side !== 0) return side;
  const pa = a.precedence ?? Number.MAX_SAFE_INTEGER;
  const pb = b.precedence ?? Number.MAX_SAFE_INTEGER;
  if (pa !== pb) return pa - pb;
  return (a.path[1] as number) - (b.path[1] as number);
}

export function inPrecedenceOrder(people: Iterable<Person>): Person[] {
  return [...people].sort(byPrecedence);
}

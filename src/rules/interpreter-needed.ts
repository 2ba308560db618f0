// interpreter-needed: the attendees of an event (those whose languages are known) share no language,
// and no attending interpreter bridges them. Moves and free time are exempt.
import type { Person } from '../model/types.js';
import { eventRef, listOf, peopleList, personRef } from './describe.js';
import type { Rule } from './types.js';

const EXEMPT = new Set(['flight', 'transfer', 'free']);

export const interpreterNeeded: Rule = {
  id: 'interpreter-needed',
  defaultSeverity: 'error',
  description: 'The attendees of an event share no language and no attending interpreter bridges them.',
  check({ model, report }) {
    for (const event of model.events) {
      if (EXEMPT.has(event.kind)) continue;
      const gap = languageGap(event.people);
      if (!gap) continue;
      const groups = gap.groups.slice(0, 4).map((g) => `${g.languages.join('+')}: ${peopleList(g.people)}`);
      if (gap.groups.length > 4) groups.push(`${gap.groups.length - 4} more language ${gap.groups.length === 5 ? 'group' : 'groups'}`);
      const unlisted = event.people.filter((p) => p.role === 'interpreter' && !p.languages?.length);
      const interpreters = gap.interpreters.length > 0
        ? `; the attending ${gap.interpreters.length === 1 ? 'interpreter' : 'interpreters'} (${listOf(gap.interpreters.map((p) => `${personRef(p)}: ${(p.languages ?? []).join('+')}`), 3)}) ${gap.interpreters.length === 1 ? 'does' : 'do'} not connect them`
        : unlisted.length > 0 ? `; the languages of the attending ${unlisted.length === 1 ? 'interpreter' : 'interpreters'} ${peopleList(unlisted)} are not listed` : '; no interpreter attends';
      report({
        path: [...event.path, 'attendees'],
        message: `no common language at ${eventRef(event)}: ${groups.join('; ')}${interpreters}`,
        hint: `Add an interpreter who speaks ${listOf(gap.suggest)} to the attendees, or correct the people's languages if they are listed wrong.`,
      });
    }
  },
};

interface Gap {
  /** Attendees grouped by the languages they speak, largest group first. */
  groups: { languages: string[]; people: Person[] }[];
  interpreters: Person[];
  /** Languages an interpreter would have to speak: one of each group's. */
  suggest: string[];
}

/**
 * Languages form a graph: each attending interpreter joins all the languages they speak. The attendees
 * are covered when one connected set of languages holds a language of every attendee whose languages
 * are known (interpreters themselves need not be covered). With no interpreter this is exactly "a
 * language every attendee speaks". Returns undefined when covered.
 */
export function languageGap(people: readonly Person[]): Gap | undefined {
  const speakers: Person[] = [];
  const interpreters: Person[] = [];
  for (const person of people) {
    if (!person.languages?.length) continue;
    (person.role === 'interpreter' ? interpreters : speakers).push(person);
  }
  if (speakers.length < 2) return undefined;

  const parent = new Map<string, string>();
  const find = (lang: string): string => {
    let root = lang;
    for (let up = parent.get(root); up !== undefined; up = parent.get(root)) root = up;
    for (let node = lang, up = parent.get(node); up !== undefined && up !== root; node = up, up = parent.get(node)) parent.set(node, root);
    return root;
  };
  for (const interpreter of interpreters) {
    const first = find(interpreter.languages![0]!);
    for (const lang of interpreter.languages!) {
      const other = find(lang);
      if (other !== first) parent.set(other, first);
    }
  }

  // How many speakers reach each component; a component every speaker reaches covers them all.
  const reach = new Map<string, number>();
  const seen = new Set<string>();
  for (const person of speakers) {
    seen.clear();
    for (const lang of person.languages!) {
      const component = parent.size === 0 ? lang : find(lang);
      if (seen.has(component)) continue;
      seen.add(component);
      const count = (reach.get(component) ?? 0) + 1;
      if (count === speakers.length) return undefined;
      reach.set(component, count);
    }
  }

  const byLanguages = new Map<string, { languages: string[]; people: Person[] }>();
  for (const person of speakers) {
    const languages = [...new Set(person.languages!)].sort();
    const key = languages.join('+');
    const group = byLanguages.get(key) ?? { languages, people: [] };
    group.people.push(person);
    byLanguages.set(key, group);
  }
  const groups = [...byLanguages.values()].sort((a, b) => b.people.length - a.people.length);
  // One language per component the speakers reach, most widely reached first.
  const components = [...reach.entries()].sort((a, b) => b[1] - a[1]);
  const suggest: string[] = [];
  const covered = new Set<Person>();
  for (const [component] of components) {
    const newly = speakers.filter((p) => !covered.has(p) && p.languages!.some((l) => find(l) === component));
    if (newly.length === 0) continue;
    newly.forEach((p) => covered.add(p));
    const lang = newly[0]!.languages!.find((l) => find(l) === component)!;
    suggest.push(lang);
    if (covered.size === speakers.length) break;
  }
  return { groups, interpreters, suggest };
}

// interpreter-needed: the attendees of an event (those whose languages are known) share no language,
// and no attending interpreter bridges them. Moves and free time are exempt.
import type { Person } from '../model/types.js';
import { eventRef, listOf, peopleList, personRef, phrase, say } from './describe.js';
import type { Rule } from './types.js';

const EXEMPT = new Set(['flight', 'transfer', 'free']);

export const interpreterNeeded: Rule = {
  id: 'interpreter-needed',
  defaultSeverity: 'error',
  description: 'The attendees of an event share no language and no attending interpreter bridges them.',
  meta: {
    messages: {
      noCommonLanguage:
        'no common language at {event}: {groups}{more, plural, =0 {} one {; {more} more language group} other {; {more} more language groups}}' +
        '{interpreting, select, ' +
        'unbridged {; the attending {count, plural, one {interpreter} other {interpreters}} ({interpreters}) {count, plural, one {does} other {do}} not connect them} ' +
        'unlisted {; the languages of the attending {count, plural, one {interpreter} other {interpreters}} {interpreters} are not listed} ' +
        'other {; no interpreter attends}}',
      noCommonLanguageHint: "Add an interpreter who speaks {languages} to the attendees, or correct the people's languages if they are listed wrong.",
    },
    docs: { url: 'docs/rules/interpreter-needed.md' },
    tags: ['protocol'],
  },
  check({ model, report }) {
    for (const event of model.events) {
      if (EXEMPT.has(event.kind)) continue;
      const gap = languageGap(event.people);
      if (!gap) continue;
      const groups = gap.groups.slice(0, 4).map((g) => say('languageGroup', { languages: g.languages.join('+'), people: peopleList(g.people) }));
      const unlisted = event.people.filter((p) => p.role === 'interpreter' && !p.languages?.length);
      const interpreting = gap.interpreters.length > 0
        ? { interpreting: 'unbridged', count: gap.interpreters.length, interpreters: listOf(gap.interpreters.map((p) => say('interpreterLanguages', { person: personRef(p), languages: (p.languages ?? []).join('+') })), 3) }
        : unlisted.length > 0 ? { interpreting: 'unlisted', count: unlisted.length, interpreters: peopleList(unlisted) } : { interpreting: 'none', count: 0, interpreters: '' };
      report({
        path: [...event.path, 'attendees'],
        messageId: 'noCommonLanguage',
        data: { event: eventRef(event), groups: phrase((w) => groups.map((g) => g.phrase(w)).join(w.say('languageGroupSeparator'))), more: Math.max(0, gap.groups.length - 4), ...interpreting, languages: listOf(gap.suggest) },
        hintId: 'noCommonLanguageHint',
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
  if (sharedLanguage(people)) return undefined;
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

/**
 * Fewer than two attendees with known languages, or a language every one of them speaks (interpreters
 * aside): covered, whoever interprets. Told in one pass without allocating, for the usual event: a bit
 * per language of the first speaker stays set while every later speaker speaks it.
 */
function sharedLanguage(people: readonly Person[]): boolean {
  let first: readonly string[] | undefined;
  let shared = 0;
  let speakers = 0;
  for (const person of people) {
    const languages = person.languages;
    if (!languages?.length || person.role === 'interpreter') continue;
    speakers++;
    if (first === undefined) {
      first = languages;
      // More languages than bits: the graph decides.
      if (first.length > 30) return false;
      shared = (1 << first.length) - 1;
      continue;
    }
    let spoken = 0;
    for (let i = 0; i < first.length; i++) if (languages.includes(first[i]!)) spoken |= 1 << i;
    shared &= spoken;
    if (shared === 0) return false;
  }
  return speakers < 2 || shared !== 0;
}

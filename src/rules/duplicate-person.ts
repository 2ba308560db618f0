// duplicate-person: error when two people share a passport number; warning when two share a name in
// any language variant (lists compiled from many organizations repeat people).
import type { DocPath } from '../diagnostics/types.js';
import type { Person } from '../model/types.js';
import { personWithOrg } from './describe.js';
import type { Rule } from './types.js';

export const duplicatePerson: Rule = {
  id: 'duplicate-person',
  defaultSeverity: 'error',
  description: 'Two people share a passport number (error) or a name (warning).',
  meta: {
    messages: {
      samePassport: '{person} has the same passport number as {first}',
      samePassportHint: 'One person is listed twice (merge the entries), or a passport number was copied into the wrong entry.',
      firstPassport: 'the passport of {first}',
      sameName: '{person} has the same name "{name}" as {first}',
      sameNameHint: 'If it is the same person, keep one entry and refer to it by its id; if not, tell them apart (e.g. by position) so nobody confuses them.',
      firstName: '{first} is listed first',
    },
    docs: { url: 'docs/rules/duplicate-person.md' },
    tags: ['protocol'],
  },
  check({ model, report }) {
    const byPassport = new Map<string, Person>();
    const samePassport = new Set<string>();
    for (const person of model.people) {
      if (!person.passport) continue;
      const key = passportKey(person.passport.number);
      if (key === '') continue;
      const first = byPassport.get(key);
      if (!first) {
        byPassport.set(key, person);
        continue;
      }
      samePassport.add(pairKey(first, person));
      // Never the number itself: the finding would be printed in CI logs.
      report({
        path: [...person.path, 'passport', 'number'],
        severity: 'error',
        messageId: 'samePassport',
        data: { person: personWithOrg(person), first: personWithOrg(first) },
        hintId: 'samePassportHint',
        related: [{ path: [...first.path, 'passport', 'number'], messageId: 'firstPassport', data: { first: personWithOrg(first) } }],
      });
    }

    const byName = new Map<string, { person: Person; path: DocPath }>();
    for (const person of model.people) {
      const variants: { key: string; path: DocPath; text: string }[] = typeof person.name === 'string'
        ? [{ key: nameKey(person.name), path: [...person.path, 'name'], text: person.name }]
        : Object.entries(person.name).map(([lang, text]) => ({ key: nameKey(text), path: [...person.path, 'name', lang], text }));
      let reported = false;
      for (const variant of variants) {
        if (variant.key === '') continue;
        const first = byName.get(variant.key);
        if (!first) {
          byName.set(variant.key, { person, path: variant.path });
          continue;
        }
        if (reported || first.person === person || samePassport.has(pairKey(first.person, person))) continue;
        reported = true;
        report({
          path: variant.path,
          severity: 'warning',
          messageId: 'sameName',
          data: { person: personWithOrg(person), name: variant.text, first: personWithOrg(first.person) },
          hintId: 'sameNameHint',
          related: [{ path: first.path, messageId: 'firstName', data: { first: personWithOrg(first.person) } }],
        });
      }
    }
  },
};

function passportKey(number: string): string {
  return number.replace(/[\s-]/g, '').toUpperCase();
}

function nameKey(name: string): string {
  return name.normalize('NFC').replace(/\s+/gu, '').toLowerCase();
}

function pairKey(a: Person, b: Person): string {
  return `${a.path[1]}:${b.path[1]}`;
}

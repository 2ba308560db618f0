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

    // The first holder of each name key, with the language of the variant (undefined for a plain
    // string): paths are made only for what is reported.
    const byName = new Map<string, { person: Person; lang: string | undefined }>();
    for (const person of model.people) {
      const name = person.name;
      if (typeof name === 'string') {
        sameName(person, undefined, name);
        continue;
      }
      let reported = false;
      for (const lang in name) {
        if (!Object.hasOwn(name, lang)) continue;
        if (sameName(person, lang, name[lang]!, reported)) reported = true;
      }
    }

    /** Records or reports one variant of a person's name; true when it reported. */
    function sameName(person: Person, lang: string | undefined, text: string, reported = false): boolean {
      const key = nameKey(text);
      if (key === '') return false;
      const first = byName.get(key);
      if (!first) {
        byName.set(key, { person, lang });
        return false;
      }
      if (reported || first.person === person || samePassport.has(pairKey(first.person, person))) return false;
      report({
        path: namePath(person, lang),
        severity: 'warning',
        messageId: 'sameName',
        data: { person: personWithOrg(person), name: text, first: personWithOrg(first.person) },
        hintId: 'sameNameHint',
        related: [{ path: namePath(first.person, first.lang), messageId: 'firstName', data: { first: personWithOrg(first.person) } }],
      });
      return true;
    }
  },
};

function namePath(person: Person, lang: string | undefined): DocPath {
  return lang === undefined ? [...person.path, 'name'] : [...person.path, 'name', lang];
}

function passportKey(number: string): string {
  return number.replace(/[\s-]/g, '').toUpperCase();
}

function nameKey(name: string): string {
  return name.normalize('NFC').replace(/\s+/gu, '').toLowerCase();
}

function pairKey(a: Person, b: Person): string {
  return `${a.path[1]}:${b.path[1]}`;
}

// inn-checksum: an organization's INN (Russian taxpayer number) is not 10 or 12 digits, or fails its
// control digits.
import { organizationRef } from './describe.js';
import type { Rule } from './types.js';

const WEIGHTS_10 = [2, 4, 10, 3, 5, 9, 4, 6, 8];
const WEIGHTS_11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
const WEIGHTS_12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];

export const innChecksum: Rule = {
  id: 'inn-checksum',
  defaultSeverity: 'error',
  description: 'An INN fails its control digits, or is not a string of 10 or 12 digits.',
  meta: {
    messages: {
      unquoted:
        'the INN {inn} of {organization} is written without quotes: YAML reads it as a number, which loses leading zeros{digits, select, wrong {, and its control digits do not match} other {}}',
      quoteHint: 'Put the INN in double quotes: inn: "{inn}".',
      quotePadHint: 'Put the INN in double quotes, with any leading zero it has (an INN is 10 or 12 digits): inn: "{padded}".',
      notDigits: 'the INN "{inn}" of {organization} has characters other than digits ({digits} digits); an INN is 10 digits (an organization) or 12 (an individual entrepreneur)',
      wrongLength: 'the INN "{inn}" of {organization} has {digits} digits; an INN is 10 digits (an organization) or 12 (an individual entrepreneur)',
      formHint: "Copy the INN from the organization's registration record (egrul.nalog.ru), digits only.",
      checksum:
        'the INN "{inn}" of {organization} fails its control {count, plural, one {digit} other {digits}}: the first {before} digits give {expected}, the INN ends in {found}',
      checksumHint: "A digit is probably mistyped or two digits are swapped: copy the INN from the organization's registration record.",
    },
    docs: { url: 'docs/rules/inn-checksum.md' },
    tags: ['protocol'],
  },
  check({ model, report }) {
    for (const organization of model.organizations) {
      const inn = organization.inn;
      if (inn === undefined) continue;
      const path = [...organization.path, 'inn'];
      if (organization.innUnquoted) {
        // One finding for the field: quoting it is the fix; a digit error, if any, is said in the same breath.
        const wellFormed = /^(\d{10}|\d{12})$/.test(inn);
        const digits = wellFormed && innControlDigits(inn) !== inn.slice(inn.length - innControlDigits(inn).length);
        report({
          path,
          messageId: 'unquoted',
          data: { inn, organization: organizationRef(organization), digits: digits ? 'wrong' : 'right', padded: inn.padStart(inn.length < 10 ? 10 : 12, '0') },
          hintId: wellFormed ? 'quoteHint' : 'quotePadHint',
        });
        continue;
      }
      if (!/^(\d{10}|\d{12})$/.test(inn)) {
        report({
          path,
          messageId: /\D/.test(inn) ? 'notDigits' : 'wrongLength',
          data: { inn, organization: organizationRef(organization), digits: inn.replace(/\D/g, '').length },
          hintId: 'formHint',
        });
        continue;
      }
      const expected = innControlDigits(inn);
      const found = inn.slice(inn.length - expected.length);
      if (found === expected) continue;
      report({
        path,
        messageId: 'checksum',
        data: { inn, organization: organizationRef(organization), count: expected.length, before: inn.length - expected.length, expected, found },
        hintId: 'checksumHint',
      });
    }
  },
};

/** The control digits an INN of 10 or 12 digits must end with, computed from the digits before them. */
export function innControlDigits(inn: string): string {
  const digits = [...inn].map(Number);
  const control = (weights: number[]) => (weights.reduce((sum, w, i) => sum + w * digits[i]!, 0) % 11) % 10;
  if (digits.length === 10) return String(control(WEIGHTS_10));
  const eleventh = control(WEIGHTS_11);
  digits[10] = eleventh;
  return `${eleventh}${control(WEIGHTS_12)}`;
}

// passport-expiry: a delegation passport expires less than `passportMonths` (default 6) calendar
// months after the last day of the visit.
import { TZDate } from '@date-fns/tz';
import { addMonths } from 'date-fns';
import { longDate, personRef } from './describe.js';
import type { Rule } from './types.js';

export const passportExpiry: Rule = {
  id: 'passport-expiry',
  defaultSeverity: 'error',
  description: 'A delegation passport expires less than 6 months after the visit ends.',
  meta: {
    messages: {
      // The expiry date is passport data: the message says how it falls short, never the date itself.
      expires:
        'the passport of {person} expires {when, select, before {before} other {less than {months, plural, one {{months} month} other {{months} months}} after}} ' +
        'the visit ends ({visitEnd}); it must be valid until at least {validUntil}',
      expiresHint: 'Most host countries refuse a visa to a passport that expires within six months of departure: the person needs a new passport before the visa application.',
    },
    docs: { url: 'docs/rules/passport-expiry.md' },
    options: {
      passportMonths: { name: 'passport-months', default: 6, schema: { type: 'integer', minimum: 0, maximum: 120 }, unit: 'months' },
    },
    tags: ['protocol'],
  },
  check({ model, options, report }) {
    if (!model.visit) return;
    const months = options.passportMonths;
    const validUntil = addCalendarMonths(model.visit.to, months);
    for (const person of model.people) {
      if (person.side !== 'delegation' || !person.passport) continue;
      const { expires } = person.passport;
      if (expires >= validUntil) continue;
      report({
        path: [...person.path, 'passport', 'expires'],
        messageId: 'expires',
        data: { person: personRef(person), when: expires < model.visit.to ? 'before' : 'within', months, visitEnd: longDate(model.visit.to), validUntil: longDate(validUntil) },
        hintId: 'expiresHint',
      });
    }
  },
};

/**
 * "2023-11-24" + 6 → "2024-05-24": calendar months as date-fns counts them (the 31st becomes the
 * last day of a shorter month), in UTC so the machine's zone cannot shift the date.
 */
export function addCalendarMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const shifted = addMonths(new TZDate(y, m - 1, d, 'UTC'), months);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${shifted.getFullYear()}-${pad(shifted.getMonth() + 1)}-${pad(shifted.getDate())}`;
}

// passport-expiry: a delegation passport expires less than `passportMonths` (default 6) calendar
// months after the last day of the visit.
import { TZDate } from '@date-fns/tz';
import { addMonths } from 'date-fns';
import { personRef, shortDate } from './describe.js';
import type { Rule } from './types.js';

export const passportExpiry: Rule = {
  id: 'passport-expiry',
  defaultSeverity: 'error',
  description: 'A delegation passport expires less than 6 months after the visit ends.',
  check({ model, options, report }) {
    if (!model.visit) return;
    const months = options.passportMonths;
    const validUntil = addCalendarMonths(model.visit.to, months);
    for (const person of model.people) {
      if (person.side !== 'delegation' || !person.passport) continue;
      const { expires } = person.passport;
      if (expires >= validUntil) continue;
      const when = `${expires < model.visit.to ? 'before' : `less than ${months} ${months === 1 ? 'month' : 'months'} after`} the visit ends (${longDate(model.visit.to)})`;
      report({
        path: [...person.path, 'passport', 'expires'],
        // The expiry date is passport data: the message says how it falls short, never the date itself.
        message: `the passport of ${personRef(person)} expires ${when}; it must be valid until at least ${longDate(validUntil)}`,
        hint: 'Most host countries refuse a visa to a passport that expires within six months of departure: the person needs a new passport before the visa application.',
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

function longDate(date: string): string {
  return `${shortDate(date)} ${date.slice(0, 4)}`;
}

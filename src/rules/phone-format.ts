// phone-format: a phone (a person's, a place's or a driver's) is not in international format, or is
// not a valid number of the country its code names.
import type { DocPath } from '../diagnostics/types.js';
import { personRef, phrase, placeName, say, vehicleName } from './describe.js';
import type { Phrase } from '../diagnostics/types.js';
import { loadPhoneNumbers } from './phone-numbers-loader.js';
import type { Rule } from './types.js';

const FORM = /^\+[\d\s()-]+$/;

/** Whose phone it is; a person's number is never repeated (it would end up in CI logs). */
const SUBJECT = 'the phone{shown, select, yes { "{number}"} other {}} of {whose} is not in international format: ';

/** What is wrong with a phone, as one of the rule's message ids and its data. */
export interface PhoneProblem {
  messageId: string;
  data: Record<string, string | number>;
}

export const phoneFormat: Rule = {
  id: 'phone-format',
  defaultSeverity: 'warning',
  description: 'A phone is not in international format (+ and 8–15 digits).',
  meta: {
    messages: {
      noPlus: `${SUBJECT}it does not start with + and the country code`,
      characters: `${SUBJECT}it has characters other than digits, spaces, dashes and brackets`,
      digits: `${SUBJECT}it has {digits} digits; an international number has 8 to 15`,
      noCountry: `${SUBJECT}the digits after + begin with no country code`,
      notPhone: `${SUBJECT}it is not a phone number`,
      badCode: `${SUBJECT}+{code} is not a country code`,
      tooShort: `${SUBJECT}it is too short for a number in {country}`,
      tooLong: `${SUBJECT}it is too long for a number in {country}`,
      badLength: `${SUBJECT}it does not have the length of a number in {country}`,
      invalid: `${SUBJECT}it is not a valid number in {country} (check the area or mobile code)`,
      formatHint: 'Write + and the country code, then the number, e.g. "+7 4822 12-34-56" or "+86 24 2345 6789"; spaces, dashes and brackets are allowed.',
    },
    docs: { url: 'docs/rules/phone-format.md' },
    tags: ['protocol'],
  },
  check({ model, report }) {
    const check = (phone: string | undefined, path: DocPath, whose: Phrase, showNumber: boolean) => {
      if (phone === undefined) return;
      const problem = phoneProblem(phone);
      if (!problem) return;
      report({
        path,
        messageId: problem.messageId,
        data: { ...problem.data, shown: showNumber ? 'yes' : 'no', number: showNumber ? phone : '', whose },
        hintId: 'formatHint',
      });
    };
    // A person's phone may be private: the message never repeats it (it would end up in CI logs).
    for (const person of model.people) check(person.phone, [...person.path, 'phone'], personRef(person), false);
    for (const place of model.places) check(place.phone, [...place.path, 'phone'], say('placeRef', { name: placeName(place), id: place.id }), true);
    for (const vehicle of model.vehicles) {
      const driver = vehicle.driver;
      if (!driver) continue;
      const whose = phrase((w) => {
        const name = w.text(driver.name);
        return name ? w.say('namedDriver', { name, vehicle: vehicleName(vehicle) }) : w.say('driver', { vehicle: vehicleName(vehicle) });
      });
      check(driver.phone, [...vehicle.path, 'driver', 'phone'], whose, true);
    }
  },
};

/**
 * Why a phone is not acceptable, or undefined when it is: the form of the format (+, 8–15 digits,
 * spaces, dashes and brackets), then libphonenumber's check that the number is valid for the country
 * its code names (length and leading digits, from its "min" metadata).
 */
export function phoneProblem(phone: string): PhoneProblem | undefined {
  const digits = phone.replace(/\D/g, '').length;
  if (!phone.trim().startsWith('+')) return { messageId: 'noPlus', data: {} };
  if (!FORM.test(phone.trim())) return { messageId: 'characters', data: {} };
  if (digits < 8 || digits > 15) return { messageId: 'digits', data: { digits } };
  return loadPhoneNumbers().numberProblem(phone);
}

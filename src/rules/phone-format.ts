// phone-format: a phone (a person's, a place's or a driver's) is not in international format, or is
// not a valid number of the country its code names.
import { parsePhoneNumberFromString, validatePhoneNumberLength } from 'libphonenumber-js/min';
import type { DocPath } from '../diagnostics/types.js';
import { textIn } from '../model/text.js';
import { personRef, placeName, vehicleName } from './describe.js';
import type { Rule } from './types.js';

const FORM = /^\+[\d\s()-]+$/;

export const phoneFormat: Rule = {
  id: 'phone-format',
  defaultSeverity: 'warning',
  description: 'A phone is not in international format (+ and 8–15 digits).',
  check({ model, report }) {
    const check = (phone: string | undefined, path: DocPath, whose: string, showNumber: boolean) => {
      if (phone === undefined) return;
      const problem = phoneProblem(phone);
      if (!problem) return;
      const subject = showNumber ? `the phone "${phone}" of ${whose}` : `the phone of ${whose}`;
      report({
        path,
        message: `${subject} is not in international format: ${problem}`,
        hint: 'Write + and the country code, then the number, e.g. "+7 4822 12-34-56" or "+86 24 2345 6789"; spaces, dashes and brackets are allowed.',
      });
    };
    // A person's phone may be private: the message never repeats it (it would end up in CI logs).
    for (const person of model.people) check(person.phone, [...person.path, 'phone'], personRef(person), false);
    for (const place of model.places) check(place.phone, [...place.path, 'phone'], `${placeName(place)} (${place.id})`, true);
    for (const vehicle of model.vehicles) {
      const driver = vehicle.driver;
      if (!driver) continue;
      const name = textIn(driver.name, 'en');
      check(driver.phone, [...vehicle.path, 'driver', 'phone'], `${name ? `${name}, ` : ''}the driver of ${vehicleName(vehicle)}`, true);
    }
  },
};

/**
 * Why a phone is not acceptable, or undefined when it is: the form of the format (+, 8–15 digits,
 * spaces, dashes and brackets), then libphonenumber's check that the number is valid for the country
 * its code names (length and leading digits, from its "min" metadata).
 */
export function phoneProblem(phone: string): string | undefined {
  const digits = phone.replace(/\D/g, '').length;
  if (!phone.trim().startsWith('+')) return 'it does not start with + and the country code';
  if (!FORM.test(phone.trim())) return 'it has characters other than digits, spaces, dashes and brackets';
  if (digits < 8 || digits > 15) return `it has ${digits} digits; an international number has 8 to 15`;
  const parsed = parsePhoneNumberFromString(phone);
  const length = validatePhoneNumberLength(phone);
  if (!parsed) return length === 'INVALID_COUNTRY' ? 'the digits after + begin with no country code' : 'it is not a phone number';
  if (parsed.isValid()) return undefined;
  const country = parsed.country ?? `+${parsed.countryCallingCode}`;
  if (length === 'INVALID_COUNTRY') return `+${parsed.countryCallingCode} is not a country code`;
  if (length === 'TOO_SHORT') return `it is too short for a number in ${country}`;
  if (length === 'TOO_LONG') return `it is too long for a number in ${country}`;
  if (length === 'INVALID_LENGTH') return `it does not have the length of a number in ${country}`;
  return `it is not a valid number in ${country} (check the area or mobile code)`;
}

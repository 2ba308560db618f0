// The part of phone-format that needs libphonenumber-js (its "min" metadata: the country codes, and
// each country's lengths and leading digits, enough to tell a valid number). Loaded only for a file
// with a phone number in the international form (see phone-numbers-loader.ts).
import { parsePhoneNumberFromString, validatePhoneNumberLength } from 'libphonenumber-js/min';
import type { PhoneProblem } from './phone-format.js';

/** Why a phone in the international form is not a valid number of the country its code names, or undefined. */
export function numberProblem(phone: string): PhoneProblem | undefined {
  const parsed = parsePhoneNumberFromString(phone);
  const length = validatePhoneNumberLength(phone);
  if (!parsed) return { messageId: length === 'INVALID_COUNTRY' ? 'noCountry' : 'notPhone', data: {} };
  if (parsed.isValid()) return undefined;
  const country = parsed.country ?? `+${parsed.countryCallingCode}`;
  if (length === 'INVALID_COUNTRY') return { messageId: 'badCode', data: { code: parsed.countryCallingCode } };
  if (length === 'TOO_SHORT') return { messageId: 'tooShort', data: { country } };
  if (length === 'TOO_LONG') return { messageId: 'tooLong', data: { country } };
  if (length === 'INVALID_LENGTH') return { messageId: 'badLength', data: { country } };
  return { messageId: 'invalid', data: { country } };
}

// How phone-format reaches libphonenumber-js (phone-numbers.ts). From the sources it is an ordinary
// import; the build replaces this module with a synchronous require() of it bundled on its own
// (dist/lazy/phone-numbers.cjs), so that the metadata is loaded only when a file has a phone number.
import * as phoneNumbers from './phone-numbers.js';

export function loadPhoneNumbers(): typeof phoneNumbers {
  return phoneNumbers;
}

// invalid-timezone: a zone is not a known IANA zone.
import type { DocPath } from '../diagnostics/types.js';
import { nearest } from '../model/suggest.js';
import { isValidTimeZone } from '../model/time.js';
import type { Rule } from './types.js';

let zones: string[] | undefined;
const knownZones = () => (zones ??= Intl.supportedValuesOf('timeZone'));

export const invalidTimezone: Rule = {
  id: 'invalid-timezone',
  defaultSeverity: 'error',
  description: 'A time zone is not a known IANA zone.',
  check({ model, report }) {
    const check = (zone: string | undefined, path: DocPath) => {
      if (zone === undefined || isValidTimeZone(zone)) return;
      const suggestion = nearest(zone, knownZones());
      report({
        path,
        message: `"${zone}" is not an IANA time zone${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
        hint: 'Use a name from the IANA database, e.g. Asia/Shanghai or Europe/Moscow (not "CST" or "+08:00").',
      });
    };
    if (model.visit) check(model.visit.timezone, ['visit', 'timezone']);
    for (const place of model.places) check(place.timezone, [...place.path, 'timezone']);
  },
};

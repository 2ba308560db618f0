// invalid-timezone: a zone is not a known IANA zone.
import type { DocPath } from '../diagnostics/types.js';
import { isValidTimeZone, suggestTimeZone } from '../model/zones.js';
import type { Rule } from './types.js';

export const invalidTimezone: Rule = {
  id: 'invalid-timezone',
  defaultSeverity: 'error',
  description: 'A time zone is not a known IANA zone.',
  check({ model, report }) {
    const check = (zone: string | undefined, path: DocPath) => {
      if (zone === undefined || isValidTimeZone(zone)) return;
      const suggestion = suggestTimeZone(zone);
      const abbreviation = /^[A-Za-z]{2,5}$/.test(zone) && zone === zone.toUpperCase();
      report({
        path,
        message: abbreviation
          ? `"${zone}" is an abbreviation, not an IANA time zone: abbreviations are ambiguous (CST is both China and US Central time)${suggestion ? `; did you mean "${suggestion}"?` : ''}`
          : `"${zone}" is not an IANA time zone${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
        hint: suggestion
          ? `Write timezone: ${suggestion}, or another name from the IANA database (Area/City, e.g. Europe/Moscow).`
          : 'Use a name from the IANA database, e.g. Asia/Shanghai or Europe/Moscow (not "CST" or "+08:00").',
      });
    };
    if (model.visit) check(model.visit.timezone, ['visit', 'timezone']);
    for (const place of model.places) check(place.timezone, [...place.path, 'timezone']);
  },
};

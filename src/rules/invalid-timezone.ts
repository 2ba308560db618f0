// invalid-timezone: a zone is not a known IANA zone.
import type { DocPath } from '../diagnostics/types.js';
import { isValidTimeZone, suggestTimeZone } from '../model/zones.js';
import type { Rule } from './types.js';

export const invalidTimezone: Rule = {
  id: 'invalid-timezone',
  defaultSeverity: 'error',
  description: 'A time zone is not a known IANA zone.',
  meta: {
    messages: {
      abbreviation:
        '"{zone}" is an abbreviation, not an IANA time zone: abbreviations are ambiguous (CST is both China and US Central time){suggestion, select, none {} other {; did you mean "{suggestion}"?}}',
      unknown: '"{zone}" is not an IANA time zone{suggestion, select, none {} other {; did you mean "{suggestion}"?}}',
      suggestionHint: 'Write timezone: {suggestion}, or another name from the IANA database (Area/City, e.g. Europe/Moscow).',
      unknownHint: 'Use a name from the IANA database, e.g. Asia/Shanghai or Europe/Moscow (not "CST" or "+08:00").',
    },
    docs: { url: 'docs/rules/invalid-timezone.md' },
    tags: ['structure'],
  },
  check({ model, report }) {
    const check = (zone: string | undefined, path: DocPath) => {
      if (zone === undefined || isValidTimeZone(zone)) return;
      const suggestion = suggestTimeZone(zone);
      const abbreviation = /^[A-Za-z]{2,5}$/.test(zone) && zone === zone.toUpperCase();
      report({
        path,
        messageId: abbreviation ? 'abbreviation' : 'unknown',
        data: { zone, suggestion: suggestion ?? 'none' },
        hintId: suggestion ? 'suggestionHint' : 'unknownHint',
      });
    };
    if (model.visit) check(model.visit.timezone, ['visit', 'timezone']);
    for (const place of model.places) check(place.timezone, [...place.path, 'timezone']);
  },
};

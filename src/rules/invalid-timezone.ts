// invalid-timezone: a zone is not a known IANA zone.
import type { DocPath } from '../diagnostics/types.js';
import { utcLabel, zoneAtOdds } from '../model/place-zone.js';
import { offsetMinutes } from '../model/time.js';
import { isValidTimeZone, suggestTimeZone } from '../model/zones.js';
import type { Rule } from './types.js';
import { say } from './describe.js';

export const invalidTimezone: Rule = {
  id: 'invalid-timezone',
  defaultSeverity: 'error',
  description: 'A time zone is not a known IANA zone, or a place without one lies in another zone.',
  meta: {
    messages: {
      abbreviation:
        '"{zone}" is an abbreviation, not an IANA time zone: abbreviations are ambiguous (CST is both China and US Central time){suggestion, select, none {} other {; did you mean "{suggestion}"?}}',
      unknown: '"{zone}" is not an IANA time zone{suggestion, select, none {} other {; did you mean "{suggestion}"?}}',
      suggestionHint: 'Write timezone: {suggestion}, or another name from the IANA database (Area/City, e.g. Europe/Moscow).',
      unknownHint: 'Use a name from the IANA database, e.g. Asia/Shanghai or Europe/Moscow (not "CST" or "+08:00").',
      placeAtOdds: "place {id} has no timezone, so its times are read in the visit's zone {readIn} ({offset}), but {evidence}",
      placeAtOddsHint: 'Add timezone: {likely} to the place.',
      placeNoZoneHint: 'Add the timezone of the place (an IANA name such as Europe/Moscow) to it.',
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
    // A place without a zone is read in the visit's: say so once when it lies elsewhere (a deleted
    // timezone line); its times are left out of the other checks until it has its zone.
    const visit = model.visit;
    if (!visit) return;
    for (const place of model.places) {
      const odds = zoneAtOdds(place, visit.timezone, visit.from, model.places);
      if (!odds) continue;
      report({
        path: [...place.path, 'id'],
        messageId: 'placeAtOdds',
        data: {
          id: place.id,
          readIn: odds.readIn,
          offset: utcLabel(offsetMinutes(odds.readIn, Date.parse(`${visit.from}T12:00:00Z`)) / 60),
          evidence: say('zoneClue', { ...odds.clue, field: odds.clue.kind === 'names' ? odds.clue.field : '', part: odds.clue.kind === 'names' ? odds.clue.part : '' }),
          likely: odds.likely ?? '',
        },
        hintId: odds.likely ? 'placeAtOddsHint' : 'placeNoZoneHint',
      });
    }
  },
};

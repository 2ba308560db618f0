// passport-name: for a person of a Russian organization, passport.name is not the ICAO Doc 9303
// transliteration of the Russian name, as Russian passports print it.
import type { TextValue } from '../model/types.js';
import { personRef } from './describe.js';
import { transliterate } from '../text/transliterate.js';
import type { Rule } from './types.js';

const PATRONYMIC = /(вич|вна|ична|инична|оглы|кызы)$/i;

export const passportName: Rule = {
  id: 'passport-name',
  defaultSeverity: 'warning',
  description: 'For a person of a Russian organization, passport.name differs from the ICAO 9303 transliteration of the Russian name.',
  check({ model, report }) {
    const first = model.languages[0];
    for (const person of model.people) {
      if (!person.passport || person.organization?.country !== 'RU') continue;
      const ru = russianName(person.name, first);
      if (!ru) continue;
      const expected = expectedPassportNames(ru);
      if (!expected) continue;
      const written = comparable(person.passport.name);
      if (expected.accepted.some((candidate) => comparable(candidate) === written)) continue;
      // The message shows what the passport should say, never what it says.
      report({
        path: [...person.path, 'passport', 'name'],
        message: `the passport name of ${personRef(person)} is not the ICAO 9303 transliteration of "${ru}": expected "${expected.display}"`,
        hint: 'Russian passports since 2010 transliterate names by ICAO Doc 9303 (ж ZH, х KH, ц TS, щ SHCH, ю IU, я IA …). Copy the name exactly as printed: a hotel or airline rejects a booking whose name differs from the passport.',
      });
    }
  },
};

function russianName(name: TextValue, firstLanguage: string | undefined): string | undefined {
  if (typeof name === 'string') return firstLanguage === 'ru' ? name : undefined;
  return name.ru;
}

/**
 * The passport names that match a Russian name: the words other than a patronymic, transliterated,
 * in the written order or with the last word moved first ("Игорь Руденя" → RUDENIA IGOR or
 * IGOR RUDENIA, read either as "Имя Фамилия" or "Фамилия Имя"). `display` guesses the surname: the
 * first word when a patronymic follows ("Фамилия Имя Отчество"), else the last.
 */
export function expectedPassportNames(ru: string): { accepted: string[]; display: string } | undefined {
  const all = ru.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const words = all.filter((w, i) => !(i > 0 && PATRONYMIC.test(w)));
  if (words.length === 0 || !words.some((w) => /[а-яё]/i.test(w))) return undefined;
  const latin = words.map(transliterate);
  const written = latin.join(' ');
  const lastFirst = [latin[latin.length - 1]!, ...latin.slice(0, -1)].join(' ');
  const hadPatronymic = words.length < all.length;
  return { accepted: [written, lastFirst], display: hadPatronymic ? written : lastFirst };
}

/** Upper case, letters only: punctuation and spaces do not matter. */
function comparable(name: string): string {
  return name.toUpperCase().replace(/[^\p{L}]/gu, '');
}

// passport-name: for a person of a Russian organization, passport.name is not the ICAO Doc 9303
// transliteration of the Russian name, as Russian passports print it.
import type { TextValue } from '../model/types.js';
import { personRef } from './describe.js';
import { transliterate } from '../text/transliterate.js';
import type { Rule } from './types.js';

/**
 * Russian patronymics: -ович/-евич/-ич (Ильич, Кузьмич, Лукич, Фомич, Никитич), -овна/-евна/-ична/-инична
 * (Ильинична, Кузьминична). The Turkic forms are two words, the father's name and оглы/кызы (улы/кызы
 * in Kazakh spelling): "Ильхам Гейдар оглы".
 */
const PATRONYMIC = /(ич|[оеё]вна|ична)$/i;
const TURKIC_PATRONYMIC = /^(оглы|оглу|улы|уулу|кызы|гызы|кизи)$/i;

export const passportName: Rule = {
  id: 'passport-name',
  defaultSeverity: 'warning',
  description: 'For a person of a Russian organization, passport.name differs from the ICAO 9303 transliteration of the Russian name.',
  meta: {
    messages: {
      notIcao: 'the passport name of {person} is not the ICAO 9303 transliteration of "{russian}": expected "{expected}"',
      notIcaoHint:
        'Russian passports since 2010 transliterate names by ICAO Doc 9303 (ж ZH, х KH, ц TS, щ SHCH, ю IU, я IA …). Copy the name exactly as printed: a hotel or airline rejects a booking whose name differs from the passport.',
    },
    docs: { url: 'docs/rules/passport-name.md' },
    tags: ['protocol'],
  },
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
        messageId: 'notIcao',
        data: { person: personRef(person), russian: ru, expected: expected.display },
        hintId: 'notIcaoHint',
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
  const patronymic = patronymicAt(all);
  const words = patronymic ? [...all.slice(0, patronymic.start), ...all.slice(patronymic.end)] : all;
  if (words.length === 0 || !words.some((w) => /[а-яё]/i.test(w))) return undefined;
  const latin = words.map(transliterate);
  const written = latin.join(' ');
  const lastFirst = [latin[latin.length - 1]!, ...latin.slice(0, -1)].join(' ');
  // "Фамилия Имя Отчество": the patronymic ends the name and the surname leads; "Имя Отчество Фамилия":
  // the surname is last; no patronymic: "Имя Фамилия", the surname is last.
  const surnameFirst = patronymic !== undefined && patronymic.end === all.length;
  return { accepted: [written, lastFirst], display: surnameFirst ? written : lastFirst };
}

/**
 * Where the patronymic is in a name of three or more words (words `start` to `end`, exclusive); never
 * the first word, and never in a two-word name, where a word ending in -ич is a surname (Шостакович).
 * In "Имя Отчество Фамилия" the middle word is the patronymic even when the surname also ends in -ич.
 */
export function patronymicAt(words: readonly string[]): { start: number; end: number } | undefined {
  const turkic = words.findIndex((w, i) => i >= 2 && TURKIC_PATRONYMIC.test(w));
  if (turkic >= 2) return { start: turkic - 1, end: turkic + 1 };
  if (words.length < 3) return undefined;
  for (let i = 1; i < words.length; i++) if (PATRONYMIC.test(words[i]!)) return { start: i, end: i + 1 };
  return undefined;
}

/** Upper case, letters only: punctuation and spaces do not matter. */
function comparable(name: string): string {
  return name.toUpperCase().replace(/[^\p{L}]/gu, '');
}

// Typesetting of running text for print, by language. Chinese: full-width punctuation next to Chinese
// characters (，：；（）！？), so that no line starts with closing punctuation; no break before a middle
// dot. Russian: non-breaking spaces where a line must not break (before a dash, in "2023 г.", between
// initials and a surname, between a number and its unit). Pure and idempotent.

const HAN = '\\p{Script=Han}';
const NBSP = '\u00a0';

const ZH_RULES: [RegExp, string][] = [
  [new RegExp(`(${HAN}|[）」』”])\\s*,\\s*`, 'gu'), '$1，'],
  [new RegExp(`\\s*,\\s*(?=${HAN})`, 'gu'), '，'],
  [new RegExp(`(${HAN})\\s*:\\s*`, 'gu'), '$1：'],
  [new RegExp(`(${HAN})\\s*;\\s*`, 'gu'), '$1；'],
  [new RegExp(`(${HAN})\\s*!`, 'gu'), '$1！'],
  [new RegExp(`(${HAN})\\s*\\?`, 'gu'), '$1？'],
  [new RegExp(`\\s*\\(([^()]*${HAN}[^()]*)\\)\\s*`, 'gu'), '（$1）'],
  [/ +·/g, `${NBSP}·`],
];

const RU_UNITS = '(?:км|м|см|мм|мин|ч|сек|кг|т|га|руб\\.|млн|млрд|тыс\\.|чел\\.|%|₽|°C|°)';
const RU_RULES: [RegExp, string][] = [
  [/ +([—–])/g, `${NBSP}$1`],
  [/(\d) +(гг?\.)/g, `$1${NBSP}$2`],
  [/№ +(?=\d)/g, `№${NBSP}`],
  [/(?<![А-Яа-яЁё])([А-ЯЁ]\.) +(?=[А-ЯЁ])/gu, `$1${NBSP}`],
  [/([А-ЯЁ][а-яё]+) +(?=[А-ЯЁ]\.(?:[А-ЯЁ]\.)?(?![а-яё]))/gu, `$1${NBSP}`],
  [new RegExp(`(\\d) +(?=${RU_UNITS}(?![а-яёА-ЯЁ]))`, 'gu'), `$1${NBSP}`],
];

function rulesFor(lang: string): [RegExp, string][] | undefined {
  return lang === 'zh' ? ZH_RULES : lang === 'ru' ? RU_RULES : undefined;
}

/** Whether typesetting can change a text in `lang` (it leaves every text of other languages as it is). */
export function typesets(lang: string): boolean {
  return rulesFor(lang) !== undefined;
}

/** `text` typeset for print in `lang`. */
export function typeset(text: string, lang: string): string {
  const rules = rulesFor(lang);
  if (!rules || text === '') return text;
  let out = text;
  for (const [pattern, replacement] of rules) out = out.replace(pattern, replacement);
  return out;
}

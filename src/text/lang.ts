// The language of the tool's own words: findings, hints, summaries, refusals and the wizard's
// questions. Chosen by `--lang`, else DELEGATION_LANG, else the POSIX locale (LC_ALL, LC_MESSAGES,
// LANG: the first one set decides, as in C's setlocale), else English. A language the tool has no
// words for falls back to English, as the documents' labels do.

export const MESSAGE_LANGUAGES = ['en', 'ru', 'zh'] as const;
export type MessageLanguage = (typeof MESSAGE_LANGUAGES)[number];

export function isMessageLanguage(code: string): code is MessageLanguage {
  return (MESSAGE_LANGUAGES as readonly string[]).includes(code);
}

/** The language part of "ru_RU.UTF-8", "zh-Hans-CN", "en@euro", "ru"; undefined for "C" and "POSIX". */
export function localeLanguage(locale: string): string | undefined {
  const match = /^([A-Za-z]{2,3})(?=$|[-_.@])/.exec(locale.trim());
  if (!match || /^(c|posix)$/i.test(locale.trim())) return undefined;
  return match[1]!.toLowerCase();
}

/** Where a choice of language came from, for messages that say why a language was used. */
export type LanguageSource = '--lang' | 'DELEGATION_LANG' | 'LC_ALL' | 'LC_MESSAGES' | 'LANG' | 'default';

/** The language of the tool's words for a `--lang` value (or none) and an environment. */
export function chooseMessageLanguage(
  flag: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): { lang: MessageLanguage; source: LanguageSource } {
  const candidates: [LanguageSource, string | undefined][] = [
    ['--lang', flag],
    ['DELEGATION_LANG', env.DELEGATION_LANG],
    ['LC_ALL', env.LC_ALL],
    ['LC_MESSAGES', env.LC_MESSAGES],
    ['LANG', env.LANG],
  ];
  for (const [source, value] of candidates) {
    if (value === undefined || value.trim() === '') continue;
    const code = localeLanguage(value);
    return { lang: code !== undefined && isMessageLanguage(code) ? code : 'en', source };
  }
  return { lang: 'en', source: 'default' };
}

/** The language of the tool's words: see chooseMessageLanguage. */
export function messageLanguage(flag: string | undefined, env: Readonly<Record<string, string | undefined>>): MessageLanguage {
  return chooseMessageLanguage(flag, env).lang;
}

// Calendar dates in the reader's language (date-fns locales), independent of the machine's time zone:
// a date is formatted as a TZDate pinned to UTC.
import { format, type Locale } from 'date-fns';
import { enGB, ru, zhCN } from 'date-fns/locale';
import { TZDate } from '@date-fns/tz';

const LOCALES: Record<string, Locale> = { en: enGB, ru, zh: zhCN };

export function localeFor(lang: string): Locale {
  return LOCALES[lang] ?? enGB;
}

/** Format "YYYY-MM-DD" with a date-fns pattern in the reader's language. */
export function formatDate(date: string, pattern: string, lang: string): string {
  const day = new TZDate(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)), 12, 0, 'UTC');
  try {
    return format(day, pattern, { locale: localeFor(lang) });
  } catch {
    // A broken pattern in a user's label file should not stop the print run.
    return date;
  }
}

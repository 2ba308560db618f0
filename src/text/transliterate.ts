// Russian Cyrillic to Latin letters by ICAO Doc 9303 (7th ed.), Part 3, as Russian international
// passports print names since 2010. The one transliteration: the passport-name rule compares with it,
// and ids suggested for new entries are made from it.

const ICAO_9303: Record<string, string> = {
  а: 'A', б: 'B', в: 'V', г: 'G', д: 'D', е: 'E', ё: 'E', ж: 'ZH', з: 'Z', и: 'I', й: 'I', к: 'K', л: 'L', м: 'M',
  н: 'N', о: 'O', п: 'P', р: 'R', с: 'S', т: 'T', у: 'U', ф: 'F', х: 'KH', ц: 'TS', ч: 'CH', ш: 'SH', щ: 'SHCH',
  ъ: 'IE', ы: 'Y', ь: '', э: 'E', ю: 'IU', я: 'IA',
};

/** Upper-case Latin letters for Cyrillic ones; other characters upper-cased as they are. */
export function transliterate(text: string): string {
  let out = '';
  for (const ch of text.toLowerCase()) out += ICAO_9303[ch] ?? ch.toUpperCase();
  return out;
}

// Time-zone names: which ones the format accepts, and which zone a misspelt name, a city or a country
// most likely means. One place for init, add and the invalid-timezone rule.
import { nearest } from './suggest.js';

/**
 * Three-letter ids ICU accepts that are not in the IANA database: old Java abbreviations. "CST" is
 * America/Chicago to a computer and China Standard Time to a Chinese colleague, "IST" is India, Israel
 * or Ireland: the format refuses them. EST, MST, HST and the like are IANA links and stay valid.
 */
const NOT_IANA = new Set([
  'ACT', 'AET', 'AGT', 'ART', 'AST', 'BET', 'BST', 'CAT', 'CNT', 'CST', 'CTT', 'EAT', 'ECT', 'IET', 'IST', 'JST', 'MIT', 'NET', 'NST', 'PLT',
  'PNT', 'PRT', 'PST', 'SST', 'VST',
]);

const validity = new Map<string, boolean>();

/** Is `zone` a time-zone name of the IANA database, canonical or link (`GMT`, `EST5EDT`, `Europe/Kiev`)? */
export function isValidTimeZone(zone: string): boolean {
  let valid = validity.get(zone);
  if (valid === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      // Offsets ("+08:00") are no zone names; ICU-only ids are ambiguous abbreviations.
      valid = !/^[+-]?\d/.test(zone) && !NOT_IANA.has(zone.toUpperCase()) && !/^SystemV\//i.test(zone);
    } catch {
      valid = false;
    }
    validity.set(zone, valid);
  }
  return valid;
}

/**
 * Cities, countries and old names people write for a zone, in the languages of the visits the tool
 * serves. Keys are compared lower-case with spaces, dashes and underscores removed. Countries with one
 * zone only; a country with several (Russia, the United States) is no answer.
 */
const PLACES: Record<string, string[]> = {
  'Asia/Shanghai': [
    'China', 'PRC', 'Beijing', 'Peking', 'Peiping', 'Shanghai', 'Shenyang', 'Liaoning', 'Dalian', 'Harbin', 'Changchun', 'Tianjin', 'Qingdao',
    'Guangzhou', 'Canton', 'Shenzhen', 'Chengdu', 'Chongqing', 'Wuhan', 'Xian', "Xi'an", 'Hangzhou', 'Nanjing', 'Suzhou', 'Xiamen', 'Kunming',
    'Zhengzhou', 'Jinan', 'Hefei', 'Changsha', 'Fuzhou', 'Nanning', 'Harbin', 'Hohhot', 'Lanzhou', 'Taiyuan', 'Shijiazhuang', 'Nanchang',
    'Guiyang', 'Haikou', 'Sanya', 'Lhasa', 'Xining', 'Yinchuan', 'Manzhouli', 'Heihe', 'Suifenhe', 'China Standard Time', 'CST',
    'Китай', 'КНР', 'Пекин', 'Шанхай', 'Шэньян', 'Шеньян', 'Ляонин', 'Далянь', 'Харбин', 'Чанчунь', 'Тяньцзинь', 'Циндао', 'Гуанчжоу',
    'Шэньчжэнь', 'Чэнду', 'Чунцин', 'Ухань', 'Сиань', 'Ханчжоу', 'Нанкин', 'Маньчжурия', 'Хэйхэ', 'Суйфэньхэ',
    '中国', '北京', '上海', '沈阳', '大连', '哈尔滨', '长春', '天津', '青岛', '广州', '深圳', '成都', '重庆', '武汉', '西安', '杭州', '南京',
  ],
  'Asia/Urumqi': ['Urumqi', 'Xinjiang', 'Kashgar', 'Урумчи', 'Синьцзян', '乌鲁木齐'],
  'Asia/Hong_Kong': ['Hong Kong', 'Hongkong', 'Гонконг', '香港'],
  'Asia/Macau': ['Macau', 'Macao', 'Аомынь', 'Макао', '澳门'],
  'Asia/Taipei': ['Taiwan', 'Taipei', 'ROC', 'Тайвань', 'Тайбэй', '台北'],
  'Europe/Moscow': [
    'Moscow', 'Moskva', 'Moskow', 'Tver', 'Saint Petersburg', 'St Petersburg', 'St. Petersburg', 'Petersburg', 'Leningrad', 'Kazan', 'Sochi',
    'Nizhny Novgorod', 'Nizhniy Novgorod', 'Yaroslavl', 'Vladimir', 'Kostroma', 'Ivanovo', 'Smolensk', 'Tula', 'Ryazan', 'Kaluga', 'Bryansk',
    'Kursk', 'Belgorod', 'Voronezh', 'Lipetsk', 'Tambov', 'Orel', 'Pskov', 'Novgorod', 'Veliky Novgorod', 'Murmansk', 'Arkhangelsk', 'Vologda',
    'Petrozavodsk', 'Krasnodar', 'Rostov', 'Rostov-on-Don', 'Stavropol', 'Makhachkala', 'Grozny', 'Kirov', 'Cheboksary', 'Penza', 'Yoshkar-Ola',
    'Simferopol', 'Sevastopol', 'Crimea', 'Belarus', 'Minsk', 'MSK', 'Moscow Time',
    'Москва', 'Тверь', 'Санкт-Петербург', 'Петербург', 'Ленинград', 'Казань', 'Сочи', 'Нижний Новгород', 'Ярославль', 'Владимир', 'Кострома',
    'Смоленск', 'Тула', 'Рязань', 'Калуга', 'Брянск', 'Курск', 'Белгород', 'Воронеж', 'Псков', 'Мурманск', 'Архангельск', 'Вологда',
    'Краснодар', 'Ростов-на-Дону', 'Ставрополь', 'Симферополь', 'Севастополь', 'Беларусь', 'Белоруссия', 'Минск',
    '莫斯科', '特维尔', '圣彼得堡', '明斯克',
  ],
  'Europe/Kaliningrad': ['Kaliningrad', 'Königsberg', 'Калининград'],
  'Europe/Samara': ['Samara', 'Izhevsk', 'Udmurtia', 'Самара', 'Ижевск'],
  'Europe/Volgograd': ['Volgograd', 'Stalingrad', 'Волгоград'],
  'Europe/Saratov': ['Saratov', 'Саратов'],
  'Europe/Ulyanovsk': ['Ulyanovsk', 'Ульяновск'],
  'Europe/Astrakhan': ['Astrakhan', 'Астрахань'],
  'Asia/Yekaterinburg': [
    'Yekaterinburg', 'Ekaterinburg', 'Sverdlovsk', 'Chelyabinsk', 'Perm', 'Ufa', 'Tyumen', 'Orenburg', 'Kurgan', 'Екатеринбург', 'Челябинск',
    'Пермь', 'Уфа', 'Тюмень', 'Оренбург',
  ],
  'Asia/Omsk': ['Omsk', 'Омск'],
  'Asia/Novosibirsk': ['Novosibirsk', 'Новосибирск'],
  'Asia/Barnaul': ['Barnaul', 'Altai', 'Барнаул'],
  'Asia/Tomsk': ['Tomsk', 'Томск'],
  'Asia/Novokuznetsk': ['Novokuznetsk', 'Kemerovo', 'Новокузнецк', 'Кемерово'],
  'Asia/Krasnoyarsk': ['Krasnoyarsk', 'Norilsk', 'Красноярск', 'Норильск'],
  'Asia/Irkutsk': ['Irkutsk', 'Baikal', 'Ulan-Ude', 'Иркутск', 'Улан-Удэ'],
  'Asia/Chita': ['Chita', 'Чита'],
  'Asia/Yakutsk': ['Yakutsk', 'Blagoveshchensk', 'Якутск', 'Благовещенск'],
  'Asia/Vladivostok': ['Vladivostok', 'Khabarovsk', 'Primorye', 'Владивосток', 'Хабаровск', 'Приморье', '符拉迪沃斯托克', '海参崴', '哈巴罗夫斯克'],
  'Asia/Sakhalin': ['Sakhalin', 'Yuzhno-Sakhalinsk', 'Сахалин', 'Южно-Сахалинск'],
  'Asia/Magadan': ['Magadan', 'Магадан'],
  'Asia/Kamchatka': ['Kamchatka', 'Petropavlovsk-Kamchatsky', 'Камчатка', 'Петропавловск-Камчатский'],
  'Asia/Almaty': [
    'Kazakhstan', 'Almaty', 'Alma-Ata', 'Alma Ata', 'Astana', 'Nur-Sultan', 'Shymkent', 'Karaganda', 'Казахстан', 'Алматы', 'Алма-Ата',
    'Астана', 'Нур-Султан', '阿拉木图', '阿斯塔纳', '哈萨克斯坦',
  ],
  'Asia/Tashkent': ['Uzbekistan', 'Tashkent', 'Samarkand', 'Узбекистан', 'Ташкент', 'Самарканд'],
  'Asia/Bishkek': ['Kyrgyzstan', 'Bishkek', 'Киргизия', 'Кыргызстан', 'Бишкек'],
  'Asia/Dushanbe': ['Tajikistan', 'Dushanbe', 'Таджикистан', 'Душанбе'],
  'Asia/Ashgabat': ['Turkmenistan', 'Ashgabat', 'Ashkhabad', 'Туркменистан', 'Ашхабад'],
  'Asia/Baku': ['Azerbaijan', 'Baku', 'Азербайджан', 'Баку'],
  'Asia/Yerevan': ['Armenia', 'Yerevan', 'Армения', 'Ереван'],
  'Asia/Tbilisi': ['Georgia', 'Tbilisi', 'Грузия', 'Тбилиси'],
  'Europe/Kyiv': ['Ukraine', 'Kyiv', 'Kiev', 'Kyyiv', 'Odesa', 'Odessa', 'Kharkiv', 'Kharkov', 'Украина', 'Киев', 'Київ', 'Одесса', 'Харьков'],
  'Europe/Chisinau': ['Moldova', 'Chisinau', 'Kishinev', 'Молдова', 'Кишинёв', 'Кишинев'],
  'Asia/Ulaanbaatar': ['Mongolia', 'Ulaanbaatar', 'Ulan Bator', 'Монголия', 'Улан-Батор', '乌兰巴托'],
  'Asia/Pyongyang': ['North Korea', 'DPRK', 'Pyongyang', 'КНДР', 'Пхеньян'],
  'Asia/Seoul': ['South Korea', 'Korea', 'Seoul', 'Busan', 'Корея', 'Сеул'],
  'Asia/Tokyo': ['Japan', 'Tokyo', 'Osaka', 'Япония', 'Токио'],
  'Asia/Ho_Chi_Minh': ['Vietnam', 'Viet Nam', 'Hanoi', 'Ho Chi Minh', 'Ho Chi Minh City', 'Saigon', 'Вьетнам', 'Ханой', 'Хошимин'],
  'Asia/Bangkok': ['Thailand', 'Bangkok', 'Laos', 'Vientiane', 'Cambodia', 'Phnom Penh', 'Таиланд', 'Бангкок'],
  'Asia/Yangon': ['Myanmar', 'Burma', 'Yangon', 'Rangoon', 'Naypyidaw', 'Мьянма'],
  'Asia/Singapore': ['Singapore', 'Сингапур'],
  'Asia/Kuala_Lumpur': ['Malaysia', 'Kuala Lumpur', 'Малайзия'],
  'Asia/Jakarta': ['Jakarta', 'Джакарта'],
  'Asia/Manila': ['Philippines', 'Manila', 'Филиппины', 'Манила'],
  'Asia/Kolkata': ['India', 'Delhi', 'New Delhi', 'Mumbai', 'Bombay', 'Kolkata', 'Calcutta', 'Chennai', 'Madras', 'Bangalore', 'Индия', 'Дели', 'Мумбаи'],
  'Asia/Karachi': ['Pakistan', 'Karachi', 'Islamabad', 'Lahore', 'Пакистан'],
  'Asia/Dhaka': ['Bangladesh', 'Dhaka', 'Бангладеш'],
  'Asia/Kathmandu': ['Nepal', 'Kathmandu', 'Непал'],
  'Asia/Tehran': ['Iran', 'Tehran', 'Иран', 'Тегеран'],
  'Asia/Dubai': ['UAE', 'United Arab Emirates', 'Dubai', 'Abu Dhabi', 'ОАЭ', 'Дубай', 'Абу-Даби'],
  'Asia/Riyadh': ['Saudi Arabia', 'Riyadh', 'Саудовская Аравия', 'Эр-Рияд'],
  'Asia/Qatar': ['Qatar', 'Doha', 'Катар', 'Доха'],
  'Europe/Istanbul': ['Turkey', 'Türkiye', 'Istanbul', 'Ankara', 'Турция', 'Стамбул', 'Анкара'],
  'Africa/Cairo': ['Egypt', 'Cairo', 'Египет', 'Каир'],
  'Europe/Belgrade': ['Serbia', 'Belgrade', 'Сербия', 'Белград'],
  'Europe/Berlin': ['Germany', 'Berlin', 'Германия', 'Берлин'],
  'Europe/Paris': ['France', 'Paris', 'Франция', 'Париж'],
  'Europe/London': ['United Kingdom', 'UK', 'Britain', 'London', 'Великобритания', 'Лондон'],
  'Europe/Rome': ['Italy', 'Rome', 'Италия', 'Рим'],
  'Europe/Madrid': ['Spain', 'Madrid', 'Испания', 'Мадрид'],
  'Europe/Vienna': ['Austria', 'Vienna', 'Австрия', 'Вена'],
  'Europe/Budapest': ['Hungary', 'Budapest', 'Венгрия', 'Будапешт'],
  'America/New_York': ['New York', 'Washington', 'Washington DC', 'Нью-Йорк', 'Вашингтон'],
  'America/Havana': ['Cuba', 'Havana', 'Куба', 'Гавана'],
  'America/Sao_Paulo': ['Brazil', 'Brasilia', 'Sao Paulo', 'São Paulo', 'Rio de Janeiro', 'Бразилия'],
  'Africa/Johannesburg': ['South Africa', 'Johannesburg', 'Pretoria', 'ЮАР'],
  UTC: ['Greenwich', 'Universal', 'Coordinated Universal Time', 'Z'],
};

const key = (name: string) => name.toLowerCase().replace(/[\s_\-.'’]+/g, '').replace(/ё/g, 'е');

let byPlace: Map<string, string> | undefined;
function places(): Map<string, string> {
  if (!byPlace) {
    byPlace = new Map();
    for (const [zone, names] of Object.entries(PLACES)) for (const name of names) byPlace.set(key(name), zone);
  }
  return byPlace;
}

/** The zone a city, country or common alias names ("Beijing", "Тверь", "Kyiv"); undefined if none. */
export function zoneOfPlace(name: string): string | undefined {
  return places().get(key(name));
}

let keywords: Map<string, string> | undefined;
/** Words to search a zone by in a list: the places that use it (by canonical name: Europe/Kiev is Europe/Kyiv). */
export function zoneKeywords(zone: string): string {
  if (!keywords) {
    keywords = new Map();
    for (const [name, places] of Object.entries(PLACES)) {
      const canonical = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
      keywords.set(canonical, [keywords.get(canonical), name, ...places].filter(Boolean).join(' '));
    }
  }
  return keywords.get(new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone) ?? '';
}

let canonical: string[] | undefined;
const canonicalZones = () => (canonical ??= Intl.supportedValuesOf('timeZone'));

/**
 * The zone someone most likely meant by a name that is not one: a city, country or alias, as written
 * or as the last part of an Area/Location name ("Asia/Beijing" → Asia/Shanghai); else the nearest
 * spelling of a zone name ("Europe/Moskow" → Europe/Moscow) or of a place ("Pekin" → Asia/Shanghai).
 */
export function suggestTimeZone(written: string): string | undefined {
  const text = written.trim();
  if (text === '') return undefined;
  const last = text.split('/').pop()!;
  const direct = zoneOfPlace(text) ?? zoneOfPlace(last);
  if (direct) return direct;
  const zones = canonicalZones();
  if (text.includes('/')) {
    const spelt = nearest(text, zones);
    if (spelt) return spelt;
  }
  const place = nearest(key(last), places().keys());
  if (place) return places().get(place);
  return nearest(text, zones);
}

/** What to say about a name that is not a zone: the zone meant, when a city or a spelling tells. */
export function zoneProblem(value: string): string {
  const suggestion = suggestTimeZone(value);
  return `"${value}" is not an IANA time zone${suggestion ? `; did you mean ${suggestion}?` : ' (e.g. Asia/Shanghai, Europe/Moscow)'}`;
}

// The workbook (csv --format xlsx) as spreadsheets read it: opened and saved again by LibreOffice
// headless, then read back cell by cell with Python's openpyxl. Identifiers, phones and passport
// numbers must stay text, dates must be dates, Cyrillic and Chinese intact.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorkbook } from '../src/render/xlsx.js';
import { operationalContacts } from '../src/engine/sensitive.js';
import { ROOT, runCli } from './helpers/cli.js';
import { checkText } from './helpers/check.js';
import { labelsIn } from './helpers/export-golden.js';

const temp = mkdtempSync(join(tmpdir(), 'delegation-xlsx-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

// The export fixture with the identifiers spreadsheets break: a 10-digit passport series and number,
// an 11-digit national phone, a free text that looks like a date in English ("1/2").
const source = readFileSync(join(ROOT, 'test', 'fixtures', 'exports', 'visit.yaml'), 'utf8')
  .replace('number: "759990001"', 'number: "7512345678"')
  .replace('phone: "+7 900 000-00-01"', 'phone: "89000000001"')
  .replace('en: Drive to the airport', 'en: "1/2"');
const visit = join(temp, 'visit.yaml');
writeFileSync(visit, source);

interface ReadCell { v: string | number | null; t: string }
interface ReadSheet { title: string; freeze: string | null; paper: string | null; orientation: string | null; widths: Record<string, number>; rows: ReadCell[][] }

/** Every sheet, cell by cell, as openpyxl reads it: dates come back as ISO text with type "d". */
function readBack(file: string): ReadSheet[] {
  const script = `
import json, sys, datetime, warnings
warnings.simplefilter('ignore')
import openpyxl
out = []
for ws in openpyxl.load_workbook(sys.argv[1]):
    rows = [[{'v': c.value.isoformat() if isinstance(c.value, (datetime.date, datetime.datetime)) else c.value, 't': c.data_type} for c in row] for row in ws.iter_rows()]
    out.append({'title': ws.title, 'freeze': ws.freeze_panes, 'paper': ws.page_setup.paperSize, 'orientation': ws.page_setup.orientation,
                'widths': {k: d.width for k, d in ws.column_dimensions.items()}, 'rows': rows})
print(json.dumps(out, ensure_ascii=False))
`;
  const result = spawnSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout) as ReadSheet[];
}

const column = (sheet: ReadSheet, header: string) => {
  const index = sheet.rows[0]!.findIndex((c) => c.v === header);
  if (index < 0) throw new Error(`no column ${header} in ${sheet.title}`);
  return sheet.rows.slice(1).map((row) => row[index]!);
};

describe('csv --format xlsx', () => {
  const files = { en: join(temp, 'lists-en.xlsx'), ru: join(temp, 'lists-ru.xlsx'), zh: join(temp, 'lists-zh.xlsx') };
  const saved = join(temp, 'libreoffice');
  let ours: Record<string, ReadSheet[]>;
  let office: Record<string, ReadSheet[]>;

  beforeAll(() => {
    for (const [lang, file] of Object.entries(files)) {
      const r = runCli(['csv', visit, '--format', 'xlsx', '--lang', lang, '--include-sensitive', '-o', file]);
      // --lang sets the language of the message as well.
      const wrote = { en: `wrote ${file} (5 sheets)`, ru: `записано в ${file} (5 листов)`, zh: `已写入 ${file}（5 个工作表）` }[lang];
      expect(r.stderr).toBe(`${wrote}\n`);
      expect(r.status).toBe(0);
    }
    // One LibreOffice start for all three files; its own profile folder, so runs do not collide.
    mkdirSync(saved);
    const lo = spawnSync('soffice', [`-env:UserInstallation=file://${join(temp, 'profile')}`, '--headless', '--convert-to', 'xlsx', '--outdir', saved, ...Object.values(files)], { encoding: 'utf8', timeout: 300_000 });
    expect(lo.status, lo.stderr).toBe(0);
    ours = Object.fromEntries(Object.entries(files).map(([lang, file]) => [lang, readBack(file)]));
    office = Object.fromEntries(Object.keys(files).map((lang) => [lang, readBack(join(saved, `lists-${lang}.xlsx`))]));
  }, 400_000);

  it('has one sheet per list, named and headed in the chosen language', () => {
    expect(office.en!.map((s) => s.title)).toEqual(['People', 'Contacts', 'Transport', 'Rooming', 'Agreements']);
    expect(office.ru!.map((s) => s.title)).toEqual(['Участники', 'Контакты', 'Транспорт', 'Расселение', 'Соглашения']);
    expect(office.zh!.map((s) => s.title)).toEqual(['人员', '联系人', '交通', '住宿', '协议']);
    expect(office.ru![0]!.rows[0]!.slice(0, 5).map((c) => c.v)).toEqual(['№', 'ID', 'Сторона', 'Организация', 'Имя']);
    expect(office.zh![0]!.rows[0]!.slice(0, 5).map((c) => c.v)).toEqual(['序号', 'ID', '方', '单位', '姓名']);
  });

  it('keeps every identifier, phone and passport number as text, exactly', () => {
    for (const lang of ['en', 'ru', 'zh']) {
      const [people, contacts] = office[lang]!;
      const passports = column(people!, lang === 'en' ? 'Passport number' : lang === 'ru' ? 'Номер паспорта' : '护照号码').filter((c) => c.v !== null);
      expect(passports.map((c) => c.v)).toContain('7512345678');
      expect(passports.every((c) => c.t === 's')).toBe(true);
      const phones = column(contacts!, lang === 'en' ? 'Phone' : lang === 'ru' ? 'Телефон' : '电话').filter((c) => c.v !== null);
      expect(phones.map((c) => c.v)).toEqual(expect.arrayContaining(['89000000001', '+7 999 111-22-33']));
      expect(phones.every((c) => c.t === 's')).toBe(true);
      const ids = column(people!, 'ID');
      expect(ids.every((c) => c.t === 's' && typeof c.v === 'string')).toBe(true);
      // A name that is a formula in CSV terms is plain text here, without an apostrophe.
      expect(column(people!, lang === 'en' ? 'Position' : lang === 'ru' ? 'Должность' : '职务').map((c) => c.v)).toContain('=HYPERLINK("http://x","y")');
    }
  });

  it('keeps "1/2" as the text it is, not a date', () => {
    const events = column(office.en![2]!, 'Event');
    expect(events).toContainEqual({ v: '1/2', t: 's' });
  });

  it('writes dates as dates and counts as numbers', () => {
    for (const lang of ['en', 'ru', 'zh']) {
      const [people, , transport, rooming] = office[lang]!;
      const expires = column(people!, lang === 'en' ? 'Passport expires' : lang === 'ru' ? 'Паспорт действителен до' : '护照有效期').filter((c) => c.v !== null);
      expect(expires).toContainEqual({ v: '2031-05-01T00:00:00', t: 'd' });
      expect(expires.every((c) => c.t === 'd')).toBe(true);
      const dates = column(transport!, lang === 'en' ? 'Date' : lang === 'ru' ? 'Дата' : '日期');
      expect(dates.length).toBeGreaterThan(0);
      expect(dates.every((c) => c.t === 'd' && /^2023-11-2\dT00:00:00$/.test(String(c.v)))).toBe(true);
      const nights = column(rooming!, lang === 'en' ? 'Night of' : lang === 'ru' ? 'Ночь на' : '入住日期');
      expect(nights.every((c) => c.t === 'd')).toBe(true);
      expect(column(people!, lang === 'en' ? 'No.' : lang === 'ru' ? '№' : '序号').every((c) => c.t === 'n' && typeof c.v === 'number')).toBe(true);
    }
  });

  it('keeps Cyrillic and Chinese intact', () => {
    expect(column(office.ru![0]!, 'Имя').map((c) => c.v)).toContain('Иван Иванов');
    expect(column(office.zh![0]!, '姓名').map((c) => c.v)).toContain('伊万·伊万诺夫');
    expect(column(office.zh![0]!, '单位').map((c) => c.v)).toContain('特维尔州政府');
  });

  it('freezes the header row, sets A4 and widths from the content (read from the file written)', () => {
    for (const sheet of ours.en!) {
      expect(sheet.freeze).toBe('A2');
      expect(String(sheet.paper)).toBe('9');
      expect(['portrait', 'landscape']).toContain(sheet.orientation);
      const widths = Object.values(sheet.widths);
      expect(widths).toHaveLength(sheet.rows[0]!.length);
      expect(Math.max(...widths)).toBeGreaterThan(Math.min(...widths));
    }
    // LibreOffice keeps the paper size.
    expect(office.en!.every((s) => String(s.paper) === '9')).toBe(true);
    const people = ours.en![0]!;
    const nameWidth = people.widths[String.fromCharCode(65 + people.rows[0]!.findIndex((c) => c.v === 'Name'))]!;
    expect(nameWidth).toBeGreaterThanOrEqual('Smith, John; "Jack" \\ Jr'.length);
  });
});

describe('buildWorkbook', () => {
  it('types cells by what the column holds, the same in every language', () => {
    const model = checkText(source).model!;
    for (const lang of ['en', 'ru', 'zh']) {
      const [people] = buildWorkbook(model, ['people'], { lang, labels: labelsIn(lang), includeSensitive: true, operational: operationalContacts(model) });
      const ivanov = people!.rows[0]!;
      expect(ivanov[0]).toEqual({ type: 'number', value: 1 });
      expect(ivanov[1]).toEqual({ type: 'text', value: 'ivanov' });
      expect(ivanov.at(-2)).toEqual({ type: 'text', value: '7512345678' });
      expect(ivanov.at(-1)).toEqual({ type: 'date', value: '2031-05-01' });
    }
  });

  it('leaves out passports and private phones without --include-sensitive', () => {
    const model = checkText(source).model!;
    const [people] = buildWorkbook(model, ['people'], { lang: 'en', labels: labelsIn('en'), includeSensitive: false, operational: operationalContacts(model) });
    expect(JSON.stringify(people)).not.toContain('7512345678');
    expect(JSON.stringify(people)).not.toContain('+7 999 111-22-33');
  });
});

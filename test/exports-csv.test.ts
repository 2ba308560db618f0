// The CSV lists: RFC 4180 read back cell by cell, formula guarding, Excel's variant, privacy, goldens.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { operationalContacts } from '../src/engine/sensitive.js';
import { buildCsvList, CSV_LISTS, encodeCsv, neutraliseCell, type CsvTable } from '../src/render/csv.js';
import type { Model } from '../src/model/types.js';
import { checkText } from './helpers/check.js';
import { expectGolden, labelsIn, loadFixtureModel } from './helpers/export-golden.js';

/** A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes. */
export function parseCsv(text: string, separator = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let cell = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        cell += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== separator && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') throw new Error(`bare quote in an unquoted field at ${i}`);
        cell += text[i++];
      }
    }
    row.push(cell);
    if (text[i] === separator) {
      i++;
      continue;
    }
    if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
      continue;
    }
    if (i < text.length) throw new Error(`expected a separator or CRLF at ${i}, found ${JSON.stringify(text[i])}`);
  }
  if (row.length > 0) throw new Error('the last record has no CRLF');
  return rows;
}

const model = loadFixtureModel('visit.yaml');
const list = (m: Model, name: (typeof CSV_LISTS)[number], lang = 'en', includeSensitive = false) =>
  buildCsvList(m, name, { lang, labels: labelsIn(lang), includeSensitive, operational: operationalContacts(m) });

describe('csv encoding', () => {
  it('writes RFC 4180 that reads back to the same cells (after the formula guard)', () => {
    for (const name of CSV_LISTS) {
      for (const excel of [false, true]) {
        const table = list(model, name, 'ru', true);
        const text = encodeCsv(table, { excel });
        const body = excel ? text.slice(1) : text;
        const rows = parseCsv(body, excel ? ';' : ',');
        expect(rows).toEqual([table.headers, ...table.rows].map((r) => r.map(neutraliseCell)));
        for (const row of rows) expect(row).toHaveLength(table.headers.length);
      }
    }
  });

  it('quotes separators, quotes and line breaks', () => {
    const table: CsvTable = { headers: ['a', 'b'], keys: ['a', 'b'], rows: [['x,y', 'say "hi"'], ['line\nbreak', 'semi;colon']] };
    expect(encodeCsv(table, { excel: false })).toBe('a,b\r\n"x,y","say ""hi"""\r\n"line\nbreak",semi;colon\r\n');
    expect(encodeCsv(table, { excel: true })).toBe('\ufeffa;b\r\nx,y;"say ""hi"""\r\n"line\nbreak";"semi;colon"\r\n');
  });

  it('takes another separator when asked', () => {
    const table: CsvTable = { headers: ['a', 'b'], keys: ['a', 'b'], rows: [['x,y', 'tab\there']] };
    expect(encodeCsv(table, { excel: true, separator: 'comma' })).toBe('\ufeffa,b\r\n"x,y",tab\there\r\n');
    expect(encodeCsv(table, { excel: false, separator: 'tab' })).toBe('a\tb\r\nx,y\t"tab\there"\r\n');
  });

  it('turns every formula start into text (OWASP)', () => {
    for (const cell of ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1', ' =1', '=HYPERLINK("http://x","y")']) expect(neutraliseCell(cell)).toBe(`'${cell}`);
    for (const cell of ['', 'Ivan', '1-2', 'a=b', "'quoted", '８', '759990001', '0', '2023-11-21']) expect(neutraliseCell(cell)).toBe(cell);
    // Digits a spreadsheet would change as a number: leading zeros, more than 15 digits, or 10 to 15
    // digits (INN, passport series and number, national phone: shown as 6,90201E+11 or summed).
    for (const cell of ['0123456', '12345678901234567', '7501234567', '690201234567', '123456789012345']) expect(neutraliseCell(cell)).toBe(`'${cell}`);
    for (const cell of ['123456789', '1/2', '12 345']) expect(neutraliseCell(cell)).toBe(cell);
  });

  it('leaves =HYPERLINK inert in the people list', () => {
    const text = encodeCsv(list(model, 'people', 'en'), { excel: false });
    expect(text).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    const cells = parseCsv(text).flat();
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
  });

  it('keeps phone numbers readable text: the number unchanged after the apostrophe', () => {
    const rows = parseCsv(encodeCsv(list(model, 'contacts', 'en'), { excel: false }));
    const phones = rows.slice(1).map((r) => r[4]);
    expect(phones).toContain("'+7 900 000-00-01");
    expect(phones).toContain("'+7 910 000-00-02");
    expect(phones).toContain("'+86 24 2436 6666");
  });

  it('leaves cells alone with raw', () => {
    expect(encodeCsv({ headers: ['p'], rows: [['+7 900 000-00-01']] }, { excel: false, raw: true })).toBe('p\r\n+7 900 000-00-01\r\n');
  });
});

describe('csv lists', () => {
  it('lists people in protocol order, passports only when asked', () => {
    const plain = list(model, 'people', 'en');
    expect(plain.headers).not.toContain('Passport number');
    expect(plain.rows.map((r) => r[1])).toEqual(['ivanov', 'smith', 'petrova', 'chen', 'wang', 'li']);
    const full = list(model, 'people', 'en', true);
    expect(full.headers.slice(-3)).toEqual(['Passport name', 'Passport number', 'Passport expires']);
    expect(full.rows[0]!.slice(-3)).toEqual(['IVANOV IVAN', '759990001', '2031-05-01']);
  });

  it('shows only operational phones and e-mails without --include-sensitive', () => {
    const people = list(model, 'people', 'en');
    const byId = new Map(people.rows.map((r) => [r[1], r]));
    expect(byId.get('ivanov')!.slice(8, 10)).toEqual(['', '']);
    expect(byId.get('petrova')!.slice(8, 10)).toEqual(['+7 900 000-00-01', 'duty@tver.example']);
    expect(byId.get('li')!.slice(8, 10)).toEqual(['+86 138 0000 0000', 'li.na@ln.example']);
  });

  it('rooms the delegation each hotel night, not on the night it flies home', () => {
    const rooming = list(model, 'rooming', 'en', true);
    expect(rooming.rows.map((r) => `${r[2]} ${r[4]}`)).toEqual([
      '2023-11-21 Ivan Ivanov', '2023-11-21 Smith, John; "Jack" \\ Jr', '2023-11-21 Anna Petrova', '2023-11-21 Chen Mei',
      '2023-11-22 Ivan Ivanov', '2023-11-22 Smith, John; "Jack" \\ Jr', '2023-11-22 Anna Petrova', '2023-11-22 Chen Mei',
    ]);
    expect(rooming.rows[0]!.slice(7, 10)).toEqual(['IVANOV IVAN', '759990001', '2031-05-01']);
  });

  it('gives each move one row per rider, in precedence order, with the vehicle', () => {
    const transport = list(model, 'transport', 'en');
    const moves = [...new Set(transport.rows.map((r) => `${r[0]} ${r[1]} ${r[13]}`))];
    expect(moves).toEqual([
      '2023-11-20 14:00 van-1', '2023-11-20 20:00 ', '2023-11-21 09:30 bus-1', '2023-11-21 15:00 bus-1', '2023-11-23 08:00 bus-1', '2023-11-23 11:00 ',
    ]);
    const flight = transport.rows.filter((r) => r[1] === '20:00');
    expect(flight[0]!.slice(2, 5)).toEqual(['08:40', '2023-11-21', 'Europe/Moscow → Asia/Shanghai']);
    expect(flight.map((r) => `${r[10]} ${r[11]}`)).toEqual(['1 Ivan Ivanov', '2 Smith, John; "Jack" \\ Jr', '3 Anna Petrova', '4 Chen Mei']);
  });

  it("with a seating mapping, names each rider's own vehicle", () => {
    const result = checkText(readFileSync(join(import.meta.dirname, '..', 'itineraries', 'liaoning-2023.yaml'), 'utf8'));
    const seated = result.model!;
    const rows = list(seated, 'transport', 'en').rows.filter((r) => r[5] === 'Transfer to Sheremetyevo airport');
    expect(rows).toHaveLength(51);
    const vehicleOf = (name: string) => rows.find((r) => r[11] === name)![13];
    expect(vehicleOf('Igor Rudenya')).toBe('ru-car-1');
    expect(vehicleOf('Sergey Laptev')).toBe('ru-bus-1');
    expect(vehicleOf('Sergey Golubev')).toBe('ru-bus-2');
    expect(rows.filter((r) => r[13] === 'ru-car-1').map((r) => r[11])).toEqual(['Igor Rudenya', 'Konstantin Yartsev', 'Anna Chernova']);
  });

  it('matches the golden files', () => {
    for (const name of CSV_LISTS) expectGolden(`visit.${name}.en.csv`, encodeCsv(list(model, name, 'en'), { excel: false }));
    expectGolden('visit.transport.ru.excel.csv', encodeCsv(list(model, 'transport', 'ru'), { excel: true }));
    expectGolden('visit.rooming.zh.sensitive.excel.csv', encodeCsv(list(model, 'rooming', 'zh', true), { excel: true }));
  });
});

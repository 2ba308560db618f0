// The exports of the example itinerary (itineraries/liaoning-2023.yaml): every calendar instant read
// back by ical.js, lists and agenda fixed by golden files.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { columns as stringWidth } from './helpers/columns.js';
import { describe, expect, it } from 'vitest';
import { operationalContacts } from '../src/engine/sensitive.js';
import { localToInstant } from '../src/model/time.js';
import { buildAgenda, whereAt } from '../src/render/agenda.js';
import { renderAgendaTables, renderWhereTable } from '../src/render/agenda-table.js';
import { buildCsvList, CSV_LISTS, encodeCsv } from '../src/render/csv.js';
import { renderIcs } from '../src/render/ics.js';
import { checkText } from './helpers/check.js';
import { expectGolden, labelsIn } from './helpers/export-golden.js';

const text = readFileSync(join(import.meta.dirname, '..', 'itineraries', 'liaoning-2023.yaml'), 'utf8');
const model = checkText(text).model!;
const STAMP = Date.UTC(2023, 10, 14, 9, 0, 0);

describe('exports of the Liaoning 2023 example', () => {
  it('puts all events at their instants in every language, read back by ical.js', () => {
    for (const lang of ['ru', 'en', 'zh']) {
      const ics = renderIcs(model, { lang, labels: labelsIn(lang), stampMs: STAMP });
      for (const line of ics.slice(0, -2).split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      ICAL.TimezoneService.reset();
      const calendar = new ICAL.Component(ICAL.parse(ics));
      for (const vtz of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtz);
      const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
      expect(events).toHaveLength(model.events.length);
      events.forEach((event, i) => {
        const source = model.events[i]!;
        expect([event.uid, event.startDate.toUnixTime() * 1000, event.endDate.toUnixTime() * 1000]).toEqual([
          `tver-liaoning-2023-11.${source.id}@delegation`, source.startMs, source.endMs,
        ]);
      });
    }
  });

  it('matches the golden calendar', () => {
    expectGolden('liaoning.en.ics', renderIcs(model, { lang: 'en', labels: labelsIn('en'), stampMs: STAMP }));
  });

  it('matches the golden lists', () => {
    const options = (lang: string) => ({ lang, labels: labelsIn(lang), includeSensitive: false, operational: operationalContacts(model) });
    for (const list of CSV_LISTS) expectGolden(`liaoning.${list}.en.csv`, encodeCsv(buildCsvList(model, list, options('en')), { excel: false }));
    expectGolden('liaoning.transport.ru.excel.csv', encodeCsv(buildCsvList(model, 'transport', options('ru')), { excel: true }));
  });

  it('matches the golden agenda of the talks day and where everyone is at 15:00', () => {
    for (const lang of ['en', 'zh']) {
      const table = renderAgendaTables(buildAgenda(model, { labels: labelsIn(lang), date: '2023-11-21' }), { width: 80, labels: labelsIn(lang) });
      for (const line of table.split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(80);
      expectGolden(`liaoning.agenda.2023-11-21.${lang}.txt`, table);
    }
    const where = whereAt(model, { atMs: localToInstant('2023-11-21', '15:00', 'Asia/Shanghai'), zone: 'Asia/Shanghai', labels: labelsIn('en') });
    expectGolden('liaoning.where.2023-11-21T15-00.en.txt', renderWhereTable(where, { width: 80, labels: labelsIn('en') }));
  });
});

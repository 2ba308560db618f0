// The terminal agenda: tables that fit 80 columns in every script, "where is everyone", and the data
// behind --json.
import { columns as stringWidth } from './helpers/columns.js';
import { describe, expect, it } from 'vitest';
import { localToInstant } from '../src/model/time.js';
import { buildAgenda, whereAt } from '../src/render/agenda.js';
import { renderAgendaTables, renderWhereTable, wrap } from '../src/render/agenda-table.js';
import { fitLine } from '../src/text/width.js';
import { expectGolden, labelsIn, loadFixtureModel } from './helpers/export-golden.js';

const model = loadFixtureModel('visit.yaml');

function expectFits(text: string, width: number): void {
  for (const line of text.split('\n')) expect(stringWidth(line), line).toBeLessThanOrEqual(width);
}

/** Every table row has its vertical bars at the same display columns as the header's. */
function expectAligned(text: string): void {
  const bars = (line: string) => {
    const at: number[] = [];
    let col = 0;
    for (const ch of line) {
      if (ch === '│' || ch === '┌' || ch === '┬' || ch === '┐' || ch === '├' || ch === '┼' || ch === '┤' || ch === '└' || ch === '┴' || ch === '┘') at.push(col);
      col += stringWidth(ch);
    }
    return at.join(',');
  };
  const tables = text.split(/\n(?=┌)/);
  for (const table of tables.slice(1)) {
    const lines = table.split('\n').filter((l) => /^[│┌├└]/.test(l));
    const first = bars(lines[0]!);
    for (const line of lines) expect(bars(line), line).toBe(first);
  }
}

describe('agenda tables', () => {
  for (const lang of ['en', 'ru', 'zh']) {
    it(`fits 80 columns with aligned columns in ${lang}`, () => {
      const text = renderAgendaTables(buildAgenda(model, { labels: labelsIn(lang) }), { width: 80, labels: labelsIn(lang) });
      expectFits(text, 80);
      expectAligned(text);
      expectGolden(`visit.agenda.${lang}.txt`, text);
    });
  }

  it('narrows to the width asked for', () => {
    const text = renderAgendaTables(buildAgenda(model, { labels: labelsIn('zh') }), { width: 60, labels: labelsIn('zh') });
    expectFits(text, 60);
    expectAligned(text);
  });

  it('shows one day and one person', () => {
    const wang = model.byId.people.get('wang')!;
    const agenda = buildAgenda(model, { labels: labelsIn('en'), person: wang });
    expect(agenda.days.map((d) => [d.date, d.entries.map((e) => e.id)])).toEqual([
      ['2023-11-21', ['talks', 'dinner']],
      ['2023-11-22', ['signing']],
    ]);
    expect(buildAgenda(model, { labels: labelsIn('en'), date: '2023-11-22' }).days.map((d) => d.date)).toEqual(['2023-11-22']);
  });

  it('gives scripts local times with offsets, zones and attendee ids', () => {
    const flight = buildAgenda(model, { labels: labelsIn('en') }).days[0]!.entries[1]!;
    expect(flight).toMatchObject({
      id: 'flight-out',
      kind: 'flight',
      start: { date: '2023-11-20', time: '20:00', zone: 'Europe/Moscow', iso: '2023-11-20T20:00:00+03:00' },
      end: { date: '2023-11-21', time: '08:40', zone: 'Asia/Shanghai', iso: '2023-11-21T08:40:00+08:00' },
      place: 'Sheremetyevo Airport',
      to: 'Shenyang Taoxian Airport',
      flight: 'CZ 6002',
      people: ['ivanov', 'smith', 'petrova', 'chen'],
    });
  });
});

describe('where is everyone', () => {
  const at = (date: string, time: string) => localToInstant(date, time, 'Asia/Shanghai');

  it('finds each delegate in an event, between events, or not yet there', () => {
    const noon = whereAt(model, { atMs: at('2023-11-22', '12:00'), zone: 'Asia/Shanghai', labels: labelsIn('en') });
    expect(noon.people.map((p) => [p.id, p.status, p.previous?.id, p.next?.id])).toEqual([
      ['ivanov', 'between', 'signing', 'free-time'],
      ['smith', 'between', 'signing', 'free-time'],
      ['petrova', 'between', 'dinner', 'free-time'],
      ['chen', 'between', 'signing', 'free-time'],
    ]);
    const talks = whereAt(model, { atMs: at('2023-11-21', '15:00'), zone: 'Asia/Shanghai', labels: labelsIn('en') });
    expect(talks.people.every((p) => p.status === 'event' && p.event?.id === 'talks')).toBe(true);
    expect(talks.at.iso).toBe('2023-11-21T15:00:00+08:00');
    const early = whereAt(model, { atMs: Date.UTC(2023, 10, 19), zone: 'Europe/Moscow', labels: labelsIn('en') });
    expect(early.people.every((p) => p.status === 'before' && p.next?.id === 'to-airport')).toBe(true);
    const late = whereAt(model, { atMs: Date.UTC(2023, 10, 24), zone: 'Europe/Moscow', labels: labelsIn('en') });
    expect(late.people.every((p) => p.status === 'after' && p.previous?.id === 'flight-back')).toBe(true);
  });

  it('groups people in the same situation into one row', () => {
    const text = renderWhereTable(whereAt(model, { atMs: at('2023-11-22', '12:00'), zone: 'Asia/Shanghai', labels: labelsIn('en') }), { width: 80, labels: labelsIn('en') });
    expectFits(text, 80);
    expectAligned(text);
    expectGolden('visit.where.en.txt', text);
    const ru = renderWhereTable(whereAt(model, { atMs: localToInstant('2023-11-20', '21:00', 'Europe/Moscow'), zone: 'Europe/Moscow', labels: labelsIn('ru') }), { width: 80, labels: labelsIn('ru') });
    expectFits(ru, 80);
    expectGolden('visit.where.ru.txt', ru);
  });
});

describe('wrapping by display width', () => {
  it('breaks Chinese between characters and other scripts at spaces', () => {
    expect(wrap('辽宁省人民政府大楼', 8)).toBe('辽宁省人\n民政府大\n楼');
    expect(wrap('Народное правительство провинции', 12)).toBe('Народное\nправительств\nо провинции');
    expect(wrap('Talks with 省领导', 10)).toBe('Talks with\n省领导');
    for (const line of wrap('沈阳香格里拉大酒店 Shangri-La Shenyang', 7).split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(7);
  });

  it('cuts a heading with an ellipsis', () => {
    expect(fitLine('特维尔州代表团访问沈阳', 9)).toBe('特维尔州…');
    expect(fitLine('short', 9)).toBe('short');
  });
});

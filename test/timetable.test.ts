// The timetable grid: goldens (SVG) for the example's four days and a generated forum day with 40
// parallel B2B tables; no two labels overlap; short events send their label to the key.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../src/model/build.js';
import type { Model } from '../src/model/types.js';
import { labelsFor } from '../src/render/labels.js';
import { fitLines, timetableName, timetablePages, type Box, type TimetablePage } from '../src/render/timetable.js';
import { expectGolden } from './helpers/golden.js';

const LABELS = Object.fromEntries(['en', 'ru', 'zh'].map((lang) => [lang, JSON.parse(readFileSync(resolve(`templates/labels/${lang}.json`), 'utf8')) as Record<string, unknown>]));
const labels = (lang: string) => labelsFor(LABELS, lang);

function model(text: string): Model {
  return buildModel(parse(text) as unknown);
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function expectNoOverlap(page: TimetablePage): void {
  for (let i = 0; i < page.labels.length; i++) {
    for (let j = i + 1; j < page.labels.length; j++) {
      const [a, b] = [page.labels[i]!, page.labels[j]!];
      expect(overlaps(a, b), `${page.date}/${page.page}: "${a.text}" and "${b.text}" overlap`).toBe(false);
    }
  }
}

/** A forum day: a plenary, 40 B2B tables in 8 half-hour slots, lunch, a transfer back. */
export function forumDay(): string {
  const tables = Array.from({ length: 40 }, (_, t) => `table-${String(t + 1).padStart(2, '0')}`);
  const lines = [
    'format: delegation/1',
    'visit: { id: forum, title: { en: Business forum, ru: Деловой форум, zh: 商务论坛 }, from: 2024-06-05, to: 2024-06-05, timezone: Asia/Shanghai, head: p1, languages: [en, ru, zh] }',
    'organizations:',
    '  - { id: d-org, name: Delegation Co, side: delegation, kind: enterprise }',
    '  - { id: h-org, name: Host Co, side: host, kind: enterprise }',
    'people:',
    ...Array.from({ length: 80 }, (_, i) => `  - { id: p${i + 1}, name: { en: Delegate ${i + 1}, ru: Делегат ${i + 1}, zh: 代表${i + 1} }, org: d-org, role: business, side: delegation }`),
    ...Array.from({ length: 80 }, (_, i) => `  - { id: h${i + 1}, name: Host ${i + 1}, org: h-org, role: business, side: host }`),
    'places:',
    '  - { id: hotel, name: { en: Forum hotel, ru: Гостиница форума, zh: 论坛酒店 }, kind: hotel, timezone: Asia/Shanghai }',
    '  - { id: hall, name: { en: Plenary hall, ru: Пленарный зал, zh: 全体会议厅 }, kind: venue, timezone: Asia/Shanghai }',
    ...tables.map((id, t) => `  - { id: ${id}, name: { en: B2B table ${t + 1}, ru: Стол B2B ${t + 1}, zh: 洽谈桌 ${t + 1} }, kind: venue, timezone: Asia/Shanghai }`),
    'days:',
    '  - date: 2024-06-05',
    '    title: { en: Forum day, ru: День форума, zh: 论坛日 }',
    '    events:',
    '      - { id: to-forum, start: "08:30", end: "09:00", title: { en: Transfer to the forum, ru: Переезд на форум, zh: 前往论坛 }, kind: transfer, from: hotel, to: hall, attendees: [all] }',
    '      - { id: plenary, start: "09:00", end: "10:30", title: { en: Plenary session, ru: Пленарное заседание, zh: 全体会议 }, kind: conference, place: hall, attendees: [all] }',
  ];
  for (let slot = 0; slot < 8; slot++) {
    const start = 10 * 60 + 45 + slot * 30 + (slot >= 4 ? 60 : 0);
    const hhmm = (m: number) => `"${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}"`;
    tables.forEach((id, t) => {
      const guest = ((t + slot * 7) % 80) + 1;
      lines.push(`      - { id: b2b-${slot}-${t + 1}, start: ${hhmm(start)}, end: ${hhmm(start + 25)}, title: { en: B2B meeting, ru: Встреча B2B, zh: 商务洽谈 }, kind: meeting, place: ${id}, attendees: [p${guest}, h${guest}] }`);
    });
  }
  lines.push('      - { id: lunch, start: "12:45", end: "13:45", title: { en: Lunch, ru: Обед, zh: 午餐 }, kind: meal, place: hall, attendees: [all] }');
  lines.push('      - { id: photo, start: "13:45", end: "13:50", title: { en: Family photo of all participants, ru: Общее фото, zh: 全体合影 }, kind: press, place: hall, attendees: [all] }');
  lines.push('      - { id: back, start: "17:30", end: "18:00", title: { en: Transfer to the hotel, ru: Переезд в гостиницу, zh: 返回酒店 }, kind: transfer, from: hall, to: hotel, attendees: [all] }');
  return lines.join('\n') + '\n';
}

describe('timetable', () => {
  const example = model(readFileSync(resolve('itineraries/liaoning-2023.yaml'), 'utf8'));

  for (const lang of ['en', 'ru', 'zh']) {
    it(`the example's four days in ${lang}: goldens, no overlapping labels`, () => {
      expect(example.days).toHaveLength(4);
      for (const day of example.days) {
        const pages = timetablePages(example, day, { lang, labels: labels(lang), person: lang === 'en' ? 'rudenya' : undefined });
        expect(pages).toHaveLength(1);
        for (const page of pages) {
          expectNoOverlap(page);
          expectGolden(page.svg, resolve(`test/golden/timetable/liaoning-${timetableName(page)}-${lang}.svg`));
        }
      }
    });
  }

  it('a forum day with 40 parallel B2B tables: one page per block of 8 columns, every table on a page', () => {
    const forum = model(forumDay());
    const pages = timetablePages(forum, forum.days[0]!, { lang: 'en', labels: labels('en'), person: 'p3' });
    expect(pages.map((p) => p.page)).toEqual([1, 2, 3, 4, 5, 6]);
    const heads = pages.flatMap((p) => p.labels.map((l) => l.text));
    for (let t = 1; t <= 40; t++) expect(heads).toContain(`B2B table ${t}`);
    expect(pages[0]!.labels.map((l) => l.text)).toContain('columns 1–8 of 42');
    for (const page of pages) {
      expectNoOverlap(page);
      expectGolden(page.svg, resolve(`test/golden/timetable/forum-${timetableName(page)}-en.svg`));
    }
    // The 5-minute photo is too short for its label: a number in the block, the label in the key.
    const first = pages[0]!.labels.map((l) => l.text);
    expect(first.some((t) => /^\d+ {2}13:45–13:50 Family photo of all participants$/.test(t))).toBe(true);
  });

  it('two events side by side at one place share the column', () => {
    const two = model(
      [
        'format: delegation/1',
        'visit: { id: v, title: Visit, from: 2024-01-10, to: 2024-01-10, timezone: Europe/Moscow, head: a, languages: [en] }',
        'organizations: [{ id: o, name: Org, side: delegation, kind: government }]',
        'people: [{ id: a, name: Anna, org: o, role: head, side: delegation }, { id: b, name: Boris, org: o, role: staff, side: delegation }]',
        'places: [{ id: office, name: Office, kind: office, timezone: Europe/Moscow }]',
        'days:',
        '  - date: 2024-01-10',
        '    events:',
        '      - { id: e1, start: "10:00", end: "11:00", title: Talks with the ministry of economic development, kind: meeting, place: office, attendees: [a] }',
        '      - { id: e2, start: "10:30", end: "12:00", title: Press briefing, kind: press, place: office, attendees: [b] }',
      ].join('\n'),
    );
    const [page] = timetablePages(two, two.days[0]!, { lang: 'en', labels: labels('en') });
    expectNoOverlap(page!);
    const rects = [...page!.svg.matchAll(/<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)" rx="2"/g)].map((m) => m.slice(1).map(Number));
    expect(rects).toHaveLength(2);
    expect(rects[0]![2]).toBeCloseTo(rects[1]![2]!, 0);
    expect(rects[0]![0]! + rects[0]![2]!).toBeLessThanOrEqual(rects[1]![0]!);
    expect(page!.svg).not.toContain('<script');
  });

  it('fitLines shortens what does not fit and gives nothing for a block too small for one line', () => {
    expect(fitLines('Talks with the ministry of economic development', 100, 14, 'en').lines).toEqual(['Talks with the…']);
    expect(fitLines('Talks', 100, 5, 'en').lines).toEqual([]);
    expect(fitLines('与营口市领导会见', 50, 40, 'zh').lines).toEqual(['与营口市', '领导会见']);
  });
});

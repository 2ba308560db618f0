// The questions of init and add, answered through a scripted terminal; the answers must produce a
// valid programme, and bad times are refused while typing.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { render } from '@inquirer/testing';
import { search } from '@inquirer/prompts';
import { describe, expect, it } from 'vitest';
import { askInit, type InitFlags } from '../src/cli/init.js';
import { askAdd } from '../src/cli/add.js';
import { timeZoneChoices } from '../src/cli/ask.js';
import { addEntry } from '../src/commands/add.js';
import { initFile } from '../src/commands/init.js';
import { loadForEdit as loadItinerary } from '../src/commands/itinerary-edit.js';
import { checkText } from './helpers/check.js';
import { ScriptedTerminal } from './helpers/terminal.js';

const noFlags = (): InitFlags => ({ title: [], org: [], head: [], headPosition: [], host: [] });

describe('init questions', () => {
  it('asks for everything and writes a programme that validates', async () => {
    const term = new ScriptedTerminal();
    const file = join(mkdtempSync(join(tmpdir(), 'ask-init-')), 'visit.yaml');
    const asked = askInit(file, noFlags(), term.context);
    await term.waitFor('Main language');
    term.key('enter'); // ru, the first choice
    await term.waitFor('Other languages');
    term.key('down'); // past kk? no: the list without ru starts with en
    term.key('up');
    term.key('space'); // en
    term.key('enter');
    await term.answer('Title of the visit (ru)', 'Визит в Ляонин');
    await term.answer('Title of the visit (en, optional)', 'Visit to Liaoning');
    await term.answer('First day', '2023-11-20');
    await term.answer('Last day', ''); // the suggested default: three days
    await term.waitFor('Time zone');
    term.type('shanghai');
    await term.waitFor('Asia/Shanghai (UTC+08:00)');
    term.key('enter');
    await term.answer("The delegation's organization (ru)", 'Правительство Тверской области');
    await term.answer("The delegation's organization (en, optional)", 'Tver Region Government');
    await term.answer('full name (ru)', 'Игорь Руденя');
    await term.answer('full name (en, optional)', 'Igor Rudenya');
    await term.answer('position (ru, optional)', '');
    await term.answer('Receiving side', 'Правительство провинции Ляонин');
    await term.answer('Receiving side, e.g. the provincial government (en', 'Liaoning Provincial Government');
    await term.answer(`Write ${file}?`, '');
    const { answers, target } = await asked;
    expect(target).toBe(file);
    expect(answers).toMatchObject({ languages: ['ru', 'en'], from: '2023-11-20', to: '2023-11-22', timezone: 'Asia/Shanghai', headPosition: undefined });
    initFile(target, answers);
    const result = checkText(readFileSync(file, 'utf8'));
    expect(result.diagnostics).toEqual([]);
    expect(result.model?.visit?.title).toEqual({ ru: 'Визит в Ляонин', en: 'Visit to Liaoning' });
    expect(result.model?.days.map((d) => d.date)).toEqual(['2023-11-20', '2023-11-21', '2023-11-22']);
  });

  it('does not ask what the flags already say, and refuses a last day before the first', async () => {
    const term = new ScriptedTerminal();
    const flags = { ...noFlags(), title: ['en=Visit'], languages: 'en', timezone: 'Europe/Moscow', org: ['Tver'], head: ['Igor Rudenya'], host: ['Host'] };
    const asked = askInit('v.yaml', flags, term.context);
    await term.answer('First day', '2023-11-20');
    await term.waitFor('Last day');
    term.key('backspace');
    for (let i = 0; i < 10; i++) term.key('backspace');
    term.type('2023-11-19');
    term.key('enter');
    await term.waitFor('cannot end before it starts');
    for (let i = 0; i < 10; i++) term.key('backspace');
    term.type('2023-11-21');
    term.key('enter');
    await term.answer('position (en, optional)', '');
    await term.answer('Write v.yaml?', '');
    const { answers } = await asked;
    expect(answers.to).toBe('2023-11-21');
    expect(term.transcript).not.toContain('Time zone');
    expect(term.transcript).not.toContain('Title of the visit');
  });
});

describe('add event questions', () => {
  const CURATED = new URL('./fixtures/authoring/curated.yaml', import.meta.url).pathname;

  it('offers the days, places and people of the file and checks times as they are typed', async () => {
    const loaded = loadItinerary(CURATED);
    const term = new ScriptedTerminal();
    const asked = askAdd('event', loaded.check.model!, {}, term.context);
    await term.waitFor('Day');
    expect(term.transcript).toContain('2023-11-21  Tue  2 events');
    expect(term.transcript).toContain('2023-11-22  Wed  no events yet');
    term.key('down');
    term.key('enter'); // 2023-11-21
    await term.answer('Title (ru)', 'Ужин');
    await term.answer('Title (en, optional)', 'Dinner');
    await term.answer('Id', ''); // suggested from the English title
    await term.waitFor('Kind');
    term.type('meal'); // select jumps to the typed choice
    term.key('enter');
    await term.answer('Start', '25:00');
    await term.waitFor('a time is HH:MM');
    for (let i = 0; i < 5; i++) term.key('backspace');
    term.type('19:00');
    term.key('enter');
    await term.waitFor('End');
    for (let i = 0; i < 5; i++) term.key('backspace');
    term.type('18:30');
    term.key('enter');
    await term.waitFor('the end must be after the start');
    for (let i = 0; i < 5; i++) term.key('backspace');
    term.type('21:00');
    term.key('enter');
    await term.waitFor('Place — type to search');
    term.type('shangri');
    await term.waitFor('hotel — Шангри-Ла');
    term.key('enter');
    await term.waitFor('Attendees');
    term.type('all');
    await term.waitFor('all — the whole delegation (2)');
    term.key('enter');
    await term.waitFor('chosen: all');
    term.type('li');
    await term.waitFor('li — Ли Вэй');
    term.key('enter');
    await term.waitFor('chosen: all, li');
    term.key('enter'); // done is offered first
    await term.answer('Gathering time', '');
    await term.answer('Officer in charge', '');
    await term.answer('Dress code (ru, optional)', '');
    await term.answer('Notes (ru, optional)', '');
    const answers = await asked;
    expect(answers).toMatchObject({ date: '2023-11-21', id: 'dinner', kind: 'meal', start: '19:00', end: '21:00', place: 'hotel', attendees: ['all', 'li'] });
    const result = addEntry({ file: CURATED, kind: 'event', answers, loaded, dryRun: true });
    expect(result.errors).toBe(0);
    expect(result.added.lines).toEqual([
      '      - id: dinner',
      '        start: "19:00"',
      '        end: "21:00"',
      '        title: { ru: Ужин, en: Dinner }',
      '        kind: meal',
      '        place: hotel',
      '        attendees: [all, li]',
      '',
    ]);
  });
});

describe('the time zone list', () => {
  it('finds a zone by part of its name, with its offset (through @inquirer/testing)', async () => {
    const zones = timeZoneChoices(Date.UTC(2023, 10, 20));
    const { answer, events, getScreen } = await render(search<string>, {
      message: 'Time zone',
      source: (term: string | undefined) => zones.filter((z) => z.name.toLowerCase().includes((term ?? '').toLowerCase())),
    });
    events.type('moscow');
    await new Promise((r) => setTimeout(r, 20));
    expect(getScreen()).toContain('Europe/Moscow (UTC+03:00)');
    events.keypress('enter');
    await expect(answer).resolves.toBe('Europe/Moscow');
  });
});

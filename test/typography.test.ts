import { describe, expect, it } from 'vitest';
import { typeset, typesets } from '../src/render/typography.js';

const show = (s: string) => s.replace(/\u00a0/g, '⍽');

describe('typeset: Chinese', () => {
  it('uses full-width punctuation next to Chinese characters', () => {
    expect(typeset('当晚住宿: 沈阳香格里拉大酒店, +86 24 2436 6666 (前台)', 'zh')).toBe('当晚住宿：沈阳香格里拉大酒店，+86 24 2436 6666（前台）');
    expect(typeset('Rudenya (州长)', 'zh')).toBe('Rudenya（州长）');
    expect(typeset('会见; 签约!', 'zh')).toBe('会见；签约！');
  });
  it('leaves Latin text, times and plates alone', () => {
    expect(typeset('10:30, Shenyang (Liaoning)', 'zh')).toBe('10:30, Shenyang (Liaoning)');
    expect(typeset('辽A·00001', 'zh')).toBe('辽A·00001');
  });
  it('never breaks a line before a middle dot', () => {
    expect(show(typeset('欢迎晚宴 · 签约', 'zh'))).toBe('欢迎晚宴⍽· 签约');
  });
  it('is idempotent', () => {
    const once = typeset('当晚住宿: 大酒店, 电话 (前台) · 备注', 'zh');
    expect(typeset(once, 'zh')).toBe(once);
  });
});

describe('typeset: Russian', () => {
  it('keeps "г." with its year, a dash with the word before, "№" with its number', () => {
    expect(show(typeset('21 ноября 2023 г.', 'ru'))).toBe('21 ноября 2023⍽г.');
    expect(show(typeset('губернатор — глава', 'ru'))).toBe('губернатор⍽— глава');
    expect(show(typeset('Москва – Пекин', 'ru'))).toBe('Москва⍽– Пекин');
    expect(show(typeset('№ 5', 'ru'))).toBe('№⍽5');
  });
  it('keeps initials with the surname', () => {
    expect(show(typeset('И. М. Руденя прибыл', 'ru'))).toBe('И.⍽М.⍽Руденя прибыл');
    expect(show(typeset('принял Руденя И.М. в 10:00', 'ru'))).toBe('принял Руденя⍽И.М. в 10:00');
  });
  it('keeps a number with its unit', () => {
    expect(show(typeset('120 км от Твери, 45 мин, 30 % скидка', 'ru'))).toBe('120⍽км от Твери, 45⍽мин, 30⍽% скидка');
    expect(show(typeset('5 марта', 'ru'))).toBe('5 марта');
  });
  it('changes nothing in other languages', () => {
    expect(typeset('Tver — Shenyang, 21 Nov (arrival)', 'en')).toBe('Tver — Shenyang, 21 Nov (arrival)');
  });
  it('says which languages it can change (views in the others are not walked)', () => {
    expect([typesets('ru'), typesets('zh'), typesets('en'), typesets('de')]).toEqual([true, true, false, false]);
    for (const text of ['И. И. Иванов — 2023 г.', '会见; 签约!', '№ 5, 10 км']) for (const lang of ['en', 'de', 'fr']) expect(typeset(text, lang)).toBe(text);
  });
});

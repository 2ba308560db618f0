import { describe, expect, it } from 'vitest';
import { chooseMessageLanguage, localeLanguage, messageLanguage } from '../src/text/lang.js';

describe('localeLanguage', () => {
  it.each([
    ['ru_RU.UTF-8', 'ru'],
    ['zh_CN.UTF-8', 'zh'],
    ['zh-Hans-CN', 'zh'],
    ['en_US', 'en'],
    ['de_DE@euro', 'de'],
    ['RU', 'ru'],
    ['ru', 'ru'],
  ])('%s → %s', (locale, code) => expect(localeLanguage(locale)).toBe(code));

  it.each(['C', 'POSIX', 'C.UTF-8', '', '12_34'])('%s names no language', (locale) => {
    expect(localeLanguage(locale)).toBeUndefined();
  });
});

describe('chooseMessageLanguage', () => {
  it('takes --lang before everything else', () => {
    expect(chooseMessageLanguage('zh', { DELEGATION_LANG: 'ru', LANG: 'ru_RU.UTF-8' })).toEqual({ lang: 'zh', source: '--lang' });
  });
  it('then DELEGATION_LANG', () => {
    expect(chooseMessageLanguage(undefined, { DELEGATION_LANG: 'ru', LC_ALL: 'zh_CN.UTF-8' })).toEqual({ lang: 'ru', source: 'DELEGATION_LANG' });
  });
  it('then LC_ALL, LC_MESSAGES, LANG in that order', () => {
    expect(chooseMessageLanguage(undefined, { LC_ALL: 'zh_CN.UTF-8', LC_MESSAGES: 'ru_RU.UTF-8', LANG: 'en_US.UTF-8' }).lang).toBe('zh');
    expect(chooseMessageLanguage(undefined, { LC_MESSAGES: 'ru_RU.UTF-8', LANG: 'zh_CN.UTF-8' }).lang).toBe('ru');
    expect(chooseMessageLanguage(undefined, { LANG: 'zh_CN.UTF-8' })).toEqual({ lang: 'zh', source: 'LANG' });
  });
  it('skips variables that are set but empty', () => {
    expect(chooseMessageLanguage(undefined, { LC_ALL: '', LANG: 'ru_RU.UTF-8' }).lang).toBe('ru');
  });
  it('falls back to English for C, POSIX and languages it has no words for', () => {
    expect(messageLanguage(undefined, { LANG: 'C' })).toBe('en');
    expect(messageLanguage(undefined, { LC_ALL: 'de_DE.UTF-8', LANG: 'ru_RU.UTF-8' })).toBe('en');
    expect(messageLanguage('fr', { LANG: 'ru_RU.UTF-8' })).toBe('en');
    expect(chooseMessageLanguage(undefined, {})).toEqual({ lang: 'en', source: 'default' });
  });
});

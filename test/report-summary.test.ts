// The summary line of the pretty report in each language: counts worded in the language's own cases,
// from the numbers, with no piece glued from English.
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../src/diagnostics/types.js';
import { reportWords } from '../src/commands/itinerary.js';
import { loadLabels } from '../src/io/templates.js';
import { formatPretty } from '../src/report/pretty.js';
import { PLAIN_STYLE, type FileReport } from '../src/report/types.js';

const labels = loadLabels();

function finding(severity: 'error' | 'warning'): Diagnostic {
  return { rule: 'time-order', severity, messageId: 'x', message: 'm', path: [], line: 1, column: 1, endLine: 1, endColumn: 2 } as Diagnostic;
}

/** `checked` files; the first `withProblems` have an error each, the first also `warnings` warnings. */
function summary(lang: string, checked: number, withProblems: number, warnings = 0): string {
  const files: FileReport[] = Array.from({ length: checked }, (_, i) => ({
    file: `f${i}.yaml`,
    lines: [],
    sensitiveLines: new Set<number>(),
    diagnostics: i < withProblems ? [finding('error'), ...(i === 0 ? Array.from({ length: warnings }, () => finding('warning')) : [])] : [],
  }));
  const out = formatPretty(files, { style: PLAIN_STYLE, toolVersion: '0', rules: [], ...reportWords(labels, lang) });
  return out.trimEnd().split('\n').at(-1)!;
}

describe('the summary line', () => {
  it('in English, as before', () => {
    expect(summary('en', 1, 1)).toBe('✖ 1 problem (1 error, 0 warnings) in 1 file');
    expect(summary('en', 5, 2)).toBe('✖ 2 problems (2 errors, 0 warnings) in 2 of 5 files');
    expect(summary('en', 3, 0)).toBe('3 files checked: no problems');
  });
  it('in Russian, in the prepositional and with the plural forms of each number', () => {
    expect(summary('ru', 1, 1)).toBe('✖ 1 проблема (1 ошибка, 0 предупреждений) в 1 файле');
    expect(summary('ru', 3, 2, 3)).toBe('✖ 5 проблем (2 ошибки, 3 предупреждения) в 2 файлах из 3');
    expect(summary('ru', 30, 21)).toBe('✖ 21 проблема (21 ошибка, 0 предупреждений) в 21 файле из 30');
    expect(summary('ru', 1, 0)).toBe('Проверен 1 файл: проблем нет');
    expect(summary('ru', 3, 0)).toBe('Проверено 3 файла: проблем нет');
    expect(summary('ru', 5, 0)).toBe('Проверено 5 файлов: проблем нет');
  });
  it('in Chinese', () => {
    expect(summary('zh', 1, 1)).toBe('✖ 1 个问题（1 个错误，0 个警告），涉及 1 个文件');
    expect(summary('zh', 5, 2)).toBe('✖ 2 个问题（2 个错误，0 个警告），涉及 5 个文件中的 2 个');
    expect(summary('zh', 4, 0)).toBe('已检查 4 个文件：没有问题');
  });
});

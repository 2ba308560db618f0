// Rule fixtures carry their expected findings as comments on the offending line:
//   start: "11:00"   # expect: person-overlap@12
// ("@12" is the 1-based column; "@12:warning" also pins the severity). A standalone `# expect-next-line: rule@col` marks the next line.
// Files named valid*.yaml must produce no finding of the folder's rule.
import { readFileSync } from 'node:fs';

export interface Expected {
  rule: string;
  line: number;
  column: number;
  severity?: 'error' | 'warning';
}

const MARK = /#\s*expect(-next-line)?:\s*(.+)$/;

export function readExpectations(text: string): Expected[] {
  const expected: Expected[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    const match = MARK.exec(line);
    if (!match) return;
    const target = match[1] ? index + 2 : index + 1;
    for (const item of match[2]!.trim().split(/\s+/)) {
      const match = /^([a-z0-9-]+)@(\d+)(?::(error|warning))?$/.exec(item);
      if (!match) throw new Error(`bad expectation "${item}" on line ${index + 1}`);
      const [, rule, column, severity] = match;
      expected.push({ rule: rule!, line: target, column: Number(column), ...(severity ? { severity: severity as 'error' | 'warning' } : {}) });
    }
  });
  return expected;
}

export function readFixture(path: string): { text: string; expected: Expected[] } {
  const text = readFileSync(path, 'utf8');
  return { text, expected: readExpectations(text) };
}

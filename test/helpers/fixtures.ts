// Rule fixtures carry their expected findings as comments on the offending line:
//   start: "11:00"   # expect: person-overlap/overlap@12-19
// (rule/messageId, then the 1-based column where the finding starts and the column where it ends,
// exclusive; "@12-4:3" ends on line 4, column 3; a trailing ":warning" also pins the severity).
// A standalone `# expect-next-line: …` marks the next line.
// Files named valid*.yaml must produce no finding of the folder's rule.
import { readFileSync } from 'node:fs';

export interface Expected {
  rule: string;
  messageId: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
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
      const match = /^([a-z0-9-]+)\/([A-Za-z]+)@(\d+)-(?:(\d+):)?(\d+)(?::(error|warning))?$/.exec(item);
      if (!match) throw new Error(`bad expectation "${item}" on line ${index + 1}`);
      const [, rule, messageId, column, endLine, endColumn, severity] = match;
      expected.push({
        rule: rule!,
        messageId: messageId!,
        line: target,
        column: Number(column),
        endLine: endLine === undefined ? target : Number(endLine),
        endColumn: Number(endColumn),
        ...(severity ? { severity: severity as 'error' | 'warning' } : {}),
      });
    }
  });
  return expected;
}

export function readFixture(path: string): { text: string; expected: Expected[] } {
  const text = readFileSync(path, 'utf8');
  return { text, expected: readExpectations(text) };
}

// In a large file, explaining a YAML slip does not parse the text again for every further slip: one
// slip is reported per run (the next shows once it is fixed), worded exactly as in a small file.
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../src/source/parse.js';

/** Two slips at the end: a colon inside a value, then a tab in the indentation. */
const SLIPS = 'notes: Обед: от имени мэра\n\tbad: 1\n';
/** A literal block of about 1.2 million characters: cheap to parse, and it makes the file large. */
const PADDING = `padding: |\n${'  some text\n'.repeat(100_000)}`;

describe('slips in a large file', () => {
  it('a small file gets both slips', () => {
    const problems = parseYaml(`format: delegation/1\n${SLIPS}`).problems;
    expect(problems.map((p) => p.message)).toEqual([
      'the value of "notes" contains a colon followed by a space, which YAML reads as the start of another key; such a value must be in quotes',
      'this line is indented with a tab; YAML allows only spaces for indentation',
    ]);
  });

  it('a large file gets the first, in the same words and at its place, without parsing a repaired copy', () => {
    const text = `format: delegation/1\n${PADDING}${SLIPS}`;
    const small = parseYaml(`format: delegation/1\n${SLIPS}`).problems[0]!;
    const problems = parseYaml(text).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toBe(small.message);
    expect(problems[0]!.hint).toBe(small.hint);
    expect(text.slice(problems[0]!.start, problems[0]!.end)).toBe('Обед: от имени мэра');
  });
});

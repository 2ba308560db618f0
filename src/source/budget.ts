// The memory budget of one itinerary: what a check may hold is bounded before the YAML is parsed.
// The `yaml` document parser, which keeps every node's position, takes about 1 KB of memory per
// node, whatever the file's size in bytes: a 2 MB list like `[0,0,0,…]` takes as much as a 7 MB
// programme of people and events. So the bytes are capped (MAX_SOURCE_BYTES in read.ts) and so is
// the number of YAML marks, counted in one pass over the text, which bounds the number of nodes.

/**
 * YAML marks a file may hold: with it, every command stays under 1 GB of memory on the files
 * measured (docs/faults.md, "Limits"). A programme of 2,000 people and 20,000 events has about 580,000.
 */
export const MAX_YAML_MARKS = 750_000;

/**
 * The YAML marks of a text: line breaks, flow brackets, commas, `: ` after a key and `- ` before an
 * item. Each node of the document needs at least one, so their count bounds the nodes; marks inside
 * quoted text or comments count too, which errs on the side of the budget.
 */
export function countYamlMarks(text: string): number {
  let marks = 0;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 /* \n */ || c === 13 /* \r */ || c === 44 /* , */ || c === 91 /* [ */ || c === 123 /* { */) marks++;
    else if (c === 58 /* : */ || c === 45 /* - */ || c === 63 /* ? */) {
      const next = i + 1 < length ? text.charCodeAt(i + 1) : 10;
      if (next === 32 || next === 10 || next === 13 || next === 9) marks++;
    }
  }
  return marks;
}

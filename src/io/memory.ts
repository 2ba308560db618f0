// Memory between the phases of a command. V8 lets its heap grow well past what is alive while a large
// file is parsed, and keeps it while the command goes on to render: a command that reads a large
// programme, then makes hundreds of sheets from it, would hold both peaks at once. A full collection
// between the two returns the parser's garbage first, so the command's peak is the larger phase, not
// their sum (docs/faults.md, "Limits").
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collect: (() => void) | undefined;

/** A full garbage collection now (V8's `gc`, made available once for this purpose). */
export function releaseMemory(): void {
  if (!collect) {
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as () => void;
  }
  collect();
}

// A scripted terminal for prompt flows: it waits for a question to appear, then types the answer,
// as a person at the keyboard would. Input and output are passed to every prompt as their context.
import { PassThrough, Writable } from 'node:stream';
import { stripVTControlCharacters } from 'node:util';

export class ScriptedTerminal {
  readonly input = new PassThrough();
  private text = '';
  private seen = 0;
  readonly output = new Writable({
    write: (chunk, _encoding, callback) => {
      this.text += chunk.toString();
      callback();
    },
  });

  constructor() {
    // Each prompt pipes into the output and ends it when done, as if it were the only one; a real
    // terminal outlives the prompt, so this one ignores the end.
    this.output.end = (() => this.output) as Writable['end'];
  }

  /** Everything shown so far, without escape codes. */
  get transcript(): string {
    return stripVTControlCharacters(this.text);
  }

  /** Wait until `text` appears after what was already answered. */
  async waitFor(text: string | RegExp, timeoutMs = 5000): Promise<void> {
    const start = Date.now();
    for (;;) {
      const fresh = this.transcript.slice(this.seen);
      const index = typeof text === 'string' ? fresh.indexOf(text) : fresh.search(text);
      if (index !== -1) {
        this.seen += index + 1;
        // Let the prompt finish rendering and attach its key handlers.
        await new Promise((r) => setTimeout(r, 10));
        return;
      }
      if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${String(text)}; screen:\n${this.transcript.slice(-800)}`);
      await new Promise((r) => setTimeout(r, 5));
    }
  }

  type(text: string): void {
    this.input.write(text);
    for (const char of text) this.input.emit('keypress', null, { name: char });
  }

  key(name: string): void {
    this.input.emit('keypress', null, { name });
  }

  /** Wait for the question, type the answer, press enter. */
  async answer(question: string | RegExp, text: string): Promise<void> {
    await this.waitFor(question);
    if (text) this.type(text);
    this.key('enter');
  }

  get context() {
    return { input: this.input, output: this.output, clearPromptOnDone: false };
  }
}

// Making data safe to show as text: Markdown escaping, and visible stand-ins for invisible
// direction controls that would otherwise reorder a printed line.

const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

/** "[U+202E]" for each bidirectional control character. */
export function showControls(text: string): string {
  return text.replace(BIDI_CONTROLS, (c) => `[U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}]`);
}

/** Text that Markdown shows as written: no markup, no raw HTML, no table breaks, one line. */
export function escapeMarkdown(text: string): string {
  return showControls(text)
    .replace(/\s*\r?\n\s*/g, ' ')
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '&amp;')
    .replace(/[\\`*_[\]<>|~]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : `\\${c}`))
    .replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2')
    .replace(/^([-+*])(?=\s|$)/, '\\$1')
    .replace(/^#/, '\\#');
}

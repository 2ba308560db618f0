// Making data safe to show as text: Markdown escaping, and visible stand-ins for invisible
// direction controls that would otherwise reorder a printed line.

import { safeText } from '../text/safe.js';

/** Control and bidirectional characters shown ("␛", "[U+202E]"); line breaks kept. */
export function showControls(text: string): string {
  return safeText(text, 'text');
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

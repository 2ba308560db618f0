// GitHub Actions workflow commands: one annotation per finding, escaped as the runner expects.
import { omittedText, type Formatter } from './types.js';
import { safeText } from '../text/safe.js';

/** Message data: %, CR and LF are encoded; control characters are shown, never passed to the log. */
export function escapeData(text: string): string {
  return text.replace(/[^\r\n]+/g, (part) => safeText(part, 'annotation')).replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Property values: additionally : and , which separate properties. */
export function escapeProperty(text: string): string {
  return safeText(text, 'annotation').replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export const formatGithub: Formatter = (files, context) => {
  const { words } = context;
  const lines: string[] = [];
  for (const file of files) {
    for (const d of file.diagnostics) {
      // Paths from the repository root, as the runner matches them; columns only on a single-line
      // range (@actions/core: col and endColumn "cannot be sent when startLine and endLine are different").
      const singleLine = d.endLine === d.line;
      const properties = [
        `file=${escapeProperty(file.rootPath ?? file.file)}`,
        `line=${d.line}`,
        ...(singleLine ? [`col=${d.column}`] : []),
        `endLine=${d.endLine}`,
        ...(singleLine ? [`endColumn=${d.endColumn}`] : []),
        `title=${escapeProperty(`${d.rule} (${d.severity})`)}`,
      ].join(',');
      const related = (d.related ?? []).map((r) => `${words.see} ${file.file}:${r.line}:${r.column}: ${r.message}`);
      const message = [d.message, ...(d.hint ? [d.hint] : []), ...related].join('\n');
      lines.push(`::${d.severity === 'error' ? 'error' : 'warning'} ${properties}::${escapeData(message)}`);
    }
    for (const o of file.omitted ?? []) {
      const properties = [`file=${escapeProperty(file.rootPath ?? file.file)}`, `title=${escapeProperty(`${o.rule} (${o.severity})`)}`].join(',');
      lines.push(`::${o.severity === 'error' ? 'error' : 'warning'} ${properties}::${escapeData(omittedText(o, context))}`);
    }
  }
  return lines.length ? lines.join('\n') + '\n' : '';
};

// The `--format json` output, exactly the shape the format specification fixes.
import { countBySeverity, omittedText, type Formatter } from './types.js';

export const formatJson: Formatter = (files, context) => {
  const { errors, warnings } = countBySeverity(files);
  const out = {
    files: files.map((file) => ({
      file: file.file,
      diagnostics: file.diagnostics.map((d) => ({
        rule: d.rule,
        severity: d.severity,
        messageId: d.messageId,
        message: d.message,
        // In another language than English: the hint too, and both texts in English for tools that match them.
        ...(d.english ? { ...(d.hint === undefined ? {} : { hint: d.hint }), messageEnglish: d.english.message, ...(d.english.hint === undefined ? {} : { hintEnglish: d.english.hint }) } : {}),
        line: d.line,
        column: d.column,
        endLine: d.endLine,
        endColumn: d.endColumn,
        path: d.path,
      })),
      // Findings beyond the per-rule cap: counted per rule and severity, not listed (`errors` and
      // `warnings` below count them too).
      ...(file.omitted?.length ? { omitted: file.omitted.map((o) => ({ rule: o.rule, severity: o.severity, count: o.count, message: omittedText(o, context) })) } : {}),
    })),
    errors,
    warnings,
  };
  return JSON.stringify(out, null, 2) + '\n';
};

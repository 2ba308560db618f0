// outside-visit: a day lies outside visit.from..visit.to.
import type { Rule } from './types.js';

export const outsideVisit: Rule = {
  id: 'outside-visit',
  defaultSeverity: 'error',
  description: 'A day lies outside the visit\'s dates (visit.from to visit.to).',
  meta: {
    messages: {
      endsBeforeStart: 'the visit ends ({to}) before it starts ({from})',
      endsBeforeStartHint: 'visit.from is the first calendar day and visit.to the last, travel days included.',
      outside: 'the day {date} lies outside the visit ({from} to {to})',
      outsideHint: 'Correct the date, or widen visit.from / visit.to (travel days count as visit days).',
    },
    docs: { url: 'docs/rules/outside-visit.md' },
    tags: ['schedule'],
  },
  check({ model, report }) {
    const visit = model.visit;
    if (!visit) return;
    if (visit.to < visit.from) {
      report({
        path: ['visit', 'to'],
        messageId: 'endsBeforeStart',
        data: { from: visit.from, to: visit.to },
        hintId: 'endsBeforeStartHint',
      });
      return;
    }
    for (const day of model.days) {
      if (day.date >= visit.from && day.date <= visit.to) continue;
      report({
        path: [...day.path, 'date'],
        messageId: 'outside',
        data: { date: day.date, from: visit.from, to: visit.to },
        hintId: 'outsideHint',
      });
    }
  },
};

// outside-visit: a day lies outside visit.from..visit.to.
import type { Rule } from './types.js';

export const outsideVisit: Rule = {
  id: 'outside-visit',
  defaultSeverity: 'error',
  description: 'A day lies outside the visit\'s dates (visit.from to visit.to).',
  check({ model, report }) {
    const visit = model.visit;
    if (!visit) return;
    if (visit.to < visit.from) {
      report({
        path: ['visit', 'to'],
        message: `the visit ends (${visit.to}) before it starts (${visit.from})`,
        hint: 'visit.from is the first calendar day and visit.to the last, travel days included.',
      });
      return;
    }
    for (const day of model.days) {
      if (day.date >= visit.from && day.date <= visit.to) continue;
      report({
        path: [...day.path, 'date'],
        message: `the day ${day.date} lies outside the visit (${visit.from} to ${visit.to})`,
        hint: 'Correct the date, or widen visit.from / visit.to (travel days count as visit days).',
      });
    }
  },
};

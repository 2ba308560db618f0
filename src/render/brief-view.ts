// The briefing pack's content: cover, programme at a glance, days with their briefs, counterparts,
// the delegation, agreements, places, vehicles and duty contacts.
import { allVariants } from '../model/text.js';
import type { Model } from '../model/types.js';
import { sortEvents, ViewBuilder, type BriefView, type DocumentOptions, type GlanceRow } from './view.js';

export function briefView(model: Model, options: DocumentOptions): BriefView {
  const b = new ViewBuilder(model, options);
  const glance: GlanceRow[] = [];
  for (const day of model.days) {
    const events = sortEvents(day.events);
    events.forEach((event, i) => {
      glance.push({
        date: b.day(day, []).dateShort,
        first: i === 0,
        rows: events.length,
        start: event.start,
        end: event.end.slice(0, 5) + (event.end.endsWith('+1') ? ' (+1)' : ''),
        title: b.text(event.title) || event.id,
        place: b.where(event),
        places: b.wherePlaces(event),
      });
    });
  }
  const hostPeople = b.byPrecedence(model.people.filter((p) => p.side === 'host'));
  const ours = b.byPrecedence(model.people.filter((p) => p.side === 'delegation'));
  const delegation = ours.map((p) => b.person(p));
  return {
    ...b.common(),
    // The delegation list shows passports, diets and private contacts when they were asked for.
    personal: delegation.some((p) => p.personal),
    notes: b.text(model.visit?.notes),
    glance,
    days: model.days.map((day) => b.day(day)),
    counterparts: hostPeople.map((person) => {
      const view = b.person(person);
      const others = [...new Set(allVariants(person.name).map((n) => n.trim()))].filter((n) => n !== '' && n !== view.name);
      return { ...view, otherNames: others, bio: b.text(person.bio) };
    }),
    delegation,
    organizations: model.organizations
      .filter((org) => org.side === 'delegation')
      .map((org) => ({
        id: org.id,
        name: b.text(org.name) || org.id,
        kind: org.kind,
        sector: b.text(org.sector),
        city: b.text(org.city),
        people: ours.filter((p) => p.organization === org).map((p) => b.person(p)),
      })),
    agreements: model.agreements.map((agreement) => {
      const signings = model.events.filter((e) => e.agreements?.includes(agreement.id));
      return {
        id: agreement.id,
        title: b.text(agreement.title) || agreement.id,
        parties: agreement.parties.map((id) => {
          const org = model.byId.organizations.get(id);
          return org ? b.text(org.name) || id : id;
        }),
        signatories: agreement.signatories.flatMap((id) => {
          const person = model.byId.people.get(id);
          return person ? [b.person(person)] : [];
        }),
        signing: signings
          .map((e) => `${b.day(e.day, []).dateShort}, ${e.start}, ${b.text(e.title) || e.id} — ${b.where(e)}`)
          .join('; '),
        signings: signings.map((e) => ({ when: `${b.day(e.day, []).dateShort}, ${e.start}`, title: b.text(e.title) || e.id, places: b.wherePlaces(e) })),
        notes: b.text(agreement.notes),
      };
    }),
    places: model.places.map((p) => b.place(p)!),
    vehicles: model.vehicles.map((v) => b.vehicle(v)),
  };
}

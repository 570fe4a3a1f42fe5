// Reads an iCalendar file with Mozilla's ical.js and prints, as JSON, the master VEVENTs (those without
// RECURRENCE-ID) as a calendar app would show their first occurrence: SUMMARY, the start as a UTC instant, the
// start as written (local), and whether it is floating or a date. A feed ical.js cannot parse prints
// {"parser": "ical.js", "error": "..."} and exits 0, so that the caller can tell "ical.js fails" from a crash.
// Usage: node corpus-ics.mjs FILE.ics
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';

process.env.TZ = 'UTC';
let calendar;
try {
  calendar = new ICAL.Component(ICAL.parse(readFileSync(process.argv[2], 'utf8')));
} catch (e) {
  console.log(JSON.stringify({ parser: 'ical.js', error: String(e.message || e) }));
  process.exit(0);
}
for (const zone of calendar.getAllSubcomponents('vtimezone')) {
  try {
    ICAL.TimezoneService.register(zone);
  } catch (e) {
    // a VTIMEZONE ical.js cannot use: its times stay floating, as they would in the app
  }
}
const masters = [];
for (const vevent of calendar.getAllSubcomponents('vevent')) {
  if (vevent.hasProperty('recurrence-id')) continue;
  try {
    const event = new ICAL.Event(vevent);
    const start = event.startDate;
    const zone = start.zone;
    // An empty VTIMEZONE gives ical.js a zone without rules, which it reads as UTC: that is floating too.
    const empty = zone && zone.component && zone.component.getAllSubcomponents().length === 0;
    const floating = !start.isDate && (zone === ICAL.Timezone.localTimezone || zone.tzid === 'floating' || empty);
    masters.push({
      summary: event.summary || '',
      start: start.toJSDate().toISOString().replace('.000Z', 'Z'),
      local: start.toString(),
      floating,
      date: start.isDate,
    });
  } catch (e) {
    masters.push({ summary: '', start: null, local: null, floating: false, date: false, error: String(e.message || e) });
  }
}
console.log(JSON.stringify({ parser: 'ical.js', masters }, null, 2));

// Reads an iCalendar file with Mozilla's ical.js and prints, as JSON, what a calendar app would see:
// every VEVENT's UID, SUMMARY, start and end as UTC instants, whether its time zone resolved, and its
// PARTICIPANT count. Usage: node check-ics.mjs FILE.ics
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';

process.env.TZ = 'UTC'; // a floating (unresolved) time then shows up as a wrong instant, not a lucky right one
const text = readFileSync(process.argv[2], 'utf8');
const calendar = new ICAL.Component(ICAL.parse(text));
for (const zone of calendar.getAllSubcomponents('vtimezone')) {
  ICAL.TimezoneService.register(zone);
}
const instant = (time) => (time ? time.toJSDate().toISOString().replace('.000Z', 'Z') : null);
const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
  const event = new ICAL.Event(vevent);
  const zone = event.startDate.zone;
  return {
    uid: event.uid,
    summary: event.summary,
    start: instant(event.startDate),
    end: instant(vevent.hasProperty('dtend') ? event.endDate : null),
    zoneResolved: event.startDate.isDate || (zone !== ICAL.Timezone.localTimezone && zone.tzid !== 'floating'),
    participants: vevent.getAllSubcomponents('participant').length,
  };
});
console.log(JSON.stringify({ parser: 'ical.js', events }, null, 2));

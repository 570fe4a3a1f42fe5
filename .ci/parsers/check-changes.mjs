// Reads an iCalendar file with Mozilla's ical.js and prints one line per VEVENT, tab-separated, of what tells
// a calendar app that an entry changed: METHOD, UID, STATUS, SEQUENCE, DTSTAMP and the start as a UTC instant.
// Usage: node check-changes.mjs FILE.ics
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';

process.env.TZ = 'UTC';
const calendar = new ICAL.Component(ICAL.parse(readFileSync(process.argv[2], 'utf8')));
for (const zone of calendar.getAllSubcomponents('vtimezone')) {
  ICAL.TimezoneService.register(zone);
}
const method = calendar.getFirstPropertyValue('method') || '';
for (const vevent of calendar.getAllSubcomponents('vevent')) {
  const event = new ICAL.Event(vevent);
  const stamp = vevent.getFirstPropertyValue('dtstamp');
  console.log(['EVENT', method, event.uid, vevent.getFirstPropertyValue('status') || '', String(event.sequence),
    stamp ? stamp.toJSDate().toISOString().replace('.000Z', 'Z') : '',
    event.startDate.toJSDate().toISOString().replace('.000Z', 'Z')].join('\t'));
}

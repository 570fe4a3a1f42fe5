#!/usr/bin/python3
"""Reads an iCalendar file with python's icalendar (Debian python3-icalendar) and prints, as JSON, every
VEVENT's UID, SUMMARY, start and end as UTC instants, whether its time zone resolved, and its PARTICIPANT count.
Every VTIMEZONE must also build a tzinfo through Timezone.to_tz() (which fails on DAYLIGHT-only zones), and the
local times read through that tzinfo must give the same instants; otherwise it exits with status 1.
Usage: /usr/bin/python3 check_ics.py FILE.ics"""
import datetime
import json
import sys

from instants import instant  # beside this script

from icalendar import Calendar


with open(sys.argv[1], 'rb') as source:
    calendar = Calendar.from_ical(source.read())

zones = {}
for vtimezone in calendar.walk('VTIMEZONE'):
    zones[str(vtimezone['TZID'])] = vtimezone.to_tz()


def through_to_tz(prop):
    """The instant of a DATE-TIME property read through the to_tz() zone of its TZID."""
    if prop is None or 'TZID' not in prop.params:
        return None
    local = prop.dt.replace(tzinfo=None)
    zone = zones[str(prop.params['TZID'])]
    aware = zone.localize(local) if hasattr(zone, 'localize') else local.replace(tzinfo=zone)
    return instant(aware)


events = []
mismatches = []
for vevent in calendar.walk('VEVENT'):
    for name in ('DTSTART', 'DTEND'):
        if name in vevent and 'TZID' in vevent[name].params:
            direct, converted = instant(vevent.decoded(name)), through_to_tz(vevent[name])
            if direct != converted:
                mismatches.append(f"{vevent.get('UID')} {name}: {direct} but {converted} through to_tz()")
    start = vevent.decoded('DTSTART')
    end = vevent.decoded('DTEND') if 'DTEND' in vevent else None
    events.append({
        'uid': str(vevent.get('UID')),
        'summary': str(vevent.get('SUMMARY')),
        'start': instant(start),
        'end': instant(end),
        'zoneResolved': not isinstance(start, datetime.datetime) or start.tzinfo is not None,
        'participants': len([c for c in vevent.subcomponents if c.name == 'PARTICIPANT']),
    })
if mismatches:
    print('\n'.join(mismatches), file=sys.stderr)
    sys.exit(1)
print(json.dumps({'parser': 'python-icalendar', 'events': events}, indent=2, ensure_ascii=False))

#!/usr/bin/python3
"""Reads an iCalendar file with python's icalendar (Debian python3-icalendar) and prints, as JSON, every
VEVENT's UID, SUMMARY, start and end as UTC instants, whether its time zone resolved, and its PARTICIPANT count.
Usage: /usr/bin/python3 check_ics.py FILE.ics"""
import datetime
import json
import sys

from icalendar import Calendar


def instant(value):
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        if value.tzinfo is None:
            return None
        return value.astimezone(datetime.timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ')
    return value.isoformat()


with open(sys.argv[1], 'rb') as source:
    calendar = Calendar.from_ical(source.read())

events = []
for vevent in calendar.walk('VEVENT'):
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
print(json.dumps({'parser': 'python-icalendar', 'events': events}, indent=2, ensure_ascii=False))

#!/usr/bin/python3
"""Reads an iCalendar file with vobject (Debian python3-vobject) and prints, as JSON, every VEVENT's UID, SUMMARY,
start and end as UTC instants, whether its time zone resolved, and its PARTICIPANT count; the same shape as
check_ics.py. vobject builds a tzinfo from each VTIMEZONE and refuses some it cannot (two DAYLIGHT observances).
Usage: /usr/bin/python3 check_vobject.py FILE.ics"""
import datetime
import json
import sys

from instants import instant  # beside this script

import vobject


with open(sys.argv[1], encoding='utf-8') as source:
    calendar = vobject.readOne(source.read())

events = []
for vevent in calendar.contents.get('vevent', []):
    start = vevent.dtstart.value
    end = vevent.dtend.value if 'dtend' in vevent.contents else None
    events.append({
        'uid': vevent.uid.value,
        'summary': vevent.summary.value,
        'start': instant(start),
        'end': instant(end),
        'zoneResolved': not isinstance(start, datetime.datetime) or start.tzinfo is not None,
        'participants': len(vevent.contents.get('participant', [])),
    })
print(json.dumps({'parser': 'vobject', 'events': events}, indent=2, ensure_ascii=False))

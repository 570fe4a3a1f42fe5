#!/usr/bin/python3
"""Reads an iCalendar file with python's icalendar and prints one line per VEVENT, tab-separated, of what tells a
calendar app that an entry changed: METHOD, UID, STATUS, SEQUENCE, DTSTAMP and the start as a UTC instant.
Usage: /usr/bin/python3 check_changes.py FILE.ics"""
import datetime
import sys

from icalendar import Calendar


def instant(value):
    return value.astimezone(datetime.timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ')


with open(sys.argv[1], 'rb') as source:
    calendar = Calendar.from_ical(source.read())

method = str(calendar.get('METHOD', ''))
for vevent in calendar.walk('VEVENT'):
    print('\t'.join(['EVENT', method, str(vevent.get('UID')), str(vevent.get('STATUS', '')),
                     str(vevent.decoded('SEQUENCE', 0)), instant(vevent.decoded('DTSTAMP')),
                     instant(vevent.decoded('DTSTART'))]))

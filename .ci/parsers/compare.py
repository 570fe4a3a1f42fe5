#!/usr/bin/python3
"""Checks a feed the main job wrote against what Agendum meant, through the four independent parsers: ical.js,
python icalendar (with Timezone.to_tz()), vobject and libical (check_libical.c, compiled here with gcc).

Usage: compare.py FEED.ics EXPECTED.json
EXPECTED lists, per VEVENT, its uid, summary, start and end as UTC instants (end null for a point in time).
Also checks every line is at most 75 octets, ends in CRLF, and every TZID referenced is defined."""
import json
import os
import re
import subprocess
import sys

here = os.path.dirname(os.path.abspath(__file__))  # works however the script is invoked
feed, expected_path = sys.argv[1], sys.argv[2]
expected = json.load(open(expected_path, encoding='utf-8'))
failures = []

raw = open(feed, 'rb').read()
lines = raw.split(b'\r\n')
if lines[-1] != b'':
    failures.append('the feed does not end with CRLF')
for number, line in enumerate(lines[:-1], 1):
    if len(line) > 75:
        failures.append(f'line {number} has {len(line)} octets')
    if b'\r' in line or b'\n' in line:
        failures.append(f'line {number} holds a bare CR or LF')
text = raw.decode('utf-8')
unfolded = text.replace('\r\n ', '')
defined = set(re.findall(r'^TZID:(.*)\r$', unfolded, re.M))
for used in set(re.findall(r';TZID=([^;:]+)[;:]', unfolded)):
    if used not in defined:
        failures.append(f'TZID {used} is referenced but has no VTIMEZONE')

probe = os.path.join(os.environ.get('TMPDIR', '/tmp'), f'agendum-check-libical-{os.getpid()}')
flags = subprocess.run(['pkg-config', '--cflags', '--libs', 'libical'], capture_output=True, text=True).stdout.split()
subprocess.run(['gcc', '-O1', '-o', probe, f'{here}/check_libical.c'] + (flags or ['-lical']), check=True)
runs = {
    'ical.js': ['node', f'{here}/check-ics.mjs', feed],
    'python-icalendar': ['/usr/bin/python3', f'{here}/check_ics.py', feed],
    'vobject': ['/usr/bin/python3', f'{here}/check_vobject.py', feed],
    'libical': [probe, feed],
}
for parser, command in runs.items():
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        failures.append(f'{parser} failed: {result.stderr.strip()}')
        continue
    seen = [{k: e[k] for k in ('uid', 'summary', 'start', 'end')} for e in json.loads(result.stdout)['events']]
    if seen != expected:
        failures.append(f'{parser} read {json.dumps(seen, ensure_ascii=False)}\n  expected {json.dumps(expected, ensure_ascii=False)}')
    unresolved = [e['uid'] for e in json.loads(result.stdout)['events'] if not e['zoneResolved']]
    if unresolved:
        failures.append(f'{parser}: time zone not resolved for {unresolved}')
    print(f'{parser}: {len(seen)} VEVENTs read as expected' if seen == expected else f'{parser}: MISMATCH')

os.remove(probe)
if failures:
    print('\n'.join(failures), file=sys.stderr)
    sys.exit(1)
print(f'{feed}: {len(lines) - 1} lines, all within 75 octets, every TZID defined')

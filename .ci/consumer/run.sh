#!/usr/bin/env bash
# Builds the user's project against the Agendum artifacts in the local Maven repository and runs it on the module
# path and on the class path. Run after the README's first command (which installs them).
set -euo pipefail
cd "$(dirname "$0")"
mvn -B -q package
java --module-path target/calendar-app.jar:target/lib -m org.example.calendar/org.example.calendar.App
java -cp "target/calendar-app.jar:target/lib/*" org.example.calendar.App

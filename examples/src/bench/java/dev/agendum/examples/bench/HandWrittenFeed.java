package dev.agendum.examples.bench;

import dev.agendum.model.Event;
import dev.agendum.model.Participation;
import dev.agendum.model.Person;
import dev.agendum.model.ScheduledItem;
import java.io.IOException;
import java.io.Writer;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The ceiling: a minimal hand-written writer of the same VEVENTs and PARTICIPANTs, with correct RFC 5545 escaping
 * and 75-octet folding that never splits a UTF-8 character, and nothing else (no options, no abstraction).
 */
final class HandWrittenFeed {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'");
    private static final String AMSTERDAM = "BEGIN:VTIMEZONE\r\nTZID:Europe/Amsterdam\r\nBEGIN:STANDARD\r\n"
            + "DTSTART:19701025T030000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nTZOFFSETFROM:+0200\r\n"
            + "TZOFFSETTO:+0100\r\nEND:STANDARD\r\nBEGIN:DAYLIGHT\r\nDTSTART:19700329T020000\r\n"
            + "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nEND:DAYLIGHT\r\n"
            + "END:VTIMEZONE\r\n";

    private final Writer out;
    private final StringBuilder line = new StringBuilder(512);

    HandWrittenFeed(Writer out) {
        this.out = out;
    }

    void write(List<Event> events) throws IOException {
        out.write("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//hand//EN\r\nMETHOD:PUBLISH\r\n");
        out.write(AMSTERDAM);
        for (Event event : events) {
            event(event);
        }
        out.write("END:VCALENDAR\r\n");
        out.flush();
    }

    private void event(Event event) throws IOException {
        out.write("BEGIN:VEVENT\r\n");
        text("UID", event.id() + "@hand");
        raw("DTSTAMP:" + UTC.format(event.revision().published().atOffset(ZoneOffset.UTC)));
        raw("SEQUENCE:" + event.revision().number());
        raw("DTSTART;TZID=Europe/Amsterdam:" + LOCAL.format(event.start()));
        raw("DTEND;TZID=Europe/Amsterdam:" + LOCAL.format(event.end()));
        text("SUMMARY", event.title().text());
        text("DESCRIPTION", BaselineText.description(event));
        text("LOCATION", "Online");
        raw("ORGANIZER;CN=" + event.organisers().get(0).name().text() + ":mailto:info@bestuurskunde.nl");
        raw("STATUS:CONFIRMED");
        int n = 0;
        for (ScheduledItem item : event.schedule().allItems()) {
            for (Participation p : item.item().participations()) {
                participant(event, p, n++);
            }
        }
        for (Participation p : event.participations()) {
            participant(event, p, n++);
        }
        out.write("END:VEVENT\r\n");
    }

    private void participant(Event event, Participation participation, int n) throws IOException {
        Person person = event.person(participation.personId()).orElseThrow();
        out.write("BEGIN:PARTICIPANT\r\n");
        text("UID", "p" + n + "." + event.id() + "@hand");
        raw("PARTICIPANT-TYPE:SPEAKER");
        if (person.email().isPresent()) {
            raw("CALENDAR-ADDRESS:mailto:" + person.email().get());
        }
        text("SUMMARY", person.name() + " (" + participation.role().type().code() + ")");
        out.write("END:PARTICIPANT\r\n");
    }

    private void text(String name, String value) throws IOException {
        line.setLength(0);
        line.append(name).append(':');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\', ';', ',' -> line.append('\\').append(c);
                case '\n' -> line.append("\\n");
                default -> line.append(c);
            }
        }
        fold();
    }

    private void raw(String value) throws IOException {
        line.setLength(0);
        line.append(value);
        fold();
    }

    private void fold() throws IOException {
        int octets = 0;
        int from = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            int width = c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
            if (octets + width > 75 && !Character.isLowSurrogate(c)) {
                out.append(line, from, i).append("\r\n ");
                from = i;
                octets = 1;
            }
            octets += width;
        }
        out.append(line, from, line.length()).append("\r\n");
    }
}

package dev.agendum.examples.bench;

import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.DaylightSavingsTime;
import biweekly.component.Observance;
import biweekly.component.RawComponent;
import biweekly.component.StandardTime;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import biweekly.io.TimezoneAssignment;
import biweekly.io.text.ICalWriter;
import biweekly.property.Method;
import biweekly.property.Organizer;
import biweekly.property.Status;
import biweekly.util.DateTimeComponents;
import biweekly.util.DayOfWeek;
import biweekly.util.Frequency;
import biweekly.util.Recurrence;
import biweekly.util.UtcOffset;
import dev.agendum.model.Event;
import dev.agendum.model.Participation;
import dev.agendum.model.Person;
import dev.agendum.model.ScheduledItem;
import java.io.IOException;
import java.io.Writer;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;

/**
 * What a user of biweekly 0.6.8 writes for the same content as {@link Ical4jFeed}: an {@link ICalendar} built in
 * memory and written by {@link ICalWriter}. biweekly knows no RFC 9073 PARTICIPANT, so participants are raw
 * components; its VTIMEZONE comes either from tzurl.org (a download, unfit for a benchmark) or from the caller, so
 * it is built here from the same two rules the hand-written writer uses.
 */
final class BiweeklyFeed {

    private static final TimeZone ZONE = TimeZone.getTimeZone("Europe/Amsterdam");

    private BiweeklyFeed() {
    }

    static void write(List<Event> events, Writer out) throws IOException {
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//biweekly//EN");
        calendar.setMethod(Method.publish());
        calendar.getTimezoneInfo().setDefaultTimezone(new TimezoneAssignment(ZONE, amsterdam()));
        for (Event event : events) {
            calendar.addEvent(event(event));
        }
        ICalWriter writer = new ICalWriter(out, ICalVersion.V2_0);
        writer.write(calendar);
        writer.flush();
    }

    private static VEvent event(Event event) {
        VEvent vevent = new VEvent();
        vevent.setUid(event.id() + "@biweekly");
        vevent.setDateTimeStamp(Date.from(event.revision().published()));
        vevent.setSequence(event.revision().number());
        vevent.setDateStart(Date.from(event.startAt().toInstant()));
        vevent.setDateEnd(Date.from(event.endAt().toInstant()));
        vevent.setSummary(event.title().text());
        vevent.setDescription(BaselineText.description(event));
        vevent.setLocation("Online");
        Organizer organizer = new Organizer(event.organisers().get(0).name().text(), "info@bestuurskunde.nl");
        vevent.setOrganizer(organizer);
        vevent.setStatus(Status.confirmed());
        int n = 0;
        for (ScheduledItem item : event.schedule().allItems()) {
            for (Participation p : item.item().participations()) {
                participant(vevent, event, p, n++);
            }
        }
        for (Participation p : event.participations()) {
            participant(vevent, event, p, n++);
        }
        return vevent;
    }

    private static void participant(VEvent vevent, Event event, Participation participation, int n) {
        Person person = event.person(participation.personId()).orElseThrow();
        RawComponent participant = vevent.addExperimentalComponent("PARTICIPANT");
        participant.addExperimentalProperty("UID", "p" + n + "." + event.id() + "@biweekly");
        participant.addExperimentalProperty("PARTICIPANT-TYPE", "SPEAKER");
        person.email().ifPresent(e -> participant.addExperimentalProperty("CALENDAR-ADDRESS", "mailto:" + e));
        participant.addExperimentalProperty("SUMMARY", person.name() + " (" + participation.role().type().code()
                + ")");
    }

    private static VTimezone amsterdam() {
        VTimezone zone = new VTimezone("Europe/Amsterdam");
        zone.addStandardTime(observance(new StandardTime(), 10, 3, 2, 1));
        zone.addDaylightSavingsTime(observance(new DaylightSavingsTime(), 3, 2, 1, 2));
        return zone;
    }

    private static <T extends Observance> T observance(T observance, int month, int hour, int from, int to) {
        observance.setDateStart(new DateTimeComponents(1970, month, month == 10 ? 25 : 29, hour, 0, 0, false));
        observance.setTimezoneOffsetFrom(new UtcOffset(true, from, 0));
        observance.setTimezoneOffsetTo(new UtcOffset(true, to, 0));
        observance.setRecurrenceRule(new Recurrence.Builder(Frequency.YEARLY).byMonth(month)
                .byDay(-1, DayOfWeek.SUNDAY).build());
        return observance;
    }
}

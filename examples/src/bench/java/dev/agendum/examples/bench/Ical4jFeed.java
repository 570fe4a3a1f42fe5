package dev.agendum.examples.bench;

import dev.agendum.model.Event;
import dev.agendum.model.Participation;
import dev.agendum.model.Person;
import dev.agendum.model.ScheduledItem;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.Participant;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.property.CalendarAddress;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ParticipantType;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * What a user of raw ical4j 4.4.0 writes for the same content: a Calendar built in bulk (adding components one by
 * one is quadratic in 4.x), the VTIMEZONE from ical4j's registry, and {@link CalendarOutputter}.
 */
final class Ical4jFeed {

    private Ical4jFeed() {
    }

    static void write(List<Event> events, Writer out) throws IOException, ValidationException {
        List<CalendarComponent> components = new ArrayList<>();
        components.add(TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone("Europe/Amsterdam")
                .getVTimeZone());
        for (Event event : events) {
            components.add(event(event));
        }
        PropertyList properties = new PropertyList(List.<Property>of(new ProdId("-//ical4j//EN"),
                ImmutableVersion.VERSION_2_0, ImmutableMethod.PUBLISH));
        new CalendarOutputter(false).output(new Calendar(properties, new ComponentList<>(components)), out);
    }

    private static VEvent event(Event event) {
        List<Property> properties = new ArrayList<>(List.of(new Uid(event.id() + "@ical4j"),
                new DtStamp(event.revision().published()), new Sequence(event.revision().number()),
                new DtStart<>(event.startAt()), new DtEnd<>(event.endAt()), new Summary(event.title().text()),
                new Description(BaselineText.description(event)), new Location("Online"),
                new Organizer(new ParameterList(List.of(new Cn(event.organisers().get(0).name().text()))),
                        URI.create("mailto:info@bestuurskunde.nl")),
                new Status("CONFIRMED")));
        VEvent vevent = new VEvent(new PropertyList(properties));
        int n = 0;
        for (ScheduledItem item : event.schedule().allItems()) {
            for (Participation p : item.item().participations()) {
                vevent.add(participant(event, p, n++));
            }
        }
        for (Participation p : event.participations()) {
            vevent.add(participant(event, p, n++));
        }
        return vevent;
    }

    private static Participant participant(Event event, Participation participation, int n) {
        Person person = event.person(participation.personId()).orElseThrow();
        List<Property> properties = new ArrayList<>(List.of(new Uid("p" + n + "." + event.id() + "@ical4j"),
                new ParticipantType("SPEAKER"),
                new Summary(person.name() + " (" + participation.role().type().code() + ")")));
        person.email().ifPresent(e -> properties.add(new CalendarAddress(URI.create("mailto:" + e))));
        return new Participant(new PropertyList(properties));
    }
}

package dev.agendum.testing;

import dev.agendum.model.Event;
import dev.agendum.model.ItemKind;
import dev.agendum.model.LocalizedText;
import dev.agendum.model.Participation;
import dev.agendum.model.Person;
import dev.agendum.model.PostalAddress;
import dev.agendum.model.Programme;
import dev.agendum.model.ProgrammeItem;
import dev.agendum.model.Revision;
import dev.agendum.model.RoleType;
import dev.agendum.model.Venue;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * The fixture: an afternoon of talks and a panel, published as revision 1; then a new version in which the
 * second talk moves 30 minutes later, the third is dropped and one panellist is replaced by another.
 */
public final class ChangeFixture {

    /** When revision 1 was published. */
    public static final Instant PUBLISHED = Instant.parse("2021-03-01T09:00:00Z");
    /** When the new version is published. */
    public static final Instant REPUBLISHED = Instant.parse("2021-03-20T08:30:00Z");
    /** The day of the event. */
    public static final String DAY = "2021-04-02T";

    private static final Person CHAIR = Person.of("anne-de-vries", "Anne de Vries");
    private static final Person FIRST = Person.of("bart-smit", "Bart Smit");
    private static final Person SECOND = Person.of("carla-jansen", "Carla Jansen");
    private static final Person THIRD = Person.of("daan-visser", "Daan Visser");
    private static final Person PANELLIST = Person.of("eva-bakker", "Eva Bakker");
    private static final Person LEAVING = Person.of("frank-mulder", "Frank Mulder");
    private static final Person JOINING = Person.of("gijs-de-boer", "Gijs de Boer");

    private ChangeFixture() {
    }

    /** The published version, revision 1. */
    public static Event published() {
        return base(LEAVING).revision(Revision.of(1, PUBLISHED)).programme(Programme.of(
                talk("opening", "10:00", "Opening", CHAIR, ItemKind.OPENING),
                talk("talk-data", "10:30", "Data in het openbaar bestuur", FIRST, ItemKind.TALK),
                talk("talk-wijk", "11:00", "Werken in de wijk", SECOND, ItemKind.TALK),
                talk("talk-regio", "11:30", "Regionale samenwerking", THIRD, ItemKind.TALK),
                panel(LEAVING))).build();
    }

    /**
     * The new version: "talk-wijk" starts at 11:30 instead of 11:00 (where the dropped talk was), "talk-regio" is gone, and Gijs de Boer replaces
     * Frank Mulder on the panel. It states revision 1, as a file edited from the published one does.
     */
    public static Event changed() {
        return base(JOINING).revision(Revision.of(1, PUBLISHED)).programme(Programme.of(
                talk("opening", "10:00", "Opening", CHAIR, ItemKind.OPENING),
                talk("talk-data", "10:30", "Data in het openbaar bestuur", FIRST, ItemKind.TALK),
                talk("talk-wijk", "11:30", "Werken in de wijk", SECOND, ItemKind.TALK),
                panel(JOINING))).build();
    }

    private static Event.Builder base(Person panellist) {
        return Event.builder("vb-middag-2021-04-02").title(nl("Middag van de bestuurskunde"))
                .zone(ZoneId.of("Europe/Amsterdam"))
                .time(at("10:00"), at("12:30"))
                .inPerson(Venue.of(nl("Stadhuis Utrecht"), new PostalAddress(java.util.Optional.of("Stadhuisbrug 1"),
                        java.util.Optional.of("3511 KP"), "Utrecht", java.util.Optional.empty(), "NL")))
                .person(CHAIR, FIRST, SECOND, THIRD, PANELLIST, panellist)
                .participation(Participation.of(CHAIR.id(), RoleType.CHAIR));
    }

    private static ProgrammeItem talk(String id, String start, String title, Person speaker, ItemKind kind) {
        return ProgrammeItem.builder(id, at(start), kind, nl(title)).end(at(start).plusMinutes(25))
                .participation(Participation.of(speaker.id(), RoleType.SPEAKER)).build();
    }

    private static ProgrammeItem panel(Person second) {
        return ProgrammeItem.builder("panel", at("12:00"), ItemKind.PANEL, nl("Panelgesprek")).end(at("12:30"))
                .participation(Participation.of(CHAIR.id(), RoleType.PANEL_LEADER),
                        Participation.of(PANELLIST.id(), RoleType.PANELLIST),
                        Participation.of(second.id(), RoleType.PANELLIST)).build();
    }

    /** Returns the local time {@code time} on the day of the event. */
    public static LocalDateTime at(String time) {
        return LocalDateTime.parse(DAY + time);
    }

    private static LocalizedText nl(String text) {
        return LocalizedText.of("nl", text);
    }
}

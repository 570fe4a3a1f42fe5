package dev.agendum.ical;

import dev.agendum.model.Affiliation;
import dev.agendum.model.ConferenceFeature;
import dev.agendum.model.Contact;
import dev.agendum.model.Event;
import dev.agendum.model.Image;
import dev.agendum.model.ItemKind;
import dev.agendum.model.JoinLink;
import dev.agendum.model.Link;
import dev.agendum.model.LocalizedText;
import dev.agendum.model.OnlineLocation;
import dev.agendum.model.Organisation;
import dev.agendum.model.Participation;
import dev.agendum.model.Person;
import dev.agendum.model.PostalAddress;
import dev.agendum.model.Programme;
import dev.agendum.model.ProgrammeItem;
import dev.agendum.model.Registration;
import dev.agendum.model.RegistrationChannel;
import dev.agendum.model.Revision;
import dev.agendum.model.RoleType;
import dev.agendum.model.Venue;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;

/** The events the ical tests share. */
final class TestEvents {

    static final Organisation VB = Organisation.of(nl("Vereniging voor Bestuurskunde"), "VB");

    private TestEvents() {
    }

    static LocalizedText nl(String text) {
        return LocalizedText.of("nl", text);
    }

    static LocalDateTime at(String dateTime) {
        return LocalDateTime.parse(dateTime);
    }

    /** A hybrid meeting in Amsterdam on 2 April 2021, 10.00–12.00 (08:00–10:00 UTC), with a known join link. */
    static Event hybrid() {
        return Event.builder("hybrid-2021-04-02")
                .title(nl("Samenwerken als één overheid"))
                .description(nl("Een sessie over grensverkeer; met \"panel\", chat\nen camera."))
                .zone(ZoneId.of("Europe/Amsterdam"))
                .time(at("2021-04-02T10:00"), at("2021-04-02T12:00"))
                .hybrid(Venue.of(nl("Zaal 1"), PostalAddress.of("Lange Voorhout 1", "2514 EA", "Den Haag", "NL")),
                        new OnlineLocation(Optional.of("Zoom"),
                                Optional.of(JoinLink.known(URI.create("https://zoom.example/j/123?pwd=x"))),
                                Set.of(ConferenceFeature.AUDIO, ConferenceFeature.VIDEO, ConferenceFeature.CHAT)))
                .organiser(VB)
                .person(Person.of("peggy-hurkmans", "Peggy Hurkmans"),
                        Person.of("martijn-van-der-steen", "Martijn van der Steen").withEmail("steen@nsob.example"))
                .participation(Participation.of("peggy-hurkmans", RoleType.CHAIR))
                .programme(Programme.of(
                        ProgrammeItem.builder("opening", at("2021-04-02T10:00"), ItemKind.OPENING, nl("Aftrap"))
                                .build(),
                        ProgrammeItem.builder("panel", at("2021-04-02T10:45"), ItemKind.PANEL, nl("Paneldiscussie"))
                                .participation(Participation.of("peggy-hurkmans", RoleType.PANEL_LEADER),
                                        Participation.of("martijn-van-der-steen", RoleType.PANELLIST,
                                                Affiliation.of(nl("Adj-directeur"),
                                                        Organisation.of(nl("NSOB"))),
                                                Affiliation.of(nl("Hoogleraar"), Organisation.of(nl("EUR")))))
                                .child(ProgrammeItem.builder("vragen", at("2021-04-02T11:30"), ItemKind.QUESTIONS,
                                        nl("Vragen uit de chat")).build())
                                .build(),
                        ProgrammeItem.builder("afsluiting", at("2021-04-02T12:00"), ItemKind.CLOSING,
                                nl("Afsluiting")).build()))
                .registration(Registration.required(RegistrationChannel.web("https://www.bestuurskunde.nl/aanmelden"),
                        RegistrationChannel.email("info@bestuurskunde.nl")).build())
                .contact(Contact.desk(Contact.Role.INFORMATION, nl("Vereniging voor Bestuurskunde"),
                        "info@bestuurskunde.nl"))
                .link(Link.of(Link.Relation.INFORMATION, nl("Meer informatie"),
                        URI.create("https://www.bestuurskunde.nl/agenda")))
                .image(Image.of(nl("Een zaal vol mensen"), URI.create("https://www.bestuurskunde.nl/beeld.jpg")))
                .category(nl("bijeenkomst"), nl("bestuur, samenwerking"))
                .revision(Revision.of(3, Instant.parse("2021-03-20T08:30:00Z")))
                .build();
    }

    /** An event in {@code zone}, from {@code start} to {@code end} local time. */
    static Event in(String zone, String start, String end) {
        return in("event-" + zone.replace('/', '-').toLowerCase(), zone, start, end);
    }

    /** An event with {@code id} in {@code zone}, from {@code start} to {@code end} local time. */
    static Event in(String id, String zone, String start, String end) {
        return Event.builder(id)
                .title(nl("Lezing"))
                .zone(ZoneId.of(zone))
                .time(at(start), at(end))
                .online(OnlineLocation.of(JoinLink.toFollow()))
                .revision(Revision.of(0, Instant.parse("2021-01-01T00:00:00Z")))
                .build();
    }

    /** An all-day event on 2 and 3 April 2021. */
    static Event allDay() {
        return in("Europe/Amsterdam", "2021-04-02T10:00", "2021-04-02T12:00").toBuilder()
                .allDay(LocalDate.parse("2021-04-02"), LocalDate.parse("2021-04-03")).build();
    }
}

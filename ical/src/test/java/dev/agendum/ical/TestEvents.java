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

    /**
     * An event with every field of the model set, several of them in two languages: rescheduled, hybrid, with
     * nested programme items, a custom role, every kind of affiliation, registration channel and contact, a link
     * without an address and an image.
     */
    static Event complete() {
        Organisation nsob = new Organisation(nl("Nederlandse School voor Openbaar Bestuur"), Optional.of("NSOB"),
                Optional.of(URI.create("https://www.nsob.nl/")));
        return Event.builder("complete-2021-04-02")
                .language(java.util.Locale.forLanguageTag("nl"))
                .title(nl("Samenwerken als één overheid").with(java.util.Locale.ENGLISH, "Working as one government"))
                .description(nl("Een sessie over grensverkeer.\nMet \"panel\"; chat & camera, 100%.")
                        .with(java.util.Locale.ENGLISH, "A session on border traffic."))
                .zone(ZoneId.of("Europe/Amsterdam"))
                .time(at("2021-04-02T10:00"), at("2021-04-02T12:00"))
                .hybrid(new Venue(nl("Zaal 1"), Optional.of(new PostalAddress(Optional.of("Lange Voorhout 1"),
                                Optional.of("2514 EA"), "Den Haag", Optional.of("Zuid-Holland"), "NL"))),
                        new OnlineLocation(Optional.of("Zoom"),
                                Optional.of(JoinLink.known(URI.create("https://zoom.example/j/123?pwd=x&y=%41"))),
                                Set.of(ConferenceFeature.AUDIO, ConferenceFeature.VIDEO, ConferenceFeature.CHAT,
                                        ConferenceFeature.SCREEN)))
                .rescheduledFrom(at("2021-03-19T10:00"))
                .organiser(VB.withLink(URI.create("https://www.bestuurskunde.nl/")), nsob)
                .person(Person.of("ruben-maes", "Ruben Maes").withHonorific("dr.").withEmail("ruben@vb.example")
                                .withPhone("+31 6 25068171").withLink(URI.create("https://vb.example/ruben")),
                        Person.of("eva-kunseler", "Eva Kunseler"),
                        Person.of("mieke-berkers", "Mieke Berkers").withPhone("+31 70 3288700"))
                .participation(Participation.of("ruben-maes", RoleType.MODERATOR,
                                Affiliation.of(nl("voorzitter"), VB)),
                        Participation.of("eva-kunseler", dev.agendum.model.Role.custom(
                                nl("Tafeldame").with(java.util.Locale.ENGLISH, "Table companion"))))
                .programme(Programme.of(
                        ProgrammeItem.builder("welkom", at("2021-04-02T10:00"), ItemKind.WELCOME, nl("Welkom"))
                                .end(at("2021-04-02T10:05"))
                                .participation(Participation.of("ruben-maes", RoleType.MODERATOR))
                                .build(),
                        ProgrammeItem.builder("gesprek", at("2021-04-02T10:05"), ItemKind.OTHER, nl("Tafelgesprek"))
                                .kindLabel(nl("Tafelgesprek").with(java.util.Locale.ENGLISH, "Table talk"))
                                .description(nl("Aan tafel, met koffie & thee."))
                                .track("A").room("Zaal 2")
                                .participation(Participation.of("eva-kunseler", RoleType.INTERVIEWEE,
                                                Affiliation.at(Organisation.of(nl("Planbureau voor de Leefomgeving"),
                                                        "PBL")),
                                                Affiliation.position(nl("onderzoeker"))),
                                        Participation.of("ruben-maes", RoleType.INTERVIEWER))
                                .child(ProgrammeItem.builder("vragen", at("2021-04-02T11:30"), ItemKind.QUESTIONS,
                                        nl("Vragen")).build())
                                .build(),
                        ProgrammeItem.builder("afsluiting", at("2021-04-02T12:00"), ItemKind.CLOSING,
                                nl("Afsluiting")).build()))
                .registration(Registration.required(RegistrationChannel.web("https://www.bestuurskunde.nl/aanmelden")
                                        .withLabel(nl("Klik hier")),
                                RegistrationChannel.email("info@bestuurskunde.nl"),
                                RegistrationChannel.phone("+31 70 3288700"),
                                RegistrationChannel.inPerson(nl("aan de balie")),
                                RegistrationChannel.linkFollows(),
                                RegistrationChannel.webWithoutAddress(nl("aanmeldformulier")))
                        .opens(at("2021-03-01T09:00")).closes(at("2021-04-01T12:00"))
                        .capacity(dev.agendum.model.Capacity.withWaitingList(80, 20))
                        .fee(dev.agendum.model.Fee.of("12.50", "EUR"))
                        .audience(nl("leden; en introducés"))
                        .approvalRequired(true)
                        .note(nl("Aanmelden is verplicht.\nVol = vol."))
                        .build())
                .contact(Contact.person(Contact.Role.PRESS, "mieke-berkers"),
                        new Contact(Contact.Role.REGISTRATION, Optional.empty(), Optional.of(nl("Secretariaat")),
                                Optional.of("info@bestuurskunde.nl"), Optional.of("+31 70 3288700")))
                .link(Link.of(Link.Relation.INFORMATION, nl("Meer informatie"),
                                URI.create("https://www.bestuurskunde.nl/agenda")),
                        Link.withoutAddress(Link.Relation.RELATED, nl("Eerder spraken we twee van de onderzoekers")))
                .image(Image.of(nl("Een zaal vol mensen"), URI.create("https://www.bestuurskunde.nl/beeld.jpg")))
                .category(nl("bijeenkomst"), nl("bestuur, samenwerking").with(java.util.Locale.ENGLISH,
                        "governance, collaboration"))
                .revision(Revision.of(3, Instant.parse("2021-03-20T08:30:00Z")))
                .build();
    }

    /**
     * Returns {@code event} as a feed without personal details publishes it: the e-mail addresses and phone numbers
     * of {@code personIds} (people who are not contacts) left out.
     */
    static Event withoutDetailsOf(Event event, String... personIds) {
        java.util.Set<String> hidden = java.util.Set.of(personIds);
        java.util.List<Person> people = event.people().stream().map(p -> hidden.contains(p.id())
                ? new Person(p.id(), p.name(), p.honorific(), Optional.empty(), Optional.empty(), p.link()) : p)
                .toList();
        Event e = event;
        return new Event(e.id(), e.language(), e.title(), e.description(), e.zone(), e.start(), e.end(), e.allDay(),
                e.attendanceMode(), e.venue(), e.online(), e.status(), e.previousStart(), e.organisers(), people,
                e.participations(), e.programme(), e.registration(), e.contacts(), e.links(), e.image(),
                e.categories(), e.revision());
    }

    /** {@link #complete()} as a default feed publishes it: Ruben Maes, moderator but no contact, without details. */
    static Event completePublished() {
        return withoutDetailsOf(complete(), "ruben-maes");
    }

    /** {@link #hybrid()} as a default feed publishes it: the panellist's e-mail address left out. */
    static Event hybridPublished() {
        return withoutDetailsOf(hybrid(), "martijn-van-der-steen");
    }

    /** An all-day event on 2 and 3 April 2021. */
    static Event allDay() {
        return in("Europe/Amsterdam", "2021-04-02T10:00", "2021-04-02T12:00").toBuilder()
                .allDay(LocalDate.parse("2021-04-02"), LocalDate.parse("2021-04-03")).build();
    }
}

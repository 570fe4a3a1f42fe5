package dev.agendum.json;

import dev.agendum.model.Affiliation;
import dev.agendum.model.Capacity;
import dev.agendum.model.ConferenceFeature;
import dev.agendum.model.Contact;
import dev.agendum.model.Event;
import dev.agendum.model.EventStatus;
import dev.agendum.model.Fee;
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
import dev.agendum.model.Role;
import dev.agendum.model.RoleType;
import dev.agendum.model.Venue;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The events the json tests share: one with every field of the model set, an all-day one, and a minimal one. */
public final class TestEvents {

    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    public static final Locale DUTCH = Locale.forLanguageTag("nl");

    public static final Organisation VB = new Organisation(nl("Vereniging voor Bestuurskunde").with(Locale.ENGLISH,
            "Netherlands Association for Public Administration"), Optional.of("VB"),
            Optional.of(URI.create("https://www.bestuurskunde.nl/")));
    public static final Organisation NSOB = Organisation.of(nl("Nederlandse School voor Openbaar Bestuur"), "NSOB");
    public static final Organisation NIJMEGEN = Organisation.of(nl("Gemeente Nijmegen"));

    private TestEvents() {
    }

    public static LocalizedText nl(String text) {
        return LocalizedText.of(DUTCH, text);
    }

    public static LocalizedText nlEn(String dutch, String english) {
        return nl(dutch).with(Locale.ENGLISH, english);
    }

    public static LocalDateTime at(String time) {
        return LocalDateTime.parse("2021-03-26T" + time);
    }

    /** A hybrid, rescheduled seminar with every optional field of every type set. */
    public static Event everyField() {
        return Event.builder("seminar-2021-03-26")
                .language(DUTCH)
                .title(nlEn("Leren samenwerken aan opgaven", "Learning to cooperate"))
                .description(nlEn("Een middag over \"samenwerken\" — met één panel.\nTweede regel.",
                        "An afternoon on cooperation."))
                .zone(AMSTERDAM)
                .time(at("14:00"), at("17:30"))
                .hybrid(new Venue(nl("Pakhuis de Zwijger"), Optional.of(new PostalAddress(Optional.of("Piet Heinkade 179"),
                                Optional.of("1019 HC"), "Amsterdam", Optional.of("Noord-Holland"), "NL"))),
                        new OnlineLocation(Optional.of("Zoom"), Optional.of(JoinLink.known(
                                URI.create("https://zoom.example/j/123?pwd=secret"))),
                                Set.of(ConferenceFeature.VIDEO, ConferenceFeature.AUDIO, ConferenceFeature.CHAT)))
                .status(EventStatus.RESCHEDULED)
                .previousStart(Optional.of(LocalDateTime.parse("2021-01-15T14:00")))
                .organiser(VB, NSOB)
                .person(new Person("ruben-maes", "Ruben Maes", Optional.of("prof. dr."),
                                Optional.of("ruben@example.org"), Optional.of("+31 6 25068171"),
                                Optional.of(URI.create("https://example.org/ruben"))),
                        Person.of("anna-jansen", "Anna Jansen"))
                .participation(Participation.of("ruben-maes", RoleType.CHAIR,
                                Affiliation.of(nlEn("voorzitter", "chair"), VB)),
                        new Participation("anna-jansen", Role.custom(nlEn("Tafeldame", "Table companion")),
                                java.util.List.of(Affiliation.at(NSOB), Affiliation.position(nl("hoogleraar")))))
                .programme(Programme.of(
                        ProgrammeItem.builder("welcome", at("14:00"), ItemKind.WELCOME, nl("Welkom"))
                                .end(at("14:10"))
                                .participation(Participation.of("ruben-maes", RoleType.HOST))
                                .build(),
                        ProgrammeItem.builder("panel", at("14:10"), ItemKind.PANEL, nlEn("Paneldiscussie", "Panel"))
                                .end(at("16:00"))
                                .description(nl("Drie gemeenten aan het woord."))
                                .participation(Participation.of("anna-jansen", RoleType.PANEL_LEADER),
                                        Participation.of("ruben-maes", RoleType.PANELLIST,
                                                Affiliation.of(nl("gemeentesecretaris"), NIJMEGEN)))
                                .track("A").room("Zaal 1")
                                .child(ProgrammeItem.builder("panel-q", at("15:30"), ItemKind.QUESTIONS, nl("Vragen"))
                                        .build())
                                .build(),
                        ProgrammeItem.builder("quiz", at("16:00"), ItemKind.OTHER, nl("Pubquiz"))
                                .kindLabel(nlEn("Quiz", "Quiz")).build(),
                        ProgrammeItem.builder("closing", at("17:30"), ItemKind.CLOSING, nl("Afsluiting")).build()))
                .registration(Registration.required(
                                RegistrationChannel.web("https://example.org/aanmelden").withLabel(nl("Klik hier")),
                                RegistrationChannel.email("aanmelden@example.org"),
                                RegistrationChannel.phone("+31 20 1234567"),
                                RegistrationChannel.inPerson(nl("bij de balie")),
                                RegistrationChannel.linkFollows(),
                                RegistrationChannel.webWithoutAddress(nl("aanmeldformulier")))
                        .opens(LocalDateTime.parse("2021-02-01T09:00"))
                        .closes(LocalDateTime.parse("2021-03-25T12:00"))
                        .capacity(Capacity.withWaitingList(80, 20))
                        .fee(Fee.of("12.50", "EUR"))
                        .audience(nlEn("Leden en studenten", "Members and students"))
                        .approvalRequired(true)
                        .note(nl("Aanmelden is verplicht."))
                        .build())
                .contact(Contact.person(Contact.Role.PRESS, "ruben-maes"),
                        new Contact(Contact.Role.INFORMATION, Optional.empty(), Optional.of(nl("Secretariaat VB")),
                                Optional.of("info@example.org"), Optional.of("+31 70 1234567")))
                .link(Link.of(Link.Relation.INFORMATION, nl("Meer informatie"), URI.create("https://example.org/seminar")),
                        Link.withoutAddress(Link.Relation.RELATED, nl("Eerder spraken we twee van de onderzoekers")))
                .image(Image.of(nlEn("Drie bestuurders aan tafel", "Three administrators at a table"),
                        URI.create("https://example.org/seminar.jpg")))
                .category(nlEn("seminar", "seminar"), nl("bestuurskunde"))
                .revision(Revision.of(3, Instant.parse("2021-02-20T10:15:30Z")))
                .build();
    }

    /** An online event taking two whole days, postponed, in another language and zone. */
    public static Event allDay() {
        return Event.builder("summit-2021")
                .title(LocalizedText.of(Locale.ENGLISH, "Summit").with(DUTCH, "Top"))
                .zone(ZoneId.of("America/New_York"))
                .allDay(LocalDate.parse("2021-11-06"), LocalDate.parse("2021-11-07"))
                .online(new OnlineLocation(Optional.empty(), Optional.of(JoinLink.afterRegistration()), Set.of()))
                .status(EventStatus.POSTPONED)
                .previousStart(Optional.of(LocalDateTime.parse("2021-10-01T00:00")))
                .registration(Registration.optional(RegistrationChannel.web("https://example.org/summit"))
                        .capacity(Capacity.of(500)).fee(Fee.of("0", "USD")).build())
                .revision(Revision.of(0, Instant.parse("2021-06-01T00:00:00Z")))
                .build();
    }

    /** An event with only what is required. */
    public static Event minimal() {
        return Event.builder("minimal")
                .title(nl("Lezing"))
                .zone(AMSTERDAM)
                .time(at("20:00"), at("21:00"))
                .attendance(dev.agendum.model.AttendanceMode.IN_PERSON, Optional.empty(), Optional.empty())
                .revision(Revision.of(0, Instant.parse("2021-03-01T08:00:00Z")))
                .build();
    }
}

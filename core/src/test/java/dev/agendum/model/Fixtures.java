package dev.agendum.model;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;

/** Named test data: a small, valid online seminar in Amsterdam, and the pieces it is made of. */
public final class Fixtures {

    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    public static final Locale DUTCH = Locale.forLanguageTag("nl");
    public static final LocalDateTime START = LocalDateTime.parse("2021-01-15T14:00");
    public static final LocalDateTime END = LocalDateTime.parse("2021-01-15T15:00");
    public static final Instant PUBLISHED = Instant.parse("2020-12-15T09:00:00Z");
    public static final Organisation PBL = Organisation.of(LocalizedText.of("nl", "Planbureau voor de Leefomgeving"),
            "PBL");
    public static final Person MODERATOR = Person.of("ruben-maes", "Ruben Maes");
    public static final Person SPOKESPERSON = Person.of("mieke-berkers", "Mieke Berkers")
            .withEmail("mieke.berkers@pbl.nl").withPhone("+31 6 25068171");

    private Fixtures() {
    }

    public static LocalizedText nl(String text) {
        return LocalizedText.of(DUTCH, text);
    }

    public static LocalDateTime at(String time) {
        return LocalDateTime.parse("2021-01-15T" + time);
    }

    public static ProgrammeItem item(String id, String start, ItemKind kind) {
        return ProgrammeItem.builder(id, at(start), kind, nl(kind.label(DUTCH))).build();
    }

    /** A valid event: welcome, panel and a closing at the end, a moderator, a spokesperson and a registration. */
    public static Event.Builder seminar() {
        return Event.builder("seminar")
                .title(nl("Leren samenwerken aan opgaven"))
                .zone(AMSTERDAM)
                .time(START, END)
                .online(OnlineLocation.of(JoinLink.toFollow(), ConferenceFeature.CHAT))
                .organiser(PBL)
                .person(MODERATOR, SPOKESPERSON)
                .participation(Participation.of(MODERATOR.id(), RoleType.MODERATOR),
                        Participation.of(SPOKESPERSON.id(), RoleType.SPOKESPERSON,
                                Affiliation.of(nl("woordvoerder"), PBL)))
                .programme(Programme.of(
                        item("welkom", "14:00", ItemKind.WELCOME).toBuilder()
                                .participation(Participation.of(MODERATOR.id(), RoleType.MODERATOR)).build(),
                        item("panel", "14:15", ItemKind.PANEL),
                        item("afsluiting", "15:00", ItemKind.CLOSING)))
                .registration(Registration.required(RegistrationChannel.web("https://www.pbl.nl/aanmelden"))
                        .opens(LocalDateTime.parse("2021-01-01T09:00"))
                        .closes(LocalDateTime.parse("2021-01-15T12:00"))
                        .capacity(Capacity.withWaitingList(100, 20))
                        .build())
                .contact(Contact.person(Contact.Role.INFORMATION, SPOKESPERSON.id()))
                .link(Link.of(Link.Relation.INFORMATION, nl("Meer informatie"), URI.create("https://www.pbl.nl/")))
                .revision(Revision.of(0, PUBLISHED));
    }
}

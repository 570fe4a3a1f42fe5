package dev.agendum.ical;

import static dev.agendum.ical.FeedAssertions.unfold;
import static dev.agendum.ical.TestEvents.at;
import static dev.agendum.ical.TestEvents.nl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.agendum.model.Affiliation;
import dev.agendum.model.Contact;
import dev.agendum.model.Event;
import dev.agendum.model.ItemKind;
import dev.agendum.model.JoinLink;
import dev.agendum.model.OnlineLocation;
import dev.agendum.model.Organisation;
import dev.agendum.model.Participation;
import dev.agendum.model.Person;
import dev.agendum.model.Programme;
import dev.agendum.model.ProgrammeItem;
import dev.agendum.model.RoleType;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** What a feed publishes for calendar apps and for the people in it: items, organisers, UIDs and privacy. */
@DisplayName("Publishing a feed")
class PublishingTest {

    static final Organisation PBL = Organisation.of(nl("Planbureau voor de Leefomgeving"), "PBL");
    static final Organisation NSOB = Organisation.of(nl("Nederlandse School voor Openbaar Bestuur"), "NSOB");

    /**
     * A seminar as PBL and NSOB announced one: a spokesperson of PBL is the contact, with her own address and
     * phone; a moderator and a panellist have private addresses; someone listed takes no part at all.
     */
    static Event seminar() {
        return Event.builder("seminar-2021-01-15")
                .title(nl("Seminar"))
                .zone(ZoneId.of("Europe/Amsterdam"))
                .time(at("2021-01-15T14:00"), at("2021-01-15T15:00"))
                .online(OnlineLocation.of(JoinLink.afterRegistration()))
                .organiser(PBL, NSOB)
                .person(Person.of("ruben", "Ruben Maes").withEmail("ruben@private.example").withPhone("+31 6 11111111"),
                        Person.of("olga", "Olga van Kalles").withEmail("olga@private.example"),
                        Person.of("bystander", "Iemand Anders").withEmail("anders@private.example")
                                .withPhone("+31 6 22222222"),
                        Person.of("mieke", "Mieke Berkers").withEmail("mieke.berkers@pbl.example")
                                .withPhone("+31 6 25068171"))
                .participation(Participation.of("ruben", RoleType.MODERATOR),
                        Participation.of("mieke", RoleType.SPOKESPERSON, Affiliation.of(nl("woordvoerder"), PBL)))
                .programme(Programme.of(
                        ProgrammeItem.builder("welkom", at("2021-01-15T14:00"), ItemKind.WELCOME, nl("Welkom"))
                                .participation(Participation.of("ruben", RoleType.MODERATOR)).build(),
                        ProgrammeItem.builder("panel", at("2021-01-15T14:15"), ItemKind.PANEL, nl("Panel"))
                                .track("Beleid").room("Zaal 3")
                                .participation(Participation.of("olga", RoleType.PANELLIST),
                                        Participation.of("ruben", RoleType.MODERATOR)).build(),
                        ProgrammeItem.builder("afsluiting", at("2021-01-15T15:00"), ItemKind.CLOSING,
                                nl("Afsluiting")).build()))
                .contact(Contact.person(Contact.Role.INFORMATION, "mieke"))
                .revision(dev.agendum.model.Revision.of(0, Instant.parse("2020-12-15T09:00:00Z")))
                .build();
    }

    /** The unfolded VEVENT with {@code uid}, from BEGIN to END. */
    static String vevent(String feed, String uid) {
        Matcher m = Pattern.compile("BEGIN:VEVENT\r\nUID:" + Pattern.quote(uid) + "\r\n.*?END:VEVENT\r\n",
                Pattern.DOTALL).matcher(unfold(feed));
        assertThat(m.find()).as("VEVENT %s", uid).isTrue();
        return m.group();
    }

    @Nested
    @DisplayName("programme items")
    class Items {

        @Test
        @DisplayName("have LOCATION with their room first, CONFERENCE and URL as their event, and say room, track and join link in DESCRIPTION")
        void whereAndHow() {
            String feed = FeedWriter.builder().withItems(true).build().write(List.of(TestEvents.complete()));
            String item = vevent(feed, "gesprek.complete-2021-04-02@agendum.dev");
            assertThat(item).contains("\r\nLOCATION;LANGUAGE=nl:Zaal 2\\, Zaal 1\\, Lange Voorhout 1\\, 2514 EA Den "
                            + "Haag\\, Zuid-Holland\\, NL\\; Online (Zoom)\r\n",
                    "\r\nCONFERENCE;VALUE=URI;FEATURE=AUDIO,VIDEO,CHAT,SCREEN;LABEL=Zoom:"
                            + "https://zoom.example/j/123?pwd=x&y=%41\r\n",
                    "\r\nURL;VALUE=URI:https://www.bestuurskunde.nl/agenda\r\n",
                    "\\n\\nZaal: Zaal 2\\nTrack: A\\nOnline: https://zoom.example/j/123?pwd=x&y=%41\r\n");
            assertThat(vevent(feed, "welkom.complete-2021-04-02@agendum.dev"))
                    .contains("\r\nLOCATION;LANGUAGE=nl:Zaal 1\\, Lange Voorhout 1");
        }

        @Test
        @DisplayName("list their room and track in the event's own DESCRIPTION too")
        void inTheEventsDescription() {
            String event = vevent(FeedWriter.create().write(List.of(TestEvents.complete())),
                    "complete-2021-04-02@agendum.dev");
            assertThat(event).contains("\\n10.05–12.00 Tafelgesprek (Zaal 2\\, track A) — Eva Kunseler");
        }

        @Test
        @DisplayName("say the join link follows or comes on registering where it has no address, and never invent one")
        void joinLinkNotKnown() {
            String feed = FeedWriter.builder().withItems(true).build().write(List.of(seminar()));
            assertThat(vevent(feed, "panel.seminar-2021-01-15@agendum.dev"))
                    .contains("\\n\\nZaal: Zaal 3\\nTrack: Beleid\\nOnline: link na aanmelding\r\n",
                            "\r\nLOCATION;LANGUAGE=nl:Zaal 3\\; Online\r\n")
                    .doesNotContain("CONFERENCE");
        }
    }

    @Nested
    @DisplayName("ORGANIZER")
    class Organizer {

        @Test
        @DisplayName("is an organiser with the address of a contact named for it, never the first contact's whoever they are")
        void contactOfTheOrganiser() {
            String feed = unfold(FeedWriter.create().write(List.of(seminar())));
            assertThat(feed).contains("\r\nORGANIZER;CN=\"Planbureau voor de Leefomgeving\":mailto:"
                    + "mieke.berkers@pbl.example\r\n");
            assertThat(feed).contains("Organisatie: Planbureau voor de Leefomgeving (PBL)\\, Nederlandse School voor "
                    + "Openbaar Bestuur (NSOB)");
        }

        @Test
        @DisplayName("is absent when no address belongs to an organiser: a contact for another organisation is not theirs")
        void noAddressOfItsOwn() {
            Event event = seminar();
            Event other = new Event(event.id(), event.language(), event.title(), event.description(), event.zone(),
                    event.start(), event.end(), event.allDay(), event.attendanceMode(), event.venue(),
                    event.online(), event.status(), event.previousStart(), List.of(NSOB), event.people(),
                    event.participations(), event.programme(), event.registration(), event.contacts(),
                    event.links(), event.image(), event.categories(), event.revision());
            String feed = unfold(FeedWriter.create().write(List.of(other)));
            assertThat(feed).doesNotContain("ORGANIZER").contains("Organisatie: Nederlandse School voor Openbaar "
                    + "Bestuur (NSOB)");
        }

        @Test
        @DisplayName("takes a desk that bears an organiser's name, and never a press desk")
        void desks() {
            Event event = seminar().toBuilder()
                    .contact(Contact.desk(Contact.Role.PRESS, nl("Pers"), "pers@nsob.example"),
                            Contact.desk(Contact.Role.REGISTRATION, nl("NSOB"), "aanmelden@nsob.example"))
                    .build();
            assertThat(unfold(FeedWriter.create().write(List.of(event))))
                    .contains("\r\nORGANIZER;CN=\"Planbureau voor de Leefomgeving\":mailto:mieke.berkers@pbl.example\r\n");
            assertThat(PeopleMapper.address(event, NSOB)).contains("aanmelden@nsob.example");
            assertThat(PeopleMapper.address(event, PBL)).contains("mieke.berkers@pbl.example");
        }
    }

    @Nested
    @DisplayName("UIDs")
    class Uids {

        @Test
        @DisplayName("end in agendum.dev by default and in the publisher's domain when set, for events, items and participants")
        void domain() {
            FeedWriter mine = FeedWriter.builder().withItems(true).uidDomain("agenda.bestuurskunde.nl").build();
            String feed = unfold(mine.write(List.of(seminar())));
            assertThat(feed).contains("\r\nUID:seminar-2021-01-15@agenda.bestuurskunde.nl\r\n",
                            "\r\nUID:panel.seminar-2021-01-15@agenda.bestuurskunde.nl\r\n",
                            "\r\nRELATED-TO;RELTYPE=PARENT:seminar-2021-01-15@agenda.bestuurskunde.nl\r\n",
                            "\r\nUID:p0.seminar-2021-01-15@agenda.bestuurskunde.nl\r\n")
                    .doesNotContain("@agendum.dev");
            assertThat(mine.write(List.of(seminar()))).as("stable across runs").isEqualTo(mine.write(List.of(seminar())));
            assertThat(FeedWriter.create().write(List.of(seminar())))
                    .contains("\r\nUID:seminar-2021-01-15@" + FeedWriter.DEFAULT_UID_DOMAIN + "\r\n");
            assertThat(FeedReader.create().read(feed).events()).extracting(Event::id)
                    .containsExactly("seminar-2021-01-15");
        }

        @Test
        @DisplayName("refuse a domain that is no host name")
        void refused() {
            for (String bad : new String[] {"", "localhost", "a@b.example", "b.example\r\nX:y", "-a.example", "a..b"}) {
                assertThatIllegalArgumentException().as(bad).isThrownBy(() -> FeedWriter.builder().uidDomain(bad));
            }
        }
    }

    @Nested
    @DisplayName("privacy")
    class Privacy {

        private static final List<String> PRIVATE = List.of("ruben@private.example", "+31 6 11111111",
                "olga@private.example", "anders@private.example", "+31 6 22222222");

        @Test
        @DisplayName("publishes the contact's e-mail and phone, and no one else's, in every mode")
        void byDefault() {
            for (FeedWriter writer : List.of(FeedWriter.create(), FeedWriter.builder().withItems(true).build(),
                    FeedWriter.builder().lossless(false).build(),
                    FeedWriter.builder().select(FeedSelection.person("ruben")).build())) {
                String feed = unfold(writer.write(List.of(seminar())));
                for (String detail : PRIVATE) {
                    assertThat(feed).doesNotContain(detail);
                }
                assertThat(feed).contains("mieke.berkers@pbl.example").doesNotContain("CALENDAR-ADDRESS:mailto:ruben");
            }
        }

        @Test
        @DisplayName("publishes everyone's details only when asked to, and reads back whole then")
        void optIn() {
            FeedWriter open = FeedWriter.builder().publishPersonalDetails(true).build();
            String feed = unfold(open.write(List.of(seminar())));
            assertThat(feed).contains(PRIVATE.toArray(String[]::new))
                    .contains("CALENDAR-ADDRESS:mailto:ruben@private.example");
            assertThat(FeedReader.create().read(feed).events()).containsExactly(seminar());
        }

        @Test
        @DisplayName("reads back, losslessly, exactly what it published: the others without e-mail and phone")
        void losslessReadsWhatIsPublished() {
            assertThat(FeedReader.create().read(FeedWriter.create().write(List.of(seminar()))).events())
                    .containsExactly(TestEvents.withoutDetailsOf(seminar(), "ruben", "olga", "bystander"));
        }

        @Test
        @DisplayName("a person in the contact role is a contact: their details are public")
        void contactRole() {
            Event event = seminar().toBuilder().participation(Participation.of("olga", RoleType.CONTACT)).build();
            assertThat(Publication.publicContacts(event)).containsExactlyInAnyOrder("mieke", "olga");
        }
    }

    @Nested
    @DisplayName("personal and filtered feeds")
    class Selections {

        @Test
        @DisplayName("hold exactly the items where the person appears, with their event, the full feed's UIDs and a NAME saying whose")
        void person() {
            String full = unfold(FeedWriter.builder().withItems(true).build().write(List.of(seminar())));
            String olga = unfold(FeedWriter.builder().select(FeedSelection.person("olga")).build()
                    .write(List.of(seminar(), TestEvents.hybrid())));
            assertThat(uids(olga)).containsExactly("seminar-2021-01-15@agendum.dev",
                    "panel.seminar-2021-01-15@agendum.dev");
            assertThat(uids(full)).containsAll(uids(olga));
            assertThat(olga).contains("\r\nNAME:Agendum — Olga van Kalles\r\n", "\r\nX-WR-CALNAME:Agendum — Olga van "
                    + "Kalles\r\n");
            String ruben = unfold(FeedWriter.builder().select(FeedSelection.person("ruben")).build()
                    .write(List.of(seminar())));
            assertThat(uids(ruben)).containsExactly("seminar-2021-01-15@agendum.dev",
                    "welkom.seminar-2021-01-15@agendum.dev", "panel.seminar-2021-01-15@agendum.dev");
        }

        @Test
        @DisplayName("select by role, track and item ids, and leave out events with nothing selected")
        void roleTrackItems() {
            List<Event> events = List.of(seminar(), TestEvents.complete());
            assertThat(uids(FeedWriter.builder().select(FeedSelection.role(RoleType.PANELLIST)).build().write(events)))
                    .containsExactly("seminar-2021-01-15@agendum.dev", "panel.seminar-2021-01-15@agendum.dev");
            String track = unfold(FeedWriter.builder().select(FeedSelection.track("A")).build().write(events));
            assertThat(uids(track)).containsExactly("complete-2021-04-02@agendum.dev",
                    "gesprek.complete-2021-04-02@agendum.dev");
            assertThat(track).contains("\r\nNAME:Agendum — track A\r\n");
            assertThat(uids(FeedWriter.builder().select(FeedSelection.items(List.of("afsluiting"))).build()
                    .write(events))).containsExactly("seminar-2021-01-15@agendum.dev",
                    "afsluiting.seminar-2021-01-15@agendum.dev", "complete-2021-04-02@agendum.dev",
                    "afsluiting.complete-2021-04-02@agendum.dev");
        }

        @Test
        @DisplayName("read back as the whole event: the other items' people ride on the event's VEVENT")
        void readsBackWhole() {
            String feed = FeedWriter.builder().select(FeedSelection.person("olga")).publishPersonalDetails(true)
                    .build().write(List.of(seminar()));
            assertThat(FeedReader.create().read(feed).events()).containsExactly(seminar());
        }

        @Test
        @DisplayName("a selection that matches nothing gives an empty, valid calendar")
        void nothing() throws Exception {
            String feed = FeedWriter.builder().select(FeedSelection.person("nobody")).build()
                    .write(List.of(seminar()));
            assertThat(uids(feed)).isEmpty();
            assertThat(FeedWriterTest.parse(feed)).isNotNull();
        }
    }

    /** The UIDs of the VEVENTs of a feed, in order. */
    static List<String> uids(String feed) {
        Matcher m = Pattern.compile("BEGIN:VEVENT\r\nUID:([^\r]+)\r\n").matcher(unfold(feed));
        List<String> uids = new java.util.ArrayList<>();
        while (m.find()) {
            uids.add(m.group(1));
        }
        return uids;
    }
}

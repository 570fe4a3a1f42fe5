package dev.agendum.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.agendum.model.AttendanceMode;
import dev.agendum.model.ConferenceFeature;
import dev.agendum.model.Contact;
import dev.agendum.model.Event;
import dev.agendum.model.ItemKind;
import dev.agendum.model.JoinLink;
import dev.agendum.model.Link;
import dev.agendum.model.Participation;
import dev.agendum.model.Person;
import dev.agendum.model.ProgrammeItem;
import dev.agendum.model.RegistrationChannel;
import dev.agendum.model.RoleType;
import dev.agendum.model.ScheduledItem;
import dev.agendum.model.TimeSpan;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every detail the two announcements give, as modelled. */
@DisplayName("The announcements")
class AnnouncementsTest {

    private static final Locale NL = Locale.forLanguageTag("nl");

    private static String nl(dev.agendum.model.LocalizedText text) {
        return text.get(NL);
    }

    /** "name: role (affiliation; affiliation)" for each participation, readable in a failure. */
    private static List<String> participations(List<Participation> participations) {
        return participations.stream().map(p -> p.personId() + ": " + p.role().type().code()
                + p.affiliations().stream().map(a -> a.describe(NL)).reduce((a, b) -> a + "; " + b)
                .map(s -> " (" + s + ")").orElse("")).toList();
    }

    private static ProgrammeItem item(Event event, String id) {
        return event.programme().find(id).orElseThrow();
    }

    private static TimeSpan span(Event event, String id) {
        return event.schedule().find(id).map(ScheduledItem::span).orElseThrow();
    }

    private static TimeSpan at(String start, String end) {
        return TimeSpan.of(LocalDateTime.parse(start), LocalDateTime.parse(end));
    }

    @Nested
    @DisplayName("PBL/NSOB-seminar: leren samenwerken aan opgaven")
    class Seminar {

        private final Event event = Announcements.lerenSamenwerkenAanOpgaven();

        @Test
        @DisplayName("has its title, language and the three paragraphs of its description")
        void text() {
            assertThat(nl(event.title())).isEqualTo("PBL/NSOB-seminar: leren samenwerken aan opgaven");
            assertThat(event.language()).isEqualTo(NL);
            assertThat(nl(event.description().orElseThrow()).split("\n\n")).hasSize(3).satisfies(p -> {
                assertThat(p[0]).startsWith("Hoe leer je om beter opgavegericht te werken?")
                        .endsWith("Op 15 januari organiseren ze samen een online seminar over dit essay.");
                assertThat(p[1]).startsWith("Opgavegericht werken in netwerken is hard nodig")
                        .endsWith("Daarover gaat dit seminar Leren samen werken aan opgaven.");
                assertThat(p[2]).contains("interbestuurlijke programma’s is georganiseerd")
                        .endsWith("opgavegericht samenwerken verder te professionaliseren.");
            });
            assertThat(event.categories()).extracting(AnnouncementsTest::nl).containsExactly("seminar");
        }

        @Test
        @DisplayName("runs online on 15 January 2021 from 14.00 to 15.00 in Amsterdam, the link to follow")
        void time() {
            assertThat(event.zone()).hasToString("Europe/Amsterdam");
            assertThat(event.startAt().toInstant()).isEqualTo(Instant.parse("2021-01-15T13:00:00Z"));
            assertThat(event.endAt().toInstant()).isEqualTo(Instant.parse("2021-01-15T14:00:00Z"));
            assertThat(event.attendanceMode()).isEqualTo(AttendanceMode.ONLINE);
            assertThat(event.online().orElseThrow().joinLink()).contains(JoinLink.toFollow());
            assertThat(event.online().orElseThrow().features()).containsExactly(ConferenceFeature.CHAT);
            assertThat(event.venue()).isEmpty();
        }

        @Test
        @DisplayName("has its programme: welcome, interview, panel and a closing at 15.00 as a point in time")
        void programme() {
            assertThat(event.programme().items()).extracting(ProgrammeItem::id, ProgrammeItem::kind, i -> nl(i.title()))
                    .containsExactly(tuple("welkom", ItemKind.WELCOME, "Welkom"),
                            tuple("interview", ItemKind.INTERVIEW,
                                    "Interview met auteurs over de conclusies van het onderzoek"),
                            tuple("paneldiscussie", ItemKind.PANEL, "Paneldiscussie"),
                            tuple("afsluiting", ItemKind.CLOSING, "Afsluiting"));
            assertThat(span(event, "welkom")).isEqualTo(at("2021-01-15T14:00", "2021-01-15T14:05"));
            assertThat(span(event, "interview")).isEqualTo(at("2021-01-15T14:05", "2021-01-15T14:15"));
            assertThat(span(event, "paneldiscussie")).isEqualTo(at("2021-01-15T14:15", "2021-01-15T15:00"));
            assertThat(span(event, "afsluiting").isPoint()).isTrue();
            assertThat(item(event, "paneldiscussie").description()).map(AnnouncementsTest::nl)
                    .contains("Aan de hand van diverse stellingen via de chat.");
            assertThat(event.schedule().gaps()).isEmpty();
        }

        @Test
        @DisplayName("has every person in each role with the affiliation announced")
        void people() {
            assertThat(event.people()).extracting(Person::name).containsExactly("Ruben Maes", "Eva Kunseler",
                    "Martin Schulz", "Olga van Kalles", "Frank Reniers", "Marc Hameleers", "Martijn van der Steen",
                    "Mieke Berkers");
            assertThat(participations(event.participations())).containsExactly("ruben-maes: moderator",
                    "eva-kunseler: author (PBL)", "martin-schulz: author (NSOB)",
                    "mieke-berkers: spokesperson (woordvoerder, PBL)");
            assertThat(participations(item(event, "welkom").participations())).containsExactly("ruben-maes: moderator");
            assertThat(participations(item(event, "interview").participations())).containsExactly(
                    "eva-kunseler: interviewee (PBL)", "martin-schulz: interviewee (NSOB)");
            assertThat(participations(item(event, "paneldiscussie").participations())).containsExactly(
                    "olga-van-kalles: panellist (Programmamanager IBP Vitaal Platteland)",
                    "frank-reniers: panellist (Programmamanager Agenda Stad, BZK)",
                    "marc-hameleers: panellist (Programmamanager Regio Portefeuille, LNV)",
                    "martijn-van-der-steen: panellist (NSOB)");
            assertThat(participations(item(event, "afsluiting").participations())).containsExactly(
                    "ruben-maes: moderator");
            assertThat(event.appearancesOf("ruben-maes")).hasSize(3);
            assertThat(event.appearancesAs(RoleType.PANELLIST)).hasSize(4);
        }

        @Test
        @DisplayName("has its organisers, the spokesperson as contact, registration by a link without address")
        void organisersContactsRegistration() {
            assertThat(event.organisers()).extracting(o -> o.abbreviation().orElseThrow(), o -> nl(o.name()))
                    .containsExactly(tuple("PBL", "Planbureau voor de Leefomgeving"),
                            tuple("NSOB", "Nederlandse School voor Openbaar Bestuur"));
            Person mieke = event.person("mieke-berkers").orElseThrow();
            assertThat(mieke.email()).contains("mieke.berkers@pbl.nl");
            assertThat(mieke.phone()).contains("+31 6 25068171");
            assertThat(event.contacts()).containsExactly(Contact.person(Contact.Role.INFORMATION, "mieke-berkers"));
            var registration = event.registration().orElseThrow();
            assertThat(registration.required()).isTrue();
            assertThat(registration.channels()).singleElement().satisfies(c -> {
                assertThat(c.type()).isEqualTo(RegistrationChannel.Type.WEB);
                assertThat(c.address()).isEmpty();
                assertThat(c.label()).map(AnnouncementsTest::nl).contains("aanmelden via deze link");
            });
            assertThat(registration.note()).map(AnnouncementsTest::nl).contains("U kunt zich aanmelden via deze link.");
            assertThat(registration.capacity()).isEmpty();
            assertThat(registration.fee()).isEmpty();
        }

        @Test
        @DisplayName("keeps the image's description and the link to the earlier interview")
        void imageAndLink() {
            assertThat(event.image().orElseThrow().description()).extracting(AnnouncementsTest::nl).asString()
                    .startsWith("In de afbeelding staan de woorden 'Leren institutionaliseren'.")
                    .endsWith("zoals omschreven in het woordenboek.");
            assertThat(event.links()).singleElement().satisfies(l -> {
                assertThat(l.relation()).isEqualTo(Link.Relation.RELATED);
                assertThat(nl(l.title())).isEqualTo("Voorproefje? Eerder spraken we twee van de onderzoekers over "
                        + "hun belangrijkste bevindingen.");
                assertThat(l.url()).isEmpty();
            });
        }
    }

    @Nested
    @DisplayName("Samenwerken als één overheid")
    class Meeting {

        private final Event event = Announcements.samenwerkenAlsEenOverheid();

        @Test
        @DisplayName("has its title and the four paragraphs of its description")
        void text() {
            assertThat(nl(event.title()))
                    .isEqualTo("Samenwerken als één overheid, wat betekent dit voor de publieke manager?");
            assertThat(nl(event.description().orElseThrow()).split("\n\n")).hasSize(4).satisfies(p -> {
                assertThat(p[0]).startsWith("Samenwerken als één overheid, vanuit de maatschappelijke opgave.");
                assertThat(p[1]).contains("'Grenzeloos Samenwerken'");
                assertThat(p[2]).startsWith("In deze sessie zoomen we");
                assertThat(p[3]).startsWith("Noodgedwongen voeren we ons gesprek online.")
                        .endsWith("deelnemen aan het gesprek.");
            });
            assertThat(event.categories()).extracting(AnnouncementsTest::nl).containsExactly("bijeenkomst");
        }

        @Test
        @DisplayName("runs online on Friday 2 April 2021 from 10.00 to 12.00, with chat and camera")
        void time() {
            assertThat(event.start().getDayOfWeek()).isEqualTo(java.time.DayOfWeek.FRIDAY);
            assertThat(event.startAt().toInstant()).isEqualTo(Instant.parse("2021-04-02T08:00:00Z"));
            assertThat(event.endAt().toInstant()).isEqualTo(Instant.parse("2021-04-02T10:00:00Z"));
            assertThat(event.online().orElseThrow().features())
                    .containsExactly(ConferenceFeature.VIDEO, ConferenceFeature.CHAT);
            assertThat(event.online().orElseThrow().joinLink()).isEmpty();
        }

        @Test
        @DisplayName("has its programme with times, kinds, titles and descriptions")
        void programme() {
            assertThat(event.schedule().allItems()).extracting(s -> s.item().id(), s -> s.item().kind(),
                    s -> s.span().start().toLocalTime().toString(), s -> s.span().end().toLocalTime().toString())
                    .containsExactly(tuple("aftrap", ItemKind.OPENING, "10:00", "10:05"),
                            tuple("inleiding-van-der-steen", ItemKind.INTRODUCTION, "10:05", "10:25"),
                            tuple("inleiding-van-hout", ItemKind.INTRODUCTION, "10:25", "10:45"),
                            tuple("paneldiscussie", ItemKind.PANEL, "10:45", "12:00"),
                            tuple("afsluiting", ItemKind.CLOSING, "12:00", "12:00"));
            assertThat(item(event, "inleiding-van-der-steen").description()).map(AnnouncementsTest::nl)
                    .contains("Martijn neemt ons mee in de resultaten die diverse recente onderzoeken van onder "
                            + "andere de NSOB hebben opgeleverd.");
            assertThat(item(event, "inleiding-van-hout").description()).map(AnnouncementsTest::nl)
                    .contains("Arne is een van de trekkers voor de 'Werkagenda voor de uitvoering' en deelt zijn "
                            + "ervaringen met ons.");
            assertThat(item(event, "paneldiscussie").description()).map(AnnouncementsTest::nl)
                    .contains("In de chat kunnen overige deelnemers mee discussiëren en vragen stellen.");
        }

        @Test
        @DisplayName("has every speaker, the panel leader and six panellists with their affiliations")
        void people() {
            assertThat(participations(item(event, "aftrap").participations()))
                    .containsExactly("mirko-noordegraaf: speaker (voorzitter, VB)");
            assertThat(participations(item(event, "inleiding-van-der-steen").participations()))
                    .containsExactly("martijn-van-der-steen: speaker (NSOB)");
            assertThat(participations(item(event, "inleiding-van-hout").participations()))
                    .containsExactly("arne-van-hout: speaker (gemeentesecretaris, Gemeente Nijmegen)");
            assertThat(participations(item(event, "paneldiscussie").participations())).containsExactly(
                    "peggy-hurkmans: panel-leader (gemeentesecretaris, Gemeente Bernheze)",
                    "pim-van-vliet: panellist (voorzitter, VGS)",
                    "loes-mulder: panellist (SG, SZW)",
                    "liesbeth-spies: panellist (Burgemeester, Gemeente Alphen aan den Rijn)",
                    "nathan-ducastel: panellist (Directeur Informatie Samenleving, VNG)",
                    "arne-van-hout: panellist (Gemeentesecretaris, Gemeente Nijmegen)",
                    "martijn-van-der-steen: panellist (Adj-directeur, NSOB; Hoogleraar, EUR)");
            assertThat(event.people()).hasSize(8);
        }

        @Test
        @DisplayName("lets one person hold several roles: Arne van Hout and Martijn van der Steen speak and sit on the panel")
        void severalRoles() {
            assertThat(event.appearancesOf("arne-van-hout")).extracting(a -> a.participation().role().type())
                    .containsExactly(RoleType.SPEAKER, RoleType.PANELLIST);
            assertThat(event.appearancesOf("martijn-van-der-steen")).extracting(a -> a.participation().role().type())
                    .containsExactly(RoleType.SPEAKER, RoleType.PANELLIST);
            assertThat(Role.label(event, "peggy-hurkmans")).isEqualTo("Gespreksleider panel");
        }

        @Test
        @DisplayName("is organised by the VB, whose mailbox is the contact and a registration channel")
        void organiserContactRegistration() {
            assertThat(event.organisers()).singleElement().satisfies(o -> {
                assertThat(o.abbreviation()).contains("VB");
                assertThat(nl(o.name())).isEqualTo("Vereniging voor Bestuurskunde");
            });
            assertThat(event.contacts()).singleElement().satisfies(c -> {
                assertThat(c.role()).isEqualTo(Contact.Role.INFORMATION);
                assertThat(c.email()).contains("info@bestuurskunde.nl");
            });
            var registration = event.registration().orElseThrow();
            assertThat(registration.channels()).extracting(RegistrationChannel::type, c -> c.address().orElse(""),
                    c -> nl(c.label().orElseThrow())).containsExactly(
                    tuple(RegistrationChannel.Type.WEB, "", "Klik hier"),
                    tuple(RegistrationChannel.Type.EMAIL, "info@bestuurskunde.nl", "mail voor meer informatie"));
            assertThat(registration.audience()).map(AnnouncementsTest::nl).hasValueSatisfying(a ->
                    assertThat(a).contains("lagen en delen van het openbaar bestuur"));
        }
    }

    @Test
    @DisplayName("share Martijn van der Steen, as one person with different affiliations per event")
    void sharedPerson() {
        Person seminar = Announcements.lerenSamenwerkenAanOpgaven().person("martijn-van-der-steen").orElseThrow();
        Person meeting = Announcements.samenwerkenAlsEenOverheid().person("martijn-van-der-steen").orElseThrow();
        assertThat(seminar).isEqualTo(meeting);
        assertThat(Announcements.all()).extracting(Event::id).containsExactly("pbl-nsob-seminar-2021-01-15",
                "vb-samenwerken-als-een-overheid-2021-04-02");
    }

    /** The Dutch label of the first role a person plays. */
    private static final class Role {
        static String label(Event event, String personId) {
            return event.appearancesOf(personId).get(0).participation().role().label(NL);
        }
    }

}

package dev.agendum.examples;

import static java.util.stream.Collectors.joining;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.agendum.model.Affiliation;
import dev.agendum.model.Appearance;
import dev.agendum.model.AttendanceMode;
import dev.agendum.model.ConferenceFeature;
import dev.agendum.model.Contact;
import dev.agendum.model.Event;
import dev.agendum.model.EventStatus;
import dev.agendum.model.ItemKind;
import dev.agendum.model.JoinLink;
import dev.agendum.model.Link;
import dev.agendum.model.LocalizedText;
import dev.agendum.model.OnlineLocation;
import dev.agendum.model.Organisation;
import dev.agendum.model.Participation;
import dev.agendum.model.Person;
import dev.agendum.model.ProgrammeItem;
import dev.agendum.model.Registration;
import dev.agendum.model.RegistrationChannel;
import dev.agendum.model.RoleType;
import dev.agendum.model.ScheduledItem;
import dev.agendum.validation.EventValidator;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every detail the two announcements in {@code shared/announcements/} give, as modelled by {@link Announcements}.
 *
 * <p>Expected values are written out here from the announcement texts, not taken from the model, so that a change
 * to a single word, time, role or affiliation fails a test. Structured values are compared through the one-line
 * descriptions below ({@code "eva-kunseler AUTHOR [- @ Planbureau voor de Leefomgeving (PBL)]"}), which show every
 * part of a value and read well in a failure.
 */
@DisplayName("The bundled announcements")
class AnnouncementsTest {

    private static final Locale NL = Locale.forLanguageTag("nl");
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final String NONE = "-";

    private static final String SEMINAR_ID = "pbl-nsob-seminar-2021-01-15";
    private static final String MEETING_ID = "vb-samenwerken-als-een-overheid-2021-04-02";

    private static final String PBL = "Planbureau voor de Leefomgeving (PBL)";
    private static final String NSOB = "Nederlandse School voor Openbaar Bestuur (NSOB)";
    private static final String VB = "Vereniging voor Bestuurskunde (VB) <https://www.bestuurskunde.nl>";

    /** Returns the text, checking that it is Dutch only: both announcements are in Dutch and nothing else. */
    private static String dutch(LocalizedText text) {
        assertThat(text.defaultLanguage()).as("default language of '%s'", text.text()).isEqualTo(NL);
        assertThat(text.values().keySet()).as("languages of '%s'", text.text()).containsExactly(NL);
        return text.text();
    }

    /** The Dutch text, or {@value #NONE} when absent. */
    private static String dutch(Optional<LocalizedText> text) {
        return text.map(AnnouncementsTest::dutch).orElse(NONE);
    }

    private static String orNone(Optional<?> value) {
        return value.map(String::valueOf).orElse(NONE);
    }

    /** "Name (ABBR) &lt;link&gt;": every part of an organisation. */
    private static String describe(Organisation organisation) {
        return dutch(organisation.name()) + organisation.abbreviation().map(a -> " (" + a + ")").orElse("")
                + organisation.link().map(l -> " <" + l + ">").orElse("");
    }

    /** "position @ organisation", with {@value #NONE} for the part not announced. */
    private static String describe(Affiliation affiliation) {
        return dutch(affiliation.position()) + " @ "
                + affiliation.organisation().map(AnnouncementsTest::describe).orElse(NONE);
    }

    /** "person-id ROLE [affiliation; affiliation]": every part of a participation. */
    private static String describe(Participation participation) {
        assertThat(participation.role().customLabel()).as("custom label of %s", participation).isEmpty();
        return participation.personId() + " " + participation.role().type() + " ["
                + participation.affiliations().stream().map(AnnouncementsTest::describe).collect(joining("; "))
                + "]";
    }

    private static List<String> describe(List<Participation> participations) {
        return participations.stream().map(AnnouncementsTest::describe).toList();
    }

    /** "id | name | honorific | e-mail | phone | link": every part of a person. */
    private static String describe(Person person) {
        return String.join(" | ", person.id(), person.name(), orNone(person.honorific()), orNone(person.email()),
                orNone(person.phone()), orNone(person.link()));
    }

    /** "item-id: participation", or "event: participation" for one on the whole event. */
    private static String describe(Appearance appearance) {
        return appearance.item().map(ProgrammeItem::id).orElse("event") + ": "
                + describe(appearance.participation());
    }

    private static List<String> describeAppearances(List<Appearance> appearances) {
        return appearances.stream().map(AnnouncementsTest::describe).toList();
    }

    /** "TYPE | address | label": every part of a registration channel. */
    private static String describe(RegistrationChannel channel) {
        return String.join(" | ", channel.type().name(), orNone(channel.address()), dutch(channel.label()));
    }

    /** The description's paragraphs, which are separated by one blank line. */
    private static List<String> paragraphs(Event event) {
        return Arrays.asList(dutch(event.description().orElseThrow()).split("\n\n", -1));
    }

    private static ProgrammeItem item(Event event, String id) {
        return event.programme().find(id).orElseThrow();
    }

    private static LocalDateTime at(String localDateTime) {
        return LocalDateTime.parse(localDateTime);
    }

    @Nested
    @DisplayName("PBL/NSOB-seminar: leren samenwerken aan opgaven")
    class Seminar {

        private final Event event = Announcements.lerenSamenwerkenAanOpgaven();

        @Test
        @DisplayName("is identified by its slug, scheduled, at revision 0 assumed published on 15 December 2020")
        void identity() {
            assertThat(event.id()).isEqualTo(SEMINAR_ID);
            assertThat(event.status()).isEqualTo(EventStatus.SCHEDULED);
            assertThat(event.previousStart()).isEmpty();
            assertThat(event.revision().number()).isZero();
            assertThat(event.revision().published()).isEqualTo(Instant.parse("2020-12-15T09:00:00Z"));
            assertThat(event.revision().published()).isBefore(event.startAt().toInstant());
        }

        @Test
        @DisplayName("is in Dutch, titled as announced and categorised as a seminar")
        void titleAndCategory() {
            assertThat(event.language()).isEqualTo(NL);
            assertThat(dutch(event.title())).isEqualTo("PBL/NSOB-seminar: leren samenwerken aan opgaven");
            assertThat(event.categories()).extracting(AnnouncementsTest::dutch).containsExactly("seminar");
        }

        @Test
        @DisplayName("is described by the announcement's three body paragraphs, word for word")
        void description() {
            assertThat(paragraphs(event)).containsExactly(
                    "Hoe leer je om beter opgavegericht te werken? Daarover schreef het Planbureau voor de "
                            + "Leefomgeving (PBL) vorige maand een essay, samen met de Nederlandse School voor "
                            + "Openbaar Bestuur (NSOB). Op 15 januari organiseren ze samen een online seminar over "
                            + "dit essay.",
                    "Opgavegericht werken in netwerken is hard nodig en inmiddels een geaccepteerde, normale "
                            + "manier van werken geworden. Hoe zorg je dat je niet alleen voortgang boekt in je "
                            + "opgave, maar als overheden ook in het algemeen beter wordt in opgavegericht werken? "
                            + "Daarover gaat dit seminar Leren samen werken aan opgaven.",
                    "Hierbij gaat het over hoe leren in deal-aanpakken en andere interbestuurlijke programma’s is "
                            + "georganiseerd. Wat levert leren op, hoe maak je dat tastbaar? Waar botst een lerende "
                            + "sturing met de huidige instrumenten en kaders voor interbestuurlijk en "
                            + "gebiedsgericht werken? Aan het verantwoorden wordt in de politiek-bestuurlijke "
                            + "context vaak meer betekenis gegeven dan aan de opbrengsten van het leren. In het "
                            + "seminar worden de mogelijkheden verkend om opgavegericht samenwerken verder te "
                            + "professionaliseren.");
        }

        @Test
        @DisplayName("runs on 15 January 2021 from 14.00 to 15.00 in Amsterdam, which is 13.00 to 14.00 UTC")
        void time() {
            assertThat(event.zone()).isEqualTo(AMSTERDAM);
            assertThat(event.start()).isEqualTo(at("2021-01-15T14:00"));
            assertThat(event.end()).isEqualTo(at("2021-01-15T15:00"));
            assertThat(event.allDay()).isFalse();
            assertThat(event.startAt().toInstant()).isEqualTo(Instant.parse("2021-01-15T13:00:00Z"));
            assertThat(event.endAt().toInstant()).isEqualTo(Instant.parse("2021-01-15T14:00:00Z"));
            assertThat(event.span().duration()).isEqualTo(Duration.ofHours(1));
        }

        @Test
        @DisplayName("takes place online with chat, the join link to follow (\"link volgt\")")
        void attendance() {
            assertThat(event.attendanceMode()).isEqualTo(AttendanceMode.ONLINE);
            assertThat(event.venue()).isEmpty();
            OnlineLocation online = event.online().orElseThrow();
            assertThat(online.joinLink()).contains(JoinLink.toFollow());
            assertThat(online.joinLink().orElseThrow().status()).isEqualTo(JoinLink.Status.TO_FOLLOW);
            assertThat(online.joinLink().orElseThrow().url()).isEmpty();
            assertThat(online.features()).containsExactly(ConferenceFeature.CHAT);
            assertThat(online.platform()).isEmpty();
        }

        @Test
        @DisplayName("announces four items by start only, each with its kind, title and description")
        void programmeItems() {
            assertThat(event.programme().items()).extracting(ProgrammeItem::id, ProgrammeItem::start,
                            ProgrammeItem::end, ProgrammeItem::kind, i -> dutch(i.title()), i -> dutch(i.description()))
                    .containsExactly(
                            tuple("welkom", at("2021-01-15T14:00"), Optional.empty(), ItemKind.WELCOME,
                                    "Welkom", NONE),
                            tuple("interview", at("2021-01-15T14:05"), Optional.empty(), ItemKind.INTERVIEW,
                                    "Interview met auteurs over de conclusies van het onderzoek", NONE),
                            tuple("paneldiscussie", at("2021-01-15T14:15"), Optional.empty(), ItemKind.PANEL,
                                    "Paneldiscussie", "Aan de hand van diverse stellingen via de chat."),
                            tuple("afsluiting", at("2021-01-15T15:00"), Optional.empty(), ItemKind.CLOSING,
                                    "Afsluiting", NONE));
            assertThat(event.programme().allItems()).allSatisfy(i -> {
                assertThat(i.children()).isEmpty();
                assertThat(i.track()).isEmpty();
                assertThat(i.room()).isEmpty();
                assertThat(i.kindLabel()).isEmpty();
            });
        }

        @Test
        @DisplayName("derives each item's end from the next start; the closing is a point in time at 15.00")
        void schedule() {
            assertThat(event.schedule().allItems()).extracting(s -> s.item().id(), s -> s.span().start(),
                            s -> s.span().end(), ScheduledItem::endDerived, ScheduledItem::duration)
                    .containsExactly(
                            tuple("welkom", at("2021-01-15T14:00"), at("2021-01-15T14:05"), true,
                                    Duration.ofMinutes(5)),
                            tuple("interview", at("2021-01-15T14:05"), at("2021-01-15T14:15"), true,
                                    Duration.ofMinutes(10)),
                            tuple("paneldiscussie", at("2021-01-15T14:15"), at("2021-01-15T15:00"), true,
                                    Duration.ofMinutes(45)),
                            tuple("afsluiting", at("2021-01-15T15:00"), at("2021-01-15T15:00"), true,
                                    Duration.ZERO));
            assertThat(event.schedule().find("afsluiting").orElseThrow().span().isPoint()).isTrue();
            assertThat(event.schedule().gaps()).isEmpty();
            assertThat(event.schedule().overlaps()).isEmpty();
        }

        @Test
        @DisplayName("names eight people once each; only the spokesperson has an e-mail address and a phone number")
        void people() {
            assertThat(event.people()).extracting(AnnouncementsTest::describe).containsExactly(
                    "ruben-maes | Ruben Maes | - | - | - | -",
                    "eva-kunseler | Eva Kunseler | - | - | - | -",
                    "martin-schulz | Martin Schulz | - | - | - | -",
                    "olga-van-kalles | Olga van Kalles | - | - | - | -",
                    "frank-reniers | Frank Reniers | - | - | - | -",
                    "marc-hameleers | Marc Hameleers | - | - | - | -",
                    "martijn-van-der-steen | Martijn van der Steen | - | - | - | -",
                    // Announced as "06 25068171": the model keeps the international form.
                    "mieke-berkers | Mieke Berkers | - | mieke.berkers@pbl.nl | +31 6 25068171 | -");
        }

        @Test
        @DisplayName("has the moderator, both essay authors and the spokesperson on the event as a whole")
        void eventParticipations() {
            assertThat(describe(event.participations())).containsExactly(
                    "ruben-maes MODERATOR []",
                    "eva-kunseler AUTHOR [- @ " + PBL + "]",
                    "martin-schulz AUTHOR [- @ " + NSOB + "]",
                    "mieke-berkers SPOKESPERSON [woordvoerder @ " + PBL + "]");
        }

        @Test
        @DisplayName("has each item's people in announced order, with the role and affiliation announced")
        void itemParticipations() {
            assertThat(describe(item(event, "welkom").participations()))
                    .containsExactly("ruben-maes MODERATOR []");
            assertThat(describe(item(event, "interview").participations())).containsExactly(
                    "eva-kunseler INTERVIEWEE [- @ " + PBL + "]",
                    "martin-schulz INTERVIEWEE [- @ " + NSOB + "]");
            assertThat(describe(item(event, "paneldiscussie").participations())).containsExactly(
                    "olga-van-kalles PANELLIST [Programmamanager IBP Vitaal Platteland @ -]",
                    "frank-reniers PANELLIST [Programmamanager Agenda Stad @ "
                            + "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties (BZK)]",
                    "marc-hameleers PANELLIST [Programmamanager Regio Portefeuille @ "
                            + "Ministerie van Landbouw, Natuur en Voedselkwaliteit (LNV)]",
                    "martijn-van-der-steen PANELLIST [- @ " + NSOB + "]");
            assertThat(describe(item(event, "afsluiting").participations()))
                    .containsExactly("ruben-maes MODERATOR []");
        }

        @Test
        @DisplayName("answers who appears where: by person and by role, the event first and then item by item")
        void appearances() {
            assertThat(event.appearances()).hasSize(12);
            assertThat(describeAppearances(event.appearancesOf("ruben-maes"))).containsExactly(
                    "event: ruben-maes MODERATOR []",
                    "welkom: ruben-maes MODERATOR []",
                    "afsluiting: ruben-maes MODERATOR []");
            assertThat(describeAppearances(event.appearancesOf("eva-kunseler"))).containsExactly(
                    "event: eva-kunseler AUTHOR [- @ " + PBL + "]",
                    "interview: eva-kunseler INTERVIEWEE [- @ " + PBL + "]");
            assertThat(describeAppearances(event.appearancesOf("mieke-berkers")))
                    .containsExactly("event: mieke-berkers SPOKESPERSON [woordvoerder @ " + PBL + "]");
            assertThat(event.appearancesAs(RoleType.PANELLIST))
                    .extracting(a -> a.item().orElseThrow().id(), a -> a.participation().personId())
                    .containsExactly(tuple("paneldiscussie", "olga-van-kalles"),
                            tuple("paneldiscussie", "frank-reniers"), tuple("paneldiscussie", "marc-hameleers"),
                            tuple("paneldiscussie", "martijn-van-der-steen"));
            assertThat(event.appearancesAs(RoleType.AUTHOR)).extracting(a -> a.participation().personId())
                    .containsExactly("eva-kunseler", "martin-schulz");
            assertThat(event.appearancesAs(RoleType.INTERVIEWEE)).extracting(a -> a.participation().personId())
                    .containsExactly("eva-kunseler", "martin-schulz");
            assertThat(event.appearancesAs(RoleType.SPEAKER)).isEmpty();
        }

        @Test
        @DisplayName("labels its roles, item kinds and attendance in Dutch")
        void dutchLabels() {
            assertThat(event.appearances()).extracting(a -> a.participation().role().label(NL)).containsExactly(
                    "Moderator", "Auteur", "Auteur", "Woordvoerder", "Moderator", "Geïnterviewde", "Geïnterviewde",
                    "Panellid", "Panellid", "Panellid", "Panellid", "Moderator");
            assertThat(event.programme().items()).extracting(i -> i.kindLabel(NL))
                    .containsExactly("Welkom", "Interview", "Paneldiscussie", "Afsluiting");
            assertThat(event.attendanceMode().label(NL)).isEqualTo("Online");
            assertThat(event.contacts().get(0).role().label(NL)).isEqualTo("Informatie");
        }

        @Test
        @DisplayName("is organised by the PBL and the NSOB, in that order")
        void organisers() {
            assertThat(event.organisers()).extracting(AnnouncementsTest::describe).containsExactly(PBL, NSOB);
        }

        @Test
        @DisplayName("sends questions to Mieke Berkers, reachable by e-mail and phone")
        void contact() {
            assertThat(event.contacts()).containsExactly(Contact.person(Contact.Role.INFORMATION, "mieke-berkers"));
            Person contact = event.person(event.contacts().get(0).personId().orElseThrow()).orElseThrow();
            assertThat(contact.name()).isEqualTo("Mieke Berkers");
            assertThat(contact.email()).contains("mieke.berkers@pbl.nl");
            assertThat(contact.phone()).contains("+31 6 25068171");
        }

        @Test
        @DisplayName("requires registration through \"deze link\", whose address the text does not give")
        void registration() {
            Registration registration = event.registration().orElseThrow();
            assertThat(registration.required()).isTrue();
            assertThat(registration.channels()).extracting(AnnouncementsTest::describe)
                    .containsExactly("WEB | - | aanmelden via deze link");
            assertThat(dutch(registration.note())).isEqualTo("U kunt zich aanmelden via deze link.");
            assertThat(registration.audience()).isEmpty();
            assertThat(registration.opens()).isEmpty();
            assertThat(registration.closes()).isEmpty();
            assertThat(registration.capacity()).isEmpty();
            assertThat(registration.fee()).isEmpty();
            assertThat(registration.approvalRequired()).isFalse();
        }

        @Test
        @DisplayName("keeps the image's description and the link to the earlier interview, both without address")
        void imageAndLink() {
            assertThat(dutch(event.image().orElseThrow().description())).isEqualTo("In de afbeelding staan de "
                    + "woorden 'Leren institutionaliseren'. Daarachter staat de betekenis van het woord leren, "
                    + "zoals omschreven in het woordenboek.");
            assertThat(event.image().orElseThrow().url()).isEmpty();
            assertThat(event.links()).singleElement().satisfies(link -> {
                assertThat(link.relation()).isEqualTo(Link.Relation.RELATED);
                assertThat(dutch(link.title())).isEqualTo("Voorproefje? Eerder spraken we twee van de onderzoekers "
                        + "over hun belangrijkste bevindingen.");
                assertThat(link.url()).isEmpty();
            });
        }
    }

    @Nested
    @DisplayName("Samenwerken als één overheid, wat betekent dit voor de publieke manager?")
    class Meeting {

        private static final String NIJMEGEN = "Gemeente Nijmegen";

        private final Event event = Announcements.samenwerkenAlsEenOverheid();

        @Test
        @DisplayName("is identified by its slug, scheduled, at revision 0 assumed published on 15 March 2021")
        void identity() {
            assertThat(event.id()).isEqualTo(MEETING_ID);
            assertThat(event.status()).isEqualTo(EventStatus.SCHEDULED);
            assertThat(event.previousStart()).isEmpty();
            assertThat(event.revision().number()).isZero();
            assertThat(event.revision().published()).isEqualTo(Instant.parse("2021-03-15T09:00:00Z"));
            assertThat(event.revision().published()).isBefore(event.startAt().toInstant());
        }

        @Test
        @DisplayName("is in Dutch, titled in sentence case what the heading sets in capitals, an online meeting")
        void titleAndCategory() {
            assertThat(event.language()).isEqualTo(NL);
            assertThat(dutch(event.title()))
                    .isEqualTo("Samenwerken als één overheid, wat betekent dit voor de publieke manager?");
            assertThat(dutch(event.title()).toUpperCase(NL))
                    .isEqualTo("SAMENWERKEN ALS ÉÉN OVERHEID, WAT BETEKENT DIT VOOR DE PUBLIEKE MANAGER?");
            assertThat(event.categories()).extracting(AnnouncementsTest::dutch).containsExactly("bijeenkomst");
        }

        @Test
        @DisplayName("is described by the announcement's four body paragraphs, word for word")
        void description() {
            assertThat(paragraphs(event)).containsExactly(
                    "Samenwerken als één overheid, vanuit de maatschappelijke opgave. Het klinkt zo logisch. En "
                            + "goed. Wie wil dat nu niet? Recente rapporten wijzen ook allemaal op het nut en "
                            + "belang er van. Zo was er recent het rapport van de Studiegroep Interbestuurlijke en "
                            + "Financiële Verhoudingen die voor de komende kabinetsformatie een reeks aanbevelingen "
                            + "formuleerde voor het samenwerken als één overheid. En op tal van plekken worden deze "
                            + "geluiden opgepikt en overgenomen.",
                    "Samenwerken als één overheid kent echter ook beperkingen. In een andere recente studie, "
                            + "'Grenzeloos Samenwerken', wijst bijvoorbeeld op de oorsprong en ook het nut van "
                            + "grenzen tussen en binnen organisaties en arrangementen. En vanuit de wereld van het "
                            + "staats- en bestuursrecht is er veel discussie over de opzet van interbestuurlijke "
                            + "samenwerkingen en regionale verbanden.",
                    "In deze sessie zoomen we op een heel specifiek deel van dit levendige en actuele debat in. "
                            + "Wat betekent het om als publiek manager als één overheid te werken, en daarbij "
                            + "steeds het grensverkeer tussen over organisaties heen te doorlopen? Wat moet je "
                            + "daarvoor kunnen? Wat kun je doen? En wat moet je vooral laten? Dat gaat enerzijds "
                            + "over wat er buiten moet gebeuren, maar ook over hoe je het binnen in de eigen "
                            + "organisatie goed bij elkaar houdt.",
                    "Noodgedwongen voeren we ons gesprek online. Een panel van wetenschappelijke sprekers en "
                            + "ervaringsdeskundigen voert met elkaar discussie én de kijkers discussiëren op "
                            + "afstand via chat en camera mee. We maken er dus een actieve sessie van, waarbij we "
                            + "hopen dat uit zoveel mogelijk verschillende lagen en delen van het openbaar bestuur "
                            + "mensen deelnemen aan het gesprek.");
        }

        @Test
        @DisplayName("runs on Friday 2 April 2021 from 10.00 to 12.00 in Amsterdam, which is 08.00 to 10.00 UTC")
        void time() {
            assertThat(event.zone()).isEqualTo(AMSTERDAM);
            assertThat(event.start()).isEqualTo(at("2021-04-02T10:00"));
            assertThat(event.end()).isEqualTo(at("2021-04-02T12:00"));
            assertThat(event.start().getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
            assertThat(event.allDay()).isFalse();
            // Summer time (UTC+2) since 28 March 2021.
            assertThat(event.startAt().toInstant()).isEqualTo(Instant.parse("2021-04-02T08:00:00Z"));
            assertThat(event.endAt().toInstant()).isEqualTo(Instant.parse("2021-04-02T10:00:00Z"));
            assertThat(event.span().duration()).isEqualTo(Duration.ofHours(2));
        }

        @Test
        @DisplayName("takes place online, viewers joining by chat and camera; nothing is said about a join link")
        void attendance() {
            assertThat(event.attendanceMode()).isEqualTo(AttendanceMode.ONLINE);
            assertThat(event.venue()).isEmpty();
            OnlineLocation online = event.online().orElseThrow();
            assertThat(online.joinLink()).isEmpty();
            assertThat(online.features()).containsExactly(ConferenceFeature.VIDEO, ConferenceFeature.CHAT);
            assertThat(online.platform()).isEmpty();
        }

        @Test
        @DisplayName("announces five items by start only, each with its kind, title and description")
        void programmeItems() {
            assertThat(event.programme().items()).extracting(ProgrammeItem::id, ProgrammeItem::start,
                            ProgrammeItem::end, ProgrammeItem::kind, i -> dutch(i.title()), i -> dutch(i.description()))
                    .containsExactly(
                            tuple("aftrap", at("2021-04-02T10:00"), Optional.empty(), ItemKind.OPENING, "Aftrap",
                                    NONE),
                            tuple("inleiding-van-der-steen", at("2021-04-02T10:05"), Optional.empty(),
                                    ItemKind.INTRODUCTION, "Inleiding", "Martijn neemt ons mee in de resultaten die "
                                            + "diverse recente onderzoeken van onder andere de NSOB hebben "
                                            + "opgeleverd."),
                            tuple("inleiding-van-hout", at("2021-04-02T10:25"), Optional.empty(),
                                    ItemKind.INTRODUCTION, "Inleiding", "Arne is een van de trekkers voor de "
                                            + "'Werkagenda voor de uitvoering' en deelt zijn ervaringen met ons."),
                            tuple("paneldiscussie", at("2021-04-02T10:45"), Optional.empty(), ItemKind.PANEL,
                                    "Paneldiscussie", "In de chat kunnen overige deelnemers mee discussiëren en "
                                            + "vragen stellen."),
                            tuple("afsluiting", at("2021-04-02T12:00"), Optional.empty(), ItemKind.CLOSING,
                                    "Afsluiting", NONE));
            assertThat(event.programme().allItems()).allSatisfy(i -> {
                assertThat(i.children()).isEmpty();
                assertThat(i.track()).isEmpty();
                assertThat(i.room()).isEmpty();
                assertThat(i.kindLabel()).isEmpty();
            });
        }

        @Test
        @DisplayName("derives each item's end from the next start; the closing is a point in time at 12.00")
        void schedule() {
            assertThat(event.schedule().allItems()).extracting(s -> s.item().id(), s -> s.span().start(),
                            s -> s.span().end(), ScheduledItem::endDerived, ScheduledItem::duration)
                    .containsExactly(
                            tuple("aftrap", at("2021-04-02T10:00"), at("2021-04-02T10:05"), true,
                                    Duration.ofMinutes(5)),
                            tuple("inleiding-van-der-steen", at("2021-04-02T10:05"), at("2021-04-02T10:25"), true,
                                    Duration.ofMinutes(20)),
                            tuple("inleiding-van-hout", at("2021-04-02T10:25"), at("2021-04-02T10:45"), true,
                                    Duration.ofMinutes(20)),
                            tuple("paneldiscussie", at("2021-04-02T10:45"), at("2021-04-02T12:00"), true,
                                    Duration.ofMinutes(75)),
                            tuple("afsluiting", at("2021-04-02T12:00"), at("2021-04-02T12:00"), true,
                                    Duration.ZERO));
            assertThat(event.schedule().find("afsluiting").orElseThrow().span().isPoint()).isTrue();
            assertThat(event.schedule().gaps()).isEmpty();
            assertThat(event.schedule().overlaps()).isEmpty();
        }

        @Test
        @DisplayName("names eight people once each, none with contact details of their own")
        void people() {
            assertThat(event.people()).extracting(AnnouncementsTest::describe).containsExactly(
                    "mirko-noordegraaf | Mirko Noordegraaf | - | - | - | -",
                    "martijn-van-der-steen | Martijn van der Steen | - | - | - | -",
                    "arne-van-hout | Arne van Hout | - | - | - | -",
                    "peggy-hurkmans | Peggy Hurkmans | - | - | - | -",
                    "pim-van-vliet | Pim van Vliet | - | - | - | -",
                    "loes-mulder | Loes Mulder | - | - | - | -",
                    "liesbeth-spies | Liesbeth Spies | - | - | - | -",
                    "nathan-ducastel | Nathan Ducastel | - | - | - | -");
        }

        @Test
        @DisplayName("has nobody on the event as a whole: everyone is named on a programme item")
        void eventParticipations() {
            assertThat(event.participations()).isEmpty();
        }

        @Test
        @DisplayName("has the VB's chair open and two introductions, each speaker with the affiliation announced")
        void speakers() {
            assertThat(describe(item(event, "aftrap").participations()))
                    .containsExactly("mirko-noordegraaf SPEAKER [voorzitter @ " + VB + "]");
            assertThat(describe(item(event, "inleiding-van-der-steen").participations()))
                    .containsExactly("martijn-van-der-steen SPEAKER [- @ " + NSOB + "]");
            assertThat(describe(item(event, "inleiding-van-hout").participations()))
                    .containsExactly("arne-van-hout SPEAKER [gemeentesecretaris @ " + NIJMEGEN + "]");
            assertThat(item(event, "afsluiting").participations()).isEmpty();
        }

        @Test
        @DisplayName("has the panel leader and then six panellists in announced order, positions spelt as announced")
        void panel() {
            assertThat(describe(item(event, "paneldiscussie").participations())).containsExactly(
                    "peggy-hurkmans PANEL_LEADER [gemeentesecretaris @ Gemeente Bernheze]",
                    "pim-van-vliet PANELLIST [voorzitter @ Vereniging van Gemeentesecretarissen (VGS)]",
                    "loes-mulder PANELLIST [SG @ Ministerie van Sociale Zaken en Werkgelegenheid (SZW)]",
                    "liesbeth-spies PANELLIST [Burgemeester @ Gemeente Alphen aan den Rijn]",
                    "nathan-ducastel PANELLIST [Directeur Informatie Samenleving @ "
                            + "Vereniging van Nederlandse Gemeenten (VNG)]",
                    "arne-van-hout PANELLIST [Gemeentesecretaris @ " + NIJMEGEN + "]",
                    "martijn-van-der-steen PANELLIST [Adj-directeur @ " + NSOB
                            + "; Hoogleraar @ Erasmus Universiteit Rotterdam (EUR)]");
        }

        @Test
        @DisplayName("lets Arne van Hout and Martijn van der Steen hold two roles: each introduces and is a panellist")
        void severalRoles() {
            assertThat(describeAppearances(event.appearancesOf("arne-van-hout"))).containsExactly(
                    "inleiding-van-hout: arne-van-hout SPEAKER [gemeentesecretaris @ " + NIJMEGEN + "]",
                    "paneldiscussie: arne-van-hout PANELLIST [Gemeentesecretaris @ " + NIJMEGEN + "]");
            assertThat(describeAppearances(event.appearancesOf("martijn-van-der-steen"))).containsExactly(
                    "inleiding-van-der-steen: martijn-van-der-steen SPEAKER [- @ " + NSOB + "]",
                    "paneldiscussie: martijn-van-der-steen PANELLIST [Adj-directeur @ " + NSOB
                            + "; Hoogleraar @ Erasmus Universiteit Rotterdam (EUR)]");
            assertThat(event.people()).filteredOn(p -> event.appearancesOf(p.id()).size() > 1)
                    .extracting(Person::id).containsExactly("martijn-van-der-steen", "arne-van-hout");
        }

        @Test
        @DisplayName("answers who appears where by role: three speakers, one panel leader, six panellists")
        void appearancesByRole() {
            assertThat(event.appearances()).hasSize(10);
            assertThat(event.appearancesAs(RoleType.SPEAKER))
                    .extracting(a -> a.item().orElseThrow().id(), a -> a.participation().personId())
                    .containsExactly(tuple("aftrap", "mirko-noordegraaf"),
                            tuple("inleiding-van-der-steen", "martijn-van-der-steen"),
                            tuple("inleiding-van-hout", "arne-van-hout"));
            assertThat(event.appearancesAs(RoleType.PANEL_LEADER)).extracting(a -> a.participation().personId())
                    .containsExactly("peggy-hurkmans");
            assertThat(event.appearancesAs(RoleType.PANELLIST)).extracting(a -> a.participation().personId())
                    .containsExactly("pim-van-vliet", "loes-mulder", "liesbeth-spies", "nathan-ducastel",
                            "arne-van-hout", "martijn-van-der-steen");
            assertThat(event.appearancesAs(RoleType.MODERATOR)).isEmpty();
        }

        @Test
        @DisplayName("labels its roles, item kinds and attendance in Dutch")
        void dutchLabels() {
            assertThat(event.appearances()).extracting(a -> a.participation().role().label(NL)).containsExactly(
                    "Spreker", "Spreker", "Spreker", "Gespreksleider panel", "Panellid", "Panellid", "Panellid",
                    "Panellid", "Panellid", "Panellid");
            assertThat(event.programme().items()).extracting(i -> i.kindLabel(NL))
                    .containsExactly("Aftrap", "Inleiding", "Inleiding", "Paneldiscussie", "Afsluiting");
            assertThat(event.attendanceMode().label(NL)).isEqualTo("Online");
            assertThat(event.contacts().get(0).role().label(NL)).isEqualTo("Informatie");
            assertThat(event.registration().orElseThrow().channels()).extracting(c -> c.type().label(NL))
                    .containsExactly("Webformulier", "E-mail");
        }

        @Test
        @DisplayName("is organised by the Vereniging voor Bestuurskunde, with the web site of its mail domain")
        void organiser() {
            assertThat(event.organisers()).extracting(AnnouncementsTest::describe).containsExactly(VB);
        }

        @Test
        @DisplayName("sends questions to the association's mailbox, info@bestuurskunde.nl")
        void contact() {
            assertThat(event.contacts()).singleElement().satisfies(contact -> {
                assertThat(contact.role()).isEqualTo(Contact.Role.INFORMATION);
                assertThat(dutch(contact.name().orElseThrow())).isEqualTo("Vereniging voor Bestuurskunde");
                assertThat(contact.email()).contains("info@bestuurskunde.nl");
                assertThat(contact.phone()).isEmpty();
                assertThat(contact.personId()).isEmpty();
            });
        }

        @Test
        @DisplayName("takes registrations through \"Klik hier\" (address not given) or by mail, from all of government")
        void registration() {
            Registration registration = event.registration().orElseThrow();
            assertThat(registration.required()).isTrue();
            assertThat(registration.channels()).extracting(AnnouncementsTest::describe).containsExactly(
                    "WEB | - | Klik hier",
                    "EMAIL | info@bestuurskunde.nl | mail voor meer informatie");
            assertThat(dutch(registration.audience()))
                    .isEqualTo("Mensen uit zoveel mogelijk verschillende lagen en delen van het openbaar bestuur");
            assertThat(dutch(registration.note()))
                    .isEqualTo("Deelnemen? Klik hier of mail voor meer informatie naar info@bestuurskunde.nl.");
            assertThat(registration.opens()).isEmpty();
            assertThat(registration.closes()).isEmpty();
            assertThat(registration.capacity()).isEmpty();
            assertThat(registration.fee()).isEmpty();
            assertThat(registration.approvalRequired()).isFalse();
        }

        @Test
        @DisplayName("has no image and no links: the announcement gives none")
        void noImageNorLinks() {
            assertThat(event.image()).isEmpty();
            assertThat(event.links()).isEmpty();
        }
    }

    @Nested
    @DisplayName("together")
    class Together {

        @Test
        @DisplayName("are listed in date order: the seminar, then the meeting")
        void inDateOrder() {
            List<Event> all = Announcements.all();
            assertThat(all).extracting(Event::id).containsExactly(SEMINAR_ID, MEETING_ID);
            assertThat(all.get(0).endAt()).isBefore(all.get(1).startAt());
            assertThat(all).containsExactly(Announcements.lerenSamenwerkenAanOpgaven(),
                    Announcements.samenwerkenAlsEenOverheid());
        }

        @Test
        @DisplayName("are built anew and equal on every call")
        void deterministic() {
            assertThat(Announcements.all()).isEqualTo(Announcements.all());
            assertThat(Announcements.AMSTERDAM).isEqualTo(AMSTERDAM);
        }

        @Test
        @DisplayName("share Martijn van der Steen: one person, announced with different affiliations per event")
        void martijnOnBothEvents() {
            Event seminar = Announcements.lerenSamenwerkenAanOpgaven();
            Event meeting = Announcements.samenwerkenAlsEenOverheid();
            assertThat(seminar.person("martijn-van-der-steen")).isEqualTo(meeting.person("martijn-van-der-steen"))
                    .map(Person::name).contains("Martijn van der Steen");
            assertThat(describeAppearances(seminar.appearancesOf("martijn-van-der-steen")))
                    .containsExactly("paneldiscussie: martijn-van-der-steen PANELLIST [- @ " + NSOB + "]");
            assertThat(describeAppearances(meeting.appearancesOf("martijn-van-der-steen"))).hasSize(2);
            assertThat(seminar.people()).extracting(Person::id)
                    .filteredOn(id -> meeting.person(id).isPresent()).containsExactly("martijn-van-der-steen");
        }

        static Stream<Arguments> eventsAndLanguages() {
            return Announcements.all().stream().flatMap(event -> Stream.of(NL, Locale.ENGLISH)
                    .map(language -> Arguments.of(event.id(), event, language)));
        }

        @ParameterizedTest(name = "{0} passes the core validator without violations ({2})")
        @MethodSource("eventsAndLanguages")
        @DisplayName("pass the core validator without violations")
        void valid(String id, Event event, Locale language) {
            assertThat(EventValidator.create().validate(event, language)).as(id).isEmpty();
        }
    }
}

package dev.agendum.examples;

import static dev.agendum.examples.Organisations.nl;
import static dev.agendum.examples.People.ARNE_VAN_HOUT;
import static dev.agendum.examples.People.EVA_KUNSELER;
import static dev.agendum.examples.People.FRANK_RENIERS;
import static dev.agendum.examples.People.LIESBETH_SPIES;
import static dev.agendum.examples.People.LOES_MULDER;
import static dev.agendum.examples.People.MARC_HAMELEERS;
import static dev.agendum.examples.People.MARTIJN_VAN_DER_STEEN;
import static dev.agendum.examples.People.MARTIN_SCHULZ;
import static dev.agendum.examples.People.MIEKE_BERKERS;
import static dev.agendum.examples.People.MIRKO_NOORDEGRAAF;
import static dev.agendum.examples.People.NATHAN_DUCASTEL;
import static dev.agendum.examples.People.OLGA_VAN_KALLES;
import static dev.agendum.examples.People.PEGGY_HURKMANS;
import static dev.agendum.examples.People.PIM_VAN_VLIET;
import static dev.agendum.examples.People.RUBEN_MAES;

import dev.agendum.model.Affiliation;
import dev.agendum.model.ConferenceFeature;
import dev.agendum.model.Contact;
import dev.agendum.model.Event;
import dev.agendum.model.Image;
import dev.agendum.model.ItemKind;
import dev.agendum.model.JoinLink;
import dev.agendum.model.Link;
import dev.agendum.model.OnlineLocation;
import dev.agendum.model.Participation;
import dev.agendum.model.Programme;
import dev.agendum.model.ProgrammeItem;
import dev.agendum.model.Registration;
import dev.agendum.model.RegistrationChannel;
import dev.agendum.model.Revision;
import dev.agendum.model.RoleType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * The two announcements Agendum is built around, modelled completely: every text, time, person, role, affiliation,
 * organisation, contact, registration channel, image and link their texts give.
 *
 * <ul>
 *   <li>{@link #lerenSamenwerkenAanOpgaven()}: the PBL/NSOB online seminar of 15 January 2021, 14.00–15.00;</li>
 *   <li>{@link #samenwerkenAlsEenOverheid()}: the Vereniging voor Bestuurskunde's online meeting of Friday
 *       2 April 2021, 10.00–12.00.</li>
 * </ul>
 *
 * <pre>{@code
 * Event seminar = Announcements.lerenSamenwerkenAanOpgaven();
 * seminar.startAt();                                   // 2021-01-15T14:00+01:00[Europe/Amsterdam]
 * seminar.appearancesAs(RoleType.PANELLIST).size();    // 4
 * EventValidator.create().validate(seminar, Locale.forLanguageTag("nl"));   // []
 * }</pre>
 *
 * <p>Where a text is silent the model stays silent: no fee, capacity, registration deadline, platform or join link
 * is invented. What the texts do not give but the model needs is <em>assumed</em>, and said so where it is set:
 * each event's publication instant (its {@link Revision}), and the international form of the one phone number.
 * Links whose words the texts keep but whose targets they lost ("deze link", "Klik hier", the earlier interview,
 * the image) are modelled without an address rather than with a made-up one.
 *
 * <p>Every call builds new, equal events; the events are immutable, so the class is safe to use from any thread.
 */
public final class Announcements {

    /** The zone both announcements are in: they give Dutch local times ("14.00 uur"). */
    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private Announcements() {
    }

    /**
     * Returns both announcements in date order: the seminar of 15 January 2021, then the meeting of 2 April 2021.
     *
     * @return an unmodifiable list of the two events
     */
    public static List<Event> all() {
        return List.of(lerenSamenwerkenAanOpgaven(), samenwerkenAlsEenOverheid());
    }

    /**
     * Returns "PBL/NSOB-seminar: leren samenwerken aan opgaven", online on 15 January 2021 from 14.00 to 15.00
     * (Amsterdam time), the join link to follow.
     *
     * <p>Organised by PBL and NSOB about the essay Eva Kunseler and Martin Schulz wrote; Ruben Maes moderates and
     * Mieke Berkers, PBL's spokesperson, is the contact for more information. Revision 0 is <em>assumed</em>
     * published on 15 December 2020 at 09.00 UTC: the text gives no publication date.
     *
     * @return the seminar, with id {@code pbl-nsob-seminar-2021-01-15}
     */
    public static Event lerenSamenwerkenAanOpgaven() {
        LocalDate day = LocalDate.of(2021, 1, 15);
        return Event.builder("pbl-nsob-seminar-2021-01-15")
                .title(nl("PBL/NSOB-seminar: leren samenwerken aan opgaven"))
                .description(nl(SEMINAR_DESCRIPTION))
                .zone(AMSTERDAM)
                .time(day.atTime(14, 0), day.atTime(15, 0))
                // "Locatie: online (link volgt)"; the panel debates statements "via de chat".
                .online(OnlineLocation.of(JoinLink.toFollow(), ConferenceFeature.CHAT))
                .organiser(Organisations.PBL, Organisations.NSOB)
                .person(RUBEN_MAES, EVA_KUNSELER, MARTIN_SCHULZ, OLGA_VAN_KALLES, FRANK_RENIERS, MARC_HAMELEERS,
                        MARTIJN_VAN_DER_STEEN, MIEKE_BERKERS)
                .participation(
                        Participation.of(RUBEN_MAES.id(), RoleType.MODERATOR),
                        // "schreef het PBL ... een essay, samen met de NSOB"; the interview names them "auteurs".
                        Participation.of(EVA_KUNSELER.id(), RoleType.AUTHOR, Affiliation.at(Organisations.PBL)),
                        Participation.of(MARTIN_SCHULZ.id(), RoleType.AUTHOR, Affiliation.at(Organisations.NSOB)),
                        Participation.of(MIEKE_BERKERS.id(), RoleType.SPOKESPERSON,
                                Affiliation.of(nl("woordvoerder"), Organisations.PBL)))
                .programme(seminarProgramme(day))
                .registration(Registration.required(
                                RegistrationChannel.webWithoutAddress(nl("aanmelden via deze link")))
                        .note(nl("U kunt zich aanmelden via deze link."))
                        .build())
                // "Voor meer informatie neem contact op met Mieke Berkers": information, not press; her being the
                // spokesperson is her participation.
                .contact(Contact.person(Contact.Role.INFORMATION, MIEKE_BERKERS.id()))
                .link(Link.withoutAddress(Link.Relation.RELATED, nl("Voorproefje? Eerder spraken we twee van de "
                        + "onderzoekers over hun belangrijkste bevindingen.")))
                .image(Image.withoutAddress(nl(SEMINAR_IMAGE)))
                .category(nl("seminar"))
                .revision(Revision.of(0, Instant.parse("2020-12-15T09:00:00Z")))
                .build();
    }

    /**
     * Returns "Samenwerken als één overheid, wat betekent dit voor de publieke manager?", an online meeting on
     * Friday 2 April 2021 from 10.00 to 12.00 (Amsterdam time) where viewers join in by chat and camera.
     *
     * <p>Organised by the Vereniging voor Bestuurskunde, whose mailbox is both the contact and a way to register.
     * The announcement sets the title in capitals as a heading; the model keeps it in sentence case. Revision 0 is
     * <em>assumed</em> published on 15 March 2021 at 09.00 UTC: the text gives no publication date.
     *
     * @return the meeting, with id {@code vb-samenwerken-als-een-overheid-2021-04-02}
     */
    public static Event samenwerkenAlsEenOverheid() {
        LocalDate day = LocalDate.of(2021, 4, 2);
        return Event.builder("vb-samenwerken-als-een-overheid-2021-04-02")
                .title(nl("Samenwerken als één overheid, wat betekent dit voor de publieke manager?"))
                .description(nl(MEETING_DESCRIPTION))
                .zone(AMSTERDAM)
                .time(day.atTime(10, 0), day.atTime(12, 0))
                // "de kijkers discussiëren op afstand via chat en camera mee"; nothing is said of a join link.
                .online(OnlineLocation.unannounced(ConferenceFeature.CHAT, ConferenceFeature.VIDEO))
                .organiser(Organisations.VB)
                .person(MIRKO_NOORDEGRAAF, MARTIJN_VAN_DER_STEEN, ARNE_VAN_HOUT, PEGGY_HURKMANS, PIM_VAN_VLIET,
                        LOES_MULDER, LIESBETH_SPIES, NATHAN_DUCASTEL)
                .programme(meetingProgramme(day))
                .registration(meetingRegistration())
                .contact(Contact.desk(Contact.Role.INFORMATION, Organisations.VB.name(), VB_MAILBOX))
                // "Online bijeenkomst"; that it is online is the attendance mode.
                .category(nl("bijeenkomst"))
                .revision(Revision.of(0, Instant.parse("2021-03-15T09:00:00Z")))
                .build();
    }

    /** The seminar's timetable; only starts are announced, so every end is derived from the next start. */
    private static Programme seminarProgramme(LocalDate day) {
        return Programme.of(
                item("welkom", day.atTime(14, 0), ItemKind.WELCOME, "Welkom")
                        .participation(Participation.of(RUBEN_MAES.id(), RoleType.MODERATOR)).build(),
                // "Interview met auteurs Eva Kunseler (PBL) en Martin Schulz (NSOB) over de conclusies van het
                // onderzoek": the title keeps the announcement's words, the names become participations.
                item("interview", day.atTime(14, 5), ItemKind.INTERVIEW,
                        "Interview met auteurs over de conclusies van het onderzoek")
                        .participation(
                                Participation.of(EVA_KUNSELER.id(), RoleType.INTERVIEWEE,
                                        Affiliation.at(Organisations.PBL)),
                                Participation.of(MARTIN_SCHULZ.id(), RoleType.INTERVIEWEE,
                                        Affiliation.at(Organisations.NSOB))).build(),
                item("paneldiscussie", day.atTime(14, 15), ItemKind.PANEL, "Paneldiscussie")
                        .description(nl("Aan de hand van diverse stellingen via de chat."))
                        .participation(
                                panellist(OLGA_VAN_KALLES.id(),
                                        Affiliation.position(nl("Programmamanager IBP Vitaal Platteland"))),
                                panellist(FRANK_RENIERS.id(),
                                        Affiliation.of(nl("Programmamanager Agenda Stad"), Organisations.BZK)),
                                panellist(MARC_HAMELEERS.id(),
                                        Affiliation.of(nl("Programmamanager Regio Portefeuille"), Organisations.LNV)),
                                panellist(MARTIJN_VAN_DER_STEEN.id(), Affiliation.at(Organisations.NSOB)))
                        .build(),
                // "15.00u Afsluiting door Ruben Maes": at the event's end, so a point in time.
                item("afsluiting", day.atTime(15, 0), ItemKind.CLOSING, "Afsluiting")
                        .participation(Participation.of(RUBEN_MAES.id(), RoleType.MODERATOR)).build());
    }

    /** The meeting's timetable; only starts are announced, so every end is derived from the next start. */
    private static Programme meetingProgramme(LocalDate day) {
        return Programme.of(
                // "Aftrap Mirko Noordegraaf, voorzitter van de VB"
                item("aftrap", day.atTime(10, 0), ItemKind.OPENING, "Aftrap")
                        .participation(Participation.of(MIRKO_NOORDEGRAAF.id(), RoleType.SPEAKER,
                                Affiliation.of(nl("voorzitter"), Organisations.VB))).build(),
                item("inleiding-van-der-steen", day.atTime(10, 5), ItemKind.INTRODUCTION, "Inleiding")
                        .description(nl("Martijn neemt ons mee in de resultaten die diverse recente "
                                + "onderzoeken van onder andere de NSOB hebben opgeleverd."))
                        .participation(Participation.of(MARTIJN_VAN_DER_STEEN.id(), RoleType.SPEAKER,
                                Affiliation.at(Organisations.NSOB))).build(),
                item("inleiding-van-hout", day.atTime(10, 25), ItemKind.INTRODUCTION, "Inleiding")
                        .description(nl("Arne is een van de trekkers voor de 'Werkagenda voor de "
                                + "uitvoering' en deelt zijn ervaringen met ons."))
                        .participation(Participation.of(ARNE_VAN_HOUT.id(), RoleType.SPEAKER,
                                Affiliation.of(nl("gemeentesecretaris"), Organisations.NIJMEGEN))).build(),
                meetingPanel(day.atTime(10, 45)),
                // "12.00 Afsluiting": at the event's end, so a point in time; nobody is named.
                item("afsluiting", day.atTime(12, 0), ItemKind.CLOSING, "Afsluiting").build());
    }

    /**
     * The meeting's panel: its leader first, then the panellists in announced order, each position spelt as
     * announced ("gemeentesecretaris" on the introduction, "Gemeentesecretaris" on the panel).
     */
    private static ProgrammeItem meetingPanel(LocalDateTime start) {
        return item("paneldiscussie", start, ItemKind.PANEL, "Paneldiscussie")
                .description(nl("In de chat kunnen overige deelnemers mee discussiëren en vragen stellen."))
                .participation(
                        Participation.of(PEGGY_HURKMANS.id(), RoleType.PANEL_LEADER,
                                Affiliation.of(nl("gemeentesecretaris"), Organisations.BERNHEZE)),
                        panellist(PIM_VAN_VLIET.id(), Affiliation.of(nl("voorzitter"), Organisations.VGS)),
                        // "SG ministerie SZW": SG is the secretaris-generaal, kept as announced.
                        panellist(LOES_MULDER.id(), Affiliation.of(nl("SG"), Organisations.SZW)),
                        panellist(LIESBETH_SPIES.id(), Affiliation.of(nl("Burgemeester"), Organisations.ALPHEN)),
                        panellist(NATHAN_DUCASTEL.id(),
                                Affiliation.of(nl("Directeur Informatie Samenleving"), Organisations.VNG)),
                        panellist(ARNE_VAN_HOUT.id(), Affiliation.of(nl("Gemeentesecretaris"), Organisations.NIJMEGEN)),
                        // "Adj-directeur NSOB en Hoogleraar EUR": two affiliations on one participation.
                        panellist(MARTIJN_VAN_DER_STEEN.id(),
                                Affiliation.of(nl("Adj-directeur"), Organisations.NSOB),
                                Affiliation.of(nl("Hoogleraar"), Organisations.EUR)))
                .build();
    }

    /**
     * "Deelnemen? Klik hier of mail voor meer informatie naar info@bestuurskunde.nl.": the link's target is lost
     * (the text shows "#"), so the web channel has its words only. Whom the organiser hopes to see comes from
     * "we hopen dat uit zoveel mogelijk verschillende lagen en delen van het openbaar bestuur mensen deelnemen".
     */
    private static Registration meetingRegistration() {
        return Registration.required(
                        RegistrationChannel.webWithoutAddress(nl("Klik hier")),
                        RegistrationChannel.email(VB_MAILBOX).withLabel(nl("mail voor meer informatie")))
                .audience(nl("Mensen uit zoveel mogelijk verschillende lagen en delen van het openbaar bestuur"))
                .note(nl("Deelnemen? Klik hier of mail voor meer informatie naar info@bestuurskunde.nl."))
                .build();
    }

    /** Starts a programme item whose title is Dutch. */
    private static ProgrammeItem.Builder item(String id, LocalDateTime start, ItemKind kind, String title) {
        return ProgrammeItem.builder(id, start, kind, nl(title));
    }

    /** Returns a panellist's participation with the affiliations announced for them, in order. */
    private static Participation panellist(String personId, Affiliation... affiliations) {
        return Participation.of(personId, RoleType.PANELLIST, affiliations);
    }

    /** The Vereniging voor Bestuurskunde's mailbox: the meeting's contact and one of its registration channels. */
    private static final String VB_MAILBOX = "info@bestuurskunde.nl";

    /** The seminar's body paragraphs, verbatim, separated by a blank line. */
    private static final String SEMINAR_DESCRIPTION = ""
            + "Hoe leer je om beter opgavegericht te werken? Daarover schreef het Planbureau voor de "
            + "Leefomgeving (PBL) vorige maand een essay, samen met de Nederlandse School voor Openbaar "
            + "Bestuur (NSOB). Op 15 januari organiseren ze samen een online seminar over dit essay."
            + "\n\n"
            + "Opgavegericht werken in netwerken is hard nodig en inmiddels een geaccepteerde, normale manier "
            + "van werken geworden. Hoe zorg je dat je niet alleen voortgang boekt in je opgave, maar als "
            + "overheden ook in het algemeen beter wordt in opgavegericht werken? Daarover gaat dit seminar "
            + "Leren samen werken aan opgaven."
            + "\n\n"
            + "Hierbij gaat het over hoe leren in deal-aanpakken en andere interbestuurlijke programma’s is "
            + "georganiseerd. Wat levert leren op, hoe maak je dat tastbaar? Waar botst een lerende sturing "
            + "met de huidige instrumenten en kaders voor interbestuurlijk en gebiedsgericht werken? Aan het "
            + "verantwoorden wordt in de politiek-bestuurlijke context vaak meer betekenis gegeven dan aan de "
            + "opbrengsten van het leren. In het seminar worden de mogelijkheden verkend om opgavegericht "
            + "samenwerken verder te professionaliseren.";

    /** The text that describes the seminar's image, verbatim. */
    private static final String SEMINAR_IMAGE = ""
            + "In de afbeelding staan de woorden 'Leren institutionaliseren'. Daarachter staat de betekenis "
            + "van het woord leren, zoals omschreven in het woordenboek.";

    /** The meeting's four body paragraphs, verbatim, separated by a blank line. */
    private static final String MEETING_DESCRIPTION = ""
            + "Samenwerken als één overheid, vanuit de maatschappelijke opgave. Het klinkt zo logisch. En "
            + "goed. Wie wil dat nu niet? Recente rapporten wijzen ook allemaal op het nut en belang er van. "
            + "Zo was er recent het rapport van de Studiegroep Interbestuurlijke en Financiële Verhoudingen "
            + "die voor de komende kabinetsformatie een reeks aanbevelingen formuleerde voor het samenwerken "
            + "als één overheid. En op tal van plekken worden deze geluiden opgepikt en overgenomen."
            + "\n\n"
            + "Samenwerken als één overheid kent echter ook beperkingen. In een andere recente studie, "
            + "'Grenzeloos Samenwerken', wijst bijvoorbeeld op de oorsprong en ook het nut van grenzen tussen "
            + "en binnen organisaties en arrangementen. En vanuit de wereld van het staats- en bestuursrecht "
            + "is er veel discussie over de opzet van interbestuurlijke samenwerkingen en regionale verbanden."
            + "\n\n"
            + "In deze sessie zoomen we op een heel specifiek deel van dit levendige en actuele debat in. Wat "
            + "betekent het om als publiek manager als één overheid te werken, en daarbij steeds het "
            + "grensverkeer tussen over organisaties heen te doorlopen? Wat moet je daarvoor kunnen? Wat kun "
            + "je doen? En wat moet je vooral laten? Dat gaat enerzijds over wat er buiten moet gebeuren, maar "
            + "ook over hoe je het binnen in de eigen organisatie goed bij elkaar houdt."
            + "\n\n"
            + "Noodgedwongen voeren we ons gesprek online. Een panel van wetenschappelijke sprekers en "
            + "ervaringsdeskundigen voert met elkaar discussie én de kijkers discussiëren op afstand via chat "
            + "en camera mee. We maken er dus een actieve sessie van, waarbij we hopen dat uit zoveel mogelijk "
            + "verschillende lagen en delen van het openbaar bestuur mensen deelnemen aan het gesprek.";
}

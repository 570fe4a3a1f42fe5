package dev.agendum.examples;

import dev.agendum.model.Person;

/**
 * The people the bundled announcements name, once each, with ids that are slugs of their names. Martijn van der
 * Steen is on both events and is the same {@link Person} on each. The roles people play and the affiliations they
 * are announced with live on the participations, because they differ per event and per item.
 */
final class People {

    /** The seminar's moderator: "Welkom door Ruben Maes (moderator)", "Afsluiting door Ruben Maes". */
    static final Person RUBEN_MAES = Person.of("ruben-maes", "Ruben Maes");
    /** Co-author of the essay, interviewed at the seminar: "Eva Kunseler (PBL)". */
    static final Person EVA_KUNSELER = Person.of("eva-kunseler", "Eva Kunseler");
    /** Co-author of the essay, interviewed at the seminar: "Martin Schulz (NSOB)". */
    static final Person MARTIN_SCHULZ = Person.of("martin-schulz", "Martin Schulz");
    /** Seminar panellist: "Olga van Kalles (Programmamanager IBP Vitaal Platteland)". */
    static final Person OLGA_VAN_KALLES = Person.of("olga-van-kalles", "Olga van Kalles");
    /** Seminar panellist: "Frank Reniers (Programmamanager Agenda Stad BZK)". */
    static final Person FRANK_RENIERS = Person.of("frank-reniers", "Frank Reniers");
    /** Seminar panellist: "Marc Hameleers (Programmamanager Regio Portefeuille LNV)". */
    static final Person MARC_HAMELEERS = Person.of("marc-hameleers", "Marc Hameleers");
    /**
     * On both events: seminar panellist "(NSOB)"; at the meeting speaker "(NSOB)" and panellist "Adj-directeur NSOB
     * en Hoogleraar EUR".
     */
    static final Person MARTIJN_VAN_DER_STEEN = Person.of("martijn-van-der-steen", "Martijn van der Steen");
    /**
     * The seminar's contact, "woordvoerder PBL". Announced with "06 25068171", a Dutch mobile number; the model keeps
     * phone numbers in international form, so +31 6 25068171 (the leading 0 becomes +31).
     */
    static final Person MIEKE_BERKERS = Person.of("mieke-berkers", "Mieke Berkers")
            .withEmail("mieke.berkers@pbl.nl").withPhone("+31 6 25068171");

    /** Opens the meeting: "Aftrap Mirko Noordegraaf, voorzitter van de VB". */
    static final Person MIRKO_NOORDEGRAAF = Person.of("mirko-noordegraaf", "Mirko Noordegraaf");
    /** Speaker and panellist at the meeting: "gemeentesecretaris Nijmegen". */
    static final Person ARNE_VAN_HOUT = Person.of("arne-van-hout", "Arne van Hout");
    /** Leads the meeting's panel: "geleid door Peggy Hurkmans, gemeentesecretaris Bernheze". */
    static final Person PEGGY_HURKMANS = Person.of("peggy-hurkmans", "Peggy Hurkmans");
    /** Meeting panellist: "Pim van Vliet, voorzitter VGS". */
    static final Person PIM_VAN_VLIET = Person.of("pim-van-vliet", "Pim van Vliet");
    /** Meeting panellist: "Loes Mulder, SG ministerie SZW". */
    static final Person LOES_MULDER = Person.of("loes-mulder", "Loes Mulder");
    /** Meeting panellist: "Liesbeth Spies, Burgemeester Gem. Alphen aan den Rijn". */
    static final Person LIESBETH_SPIES = Person.of("liesbeth-spies", "Liesbeth Spies");
    /** Meeting panellist: "Nathan Ducastel, Directeur Informatie Samenleving VNG". */
    static final Person NATHAN_DUCASTEL = Person.of("nathan-ducastel", "Nathan Ducastel");

    private People() {
    }
}

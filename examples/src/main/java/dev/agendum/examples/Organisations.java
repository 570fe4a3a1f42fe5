package dev.agendum.examples;

import dev.agendum.model.LocalizedText;
import dev.agendum.model.Organisation;
import java.net.URI;

/**
 * The organisations the bundled announcements name, once each. Where an announcement uses only an abbreviation that
 * stands for one body (SZW, LNV, BZK, VNG, VGS, EUR) the full name is added, so that a feed or a web page can say
 * who they are, and the abbreviation as announced is kept. Municipalities announced by place name ("gemeentesecretaris
 * Nijmegen", "Gem. Alphen aan den Rijn") are named "Gemeente …" and have no abbreviation.
 */
final class Organisations {

    /** Seminar organiser: "het Planbureau voor de Leefomgeving (PBL)". */
    static final Organisation PBL = Organisation.of(nl("Planbureau voor de Leefomgeving"), "PBL");
    /** Seminar organiser: "de Nederlandse School voor Openbaar Bestuur (NSOB)"; also Martijn van der Steen's. */
    static final Organisation NSOB = Organisation.of(nl("Nederlandse School voor Openbaar Bestuur"), "NSOB");
    /**
     * The meeting's organiser, named only as "de VB" (its chair opens the meeting); its mailbox is
     * info@bestuurskunde.nl, and the web address is the site of that mail domain.
     */
    static final Organisation VB = Organisation.of(nl("Vereniging voor Bestuurskunde"), "VB")
            .withLink(URI.create("https://www.bestuurskunde.nl"));
    /** Announced as "BZK" (Frank Reniers). */
    static final Organisation BZK = Organisation.of(
            nl("Ministerie van Binnenlandse Zaken en Koninkrijksrelaties"), "BZK");
    /** Announced as "LNV" (Marc Hameleers). */
    static final Organisation LNV = Organisation.of(nl("Ministerie van Landbouw, Natuur en Voedselkwaliteit"), "LNV");
    /** Announced as "ministerie SZW" (Loes Mulder). */
    static final Organisation SZW = Organisation.of(nl("Ministerie van Sociale Zaken en Werkgelegenheid"), "SZW");
    /** Announced as "VGS" (Pim van Vliet). */
    static final Organisation VGS = Organisation.of(nl("Vereniging van Gemeentesecretarissen"), "VGS");
    /** Announced as "VNG" (Nathan Ducastel). */
    static final Organisation VNG = Organisation.of(nl("Vereniging van Nederlandse Gemeenten"), "VNG");
    /** Announced as "EUR" (Martijn van der Steen's chair). */
    static final Organisation EUR = Organisation.of(nl("Erasmus Universiteit Rotterdam"), "EUR");
    /** Announced as "Nijmegen" (Arne van Hout, gemeentesecretaris). */
    static final Organisation NIJMEGEN = Organisation.of(nl("Gemeente Nijmegen"));
    /** Announced as "Bernheze" (Peggy Hurkmans, gemeentesecretaris). */
    static final Organisation BERNHEZE = Organisation.of(nl("Gemeente Bernheze"));
    /** Announced as "Gem. Alphen aan den Rijn" (Liesbeth Spies, Burgemeester). */
    static final Organisation ALPHEN = Organisation.of(nl("Gemeente Alphen aan den Rijn"));

    private Organisations() {
    }

    /** Returns {@code text} as Dutch, the language of both announcements and of every text in them. */
    static LocalizedText nl(String text) {
        return LocalizedText.of("nl", text);
    }
}

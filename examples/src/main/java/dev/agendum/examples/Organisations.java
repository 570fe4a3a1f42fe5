package dev.agendum.examples;

import dev.agendum.model.LocalizedText;
import dev.agendum.model.Organisation;
import java.net.URI;

/**
 * The organisations the bundled announcements name, once each. Full names are added where the announcements use
 * only an abbreviation that stands for one body (SZW, LNV, BZK, VNG, VGS, EUR), so that a feed or a web page can
 * say who they are; the abbreviation as announced is kept.
 */
final class Organisations {

    static final Organisation PBL = Organisation.of(nl("Planbureau voor de Leefomgeving"), "PBL");
    static final Organisation NSOB = Organisation.of(nl("Nederlandse School voor Openbaar Bestuur"), "NSOB");
    /** Named as "de VB"; its mailbox is info@bestuurskunde.nl. */
    static final Organisation VB = Organisation.of(nl("Vereniging voor Bestuurskunde"), "VB")
            .withLink(URI.create("https://www.bestuurskunde.nl"));
    static final Organisation BZK = Organisation.of(
            nl("Ministerie van Binnenlandse Zaken en Koninkrijksrelaties"), "BZK");
    static final Organisation LNV = Organisation.of(nl("Ministerie van Landbouw, Natuur en Voedselkwaliteit"), "LNV");
    static final Organisation SZW = Organisation.of(nl("Ministerie van Sociale Zaken en Werkgelegenheid"), "SZW");
    static final Organisation VGS = Organisation.of(nl("Vereniging van Gemeentesecretarissen"), "VGS");
    static final Organisation VNG = Organisation.of(nl("Vereniging van Nederlandse Gemeenten"), "VNG");
    static final Organisation EUR = Organisation.of(nl("Erasmus Universiteit Rotterdam"), "EUR");
    static final Organisation NIJMEGEN = Organisation.of(nl("Gemeente Nijmegen"));
    static final Organisation BERNHEZE = Organisation.of(nl("Gemeente Bernheze"));
    static final Organisation ALPHEN = Organisation.of(nl("Gemeente Alphen aan den Rijn"));

    private Organisations() {
    }

    static LocalizedText nl(String text) {
        return LocalizedText.of("nl", text);
    }
}

package dev.agendum.importer;

import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;

/**
 * The Dutch and English words of bodies: the words that make a run of capitalised words an organisation, the
 * compound ends that name one, the positions of a municipality's office, and the abbreviations of Dutch public
 * bodies the importer expands when the text does not.
 */
final class Bodies {

    private Bodies() {
    }

    /** Words that make a run of capitalised words an organisation rather than a person. */
    private static final Set<String> WORDS = Set.of(
            "universiteit", "university", "hogeschool", "gemeente", "gem.", "ministerie", "ministry", "provincie",
            "province", "instituut", "institute", "stichting", "foundation", "vereniging", "association", "school",
            "college", "council", "raad", "bureau", "planbureau", "academie", "academy", "centrum", "centre",
            "center", "bank", "rijkswaterstaat", "politie", "agency", "autoriteit", "authority", "inspectie",
            "rekenkamer", "kamer", "overheid", "government", "group", "netwerk", "network", "platform", "alliantie",
            "alliance", "waterschap", "museum", "bibliotheek", "library", "ziekenhuis", "hospital", "umc", "lab",
            "partners", "company", "organisatie", "organisation", "organization", "office", "department", "unie",
            "union", "federatie", "federation", "faculteit", "faculty", "afdeling", "directie", "kenniscentrum", "city",
            "municipality", "committee", "comité", "dienst", "society", "kring", "lectoraat", "obs", "basisschool",
            "commissie", "commission", "trust", "ensemble", "orkest", "orchestra", "koor", "choir", "cantorij", "trio", "kwartet",
            "quartet", "kwintet", "quintet", "band", "church", "cathedral", "parish", "parochie",
            // a company's sector word: "Lumora Analytics", "Northwind Energy", "Gridline Software"
            "energy", "analytics", "software", "systems", "solutions", "labs", "technologies", "consulting", "media",
            "robotics", "services", "industries", "fairs", "radio",
            // a venture's, a publisher's, a paper's or a group's word: "Seedbank Ventures", "Stichts Dagblad", "Open
            // Delta Collective", "Yorkshire Health Innovation Hub", "Erasmus Data Guild" (not "press": a press officer)
            "ventures", "capital", "publishers", "booksellers", "collective", "hub", "guild", "dagblad", "courant",
            "gazette", "vzw", "ltd", "forum", "hospice", "harriers", "buurthuis", "logistics",
            // a university named in its own language: "Universitat Politecnica de Valencia", "Technische Hochschule"
            "universitat", "universität", "universidad", "università", "université", "universidade", "politecnica",
            "politecnico", "hochschule",
            // a firm named after its partners: "Hale & Pryce Auctioneers", "Harcourt & Lane Builders"
            "auctioneers", "builders", "solicitors", "architects", "associates", "accountants", "surveyors");

    /**
     * Ends of Dutch compounds that name a body ("Barokensemble", "Kamerorkest", "Zorggroep", "Debatcentrum",
     * "Imkersvereniging", "Veiligheidsregio", "Energiebank"): a capitalised word ending in one is an organisation's,
     * never a surname.
     */
    private static final List<String> ENDS = List.of("ensemble", "orkest", "koor",
            "kwartet", "kwintet", "groep", "centrum", "vereniging", "stichting", "regio", "instituut", "ziekenhuis",
            "bank", "academie", "museum", "bibliotheek", "genootschap", "coöperatie", "bureau",
            "club", "comité", "dienst", "buurthuis", "platform",
            // a trade's workshop: "Slotenmakerij Van Kemenade", "Drukkerij Waalprint", "Brouwerij De Molen"
            "makerij", "drukkerij", "brouwerij", "bakkerij", "timmerwerkplaats",   // not "kerk": Verkerk
            // a desk or a council named in one word: "Fraudehelpdesk", "Energieloket", "Mantelzorgpunt", "Gezinsbond",
            // "Adviesraad"
            "helpdesk", "loket", "punt", "bond", "raad");

    /** Abbreviations the importer expands when the text does not: Dutch public bodies often named that way. */
    static final Map<String, String> KNOWN_ABBREVIATIONS = Map.ofEntries(
            Map.entry("PBL", "Planbureau voor de Leefomgeving"),
            Map.entry("NSOB", "Nederlandse School voor Openbaar Bestuur"),
            Map.entry("VNG", "Vereniging van Nederlandse Gemeenten"),
            Map.entry("BZK", "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties"),
            Map.entry("LNV", "Ministerie van Landbouw, Natuur en Voedselkwaliteit"),
            Map.entry("SZW", "Ministerie van Sociale Zaken en Werkgelegenheid"),
            Map.entry("OCW", "Ministerie van Onderwijs, Cultuur en Wetenschap"),
            Map.entry("EZK", "Ministerie van Economische Zaken en Klimaat"),
            Map.entry("VWS", "Ministerie van Volksgezondheid, Welzijn en Sport"),
            Map.entry("IenW", "Ministerie van Infrastructuur en Waterstaat"),
            Map.entry("JenV", "Ministerie van Justitie en Veiligheid"),
            Map.entry("EUR", "Erasmus Universiteit Rotterdam"),
            Map.entry("UU", "Universiteit Utrecht"),
            Map.entry("UvA", "Universiteit van Amsterdam"),
            Map.entry("VU", "Vrije Universiteit Amsterdam"),
            Map.entry("RUG", "Rijksuniversiteit Groningen"),
            Map.entry("WUR", "Wageningen University & Research"),
            Map.entry("VGS", "Vereniging van Gemeentesecretarissen"),
            Map.entry("CPB", "Centraal Planbureau"),
            Map.entry("SCP", "Sociaal en Cultureel Planbureau"),
            Map.entry("WRR", "Wetenschappelijke Raad voor het Regeringsbeleid"),
            Map.entry("IPO", "Interprovinciaal Overleg"),
            Map.entry("UvW", "Unie van Waterschappen"),
            Map.entry("CBS", "Centraal Bureau voor de Statistiek"),
            Map.entry("RIVM", "Rijksinstituut voor Volksgezondheid en Milieu"),
            Map.entry("KNAW", "Koninklijke Nederlandse Akademie van Wetenschappen"),
            Map.entry("NWO", "Nederlandse Organisatie voor Wetenschappelijk Onderzoek"),
            Map.entry("ROB", "Raad voor het Openbaar Bestuur"));

    /** The words set small inside a body's name: "Centrum voor de Kunsten", "Vereniging van Jeugdhulpaanbieders". */
    static final Set<String> JOINERS = Set.of("van", "voor", "de", "der", "den", "het", "en", "of", "for", "the",
            "and", "&", "e.o.", "aan", "op");

    /** Position words of a municipality's office: "gemeentesecretaris Nijmegen" works for Gemeente Nijmegen. */
    static final Set<String> MUNICIPAL_POSITIONS = Set.of(
            "gemeentesecretaris", "burgemeester", "wethouder", "raadslid", "griffier", "gemeenteraadslid", "mayor",
            "alderman");

    /** Tells whether {@code lower}, a lower-case word without punctuation, is a body's word or ends in one. */
    /** Tells whether {@code word} and a full stop after it are a body word's abbreviation ("Gem." for gemeente). */
    static boolean isAbbreviation(String word) {
        return WORDS.contains(word.toLowerCase(Locale.ROOT) + ".");
    }

    static boolean isBodyWord(String lower) {
        if (WORDS.contains(lower) || WORDS.contains(lower + ".")) {
            return true;
        }
        for (String end : ENDS) {
            if (lower.length() > end.length() + 2 && lower.endsWith(end)) {
                return true;
            }
        }
        return false;
    }
}

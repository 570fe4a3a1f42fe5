package dev.agendum.importer;

import java.util.Set;

/**
 * What the cue tests share: an announcement read by the scoring importer (a fixed clock, so that a year taken from
 * context is the same on every run) and a draft's values of one field as {@link Scoring} compares them.
 */
final class Cues {

    /*
     * The openings the cue tests put before the lines they try: a title and a dated line (with a place for the
     * evenings), so that the text is an announcement and only the lines after it differ between wordings.
     */

    /** A Dutch afternoon on a date of 2026, with its hours. */
    static final String THEMAMIDDAG = "Themamiddag\n\nDatum: donderdag 21 mei 2026, 13.30 - 17.00 uur\n\n";
    /** A Dutch meeting on the same date and hours. */
    static final String VERGADERING = "Vergadering\n\nDatum: donderdag 21 mei 2026, 13.30 - 17.00 uur\n\n";
    /** A Dutch afternoon whose date line carries no label. */
    static final String KENNISMIDDAG = "Kennismiddag\n\nDonderdag 3 december 2026, 13.00 - 17.00 uur\n\n";
    /** The English afternoon of the same date. */
    static final String OPEN_AFTERNOON = "Open afternoon\n\nThursday 3 December 2026, 13:00 - 17:00\n\n";
    /** A Dutch evening of 2027 with its venue. */
    static final String BUURTAVOND = "Buurtavond\n\nDatum: dinsdag 16 maart 2027, 19.30 - 21.30 uur\n"
            + "Locatie: Wijkcentrum De Linde, Kerkstraat 4, Zwolle\n\n";
    /** The English evening of the same date, with its venue. */
    static final String COMMUNITY_EVENING = "Community evening\n\nDate: Tuesday 16 March 2027, 19:30 - 21:30\n"
            + "Venue: The Linden Centre, Church Street 4, York\n\n";

    /** A dinner in Bath, its British postcode telling how its phone numbers are written. */
    static final String BATH_DINNER = "The Starlight Dinner\n\nFriday 12 November 2027, from 7pm\n"
            + "Kingsmead House, 24 Queen Square, Bath BA1 2HN\n\n";

    private Cues() {
    }

    /** Reads {@code text} as the file {@code name} (its extension choosing plain text, Markdown or HTML). */
    static Draft read(String name, String text) {
        return Scoring.IMPORTER.read(name, text);
    }

    /** Returns the draft's scored values of {@code field}, empty when it gives none. */
    static Set<String> scored(Draft draft, String field) {
        return Scoring.values(draft.event()).getOrDefault(field, Set.of());
    }

    /** Reads {@code text} as the file {@code name} and returns its scored values of {@code field}. */
    static Set<String> scored(String name, String text, String field) {
        return scored(read(name, text), field);
    }

    /** Reads {@code text} as the file {@code name} and returns the organisations the draft gives. */
    static Set<String> organisations(String name, String text) {
        return scored(name, text, "organisation");
    }
}

package dev.agendum.importer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a venue's name in the words of a line and trims it to the name: the part before a street address, without
 * the emoji or the punctuation a layout sets around it, and the building rather than its room where a text names
 * both ("de Offerhauszaal van het Academiegebouw", "Rijnvallei Ziekenhuis, vergaderzaal Rijn").
 */
final class VenueNames {

    /**
     * Words before a name that say where, not what: "in de Bergkerk", "at the Old Library", "naar de Raadzaal", "in en
     * rond De Zoutzolder", "in and around the Old Mill".
     */
    private static final Pattern AT = Pattern.compile("(?iu)(?<![\\p{L}])(?:in|at|bij|op|naar|rond|around)\\s+(?-i:de\\s+"
            + "|het\\s+|the\\s+)?");
    /** Emoji, bullets and other symbols a layout sets before a venue ("📍 Wijkgebouw De Boei"). */
    private static final Pattern LEADING = Pattern.compile("^[\\p{So}\\p{Sk}\\p{Cs}\\x{FE0F}\\x{200D}•·\\s]+");
    /** Punctuation a layout leaves after a name: a separator, a comma, an opened bracket ("Catharijnesingel 47 ·"). */
    private static final Pattern TRAILING = Pattern.compile("[\\s,;:·|•–—(-]+$");
    /**
     * A room of a building whose own name is capitalised: "Offerhauszaal van het Academiegebouw", "auditorium van
     * Ziekenhuis Eemland", "the Lecture Hall of the Old Library". A building in lower case ("de Raadzaal van het
     * gemeentehuis") names no venue of its own, so the room stays.
     */
    private static final Pattern ROOM_OF = Pattern.compile("(?iu)(?:zaal|ruimte|lokaal|auditorium|aula|foyer|kapel"
            // the grounds of a building: "in de tuin van Buurthuis De Kring", "in the garden of the Old Vicarage"
            + "|tuin|binnentuin|binnenplaats|garden|courtyard|grounds|kantine|canteen"
            + "|room|hall|chamber|raadzaal)\\s+(?:van|of)\\s+(?:het\\s+|de\\s+|the\\s+)?(?-i:(?=\\p{Lu}))");
    /** A room's building named in lower case after it, no name of its own: " van het gemeentehuis", " of the town hall". */
    private static final Pattern COMMON_BUILDING = Pattern.compile("(?u)(?<=\\p{L})\\s+(?:van|of)\\s+(?:het|de|the)\\s+"
            + "\\p{Ll}+(?:\\s\\p{Ll}+)?$");
    /** A room set after its building in lower case: "…, vergaderzaal Rijn", "…, zaal 3", "…, room 2.14". */
    private static final Pattern ROOM_PART = Pattern.compile("(?u)^\\p{Ll}\\p{L}*(?:zaal|ruimte|lokaal|room|hall)\\b"
            + "|^(?:zaal|room|lokaal)\\s"
            // a room, a space or a floor named in capitals: "Meeting Room 2", "The Atrium", "First Floor Events Space"
            + "|^(?iu:(?:the\\s+|de\\s+|het\\s+)?(?:[\\p{L}-]+\\s+){0,3}(?:room|zaal|space|atrium|foyer|lounge|lokaal"
            + "|floor|verdieping)(?:\\s+\\d{1,3}[a-z]?)?$)"
            // the way in, before the street: "Hollybrook Allotments, main gate at 112 …", "ingang aan de Kerkstraat"
            + "|^(?iu:(?:the\\s+|de\\s+)?(?:main\\s+|side\\s+|rear\\s+|back\\s+)?(?:gate|entrance|ingang|poort|hoofdingang"
            + "|zij-ingang)(?:\\s+(?:at|on|via|aan|op|in))?$)");

    private VenueNames() {
    }

    /**
     * The venue's name in the words of {@code text} before {@code end} (its street, or its postal code): the last
     * comma- or separator-set part, of a sentence the words after its last "in", "at" or "bij".
     *
     * @return the name's start and end in {@code text}, empty when the words there are no name (a date, a number)
     */
    static Optional<int[]> before(String text, int end) {
        String before = text.substring(0, end).replaceAll("[,\\s]+$", "");
        int start = lastPart(before);
        if (start > 0 && ROOM_PART.matcher(before.substring(start)).find()) {
            // "Rijnvallei Ziekenhuis, vergaderzaal Rijn": the building is the part before its room
            before = before.substring(0, start).replaceAll("[,·|–—:\\s]+$", "");
            start = lastPart(before);
        }
        // a capitalised article is part of the name ("in De Reehorst"), a small one is not ("in de Bergkerk")
        Matcher in = AT.matcher(before);
        int from = start;
        while (in.find(from)) {
            start = Math.max(start, in.end());
            from = in.end();
        }
        Matcher room = ROOM_OF.matcher(before).region(start, before.length());
        while (room.find()) {
            start = room.end();
        }
        // "de Raadzaal van het gemeentehuis": a building in lower case names no venue, its room does
        Matcher common = COMMON_BUILDING.matcher(before).region(start, before.length());
        if (common.find()) {
            before = before.substring(0, common.start());
        }
        // "ons eigen Sportpark De Zuidhoek", "our own Riverside Hall": the possessives before the name are the
        // sentence's
        Matcher small = SMALL_BEFORE_NAME.matcher(before).region(start, before.length());
        start = small.lookingAt() ? small.end() : start;
        // the spaces a label's column leaves before the name ("LOCATIE:     GC Het Kouterhuis") are not its own
        while (start < before.length() && Character.isWhitespace(before.charAt(start))) {
            start++;
        }
        // "Schouwburg Deventer (Theaterzaal)": the room in brackets is not the venue's name
        String name = before.substring(start).replaceAll("\\s*\\([^)]*\\)$", "").strip();
        if (name.chars().noneMatch(Character::isLetter) || name.length() > 80 || !DateReader.dates(name).isEmpty()
                || name.matches(".*\\d{3,}.*")) {
            return Optional.empty();
        }
        return Optional.of(trim(text, start, start + name.length()));
    }

    /**
     * Possessives before a capitalised name, maybe with the kind of building between: what a sentence sets before it
     * ("ons eigen …", "our own …", "ons verenigingsgebouw Het Tuinhuis"), or a Dutch article set small ("de
     * Pauluskerk").
     */
    private static final Pattern SMALL_BEFORE_NAME = Pattern.compile("\\s*(?:(?:(?:ons|onze|eigen|our|own|their|hun"
            + "|zijn|haar|his|her|its)\\s+)+(?:\\p{Ll}[\\p{L}-]*\\s+)?|(?:de|het)\\s+)(?=\\p{Lu})");

    /** Where the last part of {@code text} starts, after a comma, a separator or a colon; 0 if it has one part. */
    private static int lastPart(String text) {
        int start = 0;
        // "18 september · Cultuurcentrum De Mast", "De plek verandert niet: Rijnvallei Ziekenhuis"
        for (String separator : List.of(", ", " · ", " | ", " – ", " — ", ": ")) {
            int at = text.lastIndexOf(separator);
            start = at < 0 ? start : Math.max(start, at + separator.length());
        }
        return start;
    }

    /**
     * Where a labelled venue's name starts past the words that set it in a room or the grounds of a named building:
     * "Plaats: kantine van Sportcentrum De Koerbelt", "Venue: in the garden of Linden House" name the building.
     *
     * @return the start of the building's name, or {@code from} when the words there name no room of one
     */
    static int pastRoom(String text, int from, int to) {
        Matcher in = AT.matcher(text).region(from, to);
        int start = in.lookingAt() ? in.end() : from;
        // as in a sentence, the building is the venue rather than its room ("Offerhauszaal van het Academiegebouw")
        Matcher room = ROOM_OF.matcher(text).region(start, to);
        return room.lookingAt() ? room.end() : from;
    }

    /** A room named before its building: "Main Auditorium", "Grote zaal", "Studio 2", "Lecture Theatre 1". */
    private static final Pattern ROOM_FIRST = Pattern.compile("(?iu)(?:(?:main|small|large|upper|lower|grote|kleine"
            + "|bovenzaal|benedenzaal)\\s+)?(?:auditorium|zaal|studio|room|hall|lecture theatre|foyer)(?:\\s+\\d+)?");

    /**
     * Where a label's value names its building, past a room named first ("Main Auditorium, The Granary Arts Centre,
     * Quay Street, …"): after the room's comma when the next part is no street ({@code street}), else 0.
     */
    static int pastRoomFirst(String value, Pattern street) {
        int comma = value.indexOf(',');
        int second = comma < 0 ? -1 : value.indexOf(',', comma + 1);
        boolean roomFirst = comma >= 0 && ROOM_FIRST.matcher(value.substring(0, comma).strip()).matches()
                && !street.matcher(value.substring(comma + 1, second < 0 ? value.length() : second)).find();
        return roomFirst ? comma + 1 : 0;
    }

    /** How many lines under the venue's name in a page's footer its address is looked for. */
    private static final int FOOTER_ADDRESS_LINES = 3;

    /** The lines under a page footer's line that is the venue's {@code name} alone ("Cultuurcentrum De Brouwerij"). */
    static List<Line> footerLinesUnder(List<Line> footer, String name) {
        for (int i = 0; i < footer.size(); i++) {
            if (footer.get(i).text().strip().equalsIgnoreCase(name.strip())) {
                return footer.subList(i + 1, Math.min(footer.size(), i + 1 + FOOTER_ADDRESS_LINES));
            }
        }
        return List.of();
    }

    /** The part from {@code from} to {@code to} of {@code text} without the symbols and punctuation around it. */
    static int[] trim(String text, int from, int to) {
        Matcher lead = LEADING.matcher(text).region(from, to);
        int start = lead.lookingAt() && lead.end() < to ? lead.end() : from;
        Matcher trail = TRAILING.matcher(text).region(start, to);
        int end = trail.find() && trail.start() > start ? trail.start() : to;
        return new int[] {start, end};
    }
}

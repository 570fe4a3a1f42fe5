package dev.agendum.importer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An address set one part a line, as British notices and letters set it: "The Old Library Gallery" over "22 Church
 * Street" over "Romsey" over "SO51 8BT". The postcode stands alone on its line, so {@link PostalCodes}, which reads
 * a code with its town, finds none; this reads the town, the street and the venue from the lines above it.
 */
final class StackedAddress {

    /** A British postcode or an Irish Eircode alone on its line. */
    private static final Pattern CODE_LINE = Pattern.compile("^\\s*(?:[A-Z]{1,2}\\d[A-Z\\d]?\\s\\d[A-Z]{2}|"
            + PostalCodes.EIRCODE + ")\\s*$");
    /** An Irish county's line between the town and the Eircode: "Co. Louth", "County Clare". */
    private static final Pattern COUNTY_LINE = Pattern.compile("^\\s*(?:Co\\.|County)\\s+\\p{Lu}\\p{L}+\\s*$");
    /** A room set in brackets after the venue's name: "The Linen Hall Playhouse (Main Auditorium)". */
    private static final Pattern ROOM = Pattern.compile("\\s*\\([^()]*\\)$");
    /** A town's line: capitalised words, maybe with a town's small links ("Newcastle upon Tyne"). */
    private static final Pattern TOWN_LINE = Pattern.compile("^\\p{Lu}[\\p{L}'-]+(?:[ -](?:upon|on|under|in|le|by"
            + "|cum|\\p{Lu}[\\p{L}'-]+))*$");
    /** A street's line, its number first: "22 Church Street", "3a Mill Lane". */
    private static final Pattern STREET_LINE = Pattern.compile("^\\d{1,4}[a-z]?\\s+\\p{Lu}[\\p{L}'-]+(?:\\s+\\p{Lu}"
            + "[\\p{L}'-]+){0,3},?$");
    /** The longest line read as a venue's name. */
    private static final int VENUE_WIDTH = 60;

    /** The parts read: the venue when the line above the street names one, the street, the town and the code. */
    record Parts(Optional<Source> venue, Source street, Source town, Source code) {
    }

    private StackedAddress() {
    }

    /** The address whose postcode stands alone on leaf {@code at}, when the two lines above it are town and street. */
    static Optional<Parts> at(List<Line> leaves, int at) {
        if (at < 2 || !CODE_LINE.matcher(leaves.get(at).text()).matches()) {
            return Optional.empty();
        }
        // "Dundalk" over "Co. Louth" over "A91 X2Y4": an Irish county between the town and the code
        int county = at >= 3 && COUNTY_LINE.matcher(leaves.get(at - 1).text()).matches() ? 1 : 0;
        Line town = leaves.get(at - 1 - county);
        Line street = leaves.get(at - 2 - county);
        if (!TOWN_LINE.matcher(town.text().strip()).matches() || !STREET_LINE.matcher(street.text().strip()).matches()) {
            return Optional.empty();
        }
        Optional<Source> venue = Optional.empty();
        int above = at - 3 - county;
        if (above >= 0) {
            Line line = leaves.get(above);
            String name = line.text().strip();
            if (!name.isEmpty() && name.length() < VENUE_WIDTH && !name.endsWith(":") && name.chars().anyMatch(
                    Character::isLowerCase) && DateReader.dates(name).isEmpty() && !name.matches(".*\\d.*")) {
                int start = line.text().indexOf(name);
                java.util.regex.Matcher room = ROOM.matcher(name);
                venue = Optional.of(line.source(start, start + (room.find() ? room.start() : name.length())));
            }
        }
        String streetText = street.text().strip();
        int streetEnd = streetText.endsWith(",") ? streetText.length() - 1 : streetText.length();
        int streetStart = street.text().indexOf(streetText);
        return Optional.of(new Parts(venue, street.source(streetStart, streetStart + streetEnd), town.source(),
                leaves.get(at).source()));
    }
}

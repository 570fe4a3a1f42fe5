package dev.agendum.importer;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A British or Irish street without a house number, the part of an address line right before its town:
 * "Kilbride Theatre, Quadrangle Building, University Road, Galway H91 E7K2". A campus or an institution's grounds
 * are addressed so; a Dutch or Belgian street always has its number.
 */
final class UnnumberedStreet {

    /**
     * A street's name, one to three capitalised words and its street word, then a comma and the town's part, maybe
     * with its county and postcode.
     */
    private static final Pattern STREET = Pattern.compile("(?:^|,\\s*)((?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,3}"
            + "(?:Road|Street|Lane|Avenue|Terrace|Square|Quay|Place|Way|Drive|Crescent|Row|Parade|Close|Gardens|Walk"
            + "|Green|Hill"
            + "|Embankment|Mall))\\s*,\\s*[^,]+"
            // the town's part may go on with a county and a postcode: "Little Brantham, IP9 2XR", "Westport, Co. Mayo"
            + "(?:,\\s*(?:Co\\.|County)\\s+\\p{Lu}\\p{L}+)?(?:,?\\s*(?:[A-Z]{1,2}\\d[A-Z\\d]?\\s\\d[A-Z]{2}|"
            + PostalCodes.EIRCODE + "))?[.\\s]*$");

    private UnnumberedStreet() {
    }

    /** The street's start and end in {@code text}, an address line whose last part holds the town, if it has one. */
    static Optional<int[]> in(String text) {
        Matcher street = STREET.matcher(text.strip());
        int lead = text.length() - text.stripLeading().length();
        return street.find() ? Optional.of(new int[] {lead + street.start(1), lead + street.end(1)}) : Optional.empty();
    }
}

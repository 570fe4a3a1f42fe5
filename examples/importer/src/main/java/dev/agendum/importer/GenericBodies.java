package dev.agendum.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A body's generic word alone, which names no organisation: "Head of the School", "hoofd van het Kenniscentrum",
 * "the Newsletter". An affiliation that names one keeps its position; the organisation is left out.
 */
final class GenericBodies {

    private static final Pattern GENERIC = Pattern.compile("(?iu)(?:the |de |het )?(?:school|faculty|faculteit"
            + "|department|afdeling|kenniscentrum|newsletter|nieuwsbrief|we|wij|council|raad|team|bestuur|board"
            + "|committee|commissie|office|bureau|centre|center|centrum|university|universiteit|college)");

    private GenericBodies() {
    }

    /** The affiliations without the organisations that a generic word alone names; one without a position goes. */
    static List<Found.Affiliation> without(List<Found.Affiliation> affiliations) {
        List<Found.Affiliation> kept = new ArrayList<>();
        for (Found.Affiliation affiliation : affiliations) {
            boolean generic = affiliation.organisation().filter(o -> GENERIC.matcher(o.name().strip()).matches())
                    .isPresent();
            if (!generic) {
                kept.add(affiliation);
            } else if (affiliation.position().isPresent()) {
                kept.add(new Found.Affiliation(affiliation.position(), affiliation.positionSource(), Optional.empty()));
            }
        }
        return kept;
    }
}

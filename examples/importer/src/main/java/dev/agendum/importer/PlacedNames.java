package dev.agendum.importer;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A body's name with the town it stands in set after it: "Theater Het Pakhuis Zutphen", "Clydeworks Museum,
 * Greenock", "basisschool De Regenboog in Tienen". The town is where the body is, not part of its name, when the
 * name before it is whole: set apart by a comma or "in", or a name of its own led by an article ("Het Pakhuis", "De
 * Loods", "Ter Heide"). A town that is part of a body's name ("Gemeente Zutphen", "Bibliotheek Culemborg") has no
 * such name before it and stays.
 */
final class PlacedNames {

    /** A name of its own led by an article, somewhere before the town. */
    private static final Pattern OWN_NAME = Pattern.compile("(?u)(?:^|\\s)(?:Het|De|Den|Ter|Ten|'t|The)\\s+\\p{Lu}");

    private PlacedNames() {
    }

    /**
     * The body without the town {@code town} after its name, the town's words kept as the assumption's evidence; the
     * body itself when its name does not end so.
     */
    static Found.Organisation withoutTown(Found.Organisation body, Optional<String> town) {
        if (town.isEmpty() || town.get().isBlank() || body.abbreviation().isPresent()) {
            return body;
        }
        Matcher after = Pattern.compile("(?iu)(,\\s*|\\s+in\\s+|\\s+)" + Pattern.quote(town.get().strip()) + "$")
                .matcher(body.name());
        if (!after.find() || after.start() == 0) {
            return body;
        }
        String name = body.name().substring(0, after.start()).strip();
        boolean apart = !after.group(1).isBlank() || OWN_NAME.matcher(name).find();
        if (!apart || !name.contains(" ")) {
            return body;
        }
        Basis basis = body.basis() instanceof Source source ? Assumption.from("\"" + town.get() + "\" after the name "
                + "taken as the town the body stands in, not part of its name", source) : body.basis();
        return new Found.Organisation(name, Optional.empty(), basis);
    }
}

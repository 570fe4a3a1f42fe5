package dev.agendum.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An announcement as lines without markup, with its links; what the extractors read. Table rows keep their
 * cells; {@link #leaves()} flattens them into the lines of their cells. {@code pageTitle} is an HTML page's
 * {@code <title>} as the parser decoded it, or a Markdown page's front matter title, empty for plain text or a page
 * without one; {@code footer} the lines
 * of an HTML page's footer, read apart from the announcement (who publishes the page), empty for other formats.
 */
record Document(String input, SourceFormat format, List<Line> lines, List<LinkRef> links,
        Optional<String> pageTitle, List<Line> footer) {

    Document {
        lines = List.copyOf(lines);
        footer = List.copyOf(footer);
        links = List.copyOf(links);
    }

    /** Returns every line, a table row as the parts of its cells, in reading order. */
    List<Line> leaves() {
        List<Line> leaves = new ArrayList<>();
        for (Line line : lines) {
            if (line.kind() == Line.Kind.ROW) {
                line.cells().forEach(cell -> leaves.addAll(cell.parts()));
            } else {
                leaves.add(line);
            }
        }
        return leaves;
    }

    /**
     * Where the input writes a name it also sets in capitals ("NEDERLANDSE VERENIGING VOOR …") in a spelling of its
     * own, as a whole word in another case; empty when it only writes the capitals. A masthead or an invitation set
     * in capitals is then read in the spelling the body gives itself.
     */
    Optional<Source> spelt(String capitals) {
        // Compiled per call: the name is the text's own, and this runs once for a masthead or an invitation line.
        Matcher written = Pattern.compile("(?iu)(?<![\\p{L}])" + Pattern.quote(capitals) + "(?![\\p{L}])")
                .matcher(input);
        while (written.find()) {
            if (!written.group().equals(capitals)) {
                return Optional.of(new Source(written.start(), written.end(), written.group()));
            }
        }
        return Optional.empty();
    }
}

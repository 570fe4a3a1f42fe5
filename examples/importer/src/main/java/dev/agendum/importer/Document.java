package dev.agendum.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
}

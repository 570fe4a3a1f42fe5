package dev.agendum.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads plain text: a line per line; {@code - } and {@code * } items; {@code |}-separated cells as a row. */
final class PlainReader {

    private static final Pattern QUOTE = Pattern.compile("^\\s*(?:>\\s?)+");

    private PlainReader() {
    }

    static Document read(String input) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        boolean follows = false;
        boolean chat = ChatExport.exported(input);
        for (int i = 0; i <= input.length(); i++) {
            if (i == input.length() || input.charAt(i) == '\n') {
                String raw = input.substring(start, i);
                if (follows && underlines(raw, lines.get(lines.size() - 1))
                        && standsApart(input, lines.get(lines.size() - 1))) {
                    // "Light on the Test: …" over "=======": a heading set the way Markdown's setext headings are
                    Line title = lines.get(lines.size() - 1);
                    lines.set(lines.size() - 1, title.headingOf(0, title.text().length()));
                    follows = false;
                    start = i + 1;
                    continue;
                }
                Line line = line(input, start, i, chat);
                if (line != null && follows && continuesItem(input, lines.get(lines.size() - 1), line, raw)) {
                    // "- Tim Dewaele, student … en voorzitter van de" over "  Studentenraad Leuven": an item's
                    // text wrapped onto a line set in under it
                    lines.set(lines.size() - 1, lines.get(lines.size() - 1).joined(line));
                } else if (line != null && follows && HardWraps.cutsName(lines.get(lines.size() - 1), line)) {
                    // a hard-wrapped sentence whose break cuts a name: "… is Sharon" over "Mulder."
                    lines.set(lines.size() - 1, lines.get(lines.size() - 1).joined(line));
                } else if (line != null) {
                    lines.add(line);
                }
                follows = line != null;
                start = i + 1;
            }
        }
        return new Document(input, SourceFormat.PLAIN, lines, List.of(), Optional.empty(), List.of());
    }

    /** Whether {@code line} (as {@code raw}) is set in under the list item above it, as far as the item's text. */
    private static boolean continuesItem(String input, Line above, Line line, String raw) {
        if (above.kind() != Line.Kind.ITEM || line.kind() != Line.Kind.TEXT) {
            return false;
        }
        int column = above.source().start() - (input.lastIndexOf('\n', Math.max(0, above.source().start() - 1)) + 1);
        int indent = raw.length() - raw.stripLeading().length();
        return indent > 0 && indent == column;
    }

    /** A rule of "=" or "-" under a text line about as long as it: that line's underline. */
    private static final Pattern UNDERLINE = Pattern.compile("^\\s*(?:={3,}|-{3,})\\s*$");

    /**
     * Whether {@code raw} underlines {@code above}, the line just over it: a rule within a fifth of the line's
     * length, under a short line that ends no sentence and is set in no columns. A longer or shorter rule is a
     * separator between parts.
     */
    private static boolean underlines(String raw, Line above) {
        if (!UNDERLINE.matcher(raw).matches() || above.kind() != Line.Kind.TEXT) {
            return false;
        }
        int rule = raw.strip().length();
        int width = above.text().length();
        // a head set in columns ("Ziekenhuis Oost – Voorlichting      Afdeling Cardiologie") runs over each page
        return width <= 90 && Math.abs(rule - width) * 5 <= width && !above.text().endsWith(".")
                && !above.text().endsWith(",") && !above.text().matches(".*\\S {3,}\\S.*");
    }

    /**
     * Whether a line opens the text or has a blank line over it, as a heading does; a line of a block over a rule
     * ("ST ALDHELM'S PARISH E-NEWS" over "Alresford | Friday 26 February 2027" over "-----") is no heading, and nor
     * is a line between two rules ("-----" over "#1 bookish_bea … Posted 22 Feb 2027" over "-----").
     */
    private static boolean standsApart(String input, Line line) {
        int from = line.source().start();
        int lineStart = input.lastIndexOf('\n', Math.max(0, from - 1));
        if (lineStart < 0) {
            return true;
        }
        int above = input.lastIndexOf('\n', Math.max(0, lineStart - 1));
        return input.substring(above + 1, lineStart).isBlank();
    }

    private static Line line(String input, int from, int to, boolean chat) {
        String raw = input.substring(from, to);
        int words = chat ? ChatExport.wordsFrom(raw) : 0;
        if (words < 0) {
            return null;
        }
        from += words;
        raw = raw.substring(words);
        // a quoted reply's markers ("> ", ">> ") set the earlier message apart; its words are read as written
        Matcher quote = QUOTE.matcher(raw);
        if (quote.lookingAt()) {
            from += quote.end();
            raw = raw.substring(quote.end());
        }
        if (raw.isBlank() || raw.strip().matches("[|:\\- ]+")) {
            return null;
        }
        String stripped = raw.strip();
        int offset = from + raw.indexOf(stripped.charAt(0));
        if (stripped.startsWith("|") && stripped.length() > 1) {
            return new Line.Builder(Line.Kind.TEXT).append(stripped, offset).build(false).asPipeRow().orElse(null);
        }
        Optional<int[]> headline = chat ? ChatExport.headline(input, to, stripped, words > 0) : Optional.empty();
        if (headline.isPresent()) {
            // a message's headline, over the rest of the message: the heading a page would set
            Line message = new Line.Builder(Line.Kind.TEXT).append(stripped, offset).build(false);
            return message.headingOf(headline.get()[0], headline.get()[1]);
        }
        boolean item = stripped.matches("^[-*•] .*");
        String text = item ? stripped.substring(2) : stripped;
        return new Line.Builder(item ? Line.Kind.ITEM : Line.Kind.TEXT)
                .append(text, offset + (item ? 2 : 0)).build(false);
    }
}

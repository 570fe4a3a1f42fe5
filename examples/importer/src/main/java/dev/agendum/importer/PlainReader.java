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
        for (int i = 0; i <= input.length(); i++) {
            if (i == input.length() || input.charAt(i) == '\n') {
                Line line = line(input, start, i);
                if (line != null && follows && HardWraps.cutsName(lines.get(lines.size() - 1), line)) {
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

    private static Line line(String input, int from, int to) {
        String raw = input.substring(from, to);
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
        boolean item = stripped.matches("^[-*•] .*");
        String text = item ? stripped.substring(2) : stripped;
        return new Line.Builder(item ? Line.Kind.ITEM : Line.Kind.TEXT)
                .append(text, offset + (item ? 2 : 0)).build(false);
    }
}

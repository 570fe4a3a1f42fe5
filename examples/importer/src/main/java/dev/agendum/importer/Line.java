package dev.agendum.importer;

import java.util.Arrays;
import java.util.List;

/**
 * One line of an announcement as read, without markup, with the input offset of every character so that any part
 * of it can be quoted as a {@link Source}. A table row is a line whose {@link #cells()} hold its cells.
 */
final class Line {

    /** What kind of block the line comes from. */
    enum Kind { HEADING, TEXT, ITEM, ROW }

    private final Kind kind;
    private final String text;
    private final int[] origin;
    private final List<Line> cells;
    private final boolean strong;

    Line(Kind kind, String text, int[] origin, List<Line> cells, boolean strong) {
        this.kind = kind;
        this.text = text;
        this.origin = origin;
        this.cells = List.copyOf(cells);
        this.strong = strong;
    }

    Kind kind() {
        return kind;
    }

    String text() {
        return text;
    }

    List<Line> cells() {
        return cells;
    }

    /** Tells whether the whole line was set in strong emphasis (a subtitle in Markdown or HTML). */
    boolean strong() {
        return strong;
    }

    /** Returns the words from {@code from} to {@code to} of this line as a source span of the input. */
    Source source(int from, int to) {
        if (text.isEmpty()) {
            return new Source(0, 0, "");
        }
        int a = Math.max(0, Math.min(from, text.length() - 1));
        int b = Math.max(a, Math.min(to, text.length()));
        int start = origin[a];
        int end = b > a ? origin[b - 1] + 1 : start;
        return new Source(start, Math.max(start, end), text.substring(a, b).strip());
    }

    /** Returns part of this line as a heading of its own, keeping the offsets: a mailing's section heading. */
    Line headingOf(int from, int to) {
        return new Line(Kind.HEADING, text.substring(from, to), Arrays.copyOfRange(origin, from, to), List.of(), false);
    }

    /** Returns the whole line as a source span. */
    Source source() {
        return source(0, text.length());
    }

    /** Returns part of this line as a line of its own, keeping the offsets. */
    Line sub(int from, int to) {
        return new Line(kind == Kind.ROW ? Kind.TEXT : kind, text.substring(from, to),
                Arrays.copyOfRange(origin, from, to), List.of(), strong);
    }

    /**
     * Returns this line with {@code next}'s text after it, a space between, every character keeping its offset: a
     * sentence a plain text wraps onto the next line read as one.
     */
    Line joined(Line next) {
        int[] both = Arrays.copyOf(origin, text.length() + 1 + next.text.length());
        both[text.length()] = text.isEmpty() ? 0 : origin[text.length() - 1];
        System.arraycopy(next.origin, 0, both, text.length() + 1, next.text.length());
        return new Line(kind, text + " " + next.text, both, List.of(), strong);
    }

    /** Returns this line cut at its line feeds (a table cell with {@code <br>}), blank parts left out. */
    List<Line> parts() {
        List<Line> parts = new java.util.ArrayList<>();
        int from = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (!text.substring(from, i).isBlank()) {
                    parts.add(sub(from, i).trimmed());
                }
                from = i + 1;
            }
        }
        return parts;
    }

    /**
     * Returns this line read as a row of {@code |}-separated cells when it starts with {@code |}: a table row,
     * or empty for a delimiter row ({@code |---|---|}) or a row of blank cells.
     */
    java.util.Optional<Line> asPipeRow() {
        Line line = trimmed();
        if (!line.text.startsWith("|") || line.text.length() < 2) {
            return java.util.Optional.empty();
        }
        Builder row = new Builder(Kind.ROW);
        int start = 1;
        boolean content = false;
        for (int i = 1; i <= line.text.length(); i++) {
            if (i == line.text.length() || line.text.charAt(i) == '|' && line.text.charAt(i - 1) != '\\') {
                if (i > start || i < line.text.length()) {
                    Line cell = line.sub(start, i);
                    content |= hasContent(cell.text);
                    row.cell(cell.trimmed());
                }
                start = i + 1;
            }
        }
        return content ? java.util.Optional.of(row.build(false)) : java.util.Optional.empty();
    }

    /** Anything but white space, colons and hyphens: a delimiter row's cells have none. */
    private static boolean hasContent(String cell) {
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (!Character.isWhitespace(c) && c != ':' && c != '-') {
                return true;
            }
        }
        return false;
    }

    /** Tells whether the line starts with {@code |}, as a row of a pipe table does. */
    boolean looksLikePipeRow() {
        return text.startsWith("|") && text.indexOf('|', 1) > 0;
    }

    /** Returns this line without leading and trailing white space. */
    Line trimmed() {
        int a = 0;
        int b = text.length();
        while (a < b && Character.isWhitespace(text.charAt(a))) {
            a++;
        }
        while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
            b--;
        }
        return a == 0 && b == text.length() ? this
                : new Line(kind, text.substring(a, b), Arrays.copyOfRange(origin, a, b), cells, strong);
    }

    @Override
    public String toString() {
        return kind + ": " + text;
    }

    /** Collects a line's characters with their offsets. */
    static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private int[] origin = new int[64];
        private final Kind kind;
        private final List<Line> cells = new java.util.ArrayList<>();

        Builder(Kind kind) {
            this.kind = kind;
        }

        /** Appends {@code s}, its first character at input offset {@code at} (-1: at the previous one's). */
        Builder append(CharSequence s, int at) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\t') {
                    // A tab stands between the columns of a plain-text table, as three spaces or more do
                    // (ItemPeople's column gap); read as one space, it joined a title to its people.
                    for (int space = 0; space < 3; space++) {
                        put(' ', at < 0 ? -1 : at + i);
                    }
                } else {
                    // no-break and other fixed spaces read as spaces: announcements pasted from pages are full of them
                    put(c == '\u00a0' || c == '\u2007' || c == '\u202f' ? ' ' : c, at < 0 ? -1 : at + i);
                }
            }
            return this;
        }

        /** Appends one character read at input offset {@code at} (-1: at the previous character's). */
        private void put(char c, int at) {
            if (text.length() == origin.length) {
                origin = Arrays.copyOf(origin, origin.length * 2);
            }
            int previous = text.length() == 0 ? 0 : origin[text.length() - 1];
            origin[text.length()] = at < 0 ? previous : at;
            text.append(c);
        }

        Builder cell(Line cell) {
            cells.add(cell);
            if (text.length() > 0) {
                append(" | ", -1);
            }
            for (int i = 0; i < cell.text.length(); i++) {
                append(String.valueOf(cell.text.charAt(i) == '\n' ? ' ' : cell.text.charAt(i)), cell.origin[i]);
            }
            return this;
        }

        int length() {
            return text.length();
        }

        /** Returns the characters from {@code from} to {@code to} collected so far as a source span. */
        Source sourceOf(int from, int to) {
            if (to <= from) {
                return new Source(0, 0, "");
            }
            return new Source(origin[from], origin[to - 1] + 1, text.substring(from, to).strip());
        }

        boolean isBlank() {
            return text.toString().isBlank() && cells.isEmpty();
        }

        Line build(boolean strong) {
            return new Line(kind, text.toString(), Arrays.copyOf(origin, text.length()), cells, strong).trimmed();
        }
    }

    /**
     * "… over Psalm 104. Om 20.10 uur …": a number ends a sentence when a capital opens the next one and the number
     * is no time ("om 20. 30"), day ("op 3. Mei") or item number.
     */
    static boolean numberEndsSentence(String text, int dot) {
        int start = dot;
        while (start > 0 && Character.isDigit(text.charAt(start - 1))) {
            start--;
        }
        boolean word = start > 1 && Character.isLetter(text.charAt(start - 2)) && text.charAt(start - 1) == ' ';
        return dot + 2 < text.length() && Character.isUpperCase(text.charAt(dot + 2)) && dot - start >= 2 && word
                && !text.substring(Math.max(0, start - 4), start).matches("(?iu).*(?:om|op|at|nr|no) $");
    }

    /** "tel. 011 22 45 67", "nr. 4": the dot of an abbreviation before its number ends no sentence. */
    private static boolean beforeNumber(String text, int dot) {
        String word = text.substring(Math.max(0, dot - 4), dot).toLowerCase(java.util.Locale.ROOT);
        return (word.endsWith(" tel") || word.equals("tel") || word.endsWith(" nr") || word.endsWith(" no"))
                && dot + 2 < text.length() && (Character.isDigit(text.charAt(dot + 2)) || text.charAt(dot + 2) == '+');
    }

    /**
     * The sentences of this line (the registration cues read them one by one); one of three words or fewer
     * ("Deelnemen?") goes with the next.
     */
    List<Line> sentences() {
        Line line = this;
        String text = line.text();
        List<Line> sentences = new java.util.ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = (c == '.' || c == '?' || c == '!') && i + 1 < text.length() && text.charAt(i + 1) == ' '
                    && i > 0 && !Character.isDigit(text.charAt(i - 1)) && !beforeNumber(text, i);
            if (end && text.substring(start, i).strip().split("\\s+").length > 3) {
                sentences.add(line.sub(start, i + 1).trimmed());
                start = i + 2;
            }
        }
        if (start < text.length()) {
            sentences.add(line.sub(start, text.length()).trimmed());
        }
        return sentences;
    }
}

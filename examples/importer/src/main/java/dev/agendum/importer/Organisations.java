package dev.agendum.importer;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names organisations: abbreviations the text defines ("Planbureau voor de Leefomgeving (PBL)") first, then the
 * importer's list of Dutch public bodies (an assumption, said so), else the abbreviation as the name.
 */
final class Organisations {

    private static final Pattern DEFINITION = Pattern.compile("(\\p{Lu}[\\p{L}'&-]*(?:\\s+(?:\\p{Lu}[\\p{L}'&-]*|van"
            + "|voor|de|der|den|het|en|of|for|the|and|op|in|&)){1,9})\\s*\\((\\p{Lu}[\\p{L}&]{1,7}(?: \\p{Lu}{2,4}|-\\p{Lu}[\\p{L}&]{0,3})?)\\)");

    /** An abbreviation spelt out after a dash: "NBDV – Nederlandse Beroepsvereniging van Diëtisten en …". */
    private static final Pattern DASHED = Pattern.compile("(?<![\\p{L}\\p{N}])(\\p{Lu}{2,7})\\s+[–—-]\\s+(\\p{Lu}"
            + "[\\p{L}'&-]*(?: (?:\\p{Lu}[\\p{L}'&-]*|van|voor|de|der|den|het|en|of|for|the|and|op|in|&)){1,9})");

    /** A legal form after a body's name: "B.V.", "NV", "vzw", "Ltd". */
    private static final Pattern LEGAL_FORM = Pattern.compile("(?u),?\\s+(?:B\\.V\\.|BV|bv|NV|N\\.V\\.|nv|vzw|VZW"
            + "|Ltd\\.?|CIC|plc|U\\.A\\.)$");

    private final Map<String, Found.Organisation> defined = new HashMap<>();

    private Organisations() {
    }

    /**
     * Learns the abbreviations the document's leaves define, also across a line that a plain text or Markdown source
     * wraps ("… door de Academische" / "Werkplaats Ouderenzorg Limburg (AWO) en …").
     */
    static Organisations from(Document document) {
        Organisations organisations = new Organisations();
        List<Line> lines = document.leaves();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            organisations.learn(line, Integer.MAX_VALUE);
            if (HardWraps.nameGoesOn(document, lines, i)) {
                // only a definition that starts on this line and ends on the next: the next line's own come next
                organisations.learn(line.joined(lines.get(i + 1)), line.text().length());
            }
        }
        return organisations;
    }

    /** Learns the definitions of {@code line} that start before {@code startsBefore} and end after it, if bounded. */
    private void learn(Line line, int startsBefore) {
        for (Matcher m = DASHED.matcher(line.text()); m.find() && startsBefore == Integer.MAX_VALUE; ) {
            String name = m.group(2).replaceAll("(?: (?:van|voor|de|der|den|het|en|of|for|the|and|op|in|&))+$", "");
            if (initials(name).equals(m.group(1))) {
                defined.putIfAbsent(m.group(1), new Found.Organisation(name, Optional.of(m.group(1)),
                        line.source(m.start(2), m.start(2) + name.length())));
            }
        }
        for (Matcher m = DEFINITION.matcher(line.text()); m.find(); ) {
            String abbreviation = m.group(2);
            boolean crosses = startsBefore == Integer.MAX_VALUE || m.start(1) < startsBefore && m.end() > startsBefore;
            if (crosses && Lexicon.isAbbreviation(abbreviation.replace(' ', '&'))) {
                define(line, m.start(1), m.group(1), abbreviation);
            }
        }
    }

    private void define(Line line, int start, String words, String abbreviation) {
        String[] tokens = words.split("\\s+");
        int offset = 0;
        for (int from = 0; from < tokens.length; from++) {
            if (initialsFit(tokens, from, abbreviation)) {
                String name = String.join(" ", java.util.Arrays.copyOfRange(tokens, from, tokens.length));
                int at = start + offset;
                defined.putIfAbsent(abbreviation, new Found.Organisation(name, Optional.of(abbreviation),
                        line.source(at, at + name.length())));
                return;
            }
            offset += tokens[from].length() + 1;
        }
        // a name in another language than its abbreviation ("Social Insurance Bank (SVB)"): the capitalised run
        // before the brackets that starts with the abbreviation's first letter
        int from = tokens.length - 1;
        while (from > 0 && Character.isUpperCase(tokens[from - 1].charAt(0))) {
            from--;
        }
        if (tokens.length - from >= 2 && tokens[from].charAt(0) == abbreviation.charAt(0)) {
            String name = String.join(" ", java.util.Arrays.copyOfRange(tokens, from, tokens.length));
            int at = start + words.indexOf(name);
            defined.putIfAbsent(abbreviation, new Found.Organisation(name, Optional.of(abbreviation),
                    Assumption.from("\"" + name + "\" taken as the organisation its abbreviation " + abbreviation
                            + " stands for, named in another language", line.source(at, at + name.length()))));
        }
    }

    /** The initials of a name's capitalised words: "Nederlandse Beroepsvereniging van Diëtisten" gives "NBD". */
    private static String initials(String name) {
        StringBuilder initials = new StringBuilder();
        for (String word : name.split(" ")) {
            if (Character.isUpperCase(word.charAt(0))) {
                initials.append(word.charAt(0));
            }
        }
        return initials.toString();
    }

    /** The capitalised words' initials from {@code from} on appear in the abbreviation, in order, first first. */
    private static boolean initialsFit(String[] tokens, int from, String abbreviation) {
        if (tokens.length - from < 2 || Character.toUpperCase(tokens[from].charAt(0)) != abbreviation.charAt(0)) {
            return false;
        }
        String capitals = abbreviation.replaceAll("[^\\p{Lu}]", "");
        int at = 0;
        for (int i = from; i < tokens.length; i++) {
            char c = tokens[i].charAt(0);
            if (Character.isUpperCase(c)) {
                at = capitals.indexOf(c, at);
                if (at < 0) {
                    return false;
                }
                at++;
            }
        }
        return true;
    }

    /** Returns the organisation an abbreviation read at {@code where} stands for. */
    Found.Organisation abbreviation(String abbreviation, Source where) {
        Found.Organisation known = defined.get(abbreviation);
        if (known != null) {
            return known;
        }
        String expanded = Bodies.KNOWN_ABBREVIATIONS.get(abbreviation);
        if (expanded != null) {
            return new Found.Organisation(expanded, Optional.of(abbreviation), Assumption.from(
                    "abbreviation " + abbreviation + " expanded to \"" + expanded + "\" from the importer's list",
                    where));
        }
        return new Found.Organisation(abbreviation, Optional.of(abbreviation), where);
    }

    /** Returns {@code name} without the legal form it ends in ("GreenLedger B.V." → "GreenLedger"), if any. */
    static String withoutLegalForm(String name) {
        Matcher legal = LEGAL_FORM.matcher(name);
        return legal.find() ? name.substring(0, legal.start()) : name;
    }

    /** Returns every abbreviation the text defines, with its organisation. */
    Map<String, Found.Organisation> defined() {
        return Map.copyOf(defined);
    }

    /** Returns the organisation named {@code name} in full at {@code where}, with its abbreviation if defined. */
    Found.Organisation named(String name, Source where) {
        for (Found.Organisation organisation : defined.values()) {
            if (organisation.name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                return organisation;
            }
        }
        return new Found.Organisation(name, Optional.empty(), where);
    }
}

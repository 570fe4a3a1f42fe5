package dev.agendum.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the words that describe a person end, in the text after their name: "(NSOB)", ", gemeentesecretaris
 * Nijmegen", ", Chief Data Officer, City of Rotterdam", "of Offshore Skills Scotland". {@link PeopleReader} reads
 * the person; this finds the spans of what is written beside them.
 */
final class AfterName {

    private static final Pattern AND = Pattern.compile(" (?:en|and) ");
    private static final Set<String> RUN_JOINERS = Set.of("of", "for", "van", "voor", "de",
            "der", "den", "het", "the", "en", "and",
            // a firm's name: "Ashworth & Daughters", "Studiebureau Vanhout & Partners"
            "&");

    private final String text;
    private final NameFinder names;

    /**
     * Whether a list entry's name is followed at {@code pos} by a dash and a position in lower case, as a comma would
     * set it: "**Fatima El Idrissi** – beleidsadviseur klimaatadaptatie bij de Gemeente Rotterdam".
     */
    static boolean dashedPosition(Line line, int pos) {
        String text = line.text();
        char c = text.charAt(pos);
        int start = pos + 1;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        return line.kind() == Line.Kind.ITEM && (c == '–' || c == '—') && start < text.length()
                && Character.isLowerCase(text.charAt(start));
    }

    AfterName(String text, NameFinder names) {
        this.text = text;
        this.names = names;
    }

    /** The end of a run of capitalised words (with "of", "for", "van", "de" between them) from {@code start}. */
    int capitalisedRunEnd(int start) {
        int end = start;
        int pos = start;
        while (pos < text.length()) {
            int wordEnd = wordEnd(pos);
            String word = text.substring(pos, wordEnd).replaceAll("[.,;:()]+$", "");
            if (word.isEmpty()) {
                break;
            }
            if (Character.isUpperCase(word.charAt(0))) {
                end = pos + word.length();
            } else if (!RUN_JOINERS.contains(word)) {
                break;
            }
            if (!word.equals(text.substring(pos, wordEnd))) {
                break;   // a comma or a full stop ends the name
            }
            pos = skipSpace(wordEnd);
        }
        // "Hogeschool van Arnhem en Nijmegen (HAN)": an "en" inside a name its abbreviation closes; else it ends it
        String run = text.substring(start, end);
        Matcher and = AND.matcher(run);
        if (and.find() && !text.startsWith(" (", end)) {
            return start + and.start();
        }
        return end;
    }

    /**
     * "Yusuf Demir, Waag Futurelab": words that look like a name after a comma, with nothing but the end of the
     * sentence after them, describe the person before; a list of people ends with "en"/"and" before its last.
     */
    boolean lastInList(int start) {
        int after = skipSpace(names.at(start).orElseThrow().end());
        return after >= text.length() || ".;)".indexOf(text.charAt(after)) >= 0;
    }

    /** Splits an affiliation's words at commas. */
    List<int[]> parts(int from, int to) {
        List<int[]> parts = new ArrayList<>();
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i == to || text.charAt(i) == ',') {
                if (i > start) {
                    parts.add(new int[] {start, i});
                }
                start = i + 1;
            }
        }
        return parts;
    }

    /**
     * "Rahul Mehta, Chief Data Officer, City of Rotterdam": a last comma-separated part that names an organisation
     * and no person belongs to the position before it. Returns where the affiliation's words end.
     */
    int organisationAfter(int end) {
        if (end >= text.length() || text.charAt(end) != ',') {
            return end;
        }
        int next = skipSpace(end + 1);
        int nextEnd = affiliationEnd(next);
        int after = skipSpace(nextEnd);
        boolean last = after >= text.length() || ".;)".indexOf(text.charAt(after)) >= 0;
        // "Aled Morgan, Head of Safety, Northline Rail;": two capitalised words that open with no given name, after a
        // position, are the body the person works for, though they are set as a name would be
        if (nextEnd <= next || !last || names.startsAt(next)
                && GivenNames.isGivenName(text.substring(next, wordEnd(next)))) {
            return end;
        }
        String[] words = text.substring(next, nextEnd).split("\\s+");
        boolean capitalised = words.length <= 3;
        for (String word : words) {
            if (Lexicon.isOrganisationWord(word)) {
                return nextEnd;
            }
            capitalised &= Character.isUpperCase(word.charAt(0));
        }
        // "dr. A, specialist ouderengeneeskunde, Radboudumc": after a position, a short capitalised last part is
        // where the person works
        int position = end;
        while (position > 0 && text.charAt(position - 1) != ',') {
            position--;
        }
        String before = text.substring(skipSpace(position), end);
        String[] held = before.split("\\s+");
        // the position's first or last word says it is one: "Head of Safety", "Health and Safety Editor"
        return capitalised && !before.isEmpty() && (Character.isLowerCase(before.charAt(0))
                || Lexicon.isPosition(held[0]) || Lexicon.isPosition(held[held.length - 1])) ? nextEnd : end;
    }

    /** Where the words after "Name, " that describe the person end: a comma, a new name, a verb, the end. */
    int affiliationEnd(int start) {
        int pos = start;
        int end = start;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == ',' || c == ';' || c == '(' || c == ')' || c == '.' && pos + 1 < text.length()
                    && Character.isWhitespace(text.charAt(pos + 1)) && !abbreviationDot(pos)) {
                break;
            }
            if (Character.isWhitespace(c)) {
                pos++;
                continue;
            }
            int wordEnd = wordEnd(pos);
            String word = text.substring(pos, wordEnd).toLowerCase(Locale.ROOT).replaceAll("[.,;:]+$", "");
            if (word.equals("–") || word.equals("—") || word.equals("-")) {
                break;   // "X, teamleider bij Zorggroep Y – Klantcase": a dash goes on to the talk's title
            }
            if (PeopleReader.isListMark(word)) {
                break;   // "A, coach · B, coordinator": a middle dot or bullet starts the next person
            }
            // a stop word as written, not an abbreviation that spells one ("bij het OM")
            if (PeopleReader.AFFILIATION_STOPS.contains(word) && !Lexicon.isAbbreviation(text.substring(pos, wordEnd)
                    .replaceAll("[.,;:]+$", "")) || word.contains("@")
                    || PeopleReader.JOINERS.contains(word) && names.startsAt(skipSpace(wordEnd))) {
                break;
            }
            if (word.equals("aan") && text.startsWith("de hand", skipSpace(wordEnd))) {
                break;
            }
            if (text.charAt(wordEnd - 1) == ',' || text.charAt(wordEnd - 1) == ';') {
                end = wordEnd - 1;
                break;
            }
            if (text.charAt(wordEnd - 1) == '.' && wordEnd < text.length()
                    && Character.isWhitespace(text.charAt(wordEnd)) && !abbreviationDot(wordEnd - 1)) {
                end = wordEnd - 1;   // "…, Safety Practice Today. Panellists: …": the sentence ends with the word
                break;
            }
            pos = wordEnd;
            end = wordEnd;
        }
        while (end > start && ".:".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end;
    }

    private boolean abbreviationDot(int dot) {
        int start = dot;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return dot - start <= 4 && start < dot && Character.isUpperCase(text.charAt(start));
    }

    private int skipSpace(int pos) {
        return names.skipSpace(pos);
    }

    private int wordEnd(int pos) {
        return names.wordEnd(pos);
    }

    /**
     * Where the name after an option's letter starts ("A. Dev Sharma" after a colon or a semicolon), or {@code pos}:
     * an initial comes before a surname, not before a given name and a surname.
     */
    int optionLabelEnd(int pos, int from) {
        if (pos + 3 >= text.length() || !Character.isUpperCase(text.charAt(pos)) || text.charAt(pos + 1) != '.'
                || text.charAt(pos + 2) != ' ') {
            return pos;
        }
        String before = text.substring(from, pos).stripTrailing();
        int at = skipSpace(pos + 2);
        boolean opensEntry = pos == from || before.endsWith(":") || before.endsWith(";");
        return opensEntry && GivenNames.isGivenName(text.substring(at, wordEnd(at))) && names.startsAt(at) ? at : pos;
    }
}

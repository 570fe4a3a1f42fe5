package dev.agendum.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a person holds from the words beside their name: "NSOB", "Programmamanager Agenda Stad BZK",
 * "gemeentesecretaris Nijmegen", "voorzitter van de VB", "Adj-directeur NSOB en Hoogleraar EUR".
 */
final class AffiliationReader {

    private static final Set<String> LINKS = Set.of("van", "de", "het", "bij", "aan", "at", "of", "the", "ministerie",
            "ministry", "in", "for", "voor", "der", "den");

    /** A full stop after three letters (not "Dr.", "St.") and a capital: a sentence ends. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=\\p{L}{3})\\.\\s+(?=\\p{Lu})");

    private AffiliationReader() {
    }

    /** The letters of {@code text} that end at {@code end}. */
    private static String lastWord(String text, int end) {
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, end);
    }

    /**
     * Reads the affiliations in {@code line} from {@code from} to {@code to}; an organisation named by a generic
     * word alone ("School") is left out of them ({@link GenericBodies}).
     */
    static List<Found.Affiliation> read(Line line, int from, int to, Organisations organisations) {
        if (KIN.matcher(line.text()).region(from, to).lookingAt()) {
            return List.of();   // "papa van Lotte uit het 4de leerjaar": a child's parent, no position held
        }
        return GenericBodies.without(readAll(line, from, to, organisations));
    }

    /** A family tie said where a position would stand: "papa van Lotte", "mother of two", "oma van …". */
    private static final Pattern KIN = Pattern.compile("(?iu)\\s*(?:papa|mama|vader|moeder|opa|oma|zoon|dochter|dad"
            + "|mum|mom|father|mother|grandfather|grandmother|son|daughter)\\s+(?:van|of)(?![\\p{L}])");

    private static List<Found.Affiliation> readAll(Line line, int from, int to, Organisations organisations) {
        List<Found.Affiliation> found = new ArrayList<>();
        Matcher sentence = SENTENCE_END.matcher(line.text()).region(from, to);
        while (sentence.find()) {
            // "Burgemeester Gem. Alphen aan den Rijn": a body word's abbreviation ends no sentence
            if (!Bodies.isAbbreviation(lastWord(line.text(), sentence.start()))) {
                to = sentence.start() + 1;   // "verslaggever bij RTV Eemland. Gastvrouw is …": the next is not it
                break;
            }
        }
        for (int[] piece : pieces(line.text(), from, to)) {
            piece(line, piece[0], piece[1], organisations).ifPresent(found::add);
        }
        return found;
    }

    /** Splits at " en " / " and " where the part before ends in an organisation: two positions held. */
    private static List<int[]> pieces(String text, int from, int to) {
        List<int[]> pieces = new ArrayList<>();
        int start = from;
        for (String joiner : List.of(" en ", " and ", " & ")) {
            int at = text.indexOf(joiner, start);
            // a joiner that runs past the span's end ("… ABC en" cut before its space) joins nothing in it
            while (at >= 0 && at + joiner.length() <= to) {
                String before = text.substring(start, at).strip();
                String last = before.isEmpty() ? "" : before.substring(before.lastIndexOf(' ') + 1);
                String after = text.substring(at + joiner.length(), to).strip();
                if (Lexicon.isAbbreviation(last) && !after.isEmpty() && Character.isUpperCase(after.charAt(0))) {
                    pieces.add(new int[] {start, at});
                    start = at + joiner.length();
                }
                at = text.indexOf(joiner, at + 1);
            }
        }
        pieces.add(new int[] {start, to});
        return pieces;
    }

    /** A degree's abbreviation: "BA", "MSc", "PhD". */
    private static final Pattern DEGREE = Pattern.compile("BA|MA|BSc|MSc|BEd|MEd|PhD|DPhil|MPhil|MBA|LLB|LLM|BEng|MEng");

    private static Optional<Found.Affiliation> piece(Line line, int from, int to, Organisations organisations) {
        String text = line.text();
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && (Character.isWhitespace(text.charAt(to - 1)) || text.charAt(to - 1) == '.')) {
            to--;
        }
        if (to <= from) {
            return Optional.empty();
        }
        List<int[]> words = words(text, from, to);
        String first = word(text, words.get(0));
        int[] lastWord = words.get(words.size() - 1);
        String last = word(text, lastWord);
        if (DEGREE.matcher(first).matches()) {
            // "(BA English, 2007)": the degree a person holds and its subject, held at no body
            Source degree = line.source(from, to);
            return Optional.of(new Found.Affiliation(Optional.of(degree.words()), Optional.of(degree), Optional.empty()));
        }
        if (Bodies.MUNICIPAL_POSITIONS.contains(first.toLowerCase(Locale.ROOT)) && words.size() > 1) {
            return Optional.of(municipal(line, words, organisations));
        }
        if (words.size() > 1 && first.matches("\\p{Lu}[\\p{L}&-]*['’]s")
                && Lexicon.isPosition(word(text, words.get(1)))) {
            // "Acme's Head of Sales": the body the possessive names, then the position held there
            Source body = line.source(words.get(0)[0], words.get(0)[1] - 2);
            Source position = line.source(words.get(1)[0], to);
            return Optional.of(new Found.Affiliation(Optional.of(position.words()), Optional.of(position),
                    Optional.of(organisations.named(body.words(), body))));
        }
        if (Lexicon.isPosition(first) && words.size() <= 2 && !Lexicon.isOrganisationWord(last)
                && (words.size() == 1 || !Lexicon.isAbbreviation(last))) {
            // "A, CEO, Lumora Analytics", "B, VP Product": a position set apart, no body
            Source position = line.source(from, to);
            return Optional.of(new Found.Affiliation(Optional.of(position.words()), Optional.of(position),
                    Optional.empty()));
        }
        if (LEGAL_FORM.matcher(last).matches() && words.size() > 1) {
            // "HydroGrid BV", "Bundesbeschaffung GmbH", "Van Gelder & Partners BV": the legal form closes the name
            // its capitalised words before it make, and stays part of it
            int start = capitalisedRun(text, words, words.size() - 1);
            if (start < words.size() - 1) {
                Source where = line.source(words.get(start)[0], lastWord[1]);
                return Optional.of(new Found.Affiliation(position(line, words, start), positionSource(line, words,
                        start), Optional.of(organisations.named(where.words(), where))));
            }
        }
        if (Lexicon.isAbbreviation(last)) {
            int run = organisationRun(text, words);
            Found.Organisation organisation = run < words.size() - 1
                    ? organisations.named(line.source(words.get(run)[0], lastWord[1]).words(),
                            line.source(words.get(run)[0], lastWord[1]))
                    : organisations.abbreviation(last, line.source(lastWord[0], lastWord[1]));
            return Optional.of(new Found.Affiliation(position(line, words, run), positionSource(line, words, run),
                    Optional.of(organisation)));
        }
        if (Lexicon.isOrganisationWord(first) && words.size() > 2 && word(text, words.get(1)).matches("of|van")) {
            // "municipality of Leeuwarden", "University of Edinburgh": the organisation's own word opens its name
            Source where = line.source(from, to);
            return Optional.of(new Found.Affiliation(Optional.empty(), Optional.empty(),
                    Optional.of(organisations.named(where.words(), where))));
        }
        for (int i = 1; i < words.size() - 1; i++) {
            // "researcher at the University of Amsterdam", "onderzoeker bij de Nationale ombudsman",
            // "docent aan Howest"
            String link = word(text, words.get(i)).toLowerCase(Locale.ROOT);
            if (link.matches("bij|aan|at|van|of|for|voor") && Character.isLowerCase(first.charAt(0))
                    || link.matches("bij|at")) {
                int start = i + 1;
                while (start < words.size() - 1 && word(text, words.get(start)).matches("(?iu)de|het|the")) {
                    start++;
                }
                if (PORTFOLIOS.matcher(text.substring(words.get(start)[0], to)).matches()) {
                    // "schepen van Wonen": the portfolio is part of the position, no body
                    Source position = line.source(from, to);
                    return Optional.of(new Found.Affiliation(Optional.of(position.words()), Optional.of(position),
                            Optional.empty()));
                }
                if (Character.isUpperCase(word(text, words.get(start)).charAt(0))) {
                    // "… at Leeds Teaching Hospitals NHS Trust and honorary professor": a small word after "and"
                    // goes on to a second position, not the body's name
                    int end = to;
                    for (int j = start + 1; j + 1 < words.size(); j++) {
                        if (word(text, words.get(j)).matches("and|en|&")
                                && Character.isLowerCase(text.charAt(words.get(j + 1)[0]))) {
                            end = words.get(j - 1)[1];
                            break;
                        }
                    }
                    Source where = line.source(words.get(start)[0], end);
                    Found.Organisation organisation = Lexicon.isAbbreviation(where.words())
                            ? organisations.abbreviation(where.words(), where) : organisations.named(where.words(), where);
                    Source position = line.source(words.get(0)[0], words.get(i - 1)[1]);
                    return Optional.of(new Found.Affiliation(Optional.of(position.words()), Optional.of(position),
                            Optional.of(organisation)));
                }
            }
        }
        for (int i = 0; i < words.size(); i++) {
            if (Lexicon.isOrganisationWord(word(text, words.get(i)))) {
                int start = i;
                // "beleidsadviseur Jeugd gemeente Amersfoort": before a word set small, capitals are the position's
                while (start > 0 && Character.isUpperCase(word(text, words.get(i)).charAt(0))) {
                    String before = word(text, words.get(start - 1));
                    if (before.equals("&") && start > 1
                            && Character.isUpperCase(word(text, words.get(start - 2)).charAt(0))) {
                        start -= 2;   // "Van Gelder & Partners Accountants": a firm's partners' names are its name
                    } else if (Character.isUpperCase(before.charAt(0)) && !Lexicon.isPosition(before)) {
                        start--;
                    } else {
                        break;
                    }
                }
                Source where = line.source(words.get(start)[0], to);
                Found.Organisation organisation = organisations.named(where.words(), where);
                return Optional.of(new Found.Affiliation(position(line, words, start),
                        positionSource(line, words, start), Optional.of(organisation)));
            }
        }
        // "Patient and carer advocate": words set small after the first are a description of the person; a body
        // capitalises its name's words ("Stichting Na de IC"), and one with an organisation word was read above
        // "Occupational Health Lead", "Health and Safety Editor": capitals that end in a position word name one
        if (Lexicon.isPosition(first) || Lexicon.isPositionWord(last) || Character.isLowerCase(first.charAt(0))
                || words.size() >= 3
                && words.subList(1, words.size()).stream().allMatch(w -> Character.isLowerCase(text.charAt(w[0])))) {
            Source where = line.source(from, to);
            return Optional.of(new Found.Affiliation(Optional.of(where.words()), Optional.of(where), Optional.empty()));
        }
        Source where = line.source(from, to);
        return Optional.of(new Found.Affiliation(Optional.empty(), Optional.empty(),
                Optional.of(organisations.named(where.words(), where))));
    }

    /** A legal form that closes a body's name: "BV", "B.V.", "GmbH", "Ltd", "vzw". */
    private static final Pattern LEGAL_FORM = Pattern.compile("B\\.?V\\.?|N\\.?V\\.?|GmbH|AG|Ltd\\.?|LLC|Inc\\.?|plc"
            + "|vzw|VZW|SA|S\\.A\\.|CIC|U\\.A\\.");

    /**
     * The first of the capitalised words that run back from word {@code last} (exclusive), "&amp;" and a name's small
     * links ("van", "de", "voor") between them; {@code last} itself when the word before it is set small.
     */
    private static int capitalisedRun(String text, List<int[]> words, int last) {
        int start = last;
        for (int i = last - 1; i >= 0; i--) {
            String word = word(text, words.get(i));
            boolean inner = word.matches("&|van|voor|der|de|en|and|of|for|the") && i > 0;
            if (!inner && (!Character.isUpperCase(word.charAt(0)) || Lexicon.isPosition(word))) {
                break;
            }
            start = inner ? start : i;
        }
        return start;
    }

    /**
     * Where the organisation ending in an abbreviation starts: "decaan Faculteit REBO" names the faculty, not REBO
     * alone, because its capitalised words hold an organisation word; "Programmamanager Agenda Stad BZK" names BZK,
     * as "Agenda Stad" holds none (a programme's name, part of the position).
     */
    private static int organisationRun(String text, List<int[]> words) {
        int last = words.size() - 1;
        int start = capitalisedRun(text, words, last);
        boolean named = words.subList(start, last).stream().anyMatch(w -> Lexicon.isOrganisationWord(word(text, w)));
        return named ? start : last;
    }

    /** A council member's portfolio, capitalised as a place would be: "Wonen", "Cultuur en Erfgoed", "Housing". */
    private static final Pattern PORTFOLIOS = Pattern.compile("(?u)(?:(?:Wonen|Cultuur|Onderwijs|Mobiliteit|Financiën"
            + "|Sport|Jeugd|Welzijn|Economie|Milieu|Klimaat|Zorg|Erfgoed|Toerisme|Ruimtelijke Ordening|Personeel"
            + "|Housing|Education|Transport|Finance|Culture|Health|Planning)(?:,\\s+|\\s+(?:en|and|&)\\s+)?)+");

    /** "gemeentesecretaris Nijmegen", "Burgemeester Gem. Alphen aan den Rijn": the municipality of the place. */
    private static Found.Affiliation municipal(Line line, List<int[]> words, Organisations organisations) {
        String text = line.text();
        int placeFrom = 1;
        String second = word(text, words.get(1));
        for (int i = 1; i < words.size() - 2; i++) {
            // "wethouder Ruimtelijke Ordening van de gemeente Houten": the municipality as the text names it
            if (word(text, words.get(i)).matches("van|of") && word(text, words.get(i + 1)).matches("(?i)de|the")
                    && word(text, words.get(i + 2)).matches("(?iu)gemeente|municipality|city") && i + 3 < words.size()) {
                Source place = line.source(words.get(i + 2)[0], words.get(words.size() - 1)[1]);
                Source position = line.source(words.get(0)[0], words.get(i - 1)[1]);
                return new Found.Affiliation(Optional.of(position.words()), Optional.of(position), Optional.of(
                        organisations.named(place.words(), place)));
            }
        }
        boolean portfolio = second.matches("for|voor");
        int of = 1;
        for (int i = 2; i < words.size() - 1 && !second.matches("van|of"); i++) {
            // "wethouder Zorg van Zwolle", "alderman for Housing of Leeds": the portfolio, then the place
            if (word(text, words.get(i)).matches("van|of") && Character.isUpperCase(word(text, words.get(i + 1))
                    .charAt(0))) {
                of = i;
                second = word(text, words.get(i));
            }
        }
        if (portfolio && of == 1) {
            // "alderman for health": a portfolio, and no place named
            Source position = line.source(words.get(0)[0], words.get(words.size() - 1)[1]);
            return new Found.Affiliation(Optional.of(position.words()), Optional.of(position), Optional.empty());
        }
        if (second.matches("van|of") && words.size() > of + 1
                && PORTFOLIOS.matcher(line.text().substring(words.get(of + 1)[0], words.get(words.size() - 1)[1]))
                .matches()) {
            // "schepen van Wonen", "wethouder van Cultuur": a portfolio capitalised, and no place named
            Source position = line.source(words.get(0)[0], words.get(words.size() - 1)[1]);
            return new Found.Affiliation(Optional.of(position.words()), Optional.of(position), Optional.empty());
        }
        if (second.matches("van|of") && words.size() > of + 1) {
            // "wethouder van Haarlem", "alderman of Rotterdam": the place as the text names it, nothing added
            Source place = line.source(words.get(of + 1)[0], words.get(words.size() - 1)[1]);
            Source position = line.source(words.get(0)[0], words.get(of - 1)[1]);
            return new Found.Affiliation(Optional.of(position.words()), Optional.of(position), Optional.of(
                    organisations.named(place.words(), place)));
        }
        boolean abbreviated = second.equalsIgnoreCase("gem.") || second.equalsIgnoreCase("gemeente");
        if (abbreviated && words.size() > 2) {
            placeFrom = 2;
        }
        Source place = line.source(words.get(placeFrom)[0], words.get(words.size() - 1)[1]);
        if (!abbreviated && Character.isLowerCase(place.words().charAt(0))) {
            // "wethouder duurzaamheid": a portfolio set small, and no place named (a place's name is capitalised)
            Source position = line.source(words.get(0)[0], words.get(words.size() - 1)[1]);
            return new Found.Affiliation(Optional.of(position.words()), Optional.of(position), Optional.empty());
        }
        Source all = line.source(words.get(1)[0], words.get(words.size() - 1)[1]);
        String name = "Gemeente " + place.words();
        String reason = second.equalsIgnoreCase("gem.") ? "\"Gem.\" expanded to \"Gemeente\""
                : second.equalsIgnoreCase("gemeente") ? null
                : "a " + word(text, words.get(0)).toLowerCase(Locale.ROOT) + " of " + place.words()
                        + " works for its municipality, \"" + name + "\"";
        Basis basis = reason == null ? all : Assumption.from(reason, all);
        Found.Organisation organisation = new Found.Organisation(name, Optional.empty(), basis);
        Source position = line.source(words.get(0)[0], words.get(0)[1]);
        return new Found.Affiliation(Optional.of(position.words()), Optional.of(position), Optional.of(organisation));
    }

    /** The words before {@code end} as a position, without linking words at its end ("voorzitter van de"). */
    private static Optional<String> position(Line line, List<int[]> words, int end) {
        return positionSource(line, words, end).map(Source::words);
    }

    private static Optional<Source> positionSource(Line line, List<int[]> words, int end) {
        int stop = end;
        while (stop > 0 && LINKS.contains(word(line.text(), words.get(stop - 1)).toLowerCase(Locale.ROOT))) {
            stop--;
        }
        if (stop == 0) {
            return Optional.empty();
        }
        return Optional.of(line.source(words.get(0)[0], words.get(stop - 1)[1]));
    }

    private static List<int[]> words(String text, int from, int to) {
        List<int[]> words = new ArrayList<>();
        int start = -1;
        for (int i = from; i <= to; i++) {
            boolean space = i == to || Character.isWhitespace(text.charAt(i));
            if (space && start >= 0) {
                words.add(new int[] {start, i});
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return words;
    }

    private static String word(String text, int[] word) {
        return text.substring(word[0], word[1]).replaceAll("[,;:()]+$", "");
    }
}

package dev.agendum.importer;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of an organiser's name as a cue's list or sentence gives them, cleaned of what stands around the name:
 * a sentence's lead-in, "het bestuur van", an apposition's "a … of", an article that is not the name's own, a desk,
 * an address, a full stop, and the rest of the sentence.
 */
final class OrganiserWords {

    /** "a training workshop of", "een onderdeel van": an apposition's words before the body it names. */
    private static final Pattern APPOSITION = Pattern.compile("^(?:an?|een)\\s+(?:\\p{Ll}+\\s+){1,3}(?:of|van)\\s+"
            + "(?=(?:the |de |het )?\\p{Lu})");
    /** An article that opens a sentence, in any case, except a place's own ("The Hague Public Library"). */
    private static final Pattern ARTICLE = Pattern.compile("^(?i:de|het|the)\\s+(?!Hague\\b)");
    /** An article inside a sentence: set small, or the English "The"; "De" and "Het" are then the name's own. */
    private static final Pattern ARTICLE_SET_SMALL = Pattern.compile("^(?:de|het|the|The)\\s+(?!Hague\\b)");

    private OrganiserWords() {
    }

    /**
     * Returns the name the words of {@code where}, read from {@code from} in {@code line}, give, if they open with a
     * capital (or "gemeente X", "provincie X", "vzw X").
     */
    static Optional<String> name(Line line, int from, Source where) {
        // the article goes, except where it is part of a place's name ("The Hague Public Library")
        // "Het bestuur van Vereniging X nodigt …", "The board of the Y Society invites …": the body itself
        String words = withoutLeadIn(where.words()).replaceAll("^(?iu:(?:het |the |de )?(?:bestuur|board|team"
                + "|committee|comité|commissie|secretariaat|secretariat)\\s+(?:van|of)\\s+)", "");
        // "De Kalkoven, a training workshop of Erfgoedhuis X": the body the apposition names is one too
        words = APPOSITION.matcher(words).replaceFirst("");
        // a capitalised "De" or "Het" inside a sentence is the name's own ("with De Kalkoven")
        words = (opensSentence(line, from) ? ARTICLE : ARTICLE_SET_SMALL).matcher(words).replaceFirst("")
                // "Secretariaat Vereniging X <info@x.nl>": a desk before the body's name, an address after it
                .replaceAll("\\s*<[^<>\\s]+@[^<>\\s]+>\\s*$", "")
                .replaceAll("^(?iu:secretariaat|secretariat)\\s+(?=\\p{Lu})", "")
                // a full stop goes, except the last of a legal form's initials ("GreenLedger B.V.")
                .replaceAll("(?<!(?:^|[\\s.])\\p{Lu}|\\be\\.o)[.:]+$|:+$", "");
        if (words.isEmpty() || !Character.isUpperCase(words.charAt(0)) && !words.matches("(?:gemeente|provincie|vzw) \\p{Lu}.*")) {
            return Optional.empty();
        }
        return Optional.of(words);
    }

    /**
     * "Each year the Thorbecke Foundation …", "Ook dit jaar de Stichting …": the words of a sentence before the
     * article that opens the name, when they hold no organisation word ("Centrum voor de Kunsten" keeps its own).
     */
    private static String withoutLeadIn(String words) {
        Matcher lead = LEAD_IN.matcher(words);
        if (lead.lookingAt()) {
            for (String word : lead.group(1).split("\\s+")) {
                if (Lexicon.isOrganisationWord(word)) {
                    return words;
                }
            }
            return words.substring(lead.end());
        }
        return words;
    }

    private static final Pattern LEAD_IN = Pattern.compile("(\\p{Lu}\\p{Ll}*(?:\\s+\\p{Ll}+){1,4})\\s+(?:the|de|het)"
            + "\\s+(?=\\p{Lu})");

    /** Whether the words from {@code from} open the line or a sentence (or follow a label's colon). */
    private static boolean opensSentence(Line line, int from) {
        String before = line.text().substring(0, from).strip();
        return before.isEmpty() || before.matches("(?s).*[.!?:*]");
    }

    /**
     * Returns {@code name} without the sentence it stands in: "Ziekenhuis Gelderse Vallei hoort u meer" ends before
     * a run of two or more words set small that are no joiners ("Centrum voor de Kunsten", "Nationale ombudsman" keep theirs).
     */
    static String sentenceCut(String name) {
        String[] words = name.split(" ");
        int run = 0;
        for (int i = words.length - 1; i > 0; i--) {
            String word = words[i];
            if (word.isEmpty() || !Character.isLowerCase(word.charAt(0)) || Bodies.JOINERS.contains(word)) {
                break;
            }
            run++;
        }
        return run >= 2 ? String.join(" ", java.util.Arrays.copyOf(words, words.length - run)) : name;
    }

    /** "PBL en NSOB", "the Policy Lab and the Tax Administration" are two; "Social and Behavioural Sciences" one. */
    static boolean separates(String text, int at) {
        String before = text.substring(0, at).strip();
        String last = before.substring(before.lastIndexOf(' ') + 1);
        String after = text.substring(at).strip().replaceFirst("^(?:en|and|&)\\s+", "");
        String next = after.isEmpty() ? "" : after.split("\\s+")[0];
        // "Provincie Drenthe en Waterschap Hunze en Aa's": a body's own word after "en" opens a second body
        boolean body = !next.isEmpty() && Lexicon.isOrganisationWord(next) && Character.isUpperCase(next.charAt(0))
                && before.split("\\s+").length >= 2;
        return Lexicon.isAbbreviation(last) || Lexicon.isAbbreviation(next) || body || !next.isEmpty()
                && !Character.isUpperCase(next.charAt(0));
    }
}

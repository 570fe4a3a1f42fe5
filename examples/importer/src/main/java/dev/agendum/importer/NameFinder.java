package dev.agendum.importer;

import java.util.Locale;
import java.util.Optional;

/**
 * Finds personal names in a run of text: honorifics, then capitalised words with particles between them
 * ("Prof. dr. Martijn van der Steen", "Eva Kunseler", "J. de Vries"). Two capitalised words at least, or one after
 * an honorific; words that are abbreviations, organisation words, digits or known non-names end a name. Knows
 * nothing of roles or affiliations: {@link PeopleReader} reads those around the names found here.
 */
final class NameFinder {

    /** A name found: where its honorifics start, where the name proper starts, and where it ends. */
    record Name(int start, int nameStart, int end) {

        /** Tells whether honorifics come before the name proper. */
        boolean honorific() {
            return start < nameStart;
        }
    }

    private final String text;

    NameFinder(String text) {
        this.text = text;
    }

    /** Tells whether a name starts at {@code pos} of {@code line}. */
    static boolean startsAt(Line line, int pos) {
        return new NameFinder(line.text()).at(pos).isPresent();
    }

    /** Tells whether a name starts at {@code pos}. */
    boolean startsAt(int pos) {
        return at(pos).isPresent();
    }

    /** Returns the name that starts at {@code pos}, honorifics included, if one does. */
    Optional<Name> at(int pos) {
        int nameStart = afterHonorifics(pos);
        boolean honorific = nameStart > pos;
        int capitals = 0;
        int nameEnd = -1;
        String lastWord = "";
        int position = -1;
        int beforeParticles = -1;
        boolean bodyAfterParticles = false;
        int afterParticles = 0;
        boolean inParticles = false;
        int cursor = nameStart;
        boolean monthFirst = !honorific && monthGivenName(nameStart);
        boolean titleAfterParticle = false;
        String lastParticle = "x";
        int savedBefore = -1;
        int savedAfter = 0;
        boolean savedTitle = false;
        while (cursor < text.length()) {
            int end = wordEnd(cursor);
            String raw = text.substring(cursor, end);
            String word = withoutTrailingMarks(raw);
            if (word.matches("\\p{Lu}\\p{Ll}{3,}[-'\\p{L}]*\\.|\\p{Lu}\\p{Ll}{1,2}\\p{Lu}\\p{Ll}{2,}[-'\\p{L}]*\\.")) {
                // a name that ends a sentence: "… zegt Eva Kunseler.", "… by Fiona McAllister."
                word = word.substring(0, word.length() - 1);
            }
            boolean closes = !word.equals(raw);
            if (word.isEmpty()) {
                break;
            }
            if (isNameWord(word, capitals == 0 && !honorific) || capitals == 0 && monthFirst) {
                if (capitals > 0 && Lexicon.isPosition(word)) {
                    position = capitals;
                }
                capitals++;
                afterParticles = inParticles || afterParticles > 0 && beforeParticles >= 0 ? afterParticles + 1 : 0;
                inParticles = false;
                nameEnd = cursor + word.length();
                lastWord = word;
                if (closes) {
                    break;
                }
            } else if (capitals == 0 || !Lexicon.PARTICLES.contains(word.toLowerCase(Locale.ROOT)) || closes) {
                if (inParticles && afterParticles == 0 && savedBefore > 0) {
                    // "… van De Gelderlander de auteur": particles no capital follows leave the run before them
                    beforeParticles = savedBefore;
                    afterParticles = savedAfter;
                    titleAfterParticle = savedTitle;
                }
                // a particle belongs to the name only when a capitalised word follows
                bodyAfterParticles = afterParticles > 0 && beforeParticles > 0 && Lexicon.isOrganisationWord(word);
                break;
            } else if (!inParticles) {
                inParticles = true;
                savedBefore = beforeParticles;
                savedAfter = afterParticles;
                savedTitle = titleAfterParticle;
                beforeParticles = nameEnd;
                afterParticles = 0;
                titleAfterParticle = false;
            } else if (ARTICLES.contains(word) && Character.isLowerCase(lastParticle.charAt(0))) {
                // "Wendela Prins van De Gelderlander": an article set capital after "van" opens a paper's or a
                // body's name, not a surname's particles ("Jan Van De Velde" writes its "Van" capital too)
                titleAfterParticle = true;
            }
            if (!isNameWord(word, false) && Lexicon.PARTICLES.contains(word.toLowerCase(Locale.ROOT))) {
                lastParticle = word;
            }
            cursor = skipSpace(end);
            if (cursor < text.length() && (text.charAt(cursor) == '(' || text.charAt(cursor) == ',')) {
                break;
            }
        }
        // "Wilma Jansen van de Cantorij": the one word after the particles is a body's
        boolean bodyWord = afterParticles == 1 && Lexicon.isOrganisationWord(lastWord);
        if ((afterParticles >= 2 || bodyAfterParticles || bodyWord || titleAfterParticle && afterParticles >= 1)
                && beforeParticles > 0 && capitals - afterParticles >= 2) {
            // "Hanne Goossens van Mobiliteitsbureau Scheldeland": a surname after particles is one word; two
            // capitalised words after them, or one and a body's word ("van Sportmedisch Centrum"), name the body
            nameEnd = beforeParticles;
            capitals -= afterParticles;
        }
        // "Tweede Kamerlid Sevda Aslan", "Eerste Kamerlid …": a position word with a name of two words after it
        // is the position's, and the name starts after it
        boolean positionFirst = position > 0 && capitals - position >= 3;
        if (nameEnd < 0 || capitals < 2 && !(honorific && capitals == 1) || organisationFollows(nameEnd)
                || positionAt(lastWord, nameEnd) || positionFirst || !honorific && portfolioFirst(pos, nameEnd)
                || !honorific && capitals <= 3 && positionLast(nameStart, lastWord)) {
            return Optional.empty();
        }
        if (DUTCH_STREET.matcher(lastWord).matches() && text.substring(nameEnd).matches("(?s)\\s+\\d.*")) {
            return Optional.empty();   // "Simon Smitweg 1": a street named after a person, and its number
        }
        if (!honorific && PLACE_WORD.matcher(lastWord).matches()
                && !GivenNames.isGivenName(text.substring(nameStart, wordEnd(nameStart)))) {
            return Optional.empty();   // "Main Street", "Cascade House Hotel": a place, its first word no given name
        }
        int following = skipSpace(nameEnd);
        if (following > nameEnd && STREET_WORD.matcher(text.substring(following, wordEnd(following))
                .replaceAll("[.,;:)]+$", "")).matches()) {
            return Optional.empty();   // "Lloyd George Avenue": a person's name the street is named after
        }
        if (nameEnd - nameStart > 4 && (text.startsWith("'s", nameEnd - 2) || text.startsWith("’s", nameEnd - 2))) {
            nameEnd -= 2;   // "Joanna Prescott's new novel": the possessive is no part of her name
        }
        return Optional.of(new Name(pos, nameStart, nameEnd));
    }

    /** Where the words after the honorifics at {@code pos} ("Prof. dr.", "mevrouw") start. */
    private int afterHonorifics(int pos) {
        int at = pos;
        while (at < text.length()) {
            int end = wordEnd(at);
            String word = text.substring(at, end).toLowerCase(Locale.ROOT).replace(".", "");
            if (!Lexicon.HONORIFICS.contains(word)) {
                break;
            }
            at = skipSpace(end);
        }
        return at;
    }

    /**
     * "Principal Researcher at Deltares": a last word that spells a position, followed by the preposition of an
     * affiliation, is the position, not a surname.
     */
    private boolean positionAt(String lastWord, int nameEnd) {
        if (!Lexicon.isPosition(lastWord)) {
            return false;
        }
        int following = skipSpace(nameEnd);
        String next = text.substring(following, wordEnd(following)).toLowerCase(Locale.ROOT);
        return AFFILIATION_PREPOSITIONS.contains(next);
    }

    /**
     * "wethouder Openbare Ruimte Gerben Hulshof", "Schepen van Mobiliteit Wouter De Clercq": after a position
     * word, capitalised words that are no given name and then a given name with a surname are the portfolio held,
     * and the name starts at the given name.
     */
    private boolean portfolioFirst(int pos, int nameEnd) {
        if (GivenNames.isGivenName(text.substring(pos, wordEnd(pos)))) {
            return false;
        }
        int second = skipSpace(wordEnd(pos));
        if (sentenceStart(pos) && second < nameEnd && GivenNames.isGivenName(text.substring(second, wordEnd(second)))
                && skipSpace(wordEnd(second)) < nameEnd) {
            return true;   // "Uitvoerder Kees van Oort vertelt …": the position, capitalised as the sentence's first word
        }
        if (!positionBefore(pos)) {
            return false;
        }
        for (int at = skipSpace(wordEnd(pos)); at < nameEnd; at = skipSpace(wordEnd(at))) {
            if (GivenNames.isGivenName(text.substring(at, wordEnd(at))) && skipSpace(wordEnd(at)) < nameEnd) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Mei Ling Chen": a given name that also spells a month ("mei") starts a name when two capitalised words that
     * could be a name's follow it; a date ("mei 2027") or a month over a list does not.
     */
    private boolean monthGivenName(int pos) {
        String first = text.substring(pos, wordEnd(pos));
        if (!GivenNames.isGivenName(first) || !Lexicon.isNotName(first)) {
            return false;
        }
        int second = skipSpace(wordEnd(pos));
        int third = second < text.length() ? skipSpace(wordEnd(second)) : text.length();
        return third < text.length() && isNameWord(text.substring(second, wordEnd(second)), false)
                && isNameWord(text.substring(third, wordEnd(third)).replaceAll("[,;:)(.]+$", ""), false);
    }

    /**
     * "Priya Natarajan, Events Officer", "…, Occupational Health Lead": two or three capitalised words whose last is a
     * position and whose first is no
     * given name are a position written with capitals, not a name.
     */
    private boolean positionLast(int nameStart, String lastWord) {
        return Lexicon.isPositionWord(lastWord)
                && !GivenNames.isGivenName(text.substring(nameStart, wordEnd(nameStart)));
    }

    /** Tells whether {@code pos} starts the text or a sentence ("… verbouwing? Uitvoerder …"). */
    private boolean sentenceStart(int pos) {
        String before = text.substring(0, pos).stripTrailing();
        return before.isEmpty() || before.endsWith(".") || before.endsWith("?") || before.endsWith("!");
    }

    /** Tells whether one of the three words before {@code pos} is a position word ("wethouder", "Schepen"). */
    private boolean positionBefore(int pos) {
        String[] before = text.substring(0, pos).strip().split("\\s+");
        for (int i = before.length - 1; i >= Math.max(0, before.length - 3); i--) {
            if (!before[i].isEmpty() && Lexicon.isPosition(before[i])) {
                return true;
            }
        }
        return false;
    }

    /** Articles set capital: "De Gelderlander", "Het Parool", "The Guardian". */
    private static final java.util.Set<String> ARTICLES = java.util.Set.of("De", "Het", "The");

    private static final java.util.Set<String> AFFILIATION_PREPOSITIONS = java.util.Set.of("at", "of", "for", "bij",
            "van", "voor", "aan", "in");

    /** "Museum Arnhem", "Dorpshuis Oranje": capitalised words followed by an organisation word name no person. */
    private boolean organisationFollows(int nameEnd) {
        int following = skipSpace(nameEnd);
        return following < text.length() && "(,".indexOf(text.charAt(following)) < 0
                && Lexicon.isOrganisationWord(text.substring(following, wordEnd(following)));
    }

    private static boolean isNameWord(String word, boolean first) {
        char c = word.charAt(0);
        if (!Character.isUpperCase(c) || Lexicon.isAbbreviation(word.replace(".", "")) && !word.matches("\\p{Lu}\\.")) {
            return false;
        }
        if (word.matches("(\\p{Lu}\\.)+")) {
            return first;
        }
        if (word.length() > 1 && !word.substring(1).chars().anyMatch(Character::isLowerCase)) {
            return false;
        }
        // "Vlaams Energie- en Klimaatagentschap": the first half of a compound split over two words names no one
        if (word.contains("@") || word.matches(".*\\d.*") || word.endsWith(".") && word.length() > 3
                || word.endsWith("-")) {
            return false;
        }
        // "Ferry Road Business Park", "Lloyd George Avenue": a street's name, though it may hold a person's
        if (!first && STREET_WORD.matcher(word).matches()) {
            return false;
        }
        // "Calderdale Council's adult social care team": a body's word with its possessive is still no name's
        if (word.matches(".{3,}['’]s") && Lexicon.isOrganisationWord(word.substring(0, word.length() - 2))) {
            return false;
        }
        // "Willem Schrijver", "Anna Visser": after a first name, a surname may spell a position ("schrijver")
        return first ? !Lexicon.isNotName(word) : !Lexicon.isNotName(word) || Lexicon.isSurnameLike(word);
    }

    /** An English street's or site's word ("Road", "Approach", "Dairy"): no surname ends a name so. */
    private static final java.util.regex.Pattern STREET_WORD = java.util.regex.Pattern.compile("Road|Avenue|Square"
            + "|Crescent|Terrace|Approach|Close|Drive|Gardens|Mews|Wharf|Quay"
            // a site's word: "the former Brightwell Dairy", "Tannery Works", "Mill Yard"
            + "|Dairy|Farm|Works|Yard|Quarry|Depot|Estate");
    /** The last word of a street's or a venue's name: "Main Street", "Cascade House Hotel", "Nagle's Bar". */
    private static final java.util.regex.Pattern PLACE_WORD = java.util.regex.Pattern.compile("Street|Road|Lane"
            + "|Avenue|Square|Hotel|Bar|Pub|Inn|Lounge|Hall|Church|Theatre|Theater|Centre|Center|Café|Cafe|House"
            + "|Museum|Library|Gallery|Park|Bridge");
    /** A Dutch street's compound ("Smitweg", "Kerkstraat"); a surname may end so too ("Ammerlaan"), not before a number. */
    private static final java.util.regex.Pattern DUTCH_STREET = java.util.regex.Pattern.compile("\\p{Lu}\\p{L}{2,}(?:weg"
            + "|straat|laan|plein|dreef|kade|singel|gracht|steeg)");

    /** Returns the first offset from {@code pos} that is not white space. */
    int skipSpace(int pos) {
        int at = pos;
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }

    /** Returns where the word (anything up to white space) at {@code pos} of {@code text} ends. */
    /** Returns {@code word} without the marks a sentence sets after it (",", ";", ":", brackets). */
    static String withoutTrailingMarks(String word) {
        int end = word.length();
        while (end > 0 && ",;:)(".indexOf(word.charAt(end - 1)) >= 0) {
            end--;
        }
        return word.substring(0, end);
    }

    /** Tells whether the word of {@code text} at {@code pos}, without its trailing marks, is a given name. */
    static boolean givenNameAt(String text, int pos) {
        return GivenNames.isGivenName(withoutTrailingMarks(text.substring(pos, wordEndIn(text, pos))));
    }

    static int wordEndIn(String text, int pos) {
        return new NameFinder(text).wordEnd(pos);
    }

    /** Returns where the word (anything up to white space) at {@code pos} ends. */
    int wordEnd(int pos) {
        int end = pos;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return end;
    }
}

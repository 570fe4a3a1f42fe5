package dev.agendum.importer;

import dev.agendum.model.RoleType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Role words set right before a name, outside any cue or label: "sopraan Marloes de Wit", "speaker Raj Malhotra". */
final class RoleWordsBeforeNames {

    /** A role word, the role it names, and where the name after it starts. */
    record Found(int nameAt, RoleType role, Source source) {
    }

    private RoleWordsBeforeNames() {
    }

    /**
     * "Ook sopraan Marloes de Wit en organist Pieter van der Linde …", "by speaker Raj Malhotra of …": a role word
     * right before a name gives that person the role, when the text gives them none elsewhere; "onze voorzitter X"
     * and "door trainer X" name positions held. Returns each such word and where the name after it starts.
     */
    static List<Found> in(Line line) {
        List<Found> found = new ArrayList<>();
        String text = line.text();
        String lower = text.toLowerCase(Locale.ROOT);
        boolean aligned = lower.length() == text.length();   // a lowered letter may take two chars ("İ")
        for (int pos = 0; pos < text.length(); pos = NameFinder.wordEndIn(text, pos) + 1) {
            if (pos > 0 && Character.isLetter(text.charAt(pos - 1))) {
                continue;
            }
            Optional<Map.Entry<String, RoleType>> role = aligned ? Lexicon.leadingRoleAt(lower, pos)
                    : Lexicon.leadingRole(text.substring(pos));
            // "Daan Vermolen, woordvoerder Energie Samen": after a name and a comma the word is that one's position;
            // "neem contact op met griffier X": a contact, who holds no role
            if (role.isEmpty() || RunWords.heldPosition(text, pos, role.get().getKey())
                    || AFTER_NAME.matcher(text).region(0, pos).find()
                    || CONTACT_BEFORE.matcher(text.substring(Math.max(0, pos - CONTACT_REACH), pos)).find()) {
                continue;
            }
            int after = ItemCues.skipSpace(text, pos + role.get().getKey().length());
            if (after < text.length() && after > pos + role.get().getKey().length() && NameFinder.startsAt(line, after)) {
                found.add(new Found(after, role.get().getValue(), line.source(pos, pos + role.get().getKey().length())));
            }
        }
        return found;
    }

    /**
     * A role phrase with its determiner, a comma and then the name: "our guest speaker, Professor X", "our host for the
     * evening, Priya R", "our compère and host for the evening, Jo W" (the last role named), "onze gastspreker, …".
     */
    private static final Pattern ROLE_APPOSITIVE = Pattern.compile("(?iu)(?<![\\p{L}])(?:our|your|the|onze|uw|jullie)"
            + "\\s+((?:[\\p{L}-]+\\s+){0,3}?[\\p{L}-]+?)(?:\\s+(?:for|of|van|voor)\\s+(?:the|this|both|de|het|deze|beide)\\s+"
            + "\\p{L}+|\\s+(?:this year|tonight|today|dit jaar|vanavond|vandaag))?,\\s+");

    /**
     * The role phrases of {@code line} set before a name as its appositive ("our keynote speaker, Priya Raman, …"):
     * each, with its role and where the name starts. A phrase that names no role ("our director, …") gives none.
     */
    static List<Found> appositives(Line line) {
        List<Found> found = new ArrayList<>();
        Matcher phrase = ROLE_APPOSITIVE.matcher(line.text());
        while (phrase.find()) {
            String words = phrase.group(1);
            String[] parts = words.split("(?iu)\\s+(?:and|en|&)\\s+");
            Optional<RoleType> role = Lexicon.role(parts[parts.length - 1]);
            // "Toespraak door onze voorzitter, Gerrit van Beek": the club's chair, a position held, unless the phrase
            // says for what ("our chair for the evening, …")
            boolean held = parts.length == 1 && phrase.end() - phrase.end(1) <= 2
                    && RunWords.heldPosition(line.text(), phrase.start(1), words.toLowerCase(Locale.ROOT));
            if (role.isPresent() && !held && NameFinder.startsAt(line, phrase.end())) {
                found.add(new Found(phrase.end(), role.get(), line.source(phrase.start(1), phrase.end(1))));
            }
        }
        return found;
    }

    /** Where a sentence starts, and a determiner after it: "Our judge …", "Uw gids …", ". Voorlezers …". */
    private static final Pattern SENTENCE_START = Pattern.compile("(?iu)(?:^|(?<=[.!?:]\\s))(?:(?:our|your|the|onze|uw|de"
            + "|het|jullie)\\s+)?");
    /** What may stand between the role word and its copula, then the copula: "this year is", "van dienst is", "zijn". */
    private static final Pattern COPULA = Pattern.compile("(?iu)\\s+(?:(?:this year|tonight|for (?:the|both|all)"
            + " (?:evening|day|days|night|weekend|afternoon)"
            + "|van dienst|vanavond|dit jaar|van de avond|van de dag)\\s+)?(?:is|zijn|will be|wordt|worden"
            // "Aan tafel zitten Eva Lindeman en …", "Op het podium staan …", "On stage sit …"
            + "|zitten|zit|staan|staat|sit|sits)\\s+");

    /**
     * A sentence that opens with a role word and its copula, then the people: "Your facilitator is Claire Hamblin",
     * "Our judge this year is Bill Tranter of …", "Voorlezers zijn Els Peeters en Karim Benali", "Uw gids is
     * conservator textiel Ilse Hofstede" (a position first). Returns each such word and where the people start.
     */
    static List<Found> copulas(Line line) {
        List<Found> found = new ArrayList<>();
        String text = line.text();
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.length() != text.length()) {
            return found;
        }
        for (Matcher start = SENTENCE_START.matcher(text); start.find(); ) {
            Optional<Map.Entry<String, RoleType>> role = Lexicon.leadingRoleAt(lower, start.end());
            if (role.isEmpty()) {
                continue;
            }
            int wordEnd = start.end() + role.get().getKey().length();
            Matcher copula = COPULA.matcher(text).region(wordEnd, text.length());
            if (!copula.lookingAt()) {
                continue;
            }
            // "… is the comedian Ruth Galloway": the article before a position is passed over
            Matcher article = ARTICLE.matcher(text).region(copula.end(), text.length());
            int people = article.lookingAt() && NameProbe.givenNameAfter(line, article.end(), 3) > 0
                    ? article.end() : copula.end();
            if (NameFinder.startsAt(line, people) || NameProbe.givenNameAfter(line, people, 3) > 0) {
                found.add(new Found(people, role.get().getValue(), line.source(start.end(), wordEnd)));
            }
        }
        return found;
    }

    /** An article before a position after the copula: "the comedian …", "de journaliste …". */
    private static final Pattern ARTICLE = Pattern.compile("(?iu)(?:the|de|het|a|an|een)\\s+");

    /** A name's last word and a comma, right before the role word: the word is that one's position. */
    private static final Pattern AFTER_NAME = Pattern.compile("\\p{Lu}[\\p{L}'-]*, $");
    /** Words that ask the reader to contact the person named after them. */
    private static final Pattern CONTACT_BEFORE = Pattern.compile("(?iu)contact|vragen|questions|bel |call |mail ");
    /** How far before a role word those words are looked for. */
    private static final int CONTACT_REACH = 30;
}

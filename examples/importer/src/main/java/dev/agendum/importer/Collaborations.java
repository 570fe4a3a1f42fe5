package dev.agendum.importer;

import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence that says the event is a collaboration of bodies ("Het Taalcafé is een samenwerking van Bibliotheek Houten
 * en Stichting Taalmaatje Houten", "Soup &amp; Games is a partnership between …"): its subject is the event when the
 * title names it, so the bodies after it put the event on. A body's own description ("Het Kenniscentrum is een
 * samenwerking van Zeeuwse kennisinstellingen") names no event and gives none.
 */
final class Collaborations {

    private Collaborations() {
    }

    private static final Pattern SUBJECT_IS_COLLABORATION = Pattern.compile("(?:^|(?<=[.!?]\\s))(?:Het |De |The |This )?"
            + "(\\p{Lu}[^.!?]{0,60}?)\\s+(?:is|was|wordt|is being)\\s+(?:een samenwerking(?:sverband)? (?:van|tussen)"
            + "|an? (?:collaboration|partnership|joint effort|joint initiative) (?:of|between|by))\\s+(?=\\p{Lu})");

    /**
     * Where the bodies of {@code line}'s collaboration sentence start, when its subject is the event titled
     * {@code title}; empty otherwise.
     */
    static OptionalInt bodiesAt(Line line, String title) {
        Matcher said = SUBJECT_IS_COLLABORATION.matcher(line.text());
        String titled = title.toLowerCase(Locale.ROOT);
        while (said.find()) {
            String subject = said.group(1).toLowerCase(Locale.ROOT).strip();
            String first = subject.split("[\\s:]+")[0];
            if (titled.contains(subject) || first.length() >= 4 && titled.startsWith(first)) {
                return OptionalInt.of(said.end());
            }
        }
        return OptionalInt.empty();
    }
}

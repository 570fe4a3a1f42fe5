package dev.agendum.importer;

import dev.agendum.model.ItemKind;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The words that name a programme item's kind ("Pauze", "Keynote", "Q&A", "Jaarverslag"), Dutch and English: what an
 * item's title is read by, apart from the {@link Lexicon}'s words for people and their roles.
 */
final class ItemKindWords {

    private ItemKindWords() {
    }

    /** Words that name an item's kind, lower case; the earliest in a title decides. */
    static final Map<String, ItemKind> WORDS = Lexicon.ordered(
            // "Closing keynote: …": the keynote is the item, "closing" says when
            "closing keynote", ItemKind.KEYNOTE, "opening keynote", ItemKind.KEYNOTE, "slotkeynote", ItemKind.KEYNOTE,
            "openingskeynote", ItemKind.KEYNOTE, "welkom", ItemKind.WELCOME, "welcome", ItemKind.WELCOME, "ontvangst", ItemKind.WELCOME,
            "inloop", ItemKind.WELCOME, "arrival", ItemKind.WELCOME, "aftrap", ItemKind.OPENING,
            "opening", ItemKind.OPENING, "kick-off", ItemKind.OPENING, "inleiding", ItemKind.INTRODUCTION,
            "introductie", ItemKind.INTRODUCTION, "introduction", ItemKind.INTRODUCTION,
            "keynote", ItemKind.KEYNOTE, "interview", ItemKind.INTERVIEW, "panel", ItemKind.PANEL,
            "discussie", ItemKind.DISCUSSION, "discussion", ItemKind.DISCUSSION, "debat", ItemKind.DISCUSSION,
            "debate", ItemKind.DISCUSSION, "gesprek", ItemKind.DISCUSSION, "rondetafel", ItemKind.DISCUSSION,
            "roundtable", ItemKind.DISCUSSION, "round table", ItemKind.DISCUSSION,
            "vragen", ItemKind.QUESTIONS, "q&a", ItemKind.QUESTIONS, "q & a", ItemKind.QUESTIONS,
            "questions", ItemKind.QUESTIONS,
            "pauze", ItemKind.BREAK, "break", ItemKind.BREAK, "lunch", ItemKind.BREAK, "koffie", ItemKind.BREAK,
            "coffee", ItemKind.BREAK, "borrel", ItemKind.NETWORKING, "netwerk", ItemKind.NETWORKING,
            "networking", ItemKind.NETWORKING, "drinks", ItemKind.NETWORKING, "reception", ItemKind.NETWORKING,
            "afsluiting", ItemKind.CLOSING, "afronding", ItemKind.CLOSING, "slotwoord", ItemKind.CLOSING,
            "closing", ItemKind.CLOSING, "close", ItemKind.CLOSING, "einde", ItemKind.CLOSING, "end", ItemKind.CLOSING,
            "wrap-up", ItemKind.CLOSING, "presentatie", ItemKind.TALK, "lezing", ItemKind.TALK,
            "talk", ItemKind.TALK, "presentation", ItemKind.TALK, "lecture", ItemKind.TALK,
            "workshop", ItemKind.TALK, "pitch", ItemKind.TALK,
            // a meeting's reports are presented to it as talks are: "Jaarverslag 2026, gepresenteerd door …"
            "jaarverslag", ItemKind.TALK, "verslag", ItemKind.TALK, "jaarrekening", ItemKind.TALK,
            "begroting", ItemKind.TALK, "annual report", ItemKind.TALK, "report", ItemKind.TALK);

    /** Returns the kind the earliest kind word of {@code title} names, and where that word starts. */
    static Optional<Map.Entry<Integer, ItemKind>> earliestIn(String title) {
        String lower = title.toLowerCase(Locale.ROOT);
        int best = Integer.MAX_VALUE;
        ItemKind kind = null;
        for (Map.Entry<String, ItemKind> entry : WORDS.entrySet()) {
            int at = lower.indexOf(entry.getKey());
            while (at >= 0 && at > 0 && Character.isLetter(lower.charAt(at - 1))) {
                at = lower.indexOf(entry.getKey(), at + 1);
            }
            if (at >= 0 && at < best) {
                best = at;
                kind = entry.getValue();
            }
        }
        return kind == null ? Optional.empty() : Optional.of(Map.entry(best, kind));
    }
}

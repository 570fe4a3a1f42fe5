package dev.agendum.importer;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Signs around a date that say how well it is placed to be the event's ({@link EventReader}): a letter's fields
 * around a date line (the day it was written), a notice's "*** NEW DATE ***" over it (the new date), strong emphasis
 * within its sentence.
 */
final class DateSignals {

    /** A letter's header fields beside its date: reference, handler, enclosures, subject. */
    private static final Pattern LETTER_FIELD = Pattern.compile("(?iu)^\\W*(?:ons kenmerk|uw kenmerk|kenmerk"
            + "|behandeld door|bijlagen?|onderwerp|betreft|our ref(?:erence)?|your ref(?:erence)?|reference|enclosures?)"
            + "\\s*:");
    /** An invitation's field for the day it is for: "Wanneer: donderdag 11 maart 2027 10:00-11:30 (UTC+01:00)". */
    private static final Pattern WHEN_FIELD = Pattern.compile("(?iu)^\\W*(?:wanneer|when)\\s*:");
    /** How many lines under a notice's "*** NEW DATE ***" the new date may stand. */
    private static final int NOTICE_LINES = 3;
    /** The longest line read as a notice's own line over the new date. */
    private static final int NOTICE_WIDTH = 30;

    private DateSignals() {
    }

    /**
     * Whether a letter's fields ("Ons kenmerk:", "Onderwerp:") stand within two lines of leaf {@code index}, and the
     * leaf is no invitation's "Wanneer:" or "When:", which names the meeting's day beside its subject, not the letter's.
     */
    static boolean amongLetterFields(List<Line> leaves, int index) {
        if (WHEN_FIELD.matcher(leaves.get(index).text()).lookingAt()) {
            return false;
        }
        for (int k = Math.max(0, index - 2); k <= Math.min(leaves.size() - 1, index + 2); k++) {
            if (k != index && LETTER_FIELD.matcher(leaves.get(k).text()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the status's cue leads into the date on its own line, as a paragraph that first gives the old date says
     * "… De presentatie vindt nu plaats op donderdag 4 februari 2027": the date the cue ends on is the new one.
     */
    static boolean afterStatusCue(Reading reading, Line line, DateReader.DateMention date) {
        if (!(reading.status.basis() instanceof Source cue)) {
            return false;
        }
        // the line's own text, not the input's, lies between them: a page's markup may ("op <strong>donderdag …")
        String before = line.text().substring(0, date.start()).replaceAll("[\\s:]+", " ").strip();
        String words = cue.words().replaceAll("\\s+", " ");
        return line.source().start() <= cue.start() && cue.end() <= line.source().end()
                && before.toLowerCase(Locale.ROOT).endsWith(words.toLowerCase(Locale.ROOT))
                && words.matches("(?iu).*\\s(?:on|op|to|naar|for|voor|at)");
    }

    /**
     * Whether the status's cue is all one of the few lines just above leaf {@code index} says, but for the marks
     * around it ("*** NEW DATE ***", "— NIEUWE DATUM —"), as a notice's own line is; or the cue ends the line right
     * above, which the date goes on from ("The forum will now take place on:" over "Wednesday 17 February 2027, …").
     */
    static boolean underStatusNotice(Reading reading, List<Line> leaves, int index) {
        if (!(reading.status.basis() instanceof Source cue)) {
            return false;
        }
        if (index > 0) {
            Source above = leaves.get(index - 1).source();
            if (above.start() <= cue.start() && cue.end() <= above.end()
                    && leaves.get(index - 1).text().substring(cue.end() - above.start()).matches("\\s*:?\\s*")
                    && cue.words().matches("(?iu).*\\s(?:on|op|to|naar|for|voor|at)")) {
                // a heading's "– NIEUWE DATUM" names the notice; the sentence under it may still give the old date
                return true;
            }
        }
        for (int k = Math.max(0, index - NOTICE_LINES); k < index; k++) {
            Source line = leaves.get(k).source();
            if (line.start() <= cue.start() && cue.start() < line.end() && leaves.get(k).text().strip().length()
                    < NOTICE_WIDTH && letters(leaves.get(k).text()).equalsIgnoreCase(letters(cue.words()))) {
                return true;
            }
        }
        return false;
    }

    /** "… op **dinsdag 16 maart** een avond voor …": a date set in strong emphasis within its sentence. */
    static boolean emphasised(String input, Line line, DateReader.DateMention date) {
        int start = line.source(date.start(), date.end()).start();
        return start >= 2 && (input.startsWith("**", start - 2) || input.startsWith("__", start - 2));
    }

    private static String letters(String text) {
        return text.replaceAll("[^\\p{L}]", "");
    }

    /** A press release's own words among its first lines: "PRESS RELEASE", "Persbericht", "For immediate release". */
    private static final Pattern PRESS = Pattern.compile("(?iu)(?<![\\p{L}])(?:press release|persbericht"
            + "|for immediate release|embargo|news release)(?![\\p{L}])");

    /** How many of a text's first lines hold a press release's head. */
    private static final int PRESS_HEAD = 6;

    /**
     * Whether a date set alone on a line of a press release's head ("PRESS RELEASE" … "Tuesday 16 February 2027") is
     * the day the release was sent out, not the event's.
     */
    static boolean releaseDate(List<Line> leaves, int index, DateReader.DateMention date) {
        String text = leaves.get(index).text().strip();
        return index < PRESS_HEAD && date.end() - date.start() >= text.length() - 1
                && leaves.subList(0, Math.min(leaves.size(), PRESS_HEAD)).stream()
                .anyMatch(l -> PRESS.matcher(l.text()).find());
    }
}

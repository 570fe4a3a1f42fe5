package dev.agendum.importer;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates of a text that is an e-mail or a mailing: the day its "Date:" header line says it was sent, its issue's
 * date under its masthead, and a day its subject or first lines give relative to the sending ("Herinnering: morgen
 * webinar …", "See you the day after tomorrow").
 */
final class MailDates {

    private MailDates() {
    }

    /** A day said relative to the mail's sending: the line and its word, the day as a date, and what it counts from. */
    record RelativeDay(Line line, DateReader.DateMention date, String counted) {
    }

    /** How far a mail's header lines and its body's first lines are searched for a day said relative to it. */
    private static final int HEADER_LINES = 8;
    private static final int BODY_LINES = 6;
    /** A mail's subject line, among its header lines: "Subject: …", "Onderwerp: …". */
    static final Pattern SUBJECT_LINE = Pattern.compile("(?iu)(?:subject|onderwerp)\\s*:");
    /** "morgen", "morgenavond", "overmorgen", "tomorrow"; not "'s morgens" nor "goedemorgen". */
    private static final Pattern RELATIVE_DAY = Pattern.compile("(?iu)(?<!['’]s )(?<![\\p{L}])(overmorgen|morgen(?:avond"
            + "|middag|ochtend)?|tomorrow|the day after tomorrow)(?![\\p{L}])");
    private static final Pattern SENT_DATE = Pattern.compile("(?iu)(?:date|datum|verzonden|sent)\\s*:");
    private static final Pattern MAIL_HEADER = Pattern.compile("(?iu)(?:from|to|cc|subject|van|aan|onderwerp)\\s*:");

    /** Whether {@code leaves}' line {@code index} is a mail's "Date:" header line, beside its "From:" or "To:". */
    static boolean sentDate(List<Line> leaves, int index) {
        if (!SENT_DATE.matcher(leaves.get(index).text()).lookingAt()) {
            return false;
        }
        return index > 0 && MAIL_HEADER.matcher(leaves.get(index - 1).text()).lookingAt()
                || index + 1 < leaves.size() && MAIL_HEADER.matcher(leaves.get(index + 1).text()).lookingAt();
    }

    /**
     * The first day said relative to when the mail was sent, in its subject or the first lines of its body, counted
     * from its "Date:" header line; empty for a text that is no mail, gives no sending date or says no such day.
     */
    static Optional<RelativeDay> relativeDay(List<Line> leaves) {
        int sent = -1;
        for (int i = 0; i < Math.min(leaves.size(), HEADER_LINES) && sent < 0; i++) {
            if (sentDate(leaves, i)) {
                sent = i;
            }
        }
        if (sent < 0) {
            return Optional.empty();
        }
        Line sentLine = leaves.get(sent);
        Optional<DateReader.DateMention> sentOn = DateReader.dates(sentLine.text()).stream()
                .filter(d -> d.year().isPresent() && d.valid(d.year().get())).findFirst();
        if (sentOn.isEmpty()) {
            return Optional.empty();
        }
        LocalDate day = sentOn.get().first(sentOn.get().year().get());
        int body = sent;
        while (body < leaves.size() && (MAIL_HEADER.matcher(leaves.get(body).text()).lookingAt()
                || sentDate(leaves, body))) {
            body++;
        }
        for (int i = Math.max(0, sent - HEADER_LINES); i < Math.min(leaves.size(), body + BODY_LINES); i++) {
            Line line = leaves.get(i);
            if (i < body && !SUBJECT_LINE.matcher(line.text()).lookingAt()) {
                continue;   // of the header lines, only the subject speaks of the event
            }
            Matcher word = RELATIVE_DAY.matcher(line.text());
            if (word.find()) {
                String said = word.group(1).toLowerCase(Locale.ROOT);
                int ahead = said.startsWith("over") || said.startsWith("the day after") ? 2 : 1;
                LocalDate on = day.plusDays(ahead);
                DateReader.DateMention date = new DateReader.DateMention(word.start(1), word.end(1), on.getDayOfMonth(),
                        on.getMonthValue(), on.getDayOfMonth(), on.getMonthValue(), Optional.of(on.getYear()),
                        Optional.empty());
                String from = sentLine.source(sentOn.get().start(), sentOn.get().end()).words();
                return Optional.of(new RelativeDay(line, date, "date " + on + ": \"" + word.group(1)
                        + "\" counted from the day the mail was sent (\"" + from + "\")"));
            }
        }
        return Optional.empty();
    }

    /** A mailing's name in its masthead: "Parish e-News", "Nieuwsbrief", "Ouderbrief", "Clubnieuws". */
    private static final Pattern MAILING_NAME = Pattern.compile("(?iu)(?<![\\p{L}])(?:" + Lexicon.PUBLICATIONS
            + "|e-?news|e-?nieuws|ouderbrief|infobrief|nieuws)(?![\\p{L}])");
    /** The lines of a mailing's masthead that may date its issue. */
    private static final int MASTHEAD_LINES = 3;
    /** The longest line a masthead or its issue line runs to. */
    private static final int MASTHEAD_WIDTH = 80;

    /**
     * Whether a date in the first lines of a mailing, on a short line without a time, at or under a masthead that
     * names the mailing, is the issue's date, not the event's.
     */
    static boolean issueDate(List<Line> leaves, Line line, int index) {
        if (index >= MASTHEAD_LINES || line.text().length() > MASTHEAD_WIDTH || !DateReader.times(line.text()).isEmpty()) {
            return false;
        }
        for (int k = 0; k <= index; k++) {
            if (MAILING_NAME.matcher(leaves.get(k).text()).find() && leaves.get(k).text().length() <= MASTHEAD_WIDTH) {
                return true;
            }
        }
        return false;
    }
}

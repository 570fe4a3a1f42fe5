package dev.agendum.importer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Times the text gives outside any date line, programme or label, read when nothing better gives the event's: the
 * first range of times that is neither about registering nor a desk's hours, and the start named after the doors in
 * their own sentence ("Doors open at 7pm and the first question will be read at 7.30pm").
 */
final class LooseTimes {

    /** A time and the line it stands on. */
    record At(Line line, DateReader.TimeMention time) {

        /** The time's words. */
        Source source() {
            return line.source(time.start(), time.end());
        }
    }

    private LooseTimes() {
    }

    /**
     * The first range of times in a line that is neither about registering nor the hours a desk answers in, before
     * any section of other occasions ("OVERIGE BERICHTEN").
     */
    static Optional<At> firstRange(List<Line> leaves) {
        for (int i = 0; i < Math.min(leaves.size(), OtherEvents.from(leaves)); i++) {
            Line line = leaves.get(i);
            if (RegistrationReader.isRegistrationLine(line)) {
                continue;
            }
            for (DateReader.TimeMention time : DateReader.times(line.text())) {
                if (time.to().isPresent() && !deskHours(leaves, i, time)) {
                    return Optional.of(new At(line, time));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The start a sentence names after its doors' time: the next time in the sentence that is later and not said to
     * be the end. "Doors open at 7pm and the first question will be read at 7.30pm" starts at 7.30pm.
     */
    static Optional<At> afterDoors(List<Line> leaves) {
        for (Line line : leaves) {
            String text = line.text();
            List<DateReader.TimeMention> times = DateReader.times(text);
            for (int t = 0; t + 1 < times.size(); t++) {
                DateReader.TimeMention doors = times.get(t);
                DateReader.TimeMention next = times.get(t + 1);
                if (TimeWords.DOORS.matcher(text.substring(0, doors.start())).find()
                        && !text.substring(doors.end(), next.start()).contains(". ")
                        && next.from().isAfter(doors.from()) && !TimeWords.ends(text, next)) {
                    return Optional.of(new At(line, next));
                }
            }
        }
        return Optional.empty();
    }

    /** Days a desk is staffed: "Monday to Thursday", "ma t/m vr", "on weekdays", "tijdens kantooruren". */
    private static final Pattern DAYS = Pattern.compile("(?iu)(?<![\\p{L}])(?:(?:mon|tues?|wed|thu|thurs|fri|sat"
            + "|sun)(?:day)?|(?:maan|dins|woens|donder|vrij|zater|zon)dag|ma|di|wo|do|vr|za|zo)\\.?\\s*(?:to|till"
            + "|until|through|t/m|tot en met|tot|-|–)\\s*\\p{L}+\\.?\\W*$"
            + "|(?<![\\p{L}])(?:on )?weekdays|(?:op )?werkdagen|(?:tijdens )?kantooruren|office hours|lines (?:are )?open|bereikbaar");
    /** Words that name a desk to call or write to. */
    private static final Pattern DESK = Pattern.compile("(?iu)(?<![\\p{L}])(?:ring|call|phone|tel|bel|bellen"
            + "|telefoon|telefonisch|office|kantoor|secretariaat|box office|kassa|balie|reception)(?![\\p{L}])");

    /**
     * Whether a range gives the hours a desk answers in: "Ring Sandra in the office on 0113 496 0782 (Monday to
     * Thursday, 10am - 3pm)". The days must come right before the range, and the desk or its number must stand on
     * the line or the line above; an exhibition's "open Tuesday to Sunday, 10am - 5pm" stays the event's.
     */
    static boolean deskHours(List<Line> leaves, int index, DateReader.TimeMention time) {
        String before = leaves.get(index).text().substring(0, time.start());
        if (!DAYS.matcher(before.substring(Math.max(0, before.length() - 40))).find()) {
            return false;
        }
        String around = (index > 0 ? leaves.get(index - 1).text() + " " : "") + before;
        return DESK.matcher(around).find() || !Phones.find(around).isEmpty();
    }
}

package dev.agendum.importer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An invitation's "19:45 for 20:00" (or "7.30 for 8 pm"): the first time is when guests arrive, the second when
 * the event starts, as British invitations write it.
 */
final class ArrivalFor {

    private static final Pattern FOR = Pattern.compile("(?iu)\\s+for\\s+");

    private ArrivalFor() {
    }

    /**
     * The start among the times of a text, when two of them are set "arrival for start".
     *
     * @param text the text the times were read from
     * @param times its times, in order
     * @return the index of the start time, empty when no two times are set that way
     */
    static Optional<Integer> start(String text, List<DateReader.TimeMention> times) {
        for (int k = 0; k + 1 < times.size(); k++) {
            String between = text.substring(times.get(k).end(), times.get(k + 1).start());
            if (times.get(k).to().isEmpty() && FOR.matcher(between).matches()) {
                return Optional.of(k + 1);
            }
        }
        return Optional.empty();
    }
}

package dev.agendum.importer;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Where a text's section of other occasions begins: a newsletter's "VERDER IN APRIL", a page's "Also this month", a
 * mailing's "OVERIGE BERICHTEN". Its dates, times and sentences are those occasions', not the event's.
 */
final class OtherEvents {

    /** A section heading over other events: "VERDER IN APRIL", "Ook deze maand", "Also this month", "Coming up". */
    private static final Pattern HEADING = Pattern.compile("(?iu)^\\W*(?:verder in|ook in|elders in|nog meer in"
            + "|meer (?:activiteiten|agenda)|ook deze maand|later (?:this|in)|also (?:this|in)|elsewhere (?:this|in)"
            + "|coming up|more (?:events|dates)"
            // "Ook op de agenda", "Andere activiteiten", "Other ISP events", "Upcoming events", "Also on"
            + "|ook op de agenda|andere (?:activiteiten|evenementen)|(?:other|upcoming|more) (?:\\p{L}+ )?events"
            // a mailing's other news: "OVERIGE BERICHTEN", "Kort nieuws", "OTHER NEWS"
            + "|also on|overige berichten|overig nieuws|ander nieuws|kort nieuws|(?:in )?other news|more news)"
            + "(?:\\s+\\p{L}+){0,2}\\W*$");
    /** The longest line read as the heading of other events. */
    private static final int LONGEST = 40;

    private OtherEvents() {
    }

    /**
     * The index of the leaf that heads a section of other events ("OOK IN DEZE NIEUWSBRIEF", "Also this month"), past
     * the first; {@link Integer#MAX_VALUE} when there is none.
     */
    static int from(List<Line> leaves) {
        for (int i = 1; i < leaves.size(); i++) {
            if (leaves.get(i).text().length() < LONGEST
                    && HEADING.matcher(leaves.get(i).text()).matches()) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }
}

package dev.agendum.importer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name a text gives its event in so many words ("Onder de titel \"Kot of geen kot? …\" brengt de kring …"),
 * or quotes in a change notice set between rules ("GEANNULEERD: \"Requiem bij kaarslicht\" op …"), which {@link
 * TitleReader} takes over any headline.
 */
final class TitleInWords {

    /** The name an event is given in so many words: "Onder de titel "…" brengt de kring …", "under the title '…'". */
    private static final Pattern UNDER_THE_TITLE = Pattern.compile("(?iu)(?<![\\p{L}])(?:onder de (?:titel|noemer)"
            + "|met als titel|getiteld|under the (?:title|banner)|entitled)\\s*:?\\s*['‘\"“]([^'’\"”]{3,120})['’\"”]");

    /** A notice of a change that quotes the name: "GEANNULEERD: "Requiem bij kaarslicht" op zaterdag …". */
    private static final Pattern QUOTING_NOTICE = Pattern.compile("(?iu)^\\W*(?:geannuleerd|afgelast|uitgesteld"
            + "|verplaatst|gewijzigd|nieuwe datum|cancelled|canceled|postponed|moved|new date|change of date)"
            + "\\s*[:!–-]\\s*['‘\"“]([^'’\"”]{3,120})['’\"”]");
    /** A rule of marks on a line of its own. */
    private static final Pattern RULE = Pattern.compile("^\\s*[=*#_~-]{3,}\\s*$");

    /** How far into a text a name given in so many words is looked for. */
    private static final int NAMED_REACH = 15;

    private TitleInWords() {
    }

    /**
     * The name a text's first sentences give the event in so many words, in quotes after "onder de titel" or "under
     * the title", also when the sentence is wrapped just before the quote; empty when they give none.
     */
    static Optional<Source> in(List<Line> leaves) {
        for (int i = 0; i < Math.min(leaves.size(), NAMED_REACH); i++) {
            String before = i > 0 ? HardWraps.openSentence(leaves.get(i - 1)) + " " : "";
            Matcher named = UNDER_THE_TITLE.matcher(before + leaves.get(i).text());
            while (named.find()) {
                if (named.start(1) >= before.length()) {
                    return Optional.of(leaves.get(i).source(named.start(1) - before.length(),
                            named.end(1) - before.length()));
                }
            }
            // a change notice set between rules at the top quotes the name: "=====" / "GEANNULEERD: "Requiem bij
            // kaarslicht" op zaterdag 20 november gaat niet door" / "====="
            Matcher notice = QUOTING_NOTICE.matcher(leaves.get(i).text());
            if (i > 0 && i + 1 < leaves.size() && RULE.matcher(leaves.get(i - 1).text()).matches()
                    && RULE.matcher(leaves.get(i + 1).text()).matches() && notice.find()) {
                return Optional.of(leaves.get(i).source(notice.start(1), notice.end(1)));
            }
        }
        return Optional.empty();
    }
}

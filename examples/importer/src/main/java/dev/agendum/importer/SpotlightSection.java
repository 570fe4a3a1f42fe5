package dev.agendum.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A mailing whose sections stand under headings set between rules, one of which puts an occasion in the spotlight
 * ("IN DE KIJKER", "--- UITGELICHT ---", "IN THE SPOTLIGHT") over the others ("NOG MEER IN OKTOBER", "NIEUWS UIT HET HUIS"). Its
 * announcement is the spotlit section: the draft is read from the masthead, that section (its first line, the
 * occasion's name, as the headline) and the mailing's closing lines, so that the other sections' dates, times and
 * people stay out of it. A mailing that lists its contents is {@link MailingSections}' to read.
 */
final class SpotlightSection {

    /**
     * The words that put one occasion in the spotlight, as a regular-expression alternation: "IN DE KIJKER",
     * "Uitgelicht", "Tip van de maand", "In the spotlight", "Featured event", "This month's highlight".
     */
    static final String WORDS = "in de kijker|uitgelicht|tip van de maand|in the spotlight|(?:festival )?spotlight"
            + "|featured(?: event)?|this month's highlight|highlight of the month";
    /** A heading that spotlights one occasion, with the rule marks that may frame it on its own line. */
    private static final Pattern SPOTLIGHT = Pattern.compile("(?iu)^[\\s=*#_~-]*(?:" + WORDS + ")[\\s=*#_~-]*$");
    /** A line that is a heading between rule marks: "--- UITGELICHT ---". */
    private static final Pattern INLINE_RULED = Pattern.compile("^\\s*[=*#_~-]{3,}\\s*\\S.{0,60}?\\s*[=*#_~-]{3,}\\s*$");
    /** The longest line read as a section's heading or an occasion's name. */
    private static final int HEADING = 60;

    private SpotlightSection() {
    }

    /**
     * The document narrowed to its spotlit section, or the document itself when no heading spotlights one.
     *
     * @param document a read announcement
     * @return the masthead, the spotlit section and the closing lines, or {@code document}
     */
    static MailingSections.Focus focus(Document document) {
        List<Line> lines = document.lines();
        String input = document.input();
        int spot = -1;
        for (int i = 0; i + 1 < lines.size() && spot < 0; i++) {
            if (lines.get(i).text().strip().length() <= HEADING && SPOTLIGHT.matcher(lines.get(i).text()).matches()
                    && (ruled(input, lines, i) || INLINE_RULED.matcher(lines.get(i).text()).matches())) {
                spot = i;
            }
        }
        if (spot < 0 || spot + 1 == lines.size() || sectionHeading(input, lines, spot + 1)) {
            return new MailingSections.Focus(document, Optional.empty());
        }
        int next = spot + 1;
        while (next < lines.size() && !sectionHeading(input, lines, next)) {
            next++;
        }
        // the greeting and its words of welcome speak of the whole mailing ("Dag cultuurliefhebber," over "De zaal …")
        List<Line> focused = new ArrayList<>(lines.subList(0, MailingSections.introFrom(lines, spot)).stream()
                .filter(l -> !MailingSections.RULE.matcher(l.text().strip()).matches()).toList());
        List<Line> section = new ArrayList<>(lines.subList(spot + 1, next));
        Line first = section.remove(0);
        boolean named = first.text().strip().length() <= HEADING && DateReader.dates(first.text()).isEmpty();
        focused.add(named ? first.headingOf(0, first.text().length()) : first);
        focused.addAll(section);
        focused.addAll(closing(input, lines, next));
        String why = "the text is a mailing of sections under ruled headings; the draft is read from the one under \""
                + lines.get(spot).text().strip() + "\" alone";
        return new MailingSections.Focus(new Document(input, document.format(), focused, document.links(),
                document.pageTitle(), document.footer()), Optional.of(why));
    }

    /** Whether line {@code i} stands between rules in the input: a rule on the line above it and on the line under. */
    private static boolean ruled(String input, List<Line> lines, int i) {
        return i > 0 && i + 1 < lines.size() && MailingSections.RULE_BETWEEN.matcher(MailingSections.gap(input, lines, i)).find()
                && MailingSections.RULE_BETWEEN.matcher(MailingSections.gap(input, lines, i + 1)).find();
    }

    /** Whether line {@code i} heads the next section: short, and ruled or a heading between rule marks. */
    private static boolean sectionHeading(String input, List<Line> lines, int i) {
        Line line = lines.get(i);
        return line.text().strip().length() <= HEADING
                && (ruled(input, lines, i) || INLINE_RULED.matcher(line.text()).matches());
    }

    /** The mailing's closing lines: those after the last rule in the input past the line {@code from}. */
    private static List<Line> closing(String input, List<Line> lines, int from) {
        for (int i = lines.size() - 1; i > from; i--) {
            if (MailingSections.RULE_BETWEEN.matcher(MailingSections.gap(input, lines, i)).find()) {
                return List.copyOf(lines.subList(i, lines.size()));
            }
        }
        return List.of();
    }
}

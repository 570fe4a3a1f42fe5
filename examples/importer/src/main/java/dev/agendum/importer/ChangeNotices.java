package dev.agendum.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * A page's change notices set outside its main part ({@link HtmlReader}): a banner that says what became of the event
 * ("Date change: this session has been rescheduled …"), read before the main part.
 */
final class ChangeNotices {

    private ChangeNotices() {
    }

    /** A notice's class or role: "notice notice--change", "alert", "melding", "banner". */
    private static final Pattern NOTICE = Pattern.compile("(?iu)(?:^|[\\s_-])(?:notice"
            + "|alert|melding|mededeling|announcement|wijziging|change)(?:$|[\\s_-])");

    /**
     * A change notice set before the page's main part, outside it ("<div class=\"notice notice--change\">Date change:
     * this session has been rescheduled …</div>"): it states what became of the event, and is read before the main
     * part. A cookie bar or a site's banner without a date or a status word is no such notice.
     */
    static List<Element> before(org.jsoup.nodes.Document page, Element root) {
        if (root == page.body()) {
            return List.of();
        }
        List<Element> notices = new ArrayList<>();
        for (Element element : page.body().select("div, section, p, aside")) {
            boolean marked = NOTICE.matcher(element.className()).find()
                    || element.attr("role").equalsIgnoreCase("alert");
            if (marked && element.closest("main, article, [role=main], header, footer, nav") == null
                    && element.parents().stream().noneMatch(notices::contains)
                    && element.text().length() < NOTICE_LENGTH && !DateReader.dates(element.text()).isEmpty()) {
                notices.add(element);
            }
        }
        return notices;
    }

    /** The longest notice read: longer blocks are parts of the page, not a notice of change. */
    private static final int NOTICE_LENGTH = 600;
}

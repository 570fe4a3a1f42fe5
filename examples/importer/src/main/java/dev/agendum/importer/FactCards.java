package dev.agendum.importer;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Tells, by structure and by what a block holds rather than by its class names, a page's fact card from its
 * furniture. A card in a sidebar ("In het kort", "At a glance") often states the only full date, the times and the
 * address of the event; a sidebar of other events states dates too, but each entry is led by a link to another page.
 */
final class FactCards {

    /** Words and shapes of an event's key facts: a date with a month, a time range, a postal code, a fact label. */
    private static final Pattern KEY_FACT = Pattern.compile("(?iu)\\b\\d{1,2}(?:st|nd|rd|th)?\\.? (?:jan|feb|m[aä]r"
            + "|apr|mei|may|jun|jul|aug|sep|o[ck]t|nov|de[cz])[a-z]*\\.?(?: \\d{4})?\\b"
            + "|\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \\d{1,2}(?:st|nd|rd|th)?\\b"
            + "|\\b\\d{1,2}[.:]\\d{2}\\s*(?:uur|u|h)?\\s*(?:-|–|—|tot|to|until)\\s*\\d{1,2}[.:]\\d{2}"
            + "|\\b\\d{4} ?[A-Z]{2}\\b"
            + "|\\b(?:datum|date|wanneer|when|tijd|time|locatie|location|venue|waar|where)\\s*:");

    private FactCards() {
    }

    /**
     * Whether an aside or sidebar states key facts of the event outside any listing of other pages.
     *
     * @param element an element the reader would skip as furniture
     * @return true when its own text, listings left out, holds a date, a time range, a postal code or a fact label
     */
    static boolean holdsKeyFacts(Element element) {
        String tag = element.normalName();
        if (!tag.equals("aside") && !tag.equals("div") && !tag.equals("section")) {
            return false;
        }
        if (element.attr("role").matches("(?i)dialog|alertdialog|navigation|contentinfo|banner|search")) {
            return false;
        }
        StringBuilder own = new StringBuilder();
        ownText(element, own);
        return KEY_FACT.matcher(own).find();
    }

    /**
     * Whether an element is a listing of other pages' events: two or more entries, each a link to another page or led
     * by one, at least one with a date or time, headings aside.
     *
     * @param element any block
     * @return true for "Meer bijeenkomsten", "Upcoming events" and the like
     */
    static boolean isListing(Element element) {
        int entries = 0;
        boolean dated = false;
        for (Element child : element.children()) {
            String tag = child.normalName();
            if (tag.matches("h[1-6]") || child.text().isBlank()) {
                continue;
            }
            if (!ledByPageLink(child)) {
                return false;
            }
            entries++;
            dated |= KEY_FACT.matcher(child.text()).find() || child.text().matches("(?s).*\\b\\d{1,2}[.:]\\d{2}\\b.*");
        }
        return entries >= 2 && dated;
    }

    private static boolean ledByPageLink(Element entry) {
        if (entry.normalName().equals("a")) {
            return isPageLink(entry);
        }
        for (Node node : entry.childNodes()) {
            if (node instanceof TextNode text) {
                if (!text.isBlank()) {
                    return false;
                }
            } else if (node instanceof Element child) {
                return child.normalName().equals("a") ? isPageLink(child) : ledByPageLink(child);
            }
        }
        return false;
    }

    private static boolean isPageLink(Element link) {
        String href = link.attr("href").toLowerCase(Locale.ROOT);
        return !href.isEmpty() && !href.startsWith("#") && !href.startsWith("mailto:") && !href.startsWith("tel:");
    }

    /** The element's text, listings inside it left out. */
    private static void ownText(Element element, StringBuilder out) {
        for (Node node : element.childNodes()) {
            if (node instanceof TextNode text) {
                out.append(text.text()).append(' ');
            } else if (node instanceof Element child && !isListing(child) && !ledByPageLink(child)) {
                if (child.normalName().equals("br")) {
                    out.append('\n');
                }
                ownText(child, out);
                out.append(' ');
            }
        }
    }
}

package dev.agendum.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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

    /** A contact block's heading: "Contact", "Vragen?", "Meer informatie", "Questions?". */
    private static final Pattern CONTACT_HEADING = Pattern.compile("(?iu)^\\W*(?:contact(?:persoon| us|gegevens)?"
            + "|vragen|meer (?:informatie|info)|questions|more information|enquiries|inlichtingen)\\W*$");
    /** An e-mail address or a phone number: what a contact block gives. */
    private static final Pattern REACHES = Pattern.compile("@|(?<!\\d)0\\d[\\d ()-]{7,}\\d|\\+\\d{2}[\\d ()-]{8,}\\d");

    /**
     * Whether an aside is the event's contact block: its heading asks to get in touch ("Contact", "Vragen?") and it
     * gives an address or a number; the page's contact for this event, not a sidebar of other pages.
     */
    static boolean contactCard(Element element) {
        Element heading = element.selectFirst("h1, h2, h3, h4, h5, h6, strong");
        return element.normalName().equals("aside") && heading != null
                && CONTACT_HEADING.matcher(heading.text()).matches() && REACHES.matcher(element.text()).find()
                && element.text().length() < CONTACT_CARD_LENGTH;
    }

    /** The longest contact block read: longer asides are sidebars that hold more than the event's contact. */
    private static final int CONTACT_CARD_LENGTH = 400;

    /**
     * Whether an aside or sidebar states key facts of the event outside any listing of other pages.
     *
     * @param element an element the reader would skip as furniture
     * @return true when its own text, listings left out, holds a date, a time range, a postal code or a fact label, or
     *     one of its terms ({@code <dt>}, {@code <th>}) is a fact's label
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
        // "<dt>Waar</dt><dd>CC De Wissel, Kerkstraat 41, 2500 Lier</dd>": a list of terms labels its facts without colons
        return KEY_FACT.matcher(own).find() || element.select("dt, th").stream()
                .anyMatch(term -> FACT_TERM.matcher(term.text().strip()).matches());
    }

    /** A term of a list of facts that names one the event is read by: "Waar", "Wanneer", "Venue", "Date". */
    private static final Pattern FACT_TERM = Pattern.compile("(?iu)(?:datum|date|wanneer|when|tijd|time|locatie"
            + "|location|venue|waar|where|adres|address|plaats|place)\\s*:?");

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

    /**
     * The parts of a person's card in a speaker grid: a name set apart (a heading or bold) and one or two short
     * lines with a position and an organisation, a portrait aside; empty when the element is no such card.
     *
     * @param element any block
     * @return the name's element first, then the others, or an empty list
     */
    static List<Element> personCard(Element element) {
        if (!element.normalName().matches("div|figure|li|article|section")) {
            return List.of();
        }
        List<Element> parts = new ArrayList<>();
        for (Element child : element.children()) {
            if (child.normalName().matches("img|picture")) {
                continue;
            }
            if (child.normalName().equals("figcaption")) {
                parts.addAll(child.children());
            } else {
                parts.add(child);
            }
        }
        if (parts.size() < 2 || parts.size() > 3 || !parts.get(0).normalName().matches("h[2-6]|strong|b")) {
            return List.of();
        }
        String name = parts.get(0).text().strip();
        if (name.isEmpty() || name.split("\\s+").length > 6 || name.split("\\s+").length < 2 || name.matches(".*\\d.*")
                || !Character.isUpperCase(name.codePointAt(0))) {
            return List.of();
        }
        for (Element part : parts.subList(1, parts.size())) {
            String text = part.text().strip();
            if (text.isEmpty() || text.length() > 120 || !DateReader.times(text).isEmpty()
                    || !part.children().select("p, li, div, table, h1, h2, h3, h4, h5, h6").isEmpty()) {
                return List.of();
            }
        }
        return parts;
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

    /** The days a text names (month × 100 + day), only those given with their year when {@code withYear}. */
    static Set<Integer> days(String text, boolean withYear) {
        Set<Integer> days = new java.util.HashSet<>();
        DateReader.dates(text).stream().filter(d -> !withYear || d.year().isPresent())
                .forEach(d -> days.add(d.firstMonth() * 100 + d.firstDay()));
        return days;
    }

    /**
     * The days a card names for an occasion: those of its blocks, less a block that dates something else
     * ("Inschrijven: vóór 24 september 2027", "Deadline: 1 May"), which a card of the event's facts often holds.
     */
    static Set<Integer> occasionDays(Element card) {
        Set<Integer> days = new java.util.HashSet<>();
        for (Element block : card.getAllElements()) {
            boolean leaf = HtmlReader.BLOCKS.contains(block.normalName())
                    && block.select(String.join(", ", HtmlReader.BLOCKS)).stream().allMatch(b -> b == block);
            if (leaf && !EventReader.notEventDate(block.text())) {
                days.addAll(days(block.text(), false));
            }
        }
        return days;
    }
}

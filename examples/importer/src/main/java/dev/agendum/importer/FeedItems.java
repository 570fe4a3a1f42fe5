package dev.agendum.importer;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * A feed's item (RSS {@code <item>}, Atom {@code <entry>}, or a whole feed) read as markup: its title is its
 * headline, the HTML of its description is the announcement, its own facts (link, id, publication date, creator,
 * categories) are no part of it.
 */
final class FeedItems {

    /** A feed's item or a feed as a whole: RSS's {@code <item>}, Atom's {@code <entry>}, an XML declaration. */
    private static final Pattern FEED = Pattern.compile("(?is)\\s*(?:<\\?xml|<rss|<feed|<item|<entry|<channel)[\\s>]");
    private static final String CDATA_OPEN = "<![CDATA[";
    private static final String CDATA_CLOSE = "]]>";

    private FeedItems() {
    }

    /** Whether {@code input} opens as a feed or a feed's item. */
    static boolean isFeed(String input) {
        return FEED.matcher(input).lookingAt();
    }

    /**
     * The input with its CDATA sections' markers blanked out: an HTML parser drops a CDATA section as a comment, and
     * blanks keep every offset pointing into the input as given.
     */
    static String markup(String input) {
        return input.replace(CDATA_OPEN, " ".repeat(CDATA_OPEN.length()))
                .replace(CDATA_CLOSE, " ".repeat(CDATA_CLOSE.length()));
    }

    /** Removes a parsed feed's own facts, and the address an HTML parser leaves loose after an empty {@code <link>}. */
    static void withoutOwnFacts(org.jsoup.nodes.Document page) {
        page.select("guid, pubdate, link, category, comments, enclosure, source, updated, published, id, "
                + "dc|creator, dc|date").remove();
        for (Element item : page.select("item, entry, channel")) {
            item.textNodes().stream().filter(t -> t.text().strip().matches("https?://\\S+")).toList()
                    .forEach(Node::remove);
        }
    }
}

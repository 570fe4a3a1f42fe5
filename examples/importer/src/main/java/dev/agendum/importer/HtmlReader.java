package dev.agendum.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Reads HTML with jsoup: of a page, its announcement part (the first {@code main}, {@code article} or
 * {@code [role=main]}, else the body without navigation, header, footer, asides, scripts and forms). An aside
 * or sidebar that states the event's key facts (a fact card: date, times, address, contact) is read, not skipped,
 * and a listing of other pages' events (entries led by a link, with dates) is skipped wherever it stands.
 */
final class HtmlReader {

    private static final Set<String> SKIPPED = Set.of("script", "style", "nav", "header", "footer", "aside", "form",
            "noscript", "template", "svg", "iframe", "button");
    /** The elements read as one block each when no block stands inside them; a fact card's dates are read per block. */
    static final Set<String> BLOCKS = Set.of("p", "li", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
            "blockquote", "figcaption", "address", "caption", "summary", "title");

    /** Page furniture named by class, id or role: cookie banners, share buttons, breadcrumbs, related events. */
    private static final java.util.regex.Pattern FURNITURE = java.util.regex.Pattern.compile("(?i)(?:^|[\\s_-])(?:cookie"
            + "s?|consent|share|sharing|social|breadcrumbs?|related|sidebar|newsletter)(?:$|[\\s_-])");
    /** An inline element that labels the value after it ("Datum", "Locatie") by its class rather than a colon. */
    private static final java.util.regex.Pattern LABEL = java.util.regex.Pattern.compile("(?i)(?:^|[\\s_-])label"
            + "(?:$|[\\s_-])");
    private static final Set<String> FURNITURE_ROLES = Set.of("dialog", "alertdialog", "navigation", "complementary",
            "contentinfo", "banner", "search");

    private final List<Line> lines = new ArrayList<>();
    private final List<LinkRef> links = new ArrayList<>();

    /**
     * A heading over other events a page lists after the announcement: "Ook in de agenda", "Meer activiteiten",
     * "Related events", "You may also like".
     */
    private static final java.util.regex.Pattern MORE_EVENTS = java.util.regex.Pattern.compile("(?iu)^\\W*(?:ook in de"
            + " agenda|meer (?:in de agenda|activiteiten|evenementen|agenda)|andere (?:activiteiten|evenementen)"
            + "|bekijk ook|misschien ook leuk|related events|more events|other events|you may also like|also on|more"
            + " (?:from|at) (?:the )?\\p{L}+)\\W*$");

    /** The days (month × 100 + day) the announcement part gives with their year, outside asides and furniture. */
    private Set<Integer> bodyDays = Set.of();

    private HtmlReader() {
    }

    /** The days the announcement part names, its asides and furniture left out. */
    private static Set<Integer> daysOutsideAsides(Element root) {
        Element body = root.clone();
        body.select("aside, [role], [class], [id]").stream()
                .filter(e -> e.normalName().equals("aside") || isFurniture(e)).forEach(Element::remove);
        return FactCards.days(body.text(), true);
    }

    /**
     * An aside, or a block its class or role marks as one, that states key facts of this event: its dates are the
     * body's, or the body names none (then the card is where the page states them); a sidebar with another day is
     * another event's.
     */
    private boolean factCard(Element element) {
        boolean aside = element.normalName().equals("aside") || element.attr("role").equalsIgnoreCase("complementary")
                || element.className().toLowerCase(Locale.ROOT).contains("sidebar");
        // an aside set right under the event's headline ("<h1>…</h1><aside class=\"event-facts\">When: …") is the
        // headline's facts, whatever days the body names elsewhere (a refund deadline, other events)
        Element before = element.previousElementSibling();
        boolean underHeadline = before != null && before.normalName().equals("h1");
        return aside && FactCards.holdsKeyFacts(element) && (underHeadline || bodyDays.isEmpty()
                || bodyDays.containsAll(FactCards.occasionDays(element)))
                || FactCards.contactCard(element);
    }

    static Document read(String input) {
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        boolean feed = FeedItems.isFeed(input);
        org.jsoup.nodes.Document page = Jsoup.parse(feed ? FeedItems.markup(input) : input, "", parser);
        if (feed) {
            FeedItems.withoutOwnFacts(page);
        }
        Element root = page.selectFirst("main, article, [role=main]");
        if (root == null) {
            root = page.body();
        }
        withoutMoreEvents(root);
        HtmlReader reader = new HtmlReader();
        reader.bodyDays = daysOutsideAsides(root);
        Optional<Element> hero = hero(page, root);
        if (hero.isPresent()) {
            reader.container(hero.get());
        }
        for (Element notice : ChangeNotices.before(page, root)) {
            reader.container(notice);
        }
        reader.container(root);
        // the page's footer is no part of the announcement, but its lines name who publishes it
        HtmlReader footer = new HtmlReader();
        page.select("footer").stream().filter(e -> e.parent() == null || e.parent().closest("footer") == null)
                .forEach(footer::container);
        return new Document(input, SourceFormat.HTML, reader.lines, reader.links,
                Optional.of(page.title().strip()).filter(title -> !title.isEmpty()), footer.lines);
    }

    /**
     * A page's hero before its main part: a {@code <header>} outside {@code main} that holds the page's only
     * {@code h1} and a date ("Het Ongerijmde 2027" over "vrijdag 24 en zaterdag 25 september 2027"), where the main
     * part (or, on a page without one, the body outside its headers) has no {@code h1} of its own. It states the event's name and days, and is read before the main part; a
     * site's header with its logo and menu names no date.
     */
    private static Optional<Element> hero(org.jsoup.nodes.Document page, Element root) {
        // a page without a main part reads its body, whose header is skipped as furniture: the hero's h1 is then the
        // page's only one outside a header
        if (root.select("h1").stream().anyMatch(h -> h.closest("header") == null)) {
            return Optional.empty();
        }
        return page.select("header").stream()
                .filter(h -> h.closest("main, article, [role=main]") == null && h.parents().stream()
                        .noneMatch(p -> p.normalName().equals("header")))
                .filter(h -> h.select("h1").size() == 1 && h.select("nav").isEmpty())
                .filter(h -> !DateReader.dates(h.text()).isEmpty())
                .findFirst();
    }

    /**
     * Removes the other events a page lists under a heading of their own ("Ook in de agenda" over two cards): the
     * heading and what follows it in its container are furniture, as a block marked "related" is.
     */
    private static void withoutMoreEvents(Element root) {
        for (Element heading : root.select("h1, h2, h3, h4, h5, h6")) {
            if (heading.parent() != null && MORE_EVENTS.matcher(heading.text()).matches()) {
                List<Element> after = new ArrayList<>();
                for (Element sibling = heading.nextElementSibling(); sibling != null;
                        sibling = sibling.nextElementSibling()) {
                    after.add(sibling);
                }
                after.forEach(Element::remove);
                heading.remove();
            }
        }
    }

    /** A container: blocks become lines, loose inline content between them becomes a line of its own. */
    private void container(Element element) {
        Line.Builder loose = new Line.Builder(Line.Kind.TEXT);
        for (Node node : element.childNodes()) {
            if (node instanceof Element child && isBlockish(child)) {
                flush(loose, Line.Kind.TEXT, false);
                loose = new Line.Builder(Line.Kind.TEXT);
                block(child);
            } else {
                inline(node, loose, false);
            }
        }
        flush(loose, Line.Kind.TEXT, false);
    }

    private void block(Element element) {
        String tag = element.normalName();
        if ((skipped(element) || isFurniture(element)) && !factCard(element)
                || FactCards.isListing(element)) {
            return;
        }
        List<Element> card = FactCards.personCard(element);
        if (!card.isEmpty()) {
            // a speaker grid's card: name, position and organisation in sibling elements, read as one line
            // ("Dr. A", "Intensivist, B" → "Dr. A (Intensivist, B)"), the way a text sets an affiliation after a name
            Line.Builder line = new Line.Builder(Line.Kind.TEXT);
            for (int i = 0; i < card.size(); i++) {
                line.append(i == 0 ? "" : i == 1 ? " (" : ", ", -1);
                for (Node node : card.get(i).childNodes()) {
                    inline(node, line, false);
                }
            }
            line.append(")", -1);
            flush(line, Line.Kind.TEXT, false);
        } else if (tag.equals("tr") && element.selectFirst("table") != null) {
            // a mail's layout table: its cells hold the text, and the tables in them the data (a programme's rows)
            element.children().stream().filter(HtmlReader::isCell).forEach(this::container);
        } else if (tag.equals("tr")) {
            row(element);
        } else if (tag.equals("dl") && element.select("dd p, dd li, dd div, dd table, dt div").isEmpty()) {
            termList(element);
        } else if (BLOCKS.contains(tag) && element.select("p, li, table, div").stream().allMatch(e -> e == element)) {
            // a feed item's <title> in the body is its headline
            Line.Kind kind = tag.matches("h[1-6]|title") ? Line.Kind.HEADING : tag.equals("li") ? Line.Kind.ITEM
                    : Line.Kind.TEXT;
            Line.Builder line = new Line.Builder(kind);
            for (Node node : element.childNodes()) {
                inline(node, line, false);
            }
            boolean strong = element.children().size() == 1 && element.child(0).normalName().matches("strong|b")
                    && element.ownText().isBlank();
            flush(line, kind, strong);
        } else {
            container(element);
        }
    }

    /**
     * A term list read pair by pair: "Datum" over "do 11 maart" becomes "Datum: do 11 maart", and "19.00 uur" over
     * "Welkom" the line "19.00 uur Welkom", so that a label and its value, or a time and its item, stay one fact.
     */
    private void termList(Element dl) {
        Line.Builder line = null;
        boolean described = false;
        for (Element child : dl.children()) {
            String tag = child.normalName();
            if (tag.equals("dt") || line == null) {
                if (line != null) {
                    flush(line, Line.Kind.TEXT, false);
                }
                line = new Line.Builder(Line.Kind.TEXT);
                described = !tag.equals("dt");
                for (Node node : child.childNodes()) {
                    inline(node, line, false);
                }
                if (!tag.equals("dt")) {
                    continue;
                }
                String term = child.text().strip();
                List<DateReader.TimeMention> termTimes = DateReader.times(term);
                if (!termTimes.isEmpty() && termTimes.get(0).start() == 0 && term.length() > 20) {
                    // "14.40 uur – Uw medicijnen: waarom zoveel?" over "Ahmed Bouzid, ziekenhuisapotheker": an item
                    // with its title, and under it the line of who gives it
                    flush(line, Line.Kind.TEXT, false);
                    line = new Line.Builder(Line.Kind.TEXT);
                    described = false;
                    continue;
                }
                if (!term.isEmpty() && !term.endsWith(":") && !termTimes.isEmpty()
                        && term.length() <= 20) {
                    line.append(" ", -1);
                } else if (!term.isEmpty() && !term.endsWith(":")) {
                    line.append(": ", -1);
                } else {
                    line.append(" ", -1);
                }
            } else {
                if (described) {
                    line.append(", ", -1);
                }
                described = true;
                for (Node node : child.childNodes()) {
                    inline(node, line, false);
                }
            }
        }
        if (line != null) {
            flush(line, Line.Kind.TEXT, false);
        }
    }

    /** Tells whether {@code element} is a table's cell (a data or a header cell). */
    private static boolean isCell(Element element) {
        return element.normalName().equals("td") || element.normalName().equals("th");
    }

    private void row(Element tr) {
        Line.Builder row = new Line.Builder(Line.Kind.ROW);
        int withdrawn = withdrawnColumn(tr);
        int column = -1;
        for (Element cell : tr.children()) {
            boolean isCell = isCell(cell);
            column += isCell ? 1 : 0;
            if (isCell && column != withdrawn) {
                Line.Builder text = new Line.Builder(Line.Kind.TEXT);
                cellContent(cell, text);
                row.cell(text.build(false));
            }
        }
        if (!row.isBlank()) {
            lines.add(row.build(false));
        }
    }

    /**
     * A change notice's table sets what was announced beside what now holds ("Previously announced | New", "Oud |
     * Nieuw"): the index of the column of withdrawn values, read from the table's first row, or -1 when there is none
     * (and for that first row itself, which only names the columns).
     */
    private static int withdrawnColumn(Element tr) {
        Element table = tr.closest("table");
        Element first = table == null ? null : table.selectFirst("tr");
        if (first == null || first == tr) {
            return -1;
        }
        List<String> heads = first.children().stream().filter(HtmlReader::isCell)
                .map(c -> c.text().strip()).toList();
        boolean renewed = heads.stream().anyMatch(h -> NEW_COLUMN.matcher(h).matches());
        for (int i = 0; i < heads.size() && renewed; i++) {
            if (OLD_COLUMN.matcher(heads.get(i)).matches()) {
                return i;
            }
        }
        return -1;
    }

    private static final java.util.regex.Pattern OLD_COLUMN = java.util.regex.Pattern.compile("(?iu)(?:previously"
            + "|originally|earlier|old|was|oud|eerder|oorspronkelijk|vroeger)(?:\\s+(?:announced|planned|scheduled"
            + "|aangekondigd|gepland))?|(?:oude|vorige|previous|original|old) (?:datum|date|plan|gegevens|details)");
    private static final java.util.regex.Pattern NEW_COLUMN = java.util.regex.Pattern.compile("(?iu)(?:new|nieuw"
            + "|now|nu|updated|gewijzigd)(?:\\s+\\p{L}+)?");

    /** A cell's content, blocks inside it separated by line feeds as {@code <br>} would. */
    private void cellContent(Element cell, Line.Builder text) {
        for (Node node : cell.childNodes()) {
            if (node instanceof Element child && isBlockish(child)) {
                text.append("\n", -1);
                cellContent(child, text);
                text.append("\n", -1);
            } else {
                inline(node, text, true);
            }
        }
    }

    private void inline(Node node, Line.Builder line, boolean inCell) {
        if (node instanceof TextNode text) {
            String words = text.text().replace('\u00a0', ' ');
            line.append(words, text.sourceRange().isTracked() ? text.sourceRange().startPos() : -1);
        } else if (node instanceof Element element) {
            String tag = element.normalName();
            if ((skipped(element) || isFurniture(element)) && !factCard(element)) {
                return;
            }
            if (tag.equals("br")) {
                line.append("\n", -1);
                return;
            }
            int from = line.length();
            for (Node child : element.childNodes()) {
                inline(child, line, inCell);
            }
            if (LABEL.matcher(element.className()).find() && line.length() > from
                    && !line.sourceOf(from, line.length()).words().endsWith(":")) {
                // "<span class="label">Locatie</span> Dorpshuis …": markup sets the label apart, as a colon would
                line.append(":", -1);
            }
            if (tag.equals("a")) {
                links.add(new LinkRef(line.sourceOf(from, line.length()), MarkdownReader.target(element.attr("href"))));
            }
        }
    }

    private void flush(Line.Builder builder, Line.Kind kind, boolean strong) {
        if (builder.isBlank()) {
            return;
        }
        Line whole = builder.build(strong);
        for (Line part : whole.parts()) {
            lines.add(part);
        }
    }

    /** A page's header is furniture; an article's own header holds its heading and key facts. */
    private static boolean skipped(Element element) {
        String tag = element.normalName();
        return SKIPPED.contains(tag) && !(tag.equals("header") && element.parent() != null
                && element.parent().closest("main, article, [role=main]") != null);
    }

    private static boolean isFurniture(Element element) {
        return FURNITURE.matcher(element.className()).find() || FURNITURE.matcher(element.id()).find()
                || FURNITURE_ROLES.contains(element.attr("role").toLowerCase(Locale.ROOT));
    }

    private static boolean isBlockish(Element element) {
        String tag = element.normalName().toLowerCase(Locale.ROOT);
        return BLOCKS.contains(tag) || tag.matches("div|section|table|thead|tbody|tfoot|tr|ul|ol|dl|main|article"
                + "|header|footer|nav|aside|figure|hr|form|script|style"
                // a feed's containers
                + "|rss|channel|item|entry|description|content");
    }
}

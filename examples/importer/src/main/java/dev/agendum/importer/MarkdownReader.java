package dev.agendum.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.ext.front.matter.YamlFrontMatterVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads Markdown with commonmark-java (and its table and YAML front matter extensions), keeping every character's
 * input offset. A static site's front matter ({@code ---} / {@code title: …} / {@code date: …} / {@code ---}) is the
 * page's own data, not its text: its title is the document's page title, and none of it is read as lines.
 */
final class MarkdownReader {

    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create(), YamlFrontMatterExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    private final String input;
    private final List<Line> lines = new ArrayList<>();
    private final List<LinkRef> links = new ArrayList<>();

    private MarkdownReader(String input) {
        this.input = input;
    }

    static Document read(String input) {
        MarkdownReader reader = new MarkdownReader(input);
        Node root = PARSER.parse(input);
        reader.blocks(root);
        Optional<String> title = frontMatterTitle(root);
        title.ifPresent(reader::headlineFromFrontMatter);
        return new Document(input, SourceFormat.MARKDOWN, reader.lines, reader.links, title, List.of());
    }

    /** The front matter's title line, its value quoted or not: {@code title: "Buurtpreventie-avond: …"}. */
    private static final Pattern TITLE_FIELD = Pattern.compile("(?m)^title:[ \\t]*([\"']?)(.+?)\\1[ \\t]*$");

    /**
     * A static site's post whose body opens with text, not a heading ("Beste buurtgenoten, …"): its front matter
     * title is the page's headline, read as a heading at its place in the front matter.
     */
    private void headlineFromFrontMatter(String title) {
        if (!lines.isEmpty() && lines.get(0).kind() == Line.Kind.HEADING) {
            return;
        }
        Matcher field = TITLE_FIELD.matcher(input);
        if (!field.find() || !field.group(2).strip().equals(title)) {
            return;
        }
        Line.Builder heading = new Line.Builder(Line.Kind.HEADING);
        heading.append(field.group(2).strip(), field.start(2));
        lines.add(0, heading.build(false));
    }

    /** A static site's template call left in the text: {@code {{< banner >}}}, {@code {{% note %}}}, {@code {% raw %}}. */
    private static final Pattern SHORTCODE = Pattern.compile("^(?:\\{\\{[<%].*?[>%]\\}\\}|\\{%.*?%\\})$");

    /** The front matter's {@code title}, unquoted by the extension; empty when there is no front matter or title. */
    private static Optional<String> frontMatterTitle(Node root) {
        YamlFrontMatterVisitor visitor = new YamlFrontMatterVisitor();
        root.accept(visitor);
        return visitor.getData().getOrDefault("title", List.of()).stream()
                .map(String::strip)
                .filter(title -> !title.isEmpty())
                .findFirst();
    }

    private void blocks(Node parent) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading) {
                paragraph(node, Line.Kind.HEADING);
            } else if (node instanceof Paragraph) {
                paragraph(node, node.getParent() instanceof ListItem ? Line.Kind.ITEM : Line.Kind.TEXT);
            } else if (node instanceof TableRow) {
                row(node);
            } else if (node instanceof FencedCodeBlock fenced) {
                preformatted(fenced);
            } else {
                blocks(node);
            }
        }
    }

    /**
     * A paragraph or heading: one line per source line, so that time-prefixed lines stay apart; a line that starts
     * with {@code |} is a table row that the table extension did not take (inside a list item, say), its
     * {@code <br>} kept as breaks within its cells.
     */
    private void paragraph(Node block, Line.Kind kind) {
        Line.Builder line = new Line.Builder(kind);
        boolean[] allStrong = {true};
        int open = 0;
        for (Node node = block.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof SoftLineBreak && (kind == Line.Kind.ITEM && wrapsOn(node.getNext()) || open > 0)) {
                // "(Calder Valley Community" over "  Foundation) and …": an item's text wrapped onto the next line,
                // or any line broken inside brackets ("(Institute for …," over "University of Bradford) will …")
                line.append(" ", -1);
            } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                add(line, kind, allStrong[0]);
                line = new Line.Builder(kind);
                allStrong[0] = true;
                open = 0;
            } else {
                open = Math.max(0, open + brackets(node));
                if (!(node instanceof StrongEmphasis) && !isBlankText(node)) {
                    allStrong[0] = false;
                }
                inline(node, line, false);
            }
        }
        add(line, kind, allStrong[0]);
    }

    /**
     * A fenced block without a language is preformatted text, as a README sets a programme in columns ("17.00  inloop"):
     * its lines are read as lines of text. A block of code in a named language is no part of the announcement.
     */
    private void preformatted(FencedCodeBlock block) {
        String info = block.getInfo() == null ? "" : block.getInfo().strip();
        if (!info.isEmpty() && !info.matches("(?i)te?xt|plain|plaintext")) {
            return;
        }
        int cursor = start(block);
        for (String text : block.getLiteral().split("\n")) {
            int at = cursor < 0 ? -1 : input.indexOf(text, cursor);
            cursor = at < 0 ? cursor : at + text.length();
            Line.Builder line = new Line.Builder(Line.Kind.TEXT);
            line.append(text.strip(), at < 0 ? -1 : at + (text.length() - text.stripLeading().length()));
            add(line, Line.Kind.TEXT, false);
        }
    }

    private void add(Line.Builder builder, Line.Kind kind, boolean strong) {
        if (builder.isBlank()) {
            return;
        }
        Line line = builder.build(strong);
        if (SHORTCODE.matcher(line.text().strip()).matches()) {
            return;   // the template's, not the announcement's
        }
        if (line.looksLikePipeRow()) {
            line.asPipeRow().ifPresent(lines::add);
            return;
        }
        lines.addAll(line.parts());
    }

    private void row(Node row) {
        Line.Builder line = new Line.Builder(Line.Kind.ROW);
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
            if (cell instanceof TableCell) {
                Line.Builder text = new Line.Builder(Line.Kind.TEXT);
                for (Node node = cell.getFirstChild(); node != null; node = node.getNext()) {
                    inline(node, text, true);
                }
                line.cell(text.build(false));
            }
        }
        if (!line.isBlank() && !line.build(false).text().replace("|", "").isBlank()) {
            lines.add(line.build(false));
        }
    }

    private void inline(Node node, Line.Builder line, boolean inCell) {
        if (node instanceof Text text) {
            line.append(text.getLiteral(), start(node));
        } else if (node instanceof Code code) {
            line.append(code.getLiteral(), start(node));
        } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            line.append(" ", -1);
        } else if (isBreak(node)) {
            line.append("\n", -1);
        } else if (node instanceof Link link) {
            int from = line.length();
            children(node, line, inCell);
            links.add(new LinkRef(line.sourceOf(from, line.length()), target(link.getDestination())));
        } else {
            children(node, line, inCell);
        }
    }

    private void children(Node parent, Line.Builder line, boolean inCell) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            inline(node, line, inCell);
        }
    }

    private static boolean isBreak(Node node) {
        return node instanceof HtmlInline html && html.getLiteral().toLowerCase(java.util.Locale.ROOT).startsWith("<br");
    }

    /** The brackets a node's text opens less those it closes. */
    private static int brackets(Node node) {
        if (node instanceof Text text) {
            String words = text.getLiteral();
            return (int) (words.chars().filter(c -> c == '(').count() - words.chars().filter(c -> c == ')').count());
        }
        int open = 0;
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            open += brackets(child);
        }
        return open;
    }

    /**
     * Whether the text after a list item's soft break goes on with the item's words: it opens with no time or
     * number (a line of its own in a list of times), no table row's bar and no list mark, and is no address alone
     * on its line.
     */
    private static boolean wrapsOn(Node next) {
        if (!(next instanceof Text text) || text.getLiteral().isBlank()) {
            return false;
        }
        String words = text.getLiteral().strip();
        if (words.startsWith("http") || words.startsWith("www.")) {
            return false;   // an address on a line of its own, as a link would be
        }
        // a row of a table the extension did not take ("- | 10.00 | Aftrap …" over "| 10.05 | …") stays a line
        return !Character.isDigit(words.charAt(0)) && "|-*•+>".indexOf(words.charAt(0)) < 0;
    }

    private static boolean isBlankText(Node node) {
        return node instanceof Text text && text.getLiteral().isBlank();
    }

    private static int start(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? -1 : spans.get(0).getInputIndex();
    }

    /** A usable target: not empty, not a bare fragment. */
    static Optional<String> target(String destination) {
        if (destination == null || destination.isBlank() || destination.startsWith("#")) {
            return Optional.empty();
        }
        return Optional.of(destination.strip());
    }
}

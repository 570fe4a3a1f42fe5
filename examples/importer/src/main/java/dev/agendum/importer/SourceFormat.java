package dev.agendum.importer;

import java.util.Locale;
import java.util.regex.Pattern;

/** How an announcement's text is marked up. */
public enum SourceFormat {
    /** Plain text: one block per line; lines of {@code |}-separated cells are read as table rows. */
    PLAIN,
    /** Markdown (CommonMark with GitHub tables): headings, lists, tables, links with their targets. */
    MARKDOWN,
    /**
     * An HTML page or fragment; of a page, the announcement part ({@code main}, {@code article}) is read. A feed's
     * item (RSS {@code <item>}, Atom {@code <entry>}) is read as markup too: its title and the HTML of its
     * description, without its link, id, publication date and categories.
     */
    HTML;

    private static final Pattern HTML_SIGN = Pattern.compile("(?is)^\\s*(<!doctype html|<html|<body|<main|<article"
            + "|<div|<p[ >]|<h[1-6]|<\\?xml|<rss[\\s>]|<feed[\\s>]|<item[\\s>]|<entry[\\s>]|<channel[\\s>])");
    /**
     * Markdown's notation: a heading, a table row, a link, strong emphasis around words ("**Waar:**"); a rule of
     * asterisks ("*****", as plain-text mailings frame a block) is no emphasis.
     */
    private static final Pattern MARKDOWN_SIGN = Pattern.compile("(?m)^(#{1,6} |\\|.*\\|\\s*$|[-*] \\|)|\\]\\(|\\*\\*"
            + "[^*\\s][^*\\n]*\\*\\*");

    /**
     * Tells the format of a file from its name and, where the name does not settle it, from its text: {@code .html}
     * and {@code .htm} are HTML, {@code .md} and {@code .markdown} Markdown; any other name is HTML when the text
     * starts with an HTML tag or a feed's ({@code <?xml}, {@code <rss>}, {@code <item>}, {@code <entry>}), Markdown when it has headings, tables, links or strong emphasis in Markdown's notation,
     * and plain text otherwise.
     *
     * @param fileName the file's name (only its extension is looked at)
     * @param text     the file's text
     * @return the format to read it as
     */
    public static SourceFormat detect(String fileName, CharSequence text) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return HTML;
        }
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return MARKDOWN;
        }
        if (HTML_SIGN.matcher(text).find()) {
            return HTML;
        }
        return MARKDOWN_SIGN.matcher(text).find() ? MARKDOWN : PLAIN;
    }
}

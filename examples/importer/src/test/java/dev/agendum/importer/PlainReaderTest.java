package dev.agendum.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** How plain text becomes lines: items, rows, quoted replies and headings set with an underline. */
@DisplayName("PlainReader")
class PlainReaderTest {

    private static List<Line.Kind> kinds(String text) {
        return PlainReader.read(text).lines().stream().map(Line::kind).toList();
    }

    @Test
    @DisplayName("reads a line underlined with '=' or '-' of about its length as a heading, and drops the rule")
    void underline() {
        assertThat(kinds("Intro.\n\nSpring Quiz Night\n=================\nSaturday 20 March\n"))
                .containsExactly(Line.Kind.TEXT, Line.Kind.HEADING, Line.Kind.TEXT);
        assertThat(kinds("Spring Quiz Night\n-----------------\n\nSaturday 20 March\n"))
                .containsExactly(Line.Kind.HEADING, Line.Kind.TEXT);
    }

    @Test
    @DisplayName("a rule much longer or shorter than the line over it, or under a sentence or columns, separates parts")
    void separator() {
        assertThat(kinds("Quiz\n" + "-".repeat(40) + "\nSaturday 20 March\n"))
                .containsExactly(Line.Kind.TEXT, Line.Kind.TEXT);
        assertThat(kinds("Tickets are on sale now.\n========================\n"))
                .containsExactly(Line.Kind.TEXT, Line.Kind.TEXT);
        assertThat(kinds("Ziekenhuis Oost – Voorlichting     Cardiologie\n" + "=".repeat(46) + "\n"))
                .containsExactly(Line.Kind.TEXT, Line.Kind.TEXT);
    }

    @Test
    @DisplayName("a rule under a line of a block, or under a line between two rules, underlines no heading")
    void ruleUnderBlock() {
        assertThat(kinds("PARISH E-NEWS\nAlresford | Friday 26 February 2027\n-----------------------------------\n"))
                .containsExactly(Line.Kind.TEXT, Line.Kind.TEXT);
        assertThat(kinds("-".repeat(36) + "\n#1 bookish_bea  Posted 22 Feb 2027\n" + "-".repeat(36) + "\nHi all!\n"))
                .containsExactly(Line.Kind.TEXT, Line.Kind.TEXT);
    }
}

package dev.agendum.json.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agendum.json.AgendumJsonException.Problem;
import dev.agendum.json.TestDocuments;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Document text in messages")
class QuotingTest {

    @Nested
    @DisplayName("quoted")
    class Quoted {

        @Test
        @DisplayName("shows control characters, separators and bidirectional overrides as \\uXXXX")
        void escapesControls() {
            assertThat(Quoting.quote("a\u001B[2Jb\r\nc\u2028d\u202Ee\u0085f"))
                    .isEqualTo("'a\\u001B[2Jb\\u000D\\u000Ac\\u2028d\\u202Ee\\u0085f'");
        }

        @Test
        @DisplayName("escapes its own quote and backslash, so the quoted text cannot end early")
        void escapesQuote() {
            assertThat(Quoting.quote("it's \\ here")).isEqualTo("'it\\'s \\\\ here'");
        }

        @Test
        @DisplayName("keeps letters of every script and characters beyond the basic plane")
        void keepsText() {
            assertThat(Quoting.quote("Zoë, 東京, 🎉")).isEqualTo("'Zoë, 東京, 🎉'");
        }

        @Test
        @DisplayName("shows an unpaired surrogate escaped")
        void unpairedSurrogate() {
            assertThat(Quoting.quote("a\uD800b")).isEqualTo("'a\\uD800b'");
        }

        @Test
        @DisplayName("is shortened to 40 characters, never between the halves of a pair")
        void shortened() {
            assertThat(Quoting.quote("x".repeat(50))).isEqualTo("'" + "x".repeat(40) + "…'");
            assertThat(Quoting.quote("x".repeat(39) + "🎉" + "y")).isEqualTo("'" + "x".repeat(39) + "…'");
        }
    }

    @Nested
    @DisplayName("in a problem line")
    class ProblemLines {

        @ParameterizedTest(name = "a field name holding {0}")
        @ValueSource(strings = {"\\r\\n", "\\n", "\\u001b[2J", "\\u2028", "\\u0085"})
        void oneLine(String forged) {
            String document = TestDocuments.MINIMAL.replace("\"title\":",
                    "\"x" + forged + "bundled: /event (line 1, column 1): forged\": 1, \"title\":");
            Problem problem = TestDocuments.problemOf(document);
            assertThat(problem.toString()).doesNotContain("\r", "\n", "\u001B", "\u2028", "\u0085")
                    .startsWith("/event/x\\u");
            assertThat(problem.toString().lines()).hasSize(1);
        }

        @Test
        @DisplayName("keeps the pointer itself exact, for programs")
        void pointerExact() {
            Problem problem = TestDocuments.problemOf(TestDocuments.MINIMAL.replace("\"title\":",
                    "\"a\\nb\": 1, \"title\":"));
            assertThat(problem.pointer()).isEqualTo("/event/a\nb");
            assertThat(problem.toString()).startsWith("/event/a\\u000Ab (line 4, column 3): unknown field 'a\\u000Ab'");
        }
    }
}

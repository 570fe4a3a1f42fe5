package dev.agendum.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The address formats checked by hand: each accepts exactly what its definition as a regular expression accepts
 * (the expressions are the specification; validation no longer runs them, they cost a fifth of its time).
 */
@DisplayName("Format")
class FormatTest {

    /** RFC 5322 dot-atoms at a domain of two or more DNS labels. */
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");
    /** E.164 in international form, digits grouped by single spaces or hyphens. */
    private static final Pattern PHONE = Pattern.compile("\\+[1-9]([ -]?[0-9]){6,14}");
    private static final long SEED = 20261202L;
    private static final int SAMPLES = 200_000;

    @Nested
    @DisplayName("e-mail addresses")
    class Email {

        @ParameterizedTest(name = "accepts \"{0}\"")
        @ValueSource(strings = {"mieke@pbl.nl", "a.b-c+d@sub.example.org", "x@a-b.c9", "o'brien@ie.ie",
                "{}|~`^@x.yz"})
        void accepts(String address) {
            assertThat(Format.EMAIL.accepts(address)).isTrue();
        }

        @ParameterizedTest(name = "refuses \"{0}\"")
        @ValueSource(strings = {"", "@", "a@", "@b.c", "a@b", "a..b@c.d", ".a@c.d", "a.@c.d", "a@-b.c", "a@b-.c",
                "a@b..c", "a@b.c.", "a@b@c.d", "a b@c.d", "é@c.d"})
        void refuses(String address) {
            assertThat(Format.EMAIL.accepts(address)).isFalse();
        }

        @Test
        @DisplayName("a label of 63 characters is accepted, one of 64 is not; at most 254 characters in all")
        void lengths() {
            assertThat(Format.EMAIL.accepts("a@" + "b".repeat(63) + ".nl")).isTrue();
            assertThat(Format.EMAIL.accepts("a@" + "b".repeat(64) + ".nl")).isFalse();
            String longest = "a".repeat(65) + "@" + ("b".repeat(61) + ".").repeat(3) + "nl";
            assertThat(longest).hasSize(254);
            assertThat(Format.EMAIL.accepts(longest)).isTrue();
            assertThat(Format.EMAIL.accepts("a" + longest)).isFalse();
        }

        @Test
        @DisplayName("agrees with its regular expression on 200 000 random near-addresses (seeded)")
        void agreesWithExpression() {
            Random random = new Random(SEED);
            int accepted = 0;
            for (int i = 0; i < SAMPLES; i++) {
                String address = sample(random, "a.b9Z-_+'@é ~", 6) + (random.nextInt(10) > 0 ? "@" : "")
                        + sample(random, "b.9-Z_@é ", 9);
                boolean expected = address.length() <= 254 && EMAIL.matcher(address).matches();
                assertThat(Format.EMAIL.accepts(address)).as(address).isEqualTo(expected);
                accepted += expected ? 1 : 0;
            }
            assertThat(accepted).as("valid samples").isGreaterThan(500);
        }
    }

    @Nested
    @DisplayName("phone numbers")
    class Phone {

        @ParameterizedTest(name = "accepts \"{0}\"")
        @ValueSource(strings = {"+31 6 25068171", "+3162506817", "+1-202-555-0143", "+1234567", "+123456789012345"})
        void accepts(String number) {
            assertThat(Format.PHONE.accepts(number)).isTrue();
        }

        @ParameterizedTest(name = "refuses \"{0}\"")
        @ValueSource(strings = {"", "+", "+31", "+123456", "+1234567890123456", "+0 6 25068171", "+31  625068171",
                "+31 -625068171", "+31625068171 ", " +31625068171", "0031625068171", "+31 6 2506817a"})
        void refuses(String number) {
            assertThat(Format.PHONE.accepts(number)).isFalse();
        }

        @Test
        @DisplayName("agrees with its regular expression on 200 000 random near-numbers (seeded)")
        void agreesWithExpression() {
            Random random = new Random(SEED);
            int accepted = 0;
            for (int i = 0; i < SAMPLES; i++) {
                String number = "+" + sample(random, "1 0-23456789+a", 18);
                boolean expected = PHONE.matcher(number).matches();
                assertThat(Format.PHONE.accepts(number)).as(number).isEqualTo(expected);
                accepted += expected ? 1 : 0;
            }
            assertThat(accepted).as("valid samples").isGreaterThan(500);
        }
    }

    /** A random string of up to {@code longest} characters from {@code alphabet}, digits and letters weighed up. */
    private static String sample(Random random, String alphabet, int longest) {
        int length = random.nextInt(longest + 1);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            // Half the characters are the alphabet's first four (the common ones), so that valid forms occur often.
            text.append(alphabet.charAt(random.nextBoolean() ? random.nextInt(4) : random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}

package dev.agendum.validation.internal;

import dev.agendum.model.LocalizedText;
import dev.agendum.validation.Limits;
import java.util.Optional;

/**
 * Text a person wrote: no control characters (a multi-line text may hold {@code \n} and {@code \t}, never
 * {@code \r}), no unpaired surrogates or Unicode noncharacters (U+FFFE, U+FFFF, U+FDD0–U+FDEF), at most a given
 * number of code points; a localised text in at most {@link Limits#LANGUAGES} languages, each checked. The message
 * names the problem, never the text itself.
 */
final class TextRule {

    private TextRule() {
    }

    /**
     * Reports what is wrong with {@code text}, property {@code name} of {@code owner} (of the event for a
     * {@code null} owner); one violation at most. The path is made only for a violation.
     */
    static void check(String text, int max, boolean multiline, Where owner, String name, Reporter reporter) {
        String problem = problem(text, max, multiline);
        if (problem != null) {
            reporter.report("text." + problem, Where.of(owner, name), "max", max);
        }
    }

    /** {@link #check(String, int, boolean, Where, String, Reporter)} for a string that may be absent. */
    static void check(Optional<String> text, int max, boolean multiline, Where owner, String name,
                      Reporter reporter) {
        if (text.isPresent()) {
            check(text.get(), max, multiline, owner, name, reporter);
        }
    }

    /**
     * Reports what is wrong with {@code text} at {@code at}: too many languages, or else the first language whose
     * text breaks the rule; one violation at most, as for a plain string.
     */
    static void check(LocalizedText text, int max, boolean multiline, Where at, Reporter reporter) {
        if (text.values().size() > Limits.LANGUAGES) {
            reporter.report("text.too-many-languages", at, "max", Limits.LANGUAGES);
            return;
        }
        for (String value : text.values().values()) {
            String problem = problem(value, max, multiline);
            if (problem != null) {
                reporter.report("text." + problem, at, "max", max);
                return;
            }
        }
    }

    /** {@link #check(LocalizedText, int, boolean, Where, Reporter)} at {@code name} of {@code owner}. */
    static void check(LocalizedText text, int max, boolean multiline, Where owner, String name,
                      Reporter reporter) {
        if (breaks(text, max, multiline)) {
            check(text, max, multiline, Where.of(owner, name), reporter);
        }
    }

    /** {@link #check(LocalizedText, int, boolean, Where, String, Reporter)} for a text that may be absent. */
    static void checkLocalized(Optional<LocalizedText> text, int max, boolean multiline, Where owner, String name,
                               Reporter reporter) {
        if (text.isPresent()) {
            check(text.get(), max, multiline, owner, name, reporter);
        }
    }

    /** Tells whether {@code text} breaks the rule: too many languages, or one language's text. */
    private static boolean breaks(LocalizedText text, int max, boolean multiline) {
        if (text.values().size() > Limits.LANGUAGES) {
            return true;
        }
        for (String value : text.values().values()) {
            if (problem(value, max, multiline) != null) {
                return true;
            }
        }
        return false;
    }

    /** Returns the rule {@code text} breaks, as the key below {@code dev.agendum.text.}, or {@code null}. */
    static String problem(String text, int max, boolean multiline) {
        // length() bounds the code point count from above, so only a long text needs counting.
        if (text.length() > max && text.codePointCount(0, text.length()) > max) {
            return "too-long";
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= ' ' && c < 0x7f) {
                continue;
            }
            if (Character.isSurrogate(c)) {
                boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1));
                if (!paired) {
                    return "unpaired-surrogate";
                }
                i++;
            } else if (c >= 0xfffe || (c >= 0xfdd0 && c <= 0xfdef)) {
                return "noncharacter";
            } else if (isControl(c) && !(multiline && (c == '\n' || c == '\t'))) {
                return c == '\r' || c == '\n' ? (multiline ? "carriage-return" : "line-break") : "control-character";
            }
        }
        return null;
    }

    /** The characters of Unicode's category Cc, without the table look-up {@link Character#getType} makes. */
    private static boolean isControl(char c) {
        return c < ' ' || (c >= 0x7f && c <= 0x9f);
    }
}

package dev.agendum.validation.internal;

import dev.agendum.model.LocalizedText;
import dev.agendum.validation.Limits;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** Checks {@link PlainText}; the message names the problem, never the text itself. */
public abstract class PlainTextValidator<T> implements ConstraintValidator<PlainText, T> {

    private int max;
    private boolean multiline;

    @Override
    public void initialize(PlainText constraint) {
        max = constraint.max();
        multiline = constraint.multiline();
    }

    boolean check(String text, ConstraintValidatorContext context) {
        String problem = problem(text);
        if (problem == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.unwrap(HibernateConstraintValidatorContext.class).addMessageParameter("max", max)
                .buildConstraintViolationWithTemplate("{dev.agendum.text." + problem + "}").addConstraintViolation();
        return false;
    }

    private String problem(String text) {
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

    /** For plain strings. */
    public static final class ForString extends PlainTextValidator<String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || check(value, context);
        }
    }

    /** For texts in several languages: every language is checked. */
    public static final class ForLocalizedText extends PlainTextValidator<LocalizedText> {
        @Override
        public boolean isValid(LocalizedText value, ConstraintValidatorContext context) {
            return value == null || checkEveryLanguage(value, context);
        }
    }

    /**
     * For an optional string, checked when present. The rules put the constraint on the {@code Optional} itself
     * rather than on its element: Hibernate Validator's value extraction allocated a third of validation's memory.
     */
    public static final class ForOptionalString extends PlainTextValidator<Optional<String>> {
        @Override
        public boolean isValid(Optional<String> value, ConstraintValidatorContext context) {
            return value == null || value.isEmpty() || check(value.get(), context);
        }
    }

    /** For an optional text in several languages, checked when present; see {@link ForOptionalString}. */
    public static final class ForOptionalLocalizedText extends PlainTextValidator<Optional<LocalizedText>> {
        @Override
        public boolean isValid(Optional<LocalizedText> value, ConstraintValidatorContext context) {
            return value == null || value.isEmpty() || checkEveryLanguage(value.get(), context);
        }
    }

    boolean checkEveryLanguage(LocalizedText value, ConstraintValidatorContext context) {
        if (value.values().size() > Limits.LANGUAGES) {
            context.disableDefaultConstraintViolation();
            context.unwrap(HibernateConstraintValidatorContext.class)
                    .addMessageParameter("max", Limits.LANGUAGES)
                    .buildConstraintViolationWithTemplate("{dev.agendum.text.too-many-languages}")
                    .addConstraintViolation();
            return false;
        }
        for (String text : value.values().values()) {
            if (!check(text, context)) {
                return false;
            }
        }
        return true;
    }
}

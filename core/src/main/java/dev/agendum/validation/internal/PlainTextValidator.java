package dev.agendum.validation.internal;

import dev.agendum.model.LocalizedText;
import dev.agendum.validation.Limits;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
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
        if (text.codePointCount(0, text.length()) > max) {
            return "too-long";
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1));
                if (!paired) {
                    return "unpaired-surrogate";
                }
                i++;
            } else if (c >= 0xfffe || (c >= 0xfdd0 && c <= 0xfdef)) {
                return "noncharacter";
            } else if (Character.getType(c) == Character.CONTROL && !(multiline && (c == '\n' || c == '\t'))) {
                return c == '\r' || c == '\n' ? (multiline ? "carriage-return" : "line-break") : "control-character";
            }
        }
        return null;
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
            if (value == null) {
                return true;
            }
            if (value.values().size() > Limits.LANGUAGES) {
                context.disableDefaultConstraintViolation();
                context.unwrap(HibernateConstraintValidatorContext.class)
                        .addMessageParameter("max", Limits.LANGUAGES)
                        .buildConstraintViolationWithTemplate("{dev.agendum.text.too-many-languages}")
                        .addConstraintViolation();
                return false;
            }
            return value.values().values().stream().allMatch(text -> check(text, context));
        }
    }
}

package dev.agendum.validation.internal;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text a person wrote: no control characters (a multi-line text may hold {@code \n} and {@code \t}, never
 * {@code \r}), no unpaired surrogates or Unicode noncharacters (U+FFFE, U+FFFF, U+FDD0–U+FDEF), at most
 * {@link #max()} code points. Applies to {@code String}, {@code LocalizedText} (every language) and optional ones.
 */
@Documented
@Constraint(validatedBy = {PlainTextValidator.ForString.class, PlainTextValidator.ForLocalizedText.class,
        PlainTextValidator.ForOptionalString.class, PlainTextValidator.ForOptionalLocalizedText.class})
@Target({ElementType.FIELD, ElementType.TYPE_USE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

    /** The longest allowed text in code points. */
    int max();

    /** Whether line breaks ({@code \n}) and tabs are allowed. */
    boolean multiline() default false;

    /** The message template; the validator chooses a more precise one. */
    String message() default "{dev.agendum.text.invalid}";

    /** Validation groups. */
    Class<?>[] groups() default {};

    /** Payload. */
    Class<? extends Payload>[] payload() default {};
}

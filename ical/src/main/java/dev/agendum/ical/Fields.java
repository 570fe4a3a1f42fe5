package dev.agendum.ical;

import dev.agendum.model.Coded;
import dev.agendum.model.LocalizedText;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The compact fields of an X-AGENDUM- property: {@code key=value} pairs joined by {@code &}, a value's {@code %} and
 * {@code &} percent-encoded ({@code %25}, {@code %26}), the whole escaped as TEXT by {@link ContentLineWriter#field}.
 * A key may repeat: a list in order. A localised text is one repeated key whose values read {@code tag:text}, the
 * default language first: {@code title=nl:Afsluiting&title=en:Closing}.
 *
 * <p>Writing helpers are static; an instance holds the fields of one property as read.
 */
final class Fields {

    /** The language tags read so far, so that a feed's few languages are parsed once, not per field. */
    private static final Map<String, Locale> LANGUAGES = new ConcurrentHashMap<>();
    private static final int MAX_LANGUAGES = 512;

    /** The property's text, unescaped; the fields are read from it only when asked for. */
    private final String text;
    /** For each field, where its key starts, where its {@code =} is and where its value ends, in {@link #text}. */
    private final int[] bounds;
    private final int count;

    private Fields(String text, int[] bounds, int count) {
        this.text = text;
        this.bounds = bounds;
        this.count = count;
    }

    /** Writes each language of {@code text} as {@code key=tag:text}, the default language first. */
    static void text(ContentLineWriter line, String key, LocalizedText text) {
        line.field(key, text.defaultLanguage().toLanguageTag(), text.text());
        if (text.values().size() > 1) {
            text.values().forEach((language, value) -> {
                if (!language.equals(text.defaultLanguage())) {
                    line.field(key, language.toLanguageTag(), value);
                }
            });
        }
    }

    /** Writes {@code key=value} when there is a value. */
    static void optional(ContentLineWriter line, String key, Optional<?> value) {
        if (value.isPresent()) {
            line.field(key, value.get().toString());
        }
    }

    /** Writes {@code key=text} for each language when there is a text. */
    static void optionalText(ContentLineWriter line, String key, Optional<LocalizedText> text) {
        if (text.isPresent()) {
            text(line, key, text.get());
        }
    }

    /**
     * Tells whether {@code text} is exactly what a standard property written in {@code language} gives back: one
     * value, in that language. Otherwise the text is carried whole in an X-AGENDUM- field as well.
     */
    static boolean plain(LocalizedText text, Locale language) {
        return text.values().size() == 1 && text.defaultLanguage().getLanguage().equals(language.getLanguage());
    }

    /** Reads the fields of a property value already unescaped as TEXT. */
    static Fields parse(String value) {
        int[] bounds = new int[12];
        int count = 0;
        int from = 0;
        while (from <= value.length()) {
            int end = value.indexOf('&', from);
            end = end < 0 ? value.length() : end;
            int equals = value.indexOf('=', from);
            if (equals >= 0 && equals < end) {
                if (count + 3 > bounds.length) {
                    bounds = Arrays.copyOf(bounds, bounds.length * 2);
                }
                bounds[count++] = from;
                bounds[count++] = equals;
                bounds[count++] = end;
            }
            from = end + 1;
        }
        return new Fields(value, bounds, count / 3);
    }

    /** Whether the key of field {@code i} is {@code key}. */
    private boolean is(int i, String key) {
        int from = bounds[3 * i];
        return bounds[3 * i + 1] - from == key.length() && text.startsWith(key, from);
    }

    /** The decoded value of field {@code i}. */
    private String value(int i) {
        return decode(text, bounds[3 * i + 1] + 1, bounds[3 * i + 2]);
    }

    /** Returns the first value of {@code key}, if any. */
    Optional<String> one(String key) {
        for (int i = 0; i < count; i++) {
            if (is(i, key)) {
                return Optional.of(value(i));
            }
        }
        return Optional.empty();
    }

    /** Returns the value of {@code key}, which must be there. */
    String required(String key) {
        return one(key).orElseThrow(() -> new IllegalArgumentException("the field " + key + " is missing"));
    }

    /** Returns every value of {@code key}, in order. */
    List<String> all(String key) {
        List<String> all = new ArrayList<>(2);
        for (int i = 0; i < count; i++) {
            if (is(i, key)) {
                all.add(value(i));
            }
        }
        return Collections.unmodifiableList(all);
    }

    /** Returns the localised text of {@code key}, if any: the first language is the default. */
    Optional<LocalizedText> text(String key) {
        Map<Locale, String> texts = null;
        Locale first = null;
        for (int i = 0; i < count; i++) {
            if (!is(i, key)) {
                continue;
            }
            int from = bounds[3 * i + 1] + 1;
            int end = bounds[3 * i + 2];
            int colon = text.indexOf(':', from);
            if (colon < from + 1 || colon >= end) {
                // As before: the language is looked for in the decoded value, which a colon cannot come from.
                throw new IllegalArgumentException("the field " + key + " has no language: " + value(i));
            }
            Locale language = text.indexOf('%', from) >= 0 && text.indexOf('%', from) < colon
                    ? Locale.forLanguageTag(decode(text, from, colon)) : language(text, from, colon);
            first = first == null ? language : first;
            texts = texts == null ? new LinkedHashMap<>(4) : texts;
            texts.put(language, decode(text, colon + 1, end));
        }
        return texts == null ? Optional.empty() : Optional.of(new LocalizedText(first, texts));
    }

    LocalizedText requiredText(String key) {
        return text(key).orElseThrow(() -> new IllegalArgumentException("the field " + key + " is missing"));
    }

    /** Returns whether {@code key} is {@code true}. */
    boolean flag(String key) {
        return one(key).map(Boolean::parseBoolean).orElse(false);
    }

    Optional<LocalDateTime> time(String key) {
        return one(key).map(Fields::localDateTime);
    }

    /**
     * Reads what {@link LocalDateTime#toString()} wrote: {@code 2026-03-01T10:00} and {@code 2026-03-01T10:00:30}
     * directly (they are nearly all a feed holds, and the formatter allocates much), anything else with
     * {@link LocalDateTime#parse}, whose errors are the same as before.
     */
    static LocalDateTime localDateTime(String text) {
        int n = text.length();
        if ((n == 16 || n == 19) && text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T'
                && text.charAt(13) == ':' && (n == 16 || text.charAt(16) == ':')) {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 2);
            int day = digits(text, 8, 2);
            int hour = digits(text, 11, 2);
            int minute = digits(text, 14, 2);
            int second = n == 19 ? digits(text, 17, 2) : 0;
            if ((year | month | day | hour | minute | second) >= 0) {
                try {
                    return LocalDateTime.of(year, month, day, hour, minute, second);
                } catch (java.time.DateTimeException notADate) {
                    // Falls through to the parser, which refuses it as it always did.
                }
            }
        }
        return LocalDateTime.parse(text);
    }

    /** The number written by {@code length} ASCII digits from {@code from}, or -1. */
    private static int digits(String text, int from, int length) {
        int value = 0;
        for (int i = from; i < from + length; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + c - '0';
        }
        return value;
    }

    /** The language of a tag, parsed once per distinct tag (up to a bound, past which it is parsed each time). */
    private static Locale language(String text, int from, int to) {
        String tag = text.substring(from, to);
        Locale language = LANGUAGES.get(tag);
        if (language == null) {
            language = Locale.forLanguageTag(tag);
            if (LANGUAGES.size() < MAX_LANGUAGES) {
                LANGUAGES.putIfAbsent(tag, language);
            }
        }
        return language;
    }

    Optional<Instant> instant(String key) {
        return one(key).map(Instant::parse);
    }

    Optional<URI> uri(String key) {
        return one(key).map(URI::create);
    }

    Optional<Integer> number(String key) {
        return one(key).map(Integer::valueOf);
    }

    /** Returns the constant of {@code type} whose code is the value of {@code key}, which must be there. */
    <E extends Enum<E> & Coded> E code(String key, Class<E> type) {
        String code = required(key);
        return Coded.fromCode(type, code).orElseThrow(() -> new IllegalArgumentException("the field " + key
                + " has an unknown code: " + code));
    }

    /** The value between {@code from} and {@code to}, its {@code %25} and {@code %26} decoded. */
    private static String decode(String text, int from, int to) {
        int percent = text.indexOf('%', from);
        if (percent < 0 || percent >= to) {
            return from == 0 && to == text.length() ? text : text.substring(from, to);
        }
        String value = text.substring(from, to);
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '%' && value.startsWith("25", i + 1)) {
                out.append('%');
                i += 2;
            } else if (c == '%' && value.startsWith("26", i + 1)) {
                out.append('&');
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}

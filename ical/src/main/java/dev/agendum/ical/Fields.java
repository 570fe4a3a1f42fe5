package dev.agendum.ical;

import dev.agendum.model.Coded;
import dev.agendum.model.LocalizedText;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The compact fields of an X-AGENDUM- property: {@code key=value} pairs joined by {@code &}, a value's {@code %} and
 * {@code &} percent-encoded ({@code %25}, {@code %26}), the whole escaped as TEXT by {@link ContentLineWriter#field}.
 * A key may repeat: a list in order. A localised text is one repeated key whose values read {@code tag:text}, the
 * default language first: {@code title=nl:Afsluiting&title=en:Closing}.
 *
 * <p>Writing helpers are static; an instance holds the fields of one property as read.
 */
final class Fields {

    private final List<Map.Entry<String, String>> entries;

    private Fields(List<Map.Entry<String, String>> entries) {
        this.entries = entries;
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
        List<Map.Entry<String, String>> entries = new ArrayList<>();
        int from = 0;
        while (from <= value.length()) {
            int end = value.indexOf('&', from);
            end = end < 0 ? value.length() : end;
            int equals = value.indexOf('=', from);
            if (equals >= 0 && equals < end) {
                entries.add(Map.entry(value.substring(from, equals), decode(value.substring(equals + 1, end))));
            }
            from = end + 1;
        }
        return new Fields(entries);
    }

    /** Returns the first value of {@code key}, if any. */
    Optional<String> one(String key) {
        for (Map.Entry<String, String> entry : entries) {
            if (entry.getKey().equals(key)) {
                return Optional.of(entry.getValue());
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
        return entries.stream().filter(e -> e.getKey().equals(key)).map(Map.Entry::getValue).toList();
    }

    /** Returns the localised text of {@code key}, if any: the first language is the default. */
    Optional<LocalizedText> text(String key) {
        List<String> values = all(key);
        if (values.isEmpty()) {
            return Optional.empty();
        }
        Map<Locale, String> texts = new LinkedHashMap<>();
        Locale first = null;
        for (String value : values) {
            int colon = value.indexOf(':');
            if (colon < 1) {
                throw new IllegalArgumentException("the field " + key + " has no language: " + value);
            }
            Locale language = Locale.forLanguageTag(value.substring(0, colon));
            first = first == null ? language : first;
            texts.put(language, value.substring(colon + 1));
        }
        return Optional.of(new LocalizedText(first, texts));
    }

    LocalizedText requiredText(String key) {
        return text(key).orElseThrow(() -> new IllegalArgumentException("the field " + key + " is missing"));
    }

    /** Returns whether {@code key} is {@code true}. */
    boolean flag(String key) {
        return one(key).map(Boolean::parseBoolean).orElse(false);
    }

    Optional<LocalDateTime> time(String key) {
        return one(key).map(LocalDateTime::parse);
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

    private static String decode(String value) {
        if (value.indexOf('%') < 0) {
            return value;
        }
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

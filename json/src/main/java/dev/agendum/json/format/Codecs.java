package dev.agendum.json.format;

import dev.agendum.json.read.JsonInput;
import dev.agendum.json.read.Quoting;
import dev.agendum.json.read.ReadLimits;
import dev.agendum.json.schema.SchemaBuilder;
import dev.agendum.model.Coded;
import dev.agendum.model.LocalizedText;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.EnumSet;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The format's scalar values and lists: text forms of zones, languages, links, codes and amounts ({@code TimeCodecs}
 * has the times). Each reader accepts what {@code java.time} or the JDK parses as the same value and the writer
 * writes one canonical form; each schema says in JSON Schema what the reader accepts, as far as a pattern can.
 */
public final class Codecs {

    private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();

    /** The characters {@link String#isBlank()} counts as white space, for a pattern of a non-blank string. */
    private static final String NOT_WHITE = "[^\\t\\n\\u000B\\f\\r\\u001C-\\u001F \\u1680\\u2000-\\u2006\\u2008-\\u200A"
            + "\\u2028\\u2029\\u205F\\u3000]";
    /** The characters {@link URI} refuses anywhere, and a percent sign not followed by two hexadecimal digits. */
    private static final String URI_CHARACTERS = "^([^\\u0000-\\u0020\"<>\\\\^`{|}%\\u007F]|%[0-9A-Fa-f]{2})*$";
    /** Language subtags Java maps to others ({@code iw} to {@code he}) or to none, and so never writes back. */
    static final String LEGACY_LANGUAGE = "^(in|iw|ji|und)(-|$)";

    private static final Pattern AMOUNT = Pattern.compile("(0|[1-9][0-9]{0,29})(\\.[0-9]{1,30})?");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    /** A string that is not blank. */
    static final Codec<String> NON_BLANK = scalar("nonBlank", "non-blank string",
            () -> SchemaBuilder.node().put("type", "string").put("pattern", NOT_WHITE), in -> {
                String text = in.string();
                if (text.isBlank()) {
                    throw in.problem("must not be blank");
                }
                return text;
            }, JsonGenerator::writeString);

    /** Any string. */
    static final Codec<String> STRING = inline("string", () -> SchemaBuilder.node().put("type", "string"),
            JsonInput::string, JsonGenerator::writeString);

    /** {@code true} or {@code false}. */
    static final Codec<Boolean> BOOLEAN = inline("boolean", () -> SchemaBuilder.node().put("type", "boolean"),
            JsonInput::bool, JsonGenerator::writeBoolean);

    /** An IANA time-zone name known to the JDK; offsets such as {@code +01:00} are refused, as they lose DST. */
    static final Codec<ZoneId> ZONE = scalar("zone", "IANA time zone", Codecs::zoneSchema, Codecs::zone,
            (out, zone) -> out.writeString(zone.getId()));

    /** A BCP 47 language tag in its canonical case ({@code nl}, {@code en-GB}). */
    static final Codec<Locale> LANGUAGE_TAG = scalar("languageTag", "BCP 47 language tag",
            () -> SchemaBuilder.node().put("type", "string")
                    .put("pattern", "^[a-z]{2,8}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?"
                            + "(-([a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*"
                            + "(-[a-wyz0-9](-[a-z0-9]{2,8})+)*(-x(-[a-z0-9]{1,8})+)?$")
                    .set("not", SchemaBuilder.node().put("pattern", LEGACY_LANGUAGE)),
            Codecs::languageTag, (out, locale) -> out.writeString(locale.toLanguageTag()));

    /** A URI reference in its written form. */
    static final Codec<URI> URI_REFERENCE = scalar("uri", "URI reference",
            () -> SchemaBuilder.node().put("type", "string").put("format", "uri-reference")
                    .put("pattern", URI_CHARACTERS),
            Codecs::uri, (out, uri) -> out.writeString(uri.toString()));

    /** A fee's amount: a decimal string, trailing zeros allowed on reading and never written. */
    static final Codec<BigDecimal> AMOUNT_TEXT = scalar("amount", "decimal string",
            () -> SchemaBuilder.node().put("description", "A decimal string, never a JSON number, so that no "
                    + "reader rounds it: \"12.5\", \"0\"; trailing zeros are accepted and not written.")
                    .put("type", "string").put("pattern", "^" + AMOUNT.pattern() + "$"),
            Codecs::amount, (out, amount) -> out.writeString(amount.toPlainString()));

    /** An ISO 4217 currency code the JDK knows. */
    static final Codec<Currency> CURRENCY_CODE = scalar("currency", "ISO 4217 currency code", Codecs::currencySchema,
            Codecs::currency, (out, currency) -> out.writeString(currency.getCurrencyCode()));

    private Codecs() {
    }

    /** Returns a codec of {@code type}'s lower-case codes, defined in the schema as {@code name}. */
    static <E extends Enum<E> & Coded> Codec<E> code(Class<E> type, String name) {
        return scalar(name, "one of " + codes(type, ", "), () -> {
            ObjectNode schema = SchemaBuilder.node();
            ArrayNode values = schema.putArray("enum");
            Arrays.stream(type.getEnumConstants()).forEach(e -> values.add(e.code()));
            return schema;
        }, in -> {
            String text = in.string();
            return Coded.fromCode(type, text).orElseThrow(() -> in.problem(Quoting.quote(text)
                    + " is not one of: " + codes(type, ", ")));
        }, (out, value) -> out.writeString(value.code()));
    }

    /** Returns a codec of whole numbers from {@code min} that fit an {@code int}. */
    static Codec<Integer> integer(int min) {
        return inline("whole number from " + min, () -> SchemaBuilder.node().put("type", "integer").put("minimum", min)
                .put("maximum", Integer.MAX_VALUE), in -> in.integer(min), JsonGenerator::writeNumber);
    }

    /** Returns a codec of a set of {@code type}'s codes, written in declaration order; a repeated code is refused. */
    static <E extends Enum<E> & Coded> Codec<Set<E>> codeSet(Class<E> type, String name, String what) {
        Codec<E> code = code(type, name);
        return new Codec<>() {
            @Override
            public Set<E> read(JsonInput in) {
                Set<E> seen = EnumSet.noneOf(type);
                in.list(reader -> {
                    E value = code.read(reader);
                    if (!seen.add(value)) {
                        throw reader.problem("duplicate " + what + " '" + value.code() + "'");
                    }
                    return value;
                }, in.limits().maxListLength(), what + "s");
                return seen;
            }

            @Override
            public void write(JsonGenerator out, Set<E> values) {
                out.writeStartArray();
                new TreeSet<>(values).forEach(v -> code.write(out, v));
                out.writeEndArray();
            }

            @Override
            public ObjectNode schema(SchemaBuilder schemas) {
                return SchemaBuilder.node().put("type", "array").<ObjectNode>set("items", code.schema(schemas))
                        .put("uniqueItems", true).put("maxItems", type.getEnumConstants().length);
            }

            @Override
            public String describe() {
                return "set of " + code.describe();
            }
        };
    }

    /**
     * Returns a codec of a list of at most {@code max} elements (a limit of the read; its default is stated in the
     * schema); {@code what} names the elements in messages ("people").
     */
    public static <E> Codec<List<E>> list(Codec<E> element, ToIntFunction<ReadLimits> max, String what) {
        return new Codec<>() {
            @Override
            public List<E> read(JsonInput in) {
                return in.list(element::read, max.applyAsInt(in.limits()), what);
            }

            @Override
            public void write(JsonGenerator out, List<E> values) {
                out.writeStartArray();
                // By index: the model's lists are immutable random-access lists, and an iterator per list was the
                // writer's largest allocation after the text itself.
                for (int i = 0, size = values.size(); i < size; i++) {
                    element.write(out, values.get(i));
                }
                out.writeEndArray();
            }

            @Override
            public ObjectNode schema(SchemaBuilder schemas) {
                ObjectNode schema = SchemaBuilder.node().put("type", "array");
                schema.set("items", element.schema(schemas));
                int most = max.applyAsInt(ReadLimits.DEFAULTS);
                if (most < Integer.MAX_VALUE) {
                    schema.put("maxItems", most);
                }
                return schema;
            }

            @Override
            public List<E> replaceTexts(List<E> values, UnaryOperator<LocalizedText> replace) {
                List<E> replaced = null;
                for (int i = 0; i < values.size(); i++) {
                    E value = element.replaceTexts(values.get(i), replace);
                    if (value != values.get(i) && replaced == null) {
                        replaced = new ArrayList<>(values);
                    }
                    if (replaced != null) {
                        replaced.set(i, value);
                    }
                }
                return replaced == null ? values : List.copyOf(replaced);
            }

            @Override
            public String describe() {
                return "list of " + element.describe();
            }
        };
    }

    /** Returns a codec that is {@code target}'s once that exists: for a shape that holds itself. */
    static <V> Codec<V> later(Supplier<Codec<V>> target) {
        return new Codec<>() {
            @Override
            public V read(JsonInput in) {
                return target.get().read(in);
            }

            @Override
            public void write(JsonGenerator out, V value) {
                target.get().write(out, value);
            }

            @Override
            public ObjectNode schema(SchemaBuilder schemas) {
                return target.get().schema(schemas);
            }

            @Override
            public V replaceTexts(V value, UnaryOperator<LocalizedText> replace) {
                return target.get().replaceTexts(value, replace);
            }

            @Override
            public String describe() {
                return target.get().describe();
            }
        };
    }

    /** Returns a codec whose schema is the named definition {@code name}. */
    static <V> Codec<V> scalar(String name, String description, Supplier<ObjectNode> schema,
            Function<JsonInput, V> reader, BiConsumer<JsonGenerator, V> writer) {
        return new Scalar<>(name, description, schema, reader, writer, true);
    }

    private static <V> Codec<V> inline(String description, Supplier<ObjectNode> schema, Function<JsonInput, V> reader,
            BiConsumer<JsonGenerator, V> writer) {
        return new Scalar<>(description, description, schema, reader, writer, false);
    }

    private record Scalar<V>(String name, String description, Supplier<ObjectNode> definition,
                             Function<JsonInput, V> reader, BiConsumer<JsonGenerator, V> writer, boolean named)
            implements Codec<V> {

        @Override
        public V read(JsonInput in) {
            return reader.apply(in);
        }

        @Override
        public void write(JsonGenerator out, V value) {
            writer.accept(out, value);
        }

        @Override
        public ObjectNode schema(SchemaBuilder schemas) {
            return named ? schemas.ref(name, definition) : definition.get();
        }

        @Override
        public String describe() {
            return description;
        }
    }

    /** Returns {@code type}'s codes in declaration order, joined by {@code separator}. */
    static <E extends Enum<E> & Coded> String codes(Class<E> type, String separator) {
        return Arrays.stream(type.getEnumConstants()).map(Coded::code).collect(Collectors.joining(separator));
    }

    private static ZoneId zone(JsonInput in) {
        String text = in.string();
        if (!ZONES.contains(text)) {
            throw in.problem("expected an IANA time zone such as \"Europe/Amsterdam\", found " + Quoting.quote(text));
        }
        return ZoneId.of(text);
    }

    private static ObjectNode zoneSchema() {
        ObjectNode schema = SchemaBuilder.node().put("description", "An IANA time-zone name of the tzdb this schema "
                + "was made with (a later JDK may know more); offsets are refused, as they lose daylight saving.");
        ArrayNode values = schema.putArray("enum");
        KnownCodes.zones().forEach(values::add);
        return schema;
    }

    private static Locale languageTag(JsonInput in) {
        String text = in.string();
        try {
            Locale locale = new Locale.Builder().setLanguageTag(text).build();
            if (!locale.getLanguage().isEmpty() && locale.toLanguageTag().equals(text)) {
                return locale;
            }
        } catch (IllformedLocaleException e) {
            // reported below
        }
        throw in.problem("expected a language tag such as \"nl\" or \"en-GB\", found " + Quoting.quote(text));
    }

    private static URI uri(JsonInput in) {
        String text = in.string();
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            throw in.problem("expected a URI such as \"https://example.org/\", found " + Quoting.quote(text));
        }
    }

    private static BigDecimal amount(JsonInput in) {
        String text = in.string();
        if (!AMOUNT.matcher(text).matches()) {
            throw in.problem("expected an amount such as \"12.5\" or \"0\" (a string of digits, a point and digits), "
                    + "found " + Quoting.quote(text));
        }
        return new BigDecimal(text);
    }

    private static Currency currency(JsonInput in) {
        String text = in.string();
        try {
            if (CURRENCY.matcher(text).matches()) {
                return Currency.getInstance(text);
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw in.problem("expected an ISO 4217 currency code such as \"EUR\", found " + Quoting.quote(text));
    }

    private static ObjectNode currencySchema() {
        ObjectNode schema = SchemaBuilder.node().put("description", "An ISO 4217 currency code of those this schema "
                + "was made with (a later JDK may know more).");
        ArrayNode values = schema.putArray("enum");
        KnownCodes.currencies().forEach(values::add);
        return schema;
    }
}

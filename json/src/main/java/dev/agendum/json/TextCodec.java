package dev.agendum.json;

import dev.agendum.model.LocalizedText;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.node.ObjectNode;

/**
 * Localised text as a JSON object keyed by language code, the default language first:
 * {@code {"nl": "Afsluiting", "en": "Closing"}}. The other languages follow in language-code order, as
 * {@link LocalizedText#values()} iterates, so the output is deterministic.
 */
final class TextCodec implements Codec<LocalizedText> {

    /** The one instance. */
    static final TextCodec TEXT = new TextCodec();

    /**
     * Codes already accepted, so that the texts of every event do not parse "nl" again: parsing the language tag
     * was a tenth of reading. Bounded, so that a document full of distinct codes cannot grow it.
     */
    private static final Map<String, Locale> ACCEPTED = new ConcurrentHashMap<>();
    private static final int MAX_ACCEPTED = 256;

    private TextCodec() {
    }

    @Override
    public void write(JsonGenerator out, LocalizedText text) {
        out.writeStartObject();
        out.writeStringProperty(text.defaultLanguage().toLanguageTag(), text.text());
        text.values().forEach((language, value) -> {
            if (!language.equals(text.defaultLanguage())) {
                out.writeStringProperty(language.toLanguageTag(), value);
            }
        });
        out.writeEndObject();
    }

    /** Reads a text; its first key is the default language. */
    @Override
    public LocalizedText read(JsonInput in) {
        in.expect(JsonToken.START_OBJECT);
        Map<Locale, String> values = new LinkedHashMap<>();
        Locale first = null;
        for (String key = in.nextName(); key != null; key = in.nextName()) {
            Locale language = language(in, key);
            if (values.containsKey(language)) {
                throw in.problem("duplicate language " + Quoting.quote(key));
            }
            if (values.size() == in.limits().maxListLength()) {
                throw in.problem("too many languages: at most " + in.limits().maxListLength() + " are allowed");
            }
            in.nextValue();
            values.put(language, Codecs.NON_BLANK.read(in));
            first = first == null ? language : first;
        }
        if (first == null) {
            throw in.problem("expected text in at least one language, such as {\"nl\": \"…\"}");
        }
        return new LocalizedText(first, values);
    }

    /** Accepts a bare language code ("nl", "en"), the only form {@link LocalizedText} keeps. */
    private static Locale language(JsonInput in, String key) {
        Locale known = ACCEPTED.get(key);
        if (known != null) {
            return known;
        }
        Locale language = Locale.forLanguageTag(key);
        if (language.getLanguage().isEmpty() || !language.toLanguageTag().equals(key)
                || !new Locale(language.getLanguage()).equals(language)) {
            throw in.problem(Quoting.quote(key) + " is not a language code such as \"nl\" or \"en\"");
        }
        if (ACCEPTED.size() < MAX_ACCEPTED) {
            ACCEPTED.putIfAbsent(key, language);
        }
        return language;
    }

    @Override
    public ObjectNode schema(SchemaBuilder schemas) {
        return schemas.ref("text", () -> {
            ObjectNode text = SchemaBuilder.node()
                    .put("description", "Localised text: one non-blank string per bare language code; the first key "
                            + "is the default language.")
                    .put("type", "object").put("minProperties", 1)
                    .put("maxProperties", ReadLimits.DEFAULTS.maxListLength());
            text.putObject("propertyNames").put("pattern", "^[a-z]{2,8}$")
                    .putObject("not").put("pattern", Codecs.LEGACY_LANGUAGE);
            text.set("additionalProperties", Codecs.NON_BLANK.schema(schemas));
            return text;
        });
    }

    @Override
    public String describe() {
        return "text";
    }
}

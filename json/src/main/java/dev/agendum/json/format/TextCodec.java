package dev.agendum.json.format;

import dev.agendum.json.read.JsonInput;
import dev.agendum.json.read.Quoting;
import dev.agendum.json.read.ReadLimits;
import dev.agendum.json.schema.SchemaBuilder;
import dev.agendum.model.Event;
import dev.agendum.model.LocalizedText;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.node.ObjectNode;

/**
 * Localised text as a JSON object keyed by language code: {@code {"nl": "Afsluiting", "en": "Closing"}}.
 *
 * <p>Which language is the default is stated by the model, never by key order: the event's language when the text
 * has it, else the text's only language; a text whose default is neither says so in a {@value #DEFAULT} field
 * ({@code {"en": "Closing", "de": "Abschluss", "default": "en"}}). The writer writes the default language first and
 * the others in language-code order, as {@link LocalizedText#values()} iterates, then {@value #DEFAULT} only where
 * it is needed, so existing documents keep their bytes.
 *
 * <p>A text read before its event's {@code language} (keys in another order) cannot know its default yet: it is
 * built with a provisional one and settled by {@link #settle(JsonInput, Event)} once the event is read.
 */
public final class TextCodec implements Codec<LocalizedText> {

    /** The field naming a text's default language where the model cannot tell it. */
    static final String DEFAULT = "default";

    /** The one instance. */
    public static final TextCodec TEXT = new TextCodec();

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
        Locale language = text.defaultLanguage();
        out.writeStringProperty(language.toLanguageTag(), text.text());
        if (text.values().size() == 1) {
            out.writeEndObject();
            return;
        }
        text.values().forEach((other, value) -> {
            if (!other.equals(language)) {
                out.writeStringProperty(other.toLanguageTag(), value);
            }
        });
        if (!language.equals(implicitDefault(eventLanguage(out), text.values()))) {
            out.writeStringProperty(DEFAULT, language.toLanguageTag());
        }
        out.writeEndObject();
    }

    /** Returns the bare language of the event being written, or {@code null} outside an event. */
    private static Locale eventLanguage(JsonGenerator out) {
        for (TokenStreamContext context = out.streamWriteContext(); context != null; context = context.getParent()) {
            if (context.currentValue() instanceof Event event) {
                return bare(event.language());
            }
        }
        return null;
    }

    /** Returns the default the model implies: the event's language if the text has it, else its only language. */
    private static Locale implicitDefault(Locale eventLanguage, Map<Locale, String> values) {
        if (eventLanguage != null && values.containsKey(eventLanguage)) {
            return eventLanguage;
        }
        return values.size() == 1 ? values.keySet().iterator().next() : null;
    }

    private static Locale bare(Locale language) {
        return language.getCountry().isEmpty() && language.getVariant().isEmpty() && language.getScript().isEmpty()
                && !language.hasExtensions() ? language : new Locale(language.getLanguage());
    }

    /** Reads a text; its default is stated, implied by the model, or settled when its event has been read. */
    @Override
    public LocalizedText read(JsonInput in) {
        in.expect(JsonToken.START_OBJECT);
        TokenStreamLocation start = in.location();
        Map<Locale, String> values = new HashMap<>();
        Locale stated = null;
        String statedPointer = null;
        TokenStreamLocation statedAt = null;
        for (String key = in.nextName(); key != null; key = in.nextName()) {
            if (DEFAULT.equals(key)) {
                if (stated != null) {
                    throw in.problem("duplicate field '" + DEFAULT + "'");
                }
                in.nextValue();
                statedPointer = in.pointer();
                statedAt = in.location();
                stated = language(in, in.string());
                continue;
            }
            Locale language = language(in, key);
            if (values.containsKey(language)) {
                throw in.problem("duplicate language " + Quoting.quote(key));
            }
            if (values.size() == in.limits().maxListLength()) {
                throw in.limitProblem("too many languages: at most " + in.limits().maxListLength() + " are allowed");
            }
            in.nextValue();
            values.put(language, Codecs.NON_BLANK.read(in));
        }
        if (values.isEmpty()) {
            throw in.problem("expected text in at least one language, such as {\"nl\": \"…\"}");
        }
        if (stated != null) {
            if (!values.containsKey(stated)) {
                throw in.problemAt(statedPointer, statedAt, "the default language " + Quoting.quote(
                        stated.toLanguageTag()) + " has no text here");
            }
            return new LocalizedText(stated, values);
        }
        Locale eventLanguage = in.eventLanguage();
        Locale implied = implicitDefault(eventLanguage == null ? null : bare(eventLanguage), values);
        if (implied != null) {
            return new LocalizedText(implied, values);
        }
        if (eventLanguage != null || !in.inEvent()) {
            throw in.problemAt(in.pointer(), start, needsDefault(eventLanguage));
        }
        LocalizedText provisional = new LocalizedText(values.keySet().iterator().next(), values);
        in.settleLater(provisional, in.pointer(), start);
        return provisional;
    }

    private static String needsDefault(Locale eventLanguage) {
        return "a text in several languages" + (eventLanguage == null ? ""
                : " without the event's language '" + bare(eventLanguage).toLanguageTag() + "'")
                + " must name its default: \"" + DEFAULT + "\": one of its languages";
    }

    /**
     * Gives the texts read before the event's language their default, now that it is known, rebuilding the event
     * where one changes; refuses a text that has neither the event's language nor a stated default.
     */
    static Event settle(JsonInput in, Event event) {
        List<JsonInput.Unsettled> unsettled = in.unsettledTexts();
        if (unsettled.isEmpty()) {
            return event;
        }
        Locale language = bare(event.language());
        Map<LocalizedText, LocalizedText> settled = new IdentityHashMap<>();
        for (JsonInput.Unsettled text : unsettled) {
            if (!text.text().values().containsKey(language)) {
                throw in.problemAt(text.pointer(), text.location(), needsDefault(language));
            }
            if (!text.text().defaultLanguage().equals(language)) {
                settled.put(text.text(), new LocalizedText(language, text.text().values()));
            }
        }
        return settled.isEmpty() ? event
                : EventMapper.EVENT.replaceTexts(event, text -> settled.getOrDefault(text, text));
    }

    @Override
    public LocalizedText replaceTexts(LocalizedText value, UnaryOperator<LocalizedText> replace) {
        return replace.apply(value);
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
                    .put("description", "Localised text: one non-blank string per bare language code. The default "
                            + "language is the event's language when the text has it, else its only language, else the "
                            + "one named by \"default\".")
                    .put("type", "object").put("minProperties", 1)
                    .put("maxProperties", ReadLimits.DEFAULTS.maxListLength());
            text.putObject("propertyNames").put("pattern", "^[a-z]{2,8}$")
                    .putObject("not").put("pattern", Codecs.LEGACY_LANGUAGE);
            text.putObject("properties").putObject(DEFAULT).put("type", "string").put("pattern", "^[a-z]{2,8}$");
            text.set("additionalProperties", Codecs.NON_BLANK.schema(schemas));
            text.putObject("not").put("maxProperties", 1).putArray("required").add(DEFAULT);
            return text;
        });
    }

    @Override
    public String describe() {
        return "text";
    }
}

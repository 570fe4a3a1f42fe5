package dev.agendum.examples.spring;

import dev.agendum.json.AgendumJson;
import dev.agendum.model.Event;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.stereotype.Component;

/**
 * Reads a request body as Agendum's canonical JSON ({@code {"format": "agendum/1", "event": {…}}}) through
 * {@link AgendumJson}, so a refused document throws {@code AgendumJsonException} with a JSON Pointer, line and
 * column for every problem; writes an event the same way. A bean, so Spring Boot puts it before its own Jackson
 * converter for {@code Event}.
 */
@Component
class CanonicalJsonConverter extends AbstractHttpMessageConverter<Event> {

    private final AgendumJson json;

    CanonicalJsonConverter(AgendumJson json) {
        super(StandardCharsets.UTF_8, MediaType.APPLICATION_JSON);
        this.json = json;
    }

    @Override
    protected boolean supports(Class<?> type) {
        return Event.class.equals(type);
    }

    @Override
    protected Event readInternal(Class<? extends Event> type, HttpInputMessage input) throws IOException {
        return json.readEvent(input.getBody());
    }

    @Override
    protected void writeInternal(Event event, HttpOutputMessage output) throws IOException {
        json.writeEvent(event, output.getBody());
    }
}

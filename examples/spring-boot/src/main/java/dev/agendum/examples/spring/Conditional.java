package dev.agendum.examples.spring;

import dev.agendum.model.Event;
import dev.agendum.publish.Published;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Answers a GET through Agendum's framework-neutral {@link Published}: 200 with the bytes, or 304 without. */
final class Conditional {

    private Conditional() {
    }

    static ResponseEntity<byte[]> respond(String body, List<Event> events, MediaType type, HttpHeaders request) {
        Published published = Published.of(body, Published.lastModifiedOf(events));
        boolean notModified = published.notModified(header(request, HttpHeaders.IF_NONE_MATCH),
                header(request, HttpHeaders.IF_MODIFIED_SINCE));
        ResponseEntity.BodyBuilder response = ResponseEntity.status(notModified ? HttpStatus.NOT_MODIFIED : HttpStatus.OK)
                .header(HttpHeaders.ETAG, published.etag())
                .header(HttpHeaders.LAST_MODIFIED, published.lastModified());
        return notModified ? response.build() : response.contentType(type).body(published.body());
    }

    /** A header's values joined as one list, as RFC 9110 allows them to be sent over several lines. */
    private static Optional<String> header(HttpHeaders request, String name) {
        List<String> values = request.getOrEmpty(name);
        return values.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", values));
    }
}

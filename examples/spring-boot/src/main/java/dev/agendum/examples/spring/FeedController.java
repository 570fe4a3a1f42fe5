package dev.agendum.examples.spring;

import dev.agendum.ical.FeedSelection;
import dev.agendum.ical.FeedWriter;
import dev.agendum.json.SchemaOrgWriter;
import dev.agendum.model.Event;
import jakarta.validation.Valid;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Feeds and JSON-LD by GET, with ETag and Last-Modified; canonical JSON by POST, checked by {@code @Valid}
 * (Agendum's rules, through the {@code @ValidEvent} constraint on {@code Event}).
 */
@RestController
class FeedController {

    static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);
    static final MediaType JSON_LD = new MediaType("application", "ld+json", StandardCharsets.UTF_8);

    private final EventStore store;
    private final FeedWriter feeds;
    private final SchemaOrgWriter schemaOrg;

    FeedController(EventStore store, FeedWriter feeds, SchemaOrgWriter schemaOrg) {
        this.store = store;
        this.feeds = feeds;
        this.schemaOrg = schemaOrg;
    }

    @GetMapping("/events.ics")
    ResponseEntity<byte[]> feed(@RequestHeader HttpHeaders request) {
        return calendar(store.all(), request);
    }

    @GetMapping("/events/{id}.ics")
    ResponseEntity<byte[]> event(@PathVariable("id") String id, @RequestHeader HttpHeaders request) {
        Event event = store.find(id).orElseThrow(() -> notFound("no event with this id"));
        return calendar(List.of(event), request);
    }

    @GetMapping("/people/{id}.ics")
    ResponseEntity<byte[]> person(@PathVariable("id") String id, @RequestHeader HttpHeaders request) {
        FeedSelection selection = FeedSelection.person(id);
        List<Event> events = store.all().stream().filter(selection::includes).toList();
        if (events.isEmpty()) {
            throw notFound("no event names a person with this id");
        }
        // The selecting writer keeps only the person's items (and their events for context), with the full
        // feed's UIDs, so a subscriber to both feeds sees each item once.
        return Conditional.respond(feeds.selecting(selection).write(events), events, CALENDAR, request);
    }

    @GetMapping("/events.jsonld")
    ResponseEntity<byte[]> jsonLd(@RequestHeader HttpHeaders request) {
        List<Event> events = store.all();
        return Conditional.respond(schemaOrg.write(events), events, JSON_LD, request);
    }

    /** Accepts one event in canonical JSON; 400 with every problem (see {@link Problems}) when it is refused. */
    @PostMapping(path = "/events", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> post(@Valid @RequestBody Event event) {
        store.put(event);
        return ResponseEntity.created(URI.create("/events/" + event.id() + ".ics")).build();
    }

    private ResponseEntity<byte[]> calendar(List<Event> events, HttpHeaders request) {
        return Conditional.respond(feeds.write(events), events, CALENDAR, request);
    }

    private static ResponseStatusException notFound(String reason) {
        return new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND, reason);
    }
}

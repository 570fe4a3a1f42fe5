package org.example.calendar;

import dev.agendum.ical.FeedSelection;
import dev.agendum.ical.FeedWriter;
import dev.agendum.json.AgendumJson;
import dev.agendum.model.ConferenceFeature;
import dev.agendum.model.Event;
import dev.agendum.model.JoinLink;
import dev.agendum.model.LocalizedText;
import dev.agendum.model.OnlineLocation;
import dev.agendum.model.Participation;
import dev.agendum.model.Person;
import dev.agendum.model.Revision;
import dev.agendum.model.RoleType;
import dev.agendum.validation.EventValidator;
import dev.agendum.validation.Violation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Uses Agendum as README.md tells a user to: builds and validates an event, validates it again through the
 * application's own default Bean Validation factory, reads and writes it through the application's own Jackson
 * mapper, and writes a feed and a personal feed. Exits 1 with a reason when anything differs from what the README
 * promises.
 */
public final class App {

    private App() {
    }

    public static void main(String[] args) {
        Event event = Event.builder("pbl-nsob-seminar-2021-01-15")
                .title(LocalizedText.of("nl", "Leren samenwerken aan opgaven"))
                .zone(ZoneId.of("Europe/Amsterdam"))
                .time(LocalDateTime.parse("2021-01-15T14:00"), LocalDateTime.parse("2021-01-15T15:00"))
                .online(OnlineLocation.of(JoinLink.toFollow(), ConferenceFeature.CHAT))
                .person(Person.of("ruben-maes", "Ruben Maes"))
                .participation(Participation.of("ruben-maes", RoleType.MODERATOR))
                .revision(Revision.of(0, Instant.parse("2020-12-15T09:00:00Z")))
                .build();
        EventValidator validator = EventValidator.create();
        check(validator.validate(event, Locale.ENGLISH).isEmpty(), "the README's event is valid");

        // Two participations of people the event does not list: two violations, whichever validator looks.
        Event invalid = Event.builder("broken").title(LocalizedText.of("nl", "Kapot"))
                .zone(ZoneId.of("Europe/Amsterdam"))
                .time(LocalDateTime.parse("2021-01-15T14:00"), LocalDateTime.parse("2021-01-15T15:00"))
                .online(OnlineLocation.of(JoinLink.toFollow()))
                .participation(Participation.of("nobody", RoleType.SPEAKER))
                .participation(Participation.of("no-one", RoleType.CHAIR))
                .revision(Revision.of(0, Instant.parse("2020-12-15T09:00:00Z")))
                .build();
        List<Violation> agendum = sorted(validator.validate(invalid, Locale.ENGLISH));
        List<Violation> standard;
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            standard = sorted(factory.getValidator().validate(invalid).stream().map(Violation::from).toList());
        }
        check(agendum.size() == 2, "EventValidator finds 2 violations, found " + agendum);
        check(standard.equals(agendum),
                "the default Bean Validation factory reports what EventValidator reports: " + standard);

        // The application's own mapper, as Spring builds it, finds Agendum's module through the ServiceLoader.
        JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
        String json = mapper.writeValueAsString(event);
        check(mapper.readValue(json, Event.class).equals(event), "the own mapper reads back what it wrote");
        String coloured = json.replaceFirst("\\{", "{\"colour\": \"red\", ");
        try {
            mapper.readValue(coloured, Event.class);
            check(false, "an unknown field is refused");
        } catch (JacksonException e) {
            check(e.getOriginalMessage().startsWith("/colour"), "the refusal starts with the pointer: "
                    + e.getOriginalMessage());
            check(e.getLocation() != null && e.getLocation().getLineNr() == 1,
                    "the refusal says where: " + e.getLocation());
        }
        check(AgendumJson.create().readEvent(AgendumJson.create().writeEvent(event)).equals(event),
                "the facade reads back what it wrote");

        String feed = FeedWriter.builder().calendarName("Bestuurskunde").build().write(List.of(event));
        check(feed.startsWith("BEGIN:VCALENDAR\r\n") && feed.contains("UID:pbl-nsob-seminar-2021-01-15@agendum.dev"),
                "the feed has the event's UID");
        String mine = FeedWriter.builder().calendarName("Bestuurskunde").build()
                .selecting(FeedSelection.person("ruben-maes")).write(List.of(event));
        check(mine.contains("NAME:Bestuurskunde — Ruben Maes"), "the personal feed is named after the person");

        Module module = App.class.getModule();
        System.out.println("consumer: every README promise holds, on the "
                + (module.isNamed() ? "module path (" + module.getName() + ")" : "class path"));
    }

    private static List<Violation> sorted(List<Violation> violations) {
        return violations.stream().sorted(Comparator.comparing(Violation::path).thenComparing(Violation::code))
                .toList();
    }

    private static void check(boolean holds, String promise) {
        if (!holds) {
            System.err.println("consumer: broken promise: " + promise);
            System.exit(1);
        }
    }
}

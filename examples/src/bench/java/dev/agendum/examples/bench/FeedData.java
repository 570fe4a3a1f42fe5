package dev.agendum.examples.bench;

import dev.agendum.model.Affiliation;
import dev.agendum.model.Contact;
import dev.agendum.model.Event;
import dev.agendum.model.ItemKind;
import dev.agendum.model.JoinLink;
import dev.agendum.model.LocalizedText;
import dev.agendum.model.OnlineLocation;
import dev.agendum.model.Organisation;
import dev.agendum.model.Participation;
import dev.agendum.model.Person;
import dev.agendum.model.Programme;
import dev.agendum.model.ProgrammeItem;
import dev.agendum.model.Registration;
import dev.agendum.model.RegistrationChannel;
import dev.agendum.model.Revision;
import dev.agendum.model.RoleType;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * Deterministic benchmark data: events in Europe/Amsterdam spread over a year (both sides of the daylight-saving
 * changes), each with five programme items, six people and a Dutch description of about 600 characters with
 * accents, as real announcements have.
 */
public final class FeedData {

    private static final String[] WORDS = {"één", "overheid", "samenwerken", "opgave", "bestuur", "café",
        "naïef", "geïnterviewde", "financiële", "discussiëren", "publieke", "manager", "gemeente", "netwerk",
        "leren", "programma’s", "ervaring", "beleid", "uitvoering", "‘werkagenda’"};
    private static final Organisation ORGANISER = Organisation.of(LocalizedText.of("nl",
            "Vereniging voor Bestuurskunde"), "VB");

    private FeedData() {
    }

    /** Returns {@code count} events held in memory; event {@code i} is always the same. */
    public static List<Event> events(int count) {
        return List.copyOf(generated(count));
    }

    /**
     * Returns {@code count} events made again each time one is asked for, never held: the same events as
     * {@link #events}, for measuring the heap a writer needs beyond the events a caller holds.
     */
    public static List<Event> generated(int count) {
        return new AbstractList<>() {
            @Override
            public Event get(int index) {
                return event(Objects.checkIndex(index, count), new Random(index));
            }

            @Override
            public int size() {
                return count;
            }
        };
    }

    private static Event event(int n, Random random) {
        LocalDateTime start = LocalDateTime.of(2021, 1, 4, 9, 0).plusDays(n % 360).plusHours(n % 8);
        List<Person> people = new ArrayList<>();
        for (int p = 0; p < 6; p++) {
            Person person = Person.of("p" + p, "Persoon " + p + " van der Ëik");
            people.add(p % 2 == 0 ? person.withEmail("persoon" + p + "@example.org") : person);
        }
        Affiliation affiliation = Affiliation.of(nl("gemeentesecretaris"), Organisation.of(nl("Gemeente Nijmegen")));
        ItemKind[] kinds = {ItemKind.WELCOME, ItemKind.INTRODUCTION, ItemKind.INTERVIEW, ItemKind.PANEL,
            ItemKind.CLOSING};
        List<ProgrammeItem> items = new ArrayList<>();
        for (int k = 0; k < kinds.length; k++) {
            ProgrammeItem.Builder item = ProgrammeItem.builder("i" + k, start.plusMinutes(k * 30L), kinds[k],
                    nl(sentence(random, 6)));
            if (k < 4) {
                item.description(nl(sentence(random, 15)))
                        .participation(Participation.of("p" + (k + 1), RoleType.SPEAKER, affiliation));
            }
            items.add(item.build());
        }
        return Event.builder("event-" + n)
                .title(nl(sentence(random, 8)))
                .description(nl(sentence(random, 90)))
                .zone(ZoneId.of("Europe/Amsterdam"))
                .time(start, start.plusHours(2))
                .online(OnlineLocation.of(JoinLink.toFollow()))
                .organiser(ORGANISER)
                .person(people.toArray(Person[]::new))
                .participation(Participation.of("p0", RoleType.MODERATOR),
                        Participation.of("p5", RoleType.PANELLIST, affiliation))
                .programme(new Programme(items))
                .registration(Registration.required(RegistrationChannel.email("info@bestuurskunde.nl")).build())
                .contact(Contact.desk(Contact.Role.INFORMATION, nl("Secretariaat"), "info@bestuurskunde.nl"))
                .revision(Revision.of(n % 5, Instant.parse("2020-12-01T09:00:00Z").plusSeconds(n)))
                .build();
    }

    private static String sentence(Random random, int words) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < words; w++) {
            text.append(w == 0 ? "" : w % 12 == 0 ? ", " : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.append('.').toString();
    }

    private static LocalizedText nl(String text) {
        return LocalizedText.of("nl", text);
    }
}

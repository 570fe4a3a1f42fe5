package dev.agendum.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agendum.ical.FeedSelection;
import dev.agendum.ical.FeedWriter;
import dev.agendum.json.SchemaOrgWriter;
import dev.agendum.model.Event;
import dev.agendum.model.Person;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * No personal detail of anyone but a contact appears in a default output of the bundled announcements, nor of the
 * announcements given private details: the seminar's contact, Mieke Berkers, keeps her published address and phone.
 */
@DisplayName("Privacy of the bundled announcements' outputs")
public class PrivacyTest {

    /** Details given to people who are no contact, by person id. */
    private static final Map<String, String[]> DETAILS = Map.of(
            "ruben-maes", new String[] {"ruben.maes@private.example", "+31 6 11111111"},
            "olga-van-kalles", new String[] {"olga@private.example", "+31 6 22222222"},
            "martijn-van-der-steen", new String[] {"martijn@private.example", "+31 6 33333333"},
            "peggy-hurkmans", new String[] {"peggy@private.example", "+31 6 44444444"});

    /** Every private detail {@link #withPrivateDetails} adds. */
    public static final String[] PRIVATE = DETAILS.values().stream().flatMap(java.util.Arrays::stream)
            .toArray(String[]::new);

    /** Returns {@code event} with e-mail addresses and phone numbers for four people who are not contacts. */
    public static Event withPrivateDetails(Event e) {
        List<Person> people = e.people().stream().map(p -> Optional.ofNullable(DETAILS.get(p.id()))
                .map(d -> p.withEmail(d[0]).withPhone(d[1])).orElse(p)).toList();
        return new Event(e.id(), e.language(), e.title(), e.description(), e.zone(), e.start(), e.end(), e.allDay(),
                e.attendanceMode(), e.venue(), e.online(), e.status(), e.previousStart(), e.organisers(), people,
                e.participations(), e.programme(), e.registration(), e.contacts(), e.links(), e.image(),
                e.categories(), e.revision());
    }

    /** The UIDs of a feed's VEVENTs, in order. */
    public static List<String> uids(String feed) {
        Matcher m = Pattern.compile("BEGIN:VEVENT\r\nUID:([^\r]+)\r\n").matcher(feed.replace("\r\n ", ""));
        List<String> uids = new ArrayList<>();
        while (m.find()) {
            uids.add(m.group(1));
        }
        return uids;
    }

    private static List<Event> sample() {
        return Announcements.all().stream().map(PrivacyTest::withPrivateDetails).toList();
    }

    @Test
    @DisplayName("no default feed, personal feed or JSON-LD holds a non-contact's e-mail or phone")
    void defaults() {
        List<String> outputs = new ArrayList<>();
        for (FeedWriter writer : List.of(FeedWriter.create(), FeedWriter.builder().withItems(true).build(),
                FeedWriter.builder().lossless(false).build())) {
            outputs.add(writer.write(sample()));
            sample().forEach(e -> e.people().forEach(p ->
                    outputs.add(writer.selecting(FeedSelection.person(p.id())).write(sample()))));
        }
        outputs.add(SchemaOrgWriter.create().write(sample()));
        for (String output : outputs) {
            String text = output.replace("\r\n ", "");
            assertThat(text).doesNotContain(PRIVATE);
        }
        assertThat(FeedWriter.create().write(sample()).replace("\r\n ", ""))
                .as("the contact's published details stay").contains("mieke.berkers@pbl.nl", "+31 6 25068171");
    }

    @Test
    @DisplayName("the bundled announcements publish only their contact's details, which the text gives")
    void bundled() {
        List<Person> withDetails = Announcements.all().stream().flatMap(e -> e.people().stream())
                .filter(p -> p.email().isPresent() || p.phone().isPresent()).toList();
        assertThat(withDetails).extracting(Person::id).containsOnly("mieke-berkers");
        assertThat(Announcements.lerenSamenwerkenAanOpgaven().contacts()).anySatisfy(c ->
                assertThat(c.personId()).contains("mieke-berkers"));
    }
}

package dev.agendum.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agendum.ical.FeedReader;
import dev.agendum.ical.FeedSelection;
import dev.agendum.ical.FeedWriter;
import dev.agendum.model.Appearance;
import dev.agendum.model.Event;
import dev.agendum.model.Person;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A personal feed for each person of the bundled announcements holds exactly the items where they appear. */
@DisplayName("Personal feeds of the bundled announcements")
class PersonalFeedsTest {

    private static final FeedWriter FULL = FeedWriter.builder().withItems(true).build();

    /** What the person's feed must hold, from the model's appearances: their events, then their items. */
    private static List<String> expected(String personId) {
        List<String> uids = new ArrayList<>();
        for (Event event : Announcements.all()) {
            List<Appearance> appearances = event.appearancesOf(personId);
            boolean contact = event.contacts().stream().anyMatch(c -> c.personId().filter(personId::equals)
                    .isPresent());
            if (appearances.isEmpty() && !contact) {
                continue;
            }
            uids.add(event.id() + "@agendum.dev");
            Set<String> items = new LinkedHashSet<>();
            event.schedule().allItems().stream().map(s -> s.item())
                    .filter(i -> appearances.stream().anyMatch(a -> a.item().filter(i::equals).isPresent()))
                    .forEach(i -> items.add(i.id() + "." + event.id() + "@agendum.dev"));
            uids.addAll(items);
        }
        return uids;
    }

    @Test
    @DisplayName("each person's feed holds exactly their items and events, with the full feed's UIDs")
    void everyPerson() {
        List<String> full = PrivacyTest.uids(FULL.write(Announcements.all()));
        Set<String> people = new LinkedHashSet<>();
        Announcements.all().forEach(e -> e.people().forEach(p -> people.add(p.id())));
        assertThat(people).hasSize(15);
        for (String person : people) {
            String feed = FeedWriter.create().selecting(FeedSelection.person(person)).write(Announcements.all());
            List<String> uids = PrivacyTest.uids(feed);
            assertThat(uids).as(person).isNotEmpty().containsExactlyElementsOf(expected(person));
            assertThat(full).as(person).containsAll(uids);
            String name = Announcements.all().stream().flatMap(e -> e.person(person).stream()).findFirst()
                    .map(Person::displayName).orElseThrow();
            assertThat(feed).contains("\r\nNAME:Agendum — " + name + "\r\n");
            assertThat(FeedReader.create().read(feed).events()).as(person).allSatisfy(e ->
                    assertThat(Announcements.all()).contains(e));
        }
    }

    @Test
    @DisplayName("known cases: the moderator's welcome and closing, the speaker on both events, the contact's event")
    void knownCases() {
        assertThat(expected("ruben-maes")).containsExactly("pbl-nsob-seminar-2021-01-15@agendum.dev",
                "welkom.pbl-nsob-seminar-2021-01-15@agendum.dev", "afsluiting.pbl-nsob-seminar-2021-01-15@agendum.dev");
        assertThat(expected("martijn-van-der-steen")).containsExactly("pbl-nsob-seminar-2021-01-15@agendum.dev",
                "paneldiscussie.pbl-nsob-seminar-2021-01-15@agendum.dev",
                "vb-samenwerken-als-een-overheid-2021-04-02@agendum.dev",
                "inleiding-van-der-steen.vb-samenwerken-als-een-overheid-2021-04-02@agendum.dev",
                "paneldiscussie.vb-samenwerken-als-een-overheid-2021-04-02@agendum.dev");
        assertThat(expected("mieke-berkers")).containsExactly("pbl-nsob-seminar-2021-01-15@agendum.dev");
    }
}

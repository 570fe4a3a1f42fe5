package dev.agendum.ical;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agendum.change.Published;
import dev.agendum.change.Publisher;
import dev.agendum.model.Event;
import dev.agendum.testing.ChangeFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A feed of announcements that changed")
class ChangeFeedTest {

    private static final String EVENT_UID = "vb-middag-2021-04-02@agendum.dev";
    private static final String MOVED_UID = "talk-wijk." + EVENT_UID;
    private static final String DROPPED_UID = "talk-regio." + EVENT_UID;
    private static final FeedWriter FEED = FeedWriter.builder().withItems(true).build();
    private static final Published NEXT = Publisher.at(ChangeFixture.REPUBLISHED)
            .publish(ChangeFixture.published(), ChangeFixture.changed());

    @TempDir
    Path folder;

    private static String vevent(String feed, String uid) {
        String unfolded = FeedAssertions.unfold(feed);
        int at = unfolded.indexOf("UID:" + uid + "\r\n");
        int begin = unfolded.lastIndexOf("BEGIN:VEVENT", at);
        return unfolded.substring(begin, unfolded.indexOf("END:VEVENT", at));
    }

    @Nested
    @DisplayName("as independent parsers read it")
    class Parsers {

        private void check(List<ChangeParsers.Read> before, List<ChangeParsers.Read> after) {
            Map<String, ChangeParsers.Read> was = before.stream()
                    .collect(Collectors.toMap(ChangeParsers.Read::uid, Function.identity()));
            Map<String, ChangeParsers.Read> now = after.stream()
                    .collect(Collectors.toMap(ChangeParsers.Read::uid, Function.identity()));
            assertThat(now.get(MOVED_UID).start()).isEqualTo("2021-04-02T09:30:00Z");
            assertThat(was.get(MOVED_UID).start()).isEqualTo("2021-04-02T09:00:00Z");
            assertThat(now.get(MOVED_UID).status()).isEqualTo("CONFIRMED");
            assertThat(now.get(DROPPED_UID).status()).isEqualTo("CANCELLED");
            assertThat(now.get(DROPPED_UID).stamp()).isEqualTo("2021-03-20T08:30:00Z");
            for (String uid : List.of(EVENT_UID, MOVED_UID, DROPPED_UID, "panel." + EVENT_UID)) {
                assertThat(was.get(uid).sequence()).as(uid).isEqualTo(1);
                assertThat(now.get(uid).sequence()).as(uid).isEqualTo(2);
            }
            assertThat(after).hasSize(before.size());
        }

        @Test
        @DisplayName("ical.js reads the moved time, the cancelled status and the higher SEQUENCE")
        void icalJs() throws Exception {
            Path before = Files.writeString(folder.resolve("before.ics"), FEED.write(List.of(ChangeFixture.published())));
            Path after = Files.writeString(folder.resolve("after.ics"), FEED.write(List.of(NEXT.event())));
            check(ChangeParsers.icalJs(before), ChangeParsers.icalJs(after));
        }

        @Test
        @DisplayName("python icalendar reads the moved time, the cancelled status and the higher SEQUENCE")
        void python() throws Exception {
            Path before = Files.writeString(folder.resolve("before.ics"), FEED.write(List.of(ChangeFixture.published())));
            Path after = Files.writeString(folder.resolve("after.ics"), FEED.write(List.of(NEXT.event())));
            check(ChangeParsers.pythonIcalendar(before), ChangeParsers.pythonIcalendar(after));
        }
    }

    @Nested
    @DisplayName("says what changed")
    class Words {

        @Test
        @DisplayName("a dropped item keeps its UID, is CANCELLED, and its SUMMARY and DESCRIPTION say so")
        void dropped() {
            String item = vevent(FEED.write(List.of(NEXT.event())), DROPPED_UID);
            assertThat(item).contains("STATUS:CANCELLED", "SEQUENCE:2", "DTSTAMP:20210320T083000Z",
                    "SUMMARY;LANGUAGE=nl:Geannuleerd: Regionale samenwerking",
                    "DESCRIPTION;LANGUAGE=nl:Geannuleerd: dit programmaonderdeel gaat niet door.");
        }

        @Test
        @DisplayName("a moved item's DESCRIPTION gives its previous time, and the event's lists both changes")
        void moved() {
            String feed = FEED.write(List.of(NEXT.event()));
            assertThat(vevent(feed, MOVED_UID)).contains(
                    "DESCRIPTION;LANGUAGE=nl:Verplaatst: eerder aangekondigd op 2 april 2021 11.00.");
            assertThat(vevent(feed, EVENT_UID)).contains("DESCRIPTION;LANGUAGE=nl:Verplaatst: 11.30 Werken in de wijk "
                    + "(eerder 2 april 2021 11.00)\\nGeannuleerd: 11.30 Regionale samenwerking\\n\\nProgramma:");
        }

        @Test
        @DisplayName("in English when the feed is written in English")
        void english() {
            String feed = FeedWriter.builder().withItems(true).language(Locale.ENGLISH).build()
                    .write(List.of(NEXT.event()));
            assertThat(vevent(feed, DROPPED_UID)).contains("Cancelled: Regionale samenwerking",
                    "Cancelled: this programme item does not take place.");
            assertThat(vevent(feed, MOVED_UID)).contains("Moved: previously announced for 2 April 2021 11.00.");
        }

        @Test
        @DisplayName("in German with German dates (\"2. April 2021, 11.00 Uhr\") when the feed is written in German")
        void german() {
            String feed = FeedWriter.builder().withItems(true).language(Locale.GERMAN).build()
                    .write(List.of(NEXT.event()));
            assertThat(vevent(feed, MOVED_UID)).contains("Verlegt: zuvor angekündigt für 2. April 2021\\, 11.00 Uhr.");
            assertThat(vevent(feed, EVENT_UID)).contains("Verlegt: 11.30 Werken in de wijk");
        }

        @Test
        @DisplayName("a withdrawn event is CANCELLED under a higher SEQUENCE, with its old UID, prefixed SUMMARY")
        void withdrawnEvent() {
            Event tombstone = Publisher.at(ChangeFixture.REPUBLISHED).withdraw(ChangeFixture.published()).event();
            String event = vevent(FEED.write(List.of(tombstone)), EVENT_UID);
            assertThat(event).contains("STATUS:CANCELLED", "SEQUENCE:2",
                    "SUMMARY;LANGUAGE=nl:Geannuleerd: Middag van de bestuurskunde",
                    "DESCRIPTION;LANGUAGE=nl:Geannuleerd: dit evenement gaat niet door.");
            assertThat(vevent(FEED.write(List.of(tombstone)), "panel." + EVENT_UID))
                    .contains("STATUS:CANCELLED", "SUMMARY;LANGUAGE=nl:Geannuleerd: Panelgesprek");
        }

        @Test
        @DisplayName("an unchanged event gains no words: its bytes are those of before item statuses")
        void unchanged() {
            String feed = FEED.write(List.of(ChangeFixture.published()));
            assertThat(feed).doesNotContain("Geannuleerd", "Verplaatst", "CANCELLED");
        }
    }

    @Test
    @DisplayName("reads back equal: cancelled and moved items, and a cancelled event, survive the lossless feed")
    void roundTrip() {
        Event tombstone = Publisher.at(ChangeFixture.REPUBLISHED).withdraw(ChangeFixture.published()).event();
        for (Event event : List.of(NEXT.event(), tombstone)) {
            assertThat(FeedReader.create().read(FEED.write(List.of(event))).events()).containsExactly(event);
        }
    }
}

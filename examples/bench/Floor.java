import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The cold-start floor: a fresh JVM running this one dependency-free class, which writes a two-event feed by hand to
 * the file given as its argument. Compiled and timed by coldstart.sh, beside `agendum convert`.
 */
public final class Floor {

    public static void main(String[] args) throws IOException {
        StringBuilder feed = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//floor//EN\r\n"
                + "METHOD:PUBLISH\r\n");
        event(feed, "pbl-nsob-seminar-2021-01-15", "20210115T140000", "20210115T150000",
                "Leren samenwerken aan opgaven");
        event(feed, "vb-samenwerken-als-een-overheid-2021-04-02", "20210402T100000", "20210402T120000",
                "Samenwerken als één overheid");
        feed.append("END:VCALENDAR\r\n");
        Files.writeString(Path.of(args[0]), feed, StandardCharsets.UTF_8);
    }

    private static void event(StringBuilder feed, String id, String start, String end, String title) {
        feed.append("BEGIN:VEVENT\r\nUID:").append(id).append("@agendum.dev\r\nDTSTAMP:20201215T090000Z\r\n")
                .append("DTSTART;TZID=Europe/Amsterdam:").append(start).append("\r\n")
                .append("DTEND;TZID=Europe/Amsterdam:").append(end).append("\r\n")
                .append("SUMMARY:").append(title).append("\r\nEND:VEVENT\r\n");
    }
}

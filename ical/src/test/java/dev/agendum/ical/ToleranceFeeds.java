package dev.agendum.ical;

/** Small hand-written feeds for the tolerance tests: a VCALENDAR head and tail around VEVENTs of given lines. */
final class ToleranceFeeds {

    /** A VCALENDAR's first lines, as a minimal client writes them. */
    static final String HEAD = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n";
    /** A VCALENDAR's last line. */
    static final String TAIL = "END:VCALENDAR\r\n";

    private ToleranceFeeds() {
    }

    /** A VEVENT with {@code uid} (none when empty), a fixed DTSTAMP and {@code lines}, each ended by CRLF. */
    static String vevent(String uid, String... lines) {
        StringBuilder out = new StringBuilder("BEGIN:VEVENT\r\n");
        if (!uid.isEmpty()) {
            out.append("UID:").append(uid).append("\r\n");
        }
        out.append("DTSTAMP:20210301T000000Z\r\n");
        for (String line : lines) {
            out.append(line).append("\r\n");
        }
        return out.append("END:VEVENT\r\n").toString();
    }

    /** A VCALENDAR holding {@code vevents}. */
    static String feed(String... vevents) {
        return HEAD + String.join("", vevents) + TAIL;
    }
}

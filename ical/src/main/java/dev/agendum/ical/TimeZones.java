package dev.agendum.ical;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves the TZIDs of one feed to zones, in this order: an IANA name ({@code Europe/Amsterdam}, also quoted or
 * behind a path such as {@code /mozilla.org/20050126_1/Europe/Amsterdam}); a Windows zone name from
 * {@code zone-aliases.txt} ({@code W. Europe Standard Time}, after Unicode CLDR's windowsZones); an Outlook display
 * label ({@code (UTC+01:00) Amsterdam, Berlin, …}), by its cities or its named region, checked against its offset;
 * the feed's own VTIMEZONE, matched with an IANA zone that has the same offsets ({@link Observances}), also one that
 * comes after the events using it ({@link #missing} tells which events wait for one, {@link HeldEvents}); and, when
 * nothing knows it, the reader's default zone, with a warning. Every TZID that was not an IANA name is warned about
 * once, with how it was read. Floating times are read in the feed's X-WR-TIMEZONE when it names a zone, else in the
 * default zone.
 */
final class TimeZones {

    private static final Map<String, ZoneId> ALIASES = aliases();
    private static final Map<String, ZoneId> CITIES = cities();
    private static final Pattern LABEL = Pattern.compile("\\((?:UTC|GMT)\\s*(?:([+-])(\\d{1,2})[:.]?(\\d{2}))?\\)\\s*(.*)");
    private static final Instant LABEL_OFFSETS = Instant.parse("2024-01-15T12:00:00Z");

    private final ZoneId defaultZone;
    private final Map<String, Scanned> vtimezones = new HashMap<>();
    private final Map<String, ZoneId> resolved = new HashMap<>();
    /** Whether a TZID is a name Agendum knows (IANA, alias, label), asked once per TZID. */
    private final Map<String, Boolean> named = new HashMap<>();
    private Optional<ZoneId> calendarZone = Optional.empty();
    private boolean floatingWarned;

    TimeZones(ZoneId defaultZone) {
        this.defaultZone = defaultZone;
    }

    /** Takes the feed's X-WR-TIMEZONE, the zone its floating times are meant in. */
    void calendarZone(String tzid) {
        calendarZone = byName(tzid.strip());
    }

    /** Takes one of the feed's VTIMEZONEs, for the TZIDs no name resolves. */
    void add(Scanned vtimezone) {
        vtimezone.text("TZID").ifPresent(tzid -> vtimezones.putIfAbsent(tzid, vtimezone));
    }

    /**
     * The first TZID {@code vevent} uses (on any of its own properties) that cannot be resolved yet: not resolved
     * before, not a name Agendum knows, and without a VTIMEZONE read so far. Such an event may be waiting for a
     * VTIMEZONE later in the feed.
     */
    Optional<String> missing(Scanned vevent) {
        for (ContentLine property : vevent.properties()) {
            Optional<String> tzid = property.parameter("TZID");
            if (tzid.isPresent() && !known(tzid.get())) {
                return tzid;
            }
        }
        return Optional.empty();
    }

    private boolean known(String tzid) {
        return resolved.containsKey(tzid) || vtimezones.containsKey(tzid)
                || named.computeIfAbsent(tzid, t -> byName(t).isPresent());
    }

    /** The zone of a floating time (or date); a floating date-time is warned about. */
    ZoneId floating(int line, boolean date, List<FeedWarning> warnings) {
        ZoneId zone = calendarZone.orElse(defaultZone);
        if (!date) {
            warnings.add(new FeedWarning(line, "a floating time is read in " + zone
                    + (calendarZone.isPresent() ? " (the feed's X-WR-TIMEZONE)" : "")));
        }
        return zone;
    }

    /** Resolves {@code tzid} used at {@code local} on {@code line}; warns the first time it is not an IANA name. */
    ZoneId resolve(String tzid, LocalDateTime local, int line, List<FeedWarning> warnings) {
        ZoneId zone = resolved.get(tzid);
        if (zone != null) {
            return zone;
        }
        Optional<ZoneId> iana = iana(tzid);
        if (iana.isPresent()) {
            zone = iana.get();
        } else {
            zone = unknown(tzid, local, line, warnings);
        }
        resolved.put(tzid, zone);
        return zone;
    }

    /** A TZID that is not an IANA name: an alias, or the zone its VTIMEZONE describes, or the default zone. */
    private ZoneId unknown(String tzid, LocalDateTime local, int line, List<FeedWarning> warnings) {
        Optional<ZoneId> alias = byName(tzid);
        if (alias.isPresent()) {
            warnings.add(new FeedWarning(line, "TZID " + Quoted.of(tzid) + " read as " + alias.get()
                    + ", its known alias"));
            return alias.get();
        }
        Optional<ZoneId> own = Optional.ofNullable(vtimezones.get(tzid)).flatMap(v -> Observances.of(v).matching(local));
        if (own.isPresent()) {
            warnings.add(new FeedWarning(line, "TZID " + Quoted.of(tzid) + " read as " + own.get()
                    + ", the zone with the offsets of its VTIMEZONE"));
            return own.get();
        }
        warnings.add(new FeedWarning(line, "TZID " + Quoted.of(tzid) + " is neither a zone Agendum knows nor "
                + "defined by a VTIMEZONE it can match: read in " + defaultZone));
        return defaultZone;
    }

    /** An IANA name, as is or behind a path prefix ({@code /mozilla.org/20050126_1/}). */
    private static Optional<ZoneId> iana(String tzid) {
        String name = unquote(tzid);
        Optional<ZoneId> zone = region(name);
        if (zone.isPresent() || !name.startsWith("/")) {
            return zone;
        }
        String[] parts = name.substring(1).split("/");
        for (int from = 1; from < parts.length; from++) {
            zone = region(String.join("/", java.util.Arrays.copyOfRange(parts, from, parts.length)));
            if (zone.isPresent()) {
                return zone;
            }
        }
        return Optional.empty();
    }

    private static Optional<ZoneId> region(String name) {
        try {
            return Optional.of(ZoneId.of(name));
        } catch (DateTimeException notAZone) {
            return Optional.empty();
        }
    }

    /** An IANA name, a Windows name, or an Outlook label. */
    private static Optional<ZoneId> byName(String tzid) {
        String name = unquote(tzid);
        Optional<ZoneId> zone = iana(name).or(() -> Optional.ofNullable(ALIASES.get(name.toLowerCase(Locale.ROOT))));
        return zone.isPresent() ? zone : fromLabel(name);
    }

    /** {@code (UTC+01:00) Amsterdam, Berlin, Bern}: the zone of a listed city, or of the named region. */
    static Optional<ZoneId> fromLabel(String label) {
        Matcher m = LABEL.matcher(label);
        if (!m.matches()) {
            return Optional.empty();
        }
        int offset = m.group(1) == null ? 0 : (m.group(1).equals("-") ? -1 : 1)
                * (Integer.parseInt(m.group(2)) * 3600 + Integer.parseInt(m.group(3)) * 60);
        String rest = m.group(4).strip();
        Optional<ZoneId> named = Optional.ofNullable(ALIASES.get(rest.toLowerCase(Locale.ROOT)));
        if (named.isPresent()) {
            return named;
        }
        for (String part : rest.split("[,/;]")) {
            String city = part.substring(part.indexOf(':') + 1).strip().toLowerCase(Locale.ROOT);
            ZoneId zone = CITIES.get(city);
            if (zone != null && zone.getRules().getStandardOffset(LABEL_OFFSETS).getTotalSeconds() == offset) {
                return Optional.of(zone);
            }
        }
        return Optional.empty();
    }

    /** The IANA zones the aliases name. */
    static Set<String> aliasTargets() {
        Set<String> targets = new java.util.TreeSet<>();
        ALIASES.values().forEach(z -> targets.add(z.getId()));
        return targets;
    }

    private static String unquote(String tzid) {
        String name = tzid.strip();
        return name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")
                ? name.substring(1, name.length() - 1).strip() : name;
    }

    private static Map<String, ZoneId> aliases() {
        Map<String, ZoneId> aliases = new HashMap<>();
        try (InputStream in = TimeZones.class.getResourceAsStream("zone-aliases.txt");
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null; ) {
                int semicolon = line.lastIndexOf(';');
                if (!line.startsWith("#") && semicolon > 0) {
                    aliases.put(line.substring(0, semicolon).strip().toLowerCase(Locale.ROOT),
                            ZoneId.of(line.substring(semicolon + 1).strip()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(aliases);
    }

    /** The IANA zones by their city, {@code "new york"} for {@code America/New_York}, the shortest name first. */
    private static Map<String, ZoneId> cities() {
        Map<String, ZoneId> cities = new HashMap<>();
        ZoneId.getAvailableZoneIds().stream().sorted().filter(id -> id.indexOf('/') > 0 && !id.startsWith("Etc/")
                        && !id.startsWith("SystemV/"))
                .forEach(id -> cities.merge(id.substring(id.lastIndexOf('/') + 1).replace('_', ' ')
                        .toLowerCase(Locale.ROOT), ZoneId.of(id), (a, b) -> a.getId().length() <= b.getId().length()
                        ? a : b));
        return Map.copyOf(cities);
    }
}

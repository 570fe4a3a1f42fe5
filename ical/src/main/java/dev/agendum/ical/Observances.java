package dev.agendum.ical;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The STANDARD and DAYLIGHT observances of a feed's VTIMEZONE (RFC 5545 section 3.6.5), enough to tell the offset
 * in force at an instant: each observance's onset (DTSTART, RDATE, and a yearly RRULE by month and weekday or month
 * day, as every client writes them) with its TZOFFSETTO. A VTIMEZONE is only a description of a zone; Agendum's
 * events hold an IANA zone, so {@link #matching} looks for the IANA zone that has the same offsets through the year
 * of the event: IANA zones that are aliases' targets first, then the others, in name order.
 */
final class Observances {

    private static final List<ZoneId> CANDIDATES = candidates();

    /** One observance: its first onset (local, in the offset before it) and the offsets around it. */
    private record Observance(LocalDateTime start, ZoneOffset from, ZoneOffset to, Optional<Rule> rule,
                              List<LocalDateTime> dates) {
    }

    /** A yearly rule: the month, the weekday (nth, negative from the month's end, 0 any) or month days, until. */
    private record Rule(Month month, Optional<DayOfWeek> weekday, int nth, Set<Integer> monthDays,
                        Optional<LocalDateTime> until) {
    }

    private final List<Observance> observances;

    private Observances(List<Observance> observances) {
        this.observances = observances;
    }

    /** Reads the observances of {@code vtimezone}; one it cannot read is left out. */
    static Observances of(Scanned vtimezone) {
        List<Observance> read = new ArrayList<>();
        for (Scanned child : vtimezone.children()) {
            try {
                ZoneOffset to = offset(child.value("TZOFFSETTO").orElseThrow());
                ZoneOffset from = child.value("TZOFFSETFROM").map(Observances::offset).orElse(to);
                LocalDateTime start = Times.local(child.first("DTSTART").orElseThrow());
                List<LocalDateTime> dates = new ArrayList<>();
                for (ContentLine rdate : child.all("RDATE")) {
                    for (String value : rdate.value().split(",")) {
                        dates.add(Times.local(new ContentLine(rdate.line(), "RDATE", java.util.Map.of(), value)));
                    }
                }
                read.add(new Observance(start, from, to, child.value("RRULE").flatMap(Observances::rule), dates));
            } catch (RuntimeException unreadable) {
                // An observance without offsets or start describes nothing; the others may still match a zone.
            }
        }
        return new Observances(read);
    }

    /** The IANA zone (or, for a zone without changes, the offset) that agrees with these observances. */
    Optional<ZoneId> matching(LocalDateTime around) {
        if (observances.isEmpty()) {
            return Optional.empty();
        }
        int year = around.getYear();
        Set<Instant> samples = new TreeSet<>();
        for (int month = 1; month <= 12; month++) {
            samples.add(LocalDate.of(year, month, 1).atTime(12, 0).toInstant(ZoneOffset.UTC));
            samples.add(LocalDate.of(year, month, 16).atTime(12, 0).toInstant(ZoneOffset.UTC));
        }
        for (Instant onset : onsets(year)) {
            samples.add(onset.plusSeconds(3 * 3600));
            samples.add(onset.minusSeconds(3 * 3600));
        }
        List<ZoneOffset> expected = samples.stream().map(this::offsetAt).toList();
        for (ZoneId candidate : CANDIDATES) {
            int i = 0;
            boolean same = true;
            for (Instant sample : samples) {
                if (!candidate.getRules().getOffset(sample).equals(expected.get(i++))) {
                    same = false;
                    break;
                }
            }
            if (same) {
                return Optional.of(candidate);
            }
        }
        return new LinkedHashSet<>(expected).size() == 1 ? Optional.of(expected.get(0)) : Optional.empty();
    }

    /** The offset in force at {@code instant}: the latest onset at or before it, else the first one's "from". */
    ZoneOffset offsetAt(Instant instant) {
        int year = LocalDateTime.ofInstant(instant, ZoneOffset.UTC).getYear();
        Instant best = null;
        ZoneOffset offset = null;
        for (Observance o : observances) {
            for (int y = year - 1; y <= year; y++) {
                for (Instant onset : onsets(o, y)) {
                    if (!onset.isAfter(instant) && (best == null || onset.isAfter(best))) {
                        best = onset;
                        offset = o.to();
                    }
                }
            }
        }
        if (offset != null) {
            return offset;
        }
        return observances.stream().min(Comparator.comparing(Observance::start)).map(Observance::from).orElseThrow();
    }

    private List<Instant> onsets(int year) {
        List<Instant> all = new ArrayList<>();
        observances.forEach(o -> all.addAll(onsets(o, year)));
        return all;
    }

    private static List<Instant> onsets(Observance o, int year) {
        List<Instant> onsets = new ArrayList<>(2);
        if (o.start().getYear() == year) {
            onsets.add(o.start().toInstant(o.from()));
        }
        o.dates().stream().filter(d -> d.getYear() == year).forEach(d -> onsets.add(d.toInstant(o.from())));
        if (o.rule().isPresent() && year >= o.start().getYear()) {
            Rule rule = o.rule().get();
            day(rule, year).map(d -> d.atTime(o.start().toLocalTime()))
                    .filter(t -> !t.isBefore(o.start()) && rule.until().map(u -> !t.isAfter(u)).orElse(true))
                    .ifPresent(t -> onsets.add(t.toInstant(o.from())));
        }
        return onsets;
    }

    private static Optional<LocalDate> day(Rule rule, int year) {
        LocalDate first = LocalDate.of(year, rule.month(), 1);
        if (!rule.monthDays().isEmpty()) {
            return rule.monthDays().stream().sorted().filter(d -> d >= 1 && d <= first.lengthOfMonth())
                    .map(first::withDayOfMonth)
                    .filter(d -> rule.weekday().map(w -> d.getDayOfWeek() == w).orElse(true)).findFirst();
        }
        if (rule.weekday().isEmpty()) {
            return Optional.empty();
        }
        DayOfWeek weekday = rule.weekday().get();
        LocalDate day = rule.nth() < 0
                ? first.with(TemporalAdjusters.lastInMonth(weekday)).plusWeeks(rule.nth() + 1L)
                : first.with(TemporalAdjusters.dayOfWeekInMonth(Math.max(rule.nth(), 1), weekday));
        return day.getMonth() == rule.month() ? Optional.of(day) : Optional.empty();
    }

    private static Optional<Rule> rule(String rrule) {
        Month month = null;
        Optional<DayOfWeek> weekday = Optional.empty();
        int nth = 0;
        Set<Integer> monthDays = new TreeSet<>();
        Optional<LocalDateTime> until = Optional.empty();
        boolean yearly = false;
        for (String part : rrule.toUpperCase(Locale.ROOT).split(";")) {
            int eq = part.indexOf('=');
            String key = eq < 0 ? part : part.substring(0, eq);
            String value = eq < 0 ? "" : part.substring(eq + 1);
            switch (key) {
                case "FREQ" -> yearly = value.equals("YEARLY");
                case "BYMONTH" -> month = Month.of(Integer.parseInt(value.split(",")[0]));
                case "BYDAY" -> {
                    String day = value.split(",")[0];
                    String number = day.substring(0, day.length() - 2);
                    nth = number.isEmpty() || number.equals("+") ? 0 : Integer.parseInt(number.replace("+", ""));
                    weekday = Optional.of(weekday(day.substring(day.length() - 2)));
                }
                case "BYMONTHDAY" -> {
                    for (String d : value.split(",")) {
                        monthDays.add(Integer.parseInt(d));
                    }
                }
                case "UNTIL" -> until = Optional.of(Times.local(new ContentLine(0, "UNTIL", java.util.Map.of(),
                        value)));
                default -> {
                    // COUNT, INTERVAL=1, WKST: not needed to find a yearly onset.
                }
            }
        }
        return yearly && month != null ? Optional.of(new Rule(month, weekday, nth, monthDays, until))
                : Optional.empty();
    }

    private static DayOfWeek weekday(String code) {
        return switch (code) {
            case "MO" -> DayOfWeek.MONDAY;
            case "TU" -> DayOfWeek.TUESDAY;
            case "WE" -> DayOfWeek.WEDNESDAY;
            case "TH" -> DayOfWeek.THURSDAY;
            case "FR" -> DayOfWeek.FRIDAY;
            case "SA" -> DayOfWeek.SATURDAY;
            case "SU" -> DayOfWeek.SUNDAY;
            default -> throw new IllegalArgumentException("not a weekday: " + code);
        };
    }

    private static ZoneOffset offset(String text) {
        String value = text.strip();
        int sign = value.startsWith("-") ? -1 : 1;
        String digits = value.replaceFirst("^[+-]", "");
        int hours = Integer.parseInt(digits.substring(0, 2));
        int minutes = Integer.parseInt(digits.substring(2, 4));
        int seconds = digits.length() >= 6 ? Integer.parseInt(digits.substring(4, 6)) : 0;
        return ZoneOffset.ofTotalSeconds(sign * (hours * 3600 + minutes * 60 + seconds));
    }

    /** Zones aliases point to (the "main" zone of each region), then every other region zone, each in name order. */
    private static List<ZoneId> candidates() {
        Set<String> preferred = new TreeSet<>(TimeZones.aliasTargets());
        Set<String> others = new TreeSet<>(ZoneId.getAvailableZoneIds());
        others.removeAll(preferred);
        List<ZoneId> zones = new ArrayList<>();
        preferred.stream().filter(id -> id.contains("/") && !id.startsWith("Etc/")).map(ZoneId::of).forEach(zones::add);
        others.stream().filter(id -> id.indexOf('/') > 0 && !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
                .map(ZoneId::of).forEach(zones::add);
        return List.copyOf(zones);
    }
}

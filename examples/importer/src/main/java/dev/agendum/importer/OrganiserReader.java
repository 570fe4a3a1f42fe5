package dev.agendum.importer;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the organisers: "georganiseerd door …", "organised by …", "Organisatie: …", "een bijeenkomst van …", and
 * abbreviations the title starts with ("PBL/NSOB-seminar").
 */
final class OrganiserReader {

    private static final Pattern CUE = Pattern.compile("(?iu)(?<![\\p{L}])(georganiseerd door|organised by|organized by"
            + "|een (?:bijeenkomst|initiatief|seminar|webinar|evenement|event) van|an? (?:event|seminar|webinar|meeting"
            + "|initiative) (?:of|by|from)|organisatie:|organisator:|organisers?:|organizers?:|organiser:"
            + "|in samenwerking met|in cooperation with|in collaboration with)\\s+");
    private static final Pattern TITLE_PREFIX = Pattern.compile("^((?:\\p{Lu}[\\p{L}&]{1,7})(?:\\s?[/&+]\\s?"
            + "\\p{Lu}[\\p{L}&]{1,7})*)[- :]");

    private final Reading reading;

    OrganiserReader(Reading reading) {
        this.reading = reading;
    }

    void read() {
        for (Line line : reading.document.leaves()) {
            Matcher cue = CUE.matcher(line.text());
            while (cue.find()) {
                list(line, cue.end());
            }
        }
        Matcher prefix = TITLE_PREFIX.matcher(reading.title.value());
        if (reading.organisers.isEmpty() && prefix.find() && reading.title.basis() instanceof Source title) {
            int at = 0;
            for (String abbreviation : prefix.group(1).split("\\s?[/&+]\\s?")) {
                if (Lexicon.isAbbreviation(abbreviation)) {
                    int offset = reading.title.value().indexOf(abbreviation, at);
                    Source where = new Source(title.start() + offset, title.start() + offset + abbreviation.length(),
                            abbreviation);
                    Found.Organisation organisation = reading.organisations.abbreviation(abbreviation, where);
                    add(new Found.Organisation(organisation.name(), organisation.abbreviation(), Assumption.from(
                            "organiser: its abbreviation opens the title", where)));
                    at = offset + abbreviation.length();
                }
            }
        }
    }

    /** An organisation list: names or abbreviations separated by commas, "en", "and", up to a full stop. */
    private void list(Line line, int from) {
        String text = line.text();
        int end = text.length();
        Matcher stop = Pattern.compile("(?<!\\p{Lu})[.;(]\\s|[.;]$|\\s(?:op|on|in|om|at|over|about)\\s").matcher(text);
        if (stop.find(from)) {
            end = stop.start();
        }
        int start = from;
        for (int i = from; i <= end; i++) {
            boolean cut = i == end || text.charAt(i) == ',' || text.startsWith(" en ", i) || text.startsWith(" and ", i)
                    || text.startsWith(" & ", i);
            if (cut) {
                name(line, start, i);
                start = i == end ? i : i + (text.charAt(i) == ',' ? 1 : text.startsWith(" and ", i) ? 5 : 4);
            }
        }
    }

    private void name(Line line, int from, int to) {
        Source where = line.source(from, to);
        String words = where.words().replaceAll("^(?:de|het|the)\\s+", "").replaceAll("[.:]+$", "");
        if (words.isEmpty() || !Character.isUpperCase(words.charAt(0))) {
            return;
        }
        int paren = words.indexOf(" (");
        String name = paren > 0 ? words.substring(0, paren) : words;
        Found.Organisation organisation = Lexicon.isAbbreviation(name)
                ? reading.organisations.abbreviation(name, where) : reading.organisations.named(name, where);
        add(organisation);
    }

    private void add(Found.Organisation organisation) {
        String key = organisation.key();
        Optional<Found.Organisation> known = reading.organisers.stream().filter(o -> o.key().equals(key)
                || o.name().toLowerCase(Locale.ROOT).equals(organisation.name().toLowerCase(Locale.ROOT))).findFirst();
        if (known.isEmpty()) {
            reading.organisers.add(organisation);
        }
    }
}

package dev.agendum.importer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a text says a person holds apart from the role it gives them: a person's card ("Name (position, Body)"), a
 * guest grid's card, and the words after a name and a dash in a list of people. {@link EventPeopleReader} reads the
 * roles; this reads the descriptions, kept in {@link Reading#described} for roles read without one.
 */
final class Described {

    private final Reading reading;

    Described(Reading reading) {
        this.reading = reading;
    }

    /**
     * "▪️ Dr. A – Senior Researcher, TNO", "B — Head of Fleet at Stadsbud": after the one name of a line and a dash,
     * words that open with a position are what the person holds (a talk's title after a dash opens otherwise).
     * Returns those affiliations, empty when {@code rest} (where the words after the name start) follows no dash.
     */
    List<Found.Affiliation> dashed(Line line, int rest) {
        String text = line.text();
        Matcher dash = DASHED.matcher(text);
        if (rest >= text.length() || !dash.find(Math.max(0, rest - 3)) || dash.start() > rest) {
            return List.of();
        }
        int words = Math.max(rest, dash.end());
        if (words >= text.length() || !Lexicon.isPosition(text.substring(words).split("\\s+")[0])) {
            return List.of();
        }
        int comma = text.lastIndexOf(", ");
        if (comma <= words) {
            return AffiliationReader.read(line, words, text.length(), reading.organisations);
        }
        // "Senior Lecturer Urban Mobility, Delft University": the position, then the body set apart by a comma
        Source position = line.source(words, comma);
        return AffiliationReader.read(line, comma + 1, text.length(), reading.organisations).stream()
                .map(a -> a.position().isEmpty() && a.organisation().isPresent() ? new Found.Affiliation(
                        Optional.of(position.words()), Optional.of(position), a.organisation()) : a).toList();
    }

    /** The dash between a name and the words that describe the person. */
    private static final Pattern DASHED = Pattern.compile("\\s[–—]\\s+");

    /**
     * "Prof. Daniel Moreau (Professor of Critical Care Medicine, Université Paris Cité)": a line that is one person's
     * name and what they hold in brackets, as a speaker grid's card reads, describes the person for the roles the
     * text gives them elsewhere. Read on a scratch list from {@code from}: the card alone names nobody.
     */
    void card(Line line, int from) {
        String text = line.text();
        if (!text.endsWith(")") || !NameFinder.startsAt(line, from)) {
            return;
        }
        PeopleReader.Result probe = PeopleReader.read(line, from, new People(), reading.organisations);
        if (probe.people().size() == 1 && probe.rest() >= text.length()) {
            describe(probe.people().get(0));
        }
    }

    /**
     * "Pieter-Jan Goossens (historicus, KU Leuven Kulak)" in a grid of guests who speak on the programme: the card says
     * what the person holds in those roles. Only a body that shows itself one (an abbreviation, a body's word, two
     * words or more) is carried: "dichter, Gent" says where a poet lives.
     */
    void describe(PeopleReader.Named named) {
        List<Found.Affiliation> bodies = named.affiliations().stream().filter(a -> a.organisation()
                .filter(o -> o.abbreviation().isPresent() || o.name().contains(" ")
                        || Lexicon.isOrganisationWord(o.name())).isPresent()).toList();
        if (!bodies.isEmpty()) {
            reading.described.putIfAbsent(named.person().name().toLowerCase(java.util.Locale.ROOT), bodies);
        }
    }
}

package dev.agendum.importer;

import dev.agendum.model.RoleType;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page's people section and the cards in it: "Meet the speakers" or "Onze sprekers" over cards that each name
 * one person ("Leila Hosseini"), the line after the name maybe opening with the person's own role word
 * ("Moderator · Head of Digital, …"); and a fact table's row that gives a role its person ("| Host | Dr. X |").
 */
final class SpeakerCards {

    /** "Meet the speakers", "Onze sprekers", "Maak kennis met de sprekers": a lead-in before the role word. */
    private static final Pattern LEAD_IN = Pattern.compile("(?iu)^\\W*(?:meet (?:the|our)|our|the|onze|de"
            + "|maak kennis met (?:de|onze)|introducing)\\s+");
    /** A role word that opens a card's line, then a separator or the line's end: "Moderator · Head of …". */
    private static final Pattern OWN_ROLE = Pattern.compile("(?u)^\\s*(?:[·|,–—:-]|$)");

    private SpeakerCards() {
    }

    /** What a people section's heading says after its role word: "… bij de slotmanifestatie", "… at the summit". */
    private static final Pattern OCCASION = Pattern.compile("(?iu)\\s+(?:bij|tijdens|op|at|during|on)\\s+"
            + "(?:de|het|onze|the|our|this)\\s+[\\p{L} -]{2,40}$");

    /**
     * Returns the role a people section's heading names after a lead-in ("Meet the speakers") or before the occasion
     * ("Sprekers bij de slotmanifestatie", "Speakers at the summit"), if any.
     */
    static Optional<RoleType> headingRole(String heading) {
        String text = heading.replaceAll("[:.!]+$", "").strip();
        Matcher lead = LEAD_IN.matcher(text);
        Matcher occasion = OCCASION.matcher(text);
        int from = lead.lookingAt() ? lead.end() : 0;
        int to = occasion.find() && occasion.start() > from ? occasion.start() : text.length();
        if (from == 0 && to == text.length()) {
            return Optional.empty();
        }
        return Lexicon.role(text.substring(from, to).strip());
    }

    /**
     * Tells whether the heading {@code line} is one person's name and nothing else, its first word a known given
     * name: a card's heading ("Leila Hosseini" over "Senior UX Researcher, Textwise").
     */
    static boolean nameHeading(Line line) {
        String text = line.text();
        Optional<NameFinder.Name> name = new NameFinder(text).at(0);
        return name.isPresent() && name.get().start() == 0 && name.get().end() == text.strip().length()
                && GivenNames.isGivenName(text.substring(name.get().nameStart(),
                NameFinder.wordEndIn(text, name.get().nameStart())));
    }

    /**
     * Reads the card whose heading is {@code line}, a person's name, under a heading of {@code headed} people
     * ({@code heading}); {@code next} is the card's first line. Returns the card's person and role: the role word
     * the first line opens with, else the section's.
     */
    static Found.Participation card(Line line, Optional<Line> next, RoleType headed, Source heading, People people) {
        NameFinder.Name name = new NameFinder(line.text()).at(0).orElseThrow();
        Optional<String> honorific = name.honorific()
                ? Optional.of(line.text().substring(name.start(), name.nameStart()).strip()) : Optional.empty();
        Found.Person person = people.named(line.text().substring(name.nameStart(), name.end()),
                line.source(name.nameStart(), name.end()), honorific);
        return next.flatMap(n -> ownRole(n, 0, person.id(), List.of())).orElseGet(() -> new Found.Participation(
                person.id(), headed, Assumption.from("role " + headed.code() + ": a card under the heading \""
                + heading.words() + "\"", heading), List.of()));
    }

    /**
     * Returns the role word that opens a card's line after the name that ends at {@code from} of {@code line} and
     * stands alone before a separator ("Femke Dijkstra" over "Moderator · Head of Digital, …"), as the role of
     * {@code personId} with where it is written, affiliated as {@code affiliations}.
     */
    static Optional<Found.Participation> ownRole(Line line, int from, String personId,
                                                 List<Found.Affiliation> affiliations) {
        String text = line.text();
        int start = from;
        while (start < text.length() && !Character.isLetter(text.charAt(start))) {
            start++;
        }
        Optional<java.util.Map.Entry<String, RoleType>> role = Lexicon.leadingRole(text.substring(start));
        if (role.isEmpty() || role.get().getValue() == RoleType.CUSTOM) {
            return Optional.empty();
        }
        int end = start + role.get().getKey().length();
        if (!OWN_ROLE.matcher(text.substring(end)).lookingAt()) {
            return Optional.empty();
        }
        return Optional.of(new Found.Participation(personId, role.get().getValue(), line.source(start, end),
                affiliations));
    }

    /**
     * "| Host | Dr. Ruben Okafor |": a fact table's row of two cells whose first is a role word gives the people of
     * the second that role, as the word is written, unless another reader gave them one. Returns whether the row
     * reads so.
     */
    static boolean labelledRow(Line row, People people, Organisations organisations, java.util.Set<String> roled,
                               Roles roles) {
        if (row.kind() != Line.Kind.ROW || row.cells().size() != 2) {
            return false;
        }
        Line label = row.cells().get(0);
        Optional<RoleType> role = Lexicon.labelRole(label.text().replaceAll("[:.]+$", ""));
        Line cell = row.cells().get(1);
        if (role.isEmpty() || !NameFinder.startsAt(cell, 0)) {
            return false;
        }
        PeopleReader.Result result = PeopleReader.read(cell, 0, people, organisations);
        for (PeopleReader.Named named : result.people()) {
            if (roled.add(named.person().id())) {
                roles.add(new Found.Participation(named.person().id(), named.role().orElse(role.get()),
                        named.roleSource().orElse(label.source()), named.affiliations()));
            }
        }
        return !result.people().isEmpty();
    }
}

package dev.agendum.importer;

import dev.agendum.model.RoleType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A timetable whose head names the role of the people in a column ("| Time | Author | In conversation with | Room |"):
 * the people a row names in that column hold that role in the row's item, where its cue only made them speakers. A
 * role the item states for them ("Keynote", "Femi Adeyemi (host)") stays theirs, and a "Speaker" column changes
 * nothing.
 */
final class RoleColumns {

    /** A column of those who ask: "In conversation with", "In gesprek met", "Interviewed by". */
    private static final Pattern ASKS = Pattern.compile("(?iu)\\W*(?:in conversation with|in gesprek met"
            + "|interviewed by|interview door|geïnterviewd door)\\W*");

    private RoleColumns() {
    }

    /** Gives the items read from a timetable's rows the roles their columns' heads name. */
    static void apply(Reading reading) {
        Map<Integer, RoleType> roles = Map.of();
        List<Found.Item> items = new ArrayList<>(reading.items);
        for (Line line : reading.document.lines()) {
            if (line.kind() != Line.Kind.ROW) {
                roles = Map.of();
                continue;
            }
            Map<Integer, RoleType> head = roles(line);
            if (!head.isEmpty() && DateReader.times(line.text()).isEmpty()) {
                roles = head;
                continue;
            }
            for (Map.Entry<Integer, RoleType> column : roles.entrySet()) {
                if (column.getKey() < line.cells().size()) {
                    cell(reading, items, line, line.cells().get(column.getKey()), column.getValue());
                }
            }
        }
        reading.items = items;
    }

    /** A column of those who lead a workshop or a walk: "Led by", "Geleid door", "Workshopleider", "Trainer". */
    private static final Pattern LEADS = Pattern.compile("(?iu)\\W*(?:led by|geleid door|leaders?|workshop ?leaders?"
            + "|workshopleiders?|begeleiding|begeleiders?|trainers?|docenten|docent|tutors?)\\W*");

    /** A column whose head gives its people a role: the role, and the head's words. */
    record Column(RoleType role, Source head) {
    }

    /**
     * The columns of a head row over rows without times ("| Round | Workshop | Led by | Room |") that name the role
     * of the people in them, by index: a role word, or a leader's head, whose people lead a workshop of their own
     * (a part of its own, custom). None for a row that gives a time or names no role.
     */
    static Map<Integer, Column> untimedHeads(Line row) {
        Map<Integer, Column> heads = new LinkedHashMap<>();
        if (!DateReader.times(row.text()).isEmpty()) {
            return heads;
        }
        List<Line> cells = row.cells();
        for (int c = 1; c < cells.size(); c++) {
            String head = cells.get(c).text().strip();
            Optional<RoleType> role = LEADS.matcher(head).matches() ? Optional.of(RoleType.CUSTOM)
                    : Lexicon.role(head.replaceAll("[*_:]", ""));
            if (role.isPresent()) {
                heads.put(c, new Column(role.get(), cells.get(c).source()));
            }
        }
        return heads;
    }

    /** The columns of a head row that name a role, by index; none for a row that is no such head. */
    private static Map<Integer, RoleType> roles(Line row) {
        Map<Integer, RoleType> roles = new LinkedHashMap<>();
        List<Line> cells = row.cells();
        for (int c = 1; c < cells.size(); c++) {
            String head = cells.get(c).text().strip();
            Optional<RoleType> role = ASKS.matcher(head).matches() ? Optional.of(RoleType.INTERVIEWER)
                    : Lexicon.role(head.replaceAll("[*_:]", ""));
            // a "Speaker" column says no more than an item's cue does, and keeps a keynote's or a panel's roles
            if (role.isPresent() && role.get() != RoleType.SPEAKER) {
                roles.put(c, role.get());
            }
        }
        return roles;
    }

    /** Gives the people {@code cell} names the column's {@code role} in the item read from {@code row}. */
    private static void cell(Reading reading, List<Found.Item> items, Line row, Line cell, RoleType role) {
        List<PeopleReader.Named> named = null;
        for (int i = 0; i < items.size(); i++) {
            Found.Item item = items.get(i);
            Source title = item.titleSource();
            if (title.start() < row.source().start() || title.end() > row.source().end()) {
                continue;
            }
            // the cell is read once, for the first item of its row, and its people serve every item of the row
            if (named == null) {
                named = PeopleReader.read(cell, 0, reading.people, reading.organisations).people();
            }
            items.set(i, inColumn(item, named, role, cell));
        }
    }

    /** {@code item} with {@code named}, the people of a role column's cell, in the column's {@code role}. */
    private static Found.Item inColumn(Found.Item item, List<PeopleReader.Named> named, RoleType role, Line cell) {
        List<Found.Participation> people = new ArrayList<>(item.participations());
        for (PeopleReader.Named one : named) {
            String id = one.person().id();
            // a role the item states for the person ("keynote", "(host)") stays; a speaker its cue infers gives way
            if (people.stream().anyMatch(p -> p.personId().equals(id) && !p.inferredSpeaker())) {
                continue;
            }
            RoleType held = one.role().orElse(role);
            Basis basis = one.role().isPresent() ? one.roleSource().get()
                    : Assumption.from(role.code() + ": named in the column headed by that role", cell.source());
            people.removeIf(p -> p.personId().equals(id));
            people.add(new Found.Participation(id, held, basis, one.affiliations()));
        }
        return item.withParticipations(people);
    }
}

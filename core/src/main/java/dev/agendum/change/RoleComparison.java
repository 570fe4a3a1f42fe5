package dev.agendum.change;

import dev.agendum.model.Event;
import dev.agendum.model.Participation;
import dev.agendum.model.Person;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * People and their roles: participations of one owner (the event, or one item) compared by person and role;
 * a removed and an added participation in the same role become one {@link ChangeKind#ROLE_REPLACED}, so that "a
 * panellist replaced" reads as that. The people list itself is compared only for people who play no role on
 * either side: anyone else's arrival or departure is already told by their roles.
 */
final class RoleComparison {

    private RoleComparison() {
    }

    static void participations(Event before, Event after, List<Participation> old, List<Participation> now,
                               String owner, Optional<ItemRef> item, ChangeList changes) {
        List<Integer> removed = new ArrayList<>();
        List<Integer> added = new ArrayList<>();
        boolean[] matched = new boolean[now.size()];
        for (int i = 0; i < old.size(); i++) {
            int j = find(now, old.get(i), matched);
            if (j < 0) {
                removed.add(i);
                continue;
            }
            matched[j] = true;
            if (!old.get(i).affiliations().equals(now.get(j).affiliations())) {
                changes.add(ChangeKind.AFFILIATION_CHANGED, owner + ".participations[" + j + "].affiliations", item,
                        Optional.of(now.get(j).role()), Values.nonEmpty(Values.affiliations(old.get(i).affiliations())),
                        Values.nonEmpty(Values.affiliations(now.get(j).affiliations())));
            }
        }
        for (int j = 0; j < now.size(); j++) {
            if (!matched[j]) {
                added.add(j);
            }
        }
        for (int r : removed) {
            Participation gone = old.get(r);
            Optional<Integer> replacement = added.stream().filter(a -> now.get(a).role().equals(gone.role()))
                    .findFirst();
            if (replacement.isPresent()) {
                added.remove(replacement.get());
                changes.add(ChangeKind.ROLE_REPLACED, owner + ".participations[" + replacement.get() + "]", item,
                        Optional.of(gone.role()), name(before, gone), name(after, now.get(replacement.get())));
            } else {
                changes.add(ChangeKind.ROLE_REMOVED, owner + ".participations[" + r + "]", item,
                        Optional.of(gone.role()), name(before, gone), Optional.empty());
            }
        }
        for (int a : added) {
            changes.add(ChangeKind.ROLE_ADDED, owner + ".participations[" + a + "]", item,
                    Optional.of(now.get(a).role()), Optional.empty(), name(after, now.get(a)));
        }
    }

    private static int find(List<Participation> in, Participation wanted, boolean[] taken) {
        for (int j = 0; j < in.size(); j++) {
            Participation p = in.get(j);
            if (!taken[j] && p.personId().equals(wanted.personId()) && p.role().equals(wanted.role())) {
                return j;
            }
        }
        return -1;
    }

    private static Optional<String> name(Event event, Participation p) {
        return Optional.of(event.person(p.personId()).map(Values::name).orElse(p.personId()));
    }

    /** Compares the people lists: details of people on both sides, and the coming and going of role-less people. */
    static void people(Event before, Event after, ChangeList changes) {
        Map<String, Person> old = byId(before.people());
        Map<String, Integer> now = indexes(after.people());
        Set<String> playingBefore = playing(before);
        Set<String> playingAfter = playing(after);
        for (int i = 0; i < before.people().size(); i++) {
            Person person = before.people().get(i);
            if (!now.containsKey(person.id()) && !playingBefore.contains(person.id())) {
                changes.add(ChangeKind.PERSON_REMOVED, "people[" + i + "]", Optional.empty(), Optional.empty(),
                        Optional.of(Values.person(person)), Optional.empty());
            }
        }
        for (int j = 0; j < after.people().size(); j++) {
            Person person = after.people().get(j);
            Person was = old.get(person.id());
            if (was == null && !playingAfter.contains(person.id())) {
                changes.add(ChangeKind.PERSON_ADDED, "people[" + j + "]", Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.of(Values.person(person)));
            } else if (was != null) {
                changes.compare(ChangeKind.PERSON_CHANGED, "people[" + j + "]", Optional.empty(), Values.person(was),
                        Values.person(person));
            }
        }
    }

    private static Set<String> playing(Event event) {
        Set<String> ids = new HashSet<>();
        event.appearances().forEach(a -> ids.add(a.participation().personId()));
        return ids;
    }

    private static Map<String, Person> byId(List<Person> people) {
        return people.stream().collect(Collectors.toMap(Person::id, Function.identity(), (a, b) -> a));
    }

    private static Map<String, Integer> indexes(List<Person> people) {
        Map<String, Integer> index = new java.util.HashMap<>();
        for (int i = 0; i < people.size(); i++) {
            index.putIfAbsent(people.get(i).id(), i);
        }
        return index;
    }
}

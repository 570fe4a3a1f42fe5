package dev.agendum.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The people an announcement names, once each, in the order first named, with their identifiers. */
final class People {

    private final Map<String, Found.Person> byName = new LinkedHashMap<>();
    private final Map<String, String> emails = new LinkedHashMap<>();
    private final Map<String, Source> emailSources = new LinkedHashMap<>();
    private final Map<String, String> phones = new LinkedHashMap<>();
    private final Map<String, Basis> phoneBases = new LinkedHashMap<>();

    /** Returns the person named {@code name}, adding them when first named. */
    Found.Person named(String name, Source source, Optional<String> honorific) {
        String key = name.toLowerCase(Locale.ROOT);
        Found.Person known = byName.get(key);
        if (known != null) {
            return known;
        }
        String id = Slugs.of(name, 60);
        String unique = id;
        for (int n = 2; ids().contains(unique); n++) {
            unique = id + "-" + n;
        }
        Found.Person person = new Found.Person(unique, name, source, honorific);
        byName.put(key, person);
        return person;
    }

    /**
     * Returns the one person named so far whose given name is {@code given} ("moderated by Femke" after "Femke
     * Dijkman"); empty when none or several are, or {@code given} is no known given name.
     */
    Optional<Found.Person> onlyOneCalled(String given) {
        if (!GivenNames.isGivenName(given)) {
            return Optional.empty();
        }
        List<Found.Person> called = byName.values().stream()
                .filter(p -> p.name().split("\\s+")[0].equalsIgnoreCase(given)).toList();
        return called.size() == 1 ? Optional.of(called.get(0)) : Optional.empty();
    }

    void email(String personId, String email, Source source) {
        emails.putIfAbsent(personId, email);
        emailSources.putIfAbsent(personId, source);
    }

    void phone(String personId, String phone, Basis basis) {
        phones.putIfAbsent(personId, phone);
        phoneBases.putIfAbsent(personId, basis);
    }

    Optional<String> email(String personId) {
        return Optional.ofNullable(emails.get(personId));
    }

    Optional<Source> emailSource(String personId) {
        return Optional.ofNullable(emailSources.get(personId));
    }

    Optional<String> phone(String personId) {
        return Optional.ofNullable(phones.get(personId));
    }

    Optional<Basis> phoneBasis(String personId) {
        return Optional.ofNullable(phoneBases.get(personId));
    }

    List<Found.Person> all() {
        return List.copyOf(byName.values());
    }

    private List<String> ids() {
        List<String> ids = new ArrayList<>();
        byName.values().forEach(p -> ids.add(p.id()));
        return ids;
    }
}

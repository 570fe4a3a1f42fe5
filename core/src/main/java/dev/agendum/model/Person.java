package dev.agendum.model;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * A person named on an event: a speaker, moderator, panellist, contact and so on.
 *
 * <p>People are listed once per event and referred to by {@link #id()} from {@link Participation}s and
 * {@link Contact}s; the roles they play and the affiliations they hold there live on those, not here.
 *
 * @param id        identifier unique within the event, e.g. {@code "ruben-maes"}
 * @param name      the full name as announced
 * @param honorific a title such as "prof. dr.", if announced
 * @param email     an e-mail address, if announced
 * @param phone     a phone number in international form ({@code +31 6 25068171}), if announced
 * @param link      a personal page, if announced
 */
public record Person(String id, String name, Optional<String> honorific, Optional<String> email,
                     Optional<String> phone, Optional<URI> link) {

    /**
     * Creates a person; {@code id} and {@code name} must not be blank.
     *
     * @param id identifier unique within the event, e.g. {@code "ruben-maes"}
     * @param name the full name as announced
     * @param honorific a title such as "prof. dr.", if announced
     * @param email an e-mail address, if announced
     * @param phone a phone number in international form ({@code +31 6 25068171}), if announced
     * @param link a personal page, if announced
     */
    public Person {
        Checks.notBlank(id, "id");
        Checks.notBlank(name, "name");
        Objects.requireNonNull(honorific, "honorific");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(link, "link");
    }

    /**
     * {@return a person known only by id and name}
     *
     * @param id identifier unique within the event, e.g. {@code "ruben-maes"}
     * @param name the full name as announced
     */
    public static Person of(String id, String name) {
        return new Person(id, name, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * {@return a copy with {@code honorific}}
     *
     * @param honorific a title before the name ("prof. dr.")
     */
    public Person withHonorific(String honorific) {
        return new Person(id, name, Optional.of(honorific), email, phone, link);
    }

    /**
     * {@return a copy with {@code email}}
     *
     * @param email the person's e-mail address
     */
    public Person withEmail(String email) {
        return new Person(id, name, honorific, Optional.of(email), phone, link);
    }

    /**
     * {@return a copy with {@code phone}}
     *
     * @param phone the person's phone number
     */
    public Person withPhone(String phone) {
        return new Person(id, name, honorific, email, Optional.of(phone), link);
    }

    /**
     * {@return a copy with {@code link}}
     *
     * @param link a page about the person
     */
    public Person withLink(URI link) {
        return new Person(id, name, honorific, email, phone, Optional.of(link));
    }

    /**
     * {@return the name preceded by the honorific, if any: how the person is addressed in print}
     */
    public String displayName() {
        return honorific.map(h -> h + " " + name).orElse(name);
    }
}

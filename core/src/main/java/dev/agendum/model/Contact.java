package dev.agendum.model;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Who to ask about an event: a listed person (by {@link Person#id()}, whose e-mail and phone are used) or a desk
 * such as an association's mailbox.
 *
 * @param role     what to ask them about
 * @param personId the person, if the contact is one of the event's people
 * @param name     the desk's name, for a contact that is not a person
 * @param email    the e-mail address, for a desk; a person's is on the {@link Person}
 * @param phone    the phone number, for a desk; a person's is on the {@link Person}
 */
public record Contact(Role role, Optional<String> personId, Optional<LocalizedText> name, Optional<String> email,
                      Optional<String> phone) {

    /** What a contact is for. */
    public enum Role implements Coded, Labelled {
        /** General information. */
        INFORMATION,
        /** Press enquiries (a spokesperson). */
        PRESS,
        /** Registration questions. */
        REGISTRATION;

        private static final Labels<Role> LABELS = Labels.of(Role.class, "Contact.Role", ModelBundle::in);

        @Override
        public String label(Locale language) {
            return LABELS.label(this, language);
        }
    }

    /**
     * Creates a contact.
     *
     * @param role what to ask them about
     * @param personId the person, if the contact is one of the event's people
     * @param name the desk's name, for a contact that is not a person
     * @param email the e-mail address, for a desk; a person's is on the {@link Person}
     * @param phone the phone number, for a desk; a person's is on the {@link Person}
     * @throws IllegalArgumentException when the contact is both a person and a desk, or neither
     */
    public Contact {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(phone, "phone");
        personId.ifPresent(id -> Checks.notBlank(id, "personId"));
        if (personId.isPresent() == (name.isPresent() || email.isPresent() || phone.isPresent())) {
            throw new IllegalArgumentException("a contact is either a listed person or a desk with a name, "
                    + "e-mail address or phone number");
        }
    }

    /**
     * {@return a contact who is one of the event's people}
     *
     * @param role what to ask them about
     * @param personId the person, if the contact is one of the event's people
     */
    public static Contact person(Role role, String personId) {
        return new Contact(role, Optional.of(personId), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * {@return a desk reached by e-mail}
     *
     * @param role what to ask them about
     * @param name the desk's name, for a contact that is not a person
     * @param email the e-mail address, for a desk; a person's is on the {@link Person}
     */
    public static Contact desk(Role role, LocalizedText name, String email) {
        return new Contact(role, Optional.empty(), Optional.of(name), Optional.of(email), Optional.empty());
    }
}

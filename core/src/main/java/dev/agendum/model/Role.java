package dev.agendum.model;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The role a person plays in a {@link Participation}: one of the {@link RoleType}s, or a custom role with its own
 * label.
 *
 * <pre>{@code
 * Role.of(RoleType.PANELLIST).label(Locale.forLanguageTag("nl"));   // "Panellid"
 * Role.custom(LocalizedText.of("nl", "Tafelheer")).label(Locale.ENGLISH);  // "Tafelheer"
 * }</pre>
 *
 * @param type        the kind of role
 * @param customLabel the label of a {@link RoleType#CUSTOM} role; empty for every other type
 */
public record Role(RoleType type, Optional<LocalizedText> customLabel) {

    /**
     * Creates a role.
     *
     * @param type the kind of role
     * @param customLabel the label of a {@link RoleType#CUSTOM} role; empty for every other type
     * @throws IllegalArgumentException when a custom role lacks its label or another role has one
     */
    public Role {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(customLabel, "customLabel");
        if ((type == RoleType.CUSTOM) != customLabel.isPresent()) {
            throw new IllegalArgumentException("a custom role, and only a custom role, has its own label");
        }
    }

    /**
     * {@return the role of the given predefined type}
     *
     * @param type the kind of role
     */
    public static Role of(RoleType type) {
        return new Role(type, Optional.empty());
    }

    /**
     * {@return a custom role with its own label}
     *
     * @param label the role's label
     */
    public static Role custom(LocalizedText label) {
        return new Role(RoleType.CUSTOM, Optional.of(label));
    }

    /**
     * {@return the role's label in {@code language}; a custom label falls back to its own default language}
     *
     * @param language the language of the label
     */
    public String label(Locale language) {
        return customLabel.map(l -> l.get(language)).orElseGet(() -> type.label(language));
    }
}

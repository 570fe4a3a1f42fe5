package dev.agendum.model;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The bundle of the model's labels, {@code dev/agendum/model/Labels*.properties}: one file per language, so that a
 * new language is a property file. Loaded here, in core's own module, where the bundle lives.
 */
final class ModelBundle {

    /** The bundle's base name. */
    static final String NAME = "dev.agendum.model.Labels";

    private ModelBundle() {
    }

    /** Returns the bundle for {@code language}, as {@link ResourceBundle#getBundle(String, Locale)} resolves it. */
    static ResourceBundle in(Locale language) {
        return ResourceBundle.getBundle(NAME, language);
    }
}

package dev.agendum.model;

import java.util.Locale;

/** How people attend an event. */
public enum AttendanceMode implements Coded, Labelled {
    /** At a venue only. */
    IN_PERSON("In person", "Op locatie"),
    /** Online only. */
    ONLINE("Online", "Online"),
    /** At a venue and online. */
    HYBRID("Hybrid", "Hybride");

    private final String english;
    private final String dutch;

    AttendanceMode(String english, String dutch) {
        this.english = english;
        this.dutch = dutch;
    }

    @Override
    public String label(Locale language) {
        return Labelled.pick(language, english, dutch);
    }
}

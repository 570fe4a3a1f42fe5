package dev.agendum.model;

import java.util.Locale;

/** How people attend an event. */
public enum AttendanceMode implements Coded, Labelled {
    /** At a venue only. */
    IN_PERSON,
    /** Online only. */
    ONLINE,
    /** At a venue and online. */
    HYBRID;

    private static final Labels<AttendanceMode> LABELS =

            Labels.of(AttendanceMode.class, "AttendanceMode", ModelBundle::in);

    @Override
    public String label(Locale language) {
        return LABELS.label(this, language);
    }
}

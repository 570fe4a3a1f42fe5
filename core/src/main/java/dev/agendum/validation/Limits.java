package dev.agendum.validation;

/**
 * The explicit maximums the {@link EventValidator} enforces, so that no single event can grow without bound.
 *
 * <p>Lengths count Unicode code points. The figures are generous for real announcements (the largest bundled one
 * has 14 people and 5 programme items) while keeping one event well under a megabyte in any format.
 */
public final class Limits {

    /** Longest short label: an abbreviation, track, room, honorific, platform, category, custom role or kind. */
    public static final int SHORT_TEXT = 100;
    /** Longest one-line text: a title, a name, a position, a link's words. */
    public static final int LINE_TEXT = 500;
    /** Longest multi-line text: a description, a note, an audience, an image description. */
    public static final int LONG_TEXT = 20_000;
    /** Longest identifier (event, person, programme item). */
    public static final int IDENTIFIER = 128;
    /** Longest link. */
    public static final int LINK = 2_000;
    /** Longest e-mail address (RFC 5321's path limit). */
    public static final int EMAIL = 254;
    /** Most languages in one localised text. */
    public static final int LANGUAGES = 20;
    /** Most people on one event. */
    public static final int PEOPLE = 500;
    /** Most participations on the event as a whole, and on one programme item. */
    public static final int PARTICIPATIONS = 500;
    /** Most programme items on one event, counting every depth. */
    public static final int PROGRAMME_ITEMS = 200;
    /** Deepest nesting of programme items (1: top-level items only). */
    public static final int PROGRAMME_DEPTH = 4;
    /** Most affiliations on one participation. */
    public static final int AFFILIATIONS = 10;
    /** Most organisers, contacts, links or categories on one event; most channels on one registration. */
    public static final int LIST = 50;

    private Limits() {
    }
}

/** Agendum's iCalendar adapter: calendar feeds from events, and events from feeds. */
module dev.agendum.ical {
    requires transitive dev.agendum.core;
    requires ical4j.core;

    exports dev.agendum.ical;
}

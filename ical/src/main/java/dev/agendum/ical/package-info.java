/**
 * iCalendar for Agendum events: {@link dev.agendum.ical.FeedWriter} writes feeds that calendar apps read right
 * (RFC 5545, RFC 7986, RFC 9073), and {@link dev.agendum.ical.FeedReader} reads feeds back: Agendum's own exactly,
 * anyone else's tolerantly, with warnings. Content lines are produced by one small, exhaustively tested line writer,
 * and VTIMEZONEs from {@code java.time}'s zone rules, because ical4j's writing path is slow and labels some zones
 * wrongly; ical4j parses what is read and cross-checks our output in the tests. One package-private mapper per
 * concept (calendar, event, location, people, participant, programme item, registration) writes both the standard
 * properties and the X-AGENDUM- properties that make a feed lossless; {@code FEED.md} in the module lists them.
 */
package dev.agendum.ical;

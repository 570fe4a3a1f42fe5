/**
 * iCalendar for Agendum events: {@link dev.agendum.ical.FeedWriter} writes feeds that calendar apps read right
 * (RFC 5545, RFC 7986, RFC 9073). Content lines are produced by one small, exhaustively tested line writer, and
 * VTIMEZONEs from {@code java.time}'s zone rules, because ical4j's writing path is slow and labels some zones wrongly;
 * ical4j reads foreign calendars and cross-checks our output in the tests.
 */
package dev.agendum.ical;

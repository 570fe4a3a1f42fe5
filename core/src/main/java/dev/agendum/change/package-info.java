/**
 * Announcements that change: what differs between a published event and its new version
 * ({@link dev.agendum.change.Changes}), which of those differences calendars must be told about
 * ({@link dev.agendum.change.ChangeKind#significant()}, after RFC 5546 section 2.1.4), the revision the new version is
 * published as, with removed programme items and events kept as cancelled tombstones
 * ({@link dev.agendum.change.Publisher}), and a readable change log in English or Dutch
 * ({@link dev.agendum.change.ChangeLogText}).
 *
 * <p>Every type here is immutable and thread-safe; no method accepts or returns {@code null}; nothing reads the wall
 * clock: the instant a revision is published at is always passed in.
 */
package dev.agendum.change;

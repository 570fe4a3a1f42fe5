/**
 * The event domain: immutable values describing an announced event, its programme, people, organisers, contacts
 * and registration rules.
 *
 * <p>Every type here is an immutable record, safe to share between threads. No method accepts or returns
 * {@code null}: what may be absent is an {@link java.util.Optional}, what may be none is an empty list. Times are
 * {@link java.time.LocalDateTime}s in the event's one {@link java.time.ZoneId}. Enumerations carry stable
 * lower-case {@linkplain dev.agendum.model.Coded codes} and English and Dutch
 * {@linkplain dev.agendum.model.Labelled labels}.
 */
package dev.agendum.model;

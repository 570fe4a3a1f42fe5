package dev.agendum.publish;

import dev.agendum.model.Event;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A published representation (a feed's or a document's bytes) with its validators, answering conditional GET and
 * HEAD requests as RFC 9110 §13.2.2 orders them: {@code If-None-Match} first, {@code If-Modified-Since} only when
 * there is no {@code If-None-Match}.
 *
 * <p>The ETag is strong and derived from the bytes alone (the first 128 bits of their SHA-256, base64url): the same
 * bytes give the same tag on every server and after every restart, and Agendum's writers give the same bytes for the
 * same events. Last-Modified is the newest revision's publication instant ({@link #lastModifiedOf}), to the second
 * as HTTP dates are. Instances are immutable and thread-safe; computing one hashes the body once.
 *
 * <pre>{@code
 * Published feed = Published.of(bytes, Published.lastModifiedOf(events));
 * if (feed.notModified(Optional.ofNullable(request.getHeader("If-None-Match")),
 *         Optional.ofNullable(request.getHeader("If-Modified-Since")))) {
 *     response.setStatus(304);                    // with the same ETag and Last-Modified, no body
 * }
 * response.setHeader("ETag", feed.etag());
 * response.setHeader("Last-Modified", feed.lastModified());
 * }</pre>
 */
public final class Published {

    private static final int TAG_BYTES = 16;

    private final byte[] body;
    private final String etag;
    private final Instant lastModified;

    private Published(byte[] body, Instant lastModified) {
        this.body = body;
        this.etag = '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(digest(body)) + '"';
        this.lastModified = lastModified.truncatedTo(ChronoUnit.SECONDS);
    }

    /**
     * {@return a representation of {@code body}, last modified at {@code lastModified}}
     *
     * @param body the bytes served; copied
     * @param lastModified when the content last changed; HTTP dates keep whole seconds only
     */
    public static Published of(byte[] body, Instant lastModified) {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(lastModified, "lastModified");
        return new Published(body.clone(), lastModified);
    }

    /**
     * {@return a representation of {@code text} encoded in UTF-8}
     *
     * @param text the text served, such as a feed
     * @param lastModified when the content last changed
     */
    public static Published of(String text, Instant lastModified) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(lastModified, "lastModified");
        return new Published(text.getBytes(StandardCharsets.UTF_8), lastModified);
    }

    /**
     * {@return when the newest of {@code events} was published: its revision's instant; the epoch for no events}
     * A feed changes when one of its events gets a new revision, so this is its Last-Modified.
     *
     * @param events the events the representation shows
     */
    public static Instant lastModifiedOf(Collection<Event> events) {
        Instant newest = Instant.EPOCH;
        for (Event event : events) {
            Instant published = event.revision().published();
            newest = published.isAfter(newest) ? published : newest;
        }
        return newest;
    }

    /**
     * {@return the bytes served} A copy.
     */
    public byte[] body() {
        return body.clone();
    }

    /**
     * {@return the strong entity tag, quoted, for the {@code ETag} header}
     */
    public String etag() {
        return etag;
    }

    /**
     * {@return the last modification, to the second}
     */
    public Instant lastModifiedInstant() {
        return lastModified;
    }

    /**
     * {@return the last modification as an HTTP date (IMF-fixdate), for the {@code Last-Modified} header}
     */
    public String lastModified() {
        return DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT)
                .format(lastModified.atZone(ZoneOffset.UTC));
    }

    /**
     * Tells whether a GET or HEAD request with these headers is answered 304 Not Modified: when
     * {@code If-None-Match} is present, whether it lists this representation's tag (weak comparison, as RFC 9110
     * §13.1.2 asks, or {@code *}); otherwise whether {@code If-Modified-Since} is a valid HTTP date not before the
     * last modification. A malformed date is ignored, as the RFC says.
     *
     * @param ifNoneMatch the request's {@code If-None-Match} header, if sent
     * @param ifModifiedSince the request's {@code If-Modified-Since} header, if sent
     * @return {@code true} for 304, {@code false} for a full 200 response
     */
    public boolean notModified(Optional<String> ifNoneMatch, Optional<String> ifModifiedSince) {
        Objects.requireNonNull(ifNoneMatch, "ifNoneMatch");
        Objects.requireNonNull(ifModifiedSince, "ifModifiedSince");
        if (ifNoneMatch.isPresent()) {
            return matches(ifNoneMatch.get());
        }
        return ifModifiedSince.flatMap(Published::httpDate).map(since -> !lastModified.isAfter(since)).orElse(false);
    }

    /**
     * {@return 304 or 200, as {@link #notModified} decides}
     *
     * @param ifNoneMatch the request's {@code If-None-Match} header, if sent
     * @param ifModifiedSince the request's {@code If-Modified-Since} header, if sent
     */
    public int status(Optional<String> ifNoneMatch, Optional<String> ifModifiedSince) {
        return notModified(ifNoneMatch, ifModifiedSince) ? 304 : 200;
    }

    /** Whether a list of entity tags ({@code "a", W/"b"}) or {@code *} names this tag, comparing weakly. */
    private boolean matches(String header) {
        String opaque = etag.substring(1, etag.length() - 1);
        for (String candidate : header.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*")) {
                return true;
            }
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")
                    && tag.substring(1, tag.length() - 1).equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Instant> httpDate(String text) {
        try {
            return Optional.of(ZonedDateTime.parse(text.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static byte[] digest(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            byte[] tag = new byte[TAG_BYTES];
            System.arraycopy(hash, 0, tag, 0, TAG_BYTES);
            return tag;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}

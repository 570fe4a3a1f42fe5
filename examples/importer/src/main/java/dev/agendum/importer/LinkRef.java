package dev.agendum.importer;

import java.util.Optional;

/**
 * A link of the announcement: its words and, if it has a usable one, its target.
 *
 * @param words  where the link's words are
 * @param target the target as written ({@code https://…}, {@code mailto:…}); empty when missing or only {@code #}
 */
record LinkRef(Source words, Optional<String> target) {
}

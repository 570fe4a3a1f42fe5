package dev.agendum.importer;

import dev.agendum.model.RoleType;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A role the text gives a person with "als" or "as" after their name: "Youssef El Amrani leidt als dagvoorzitter door
 * de dag", "Henk Bos zit als voorzitter de vergadering voor", "Jo Daly acts as chair". The role is stated, so it takes
 * the place of one a word before the name only suggested ("presentator Youssef El Amrani" is what he does for a
 * living).
 */
final class AsRoles {

    /** What stands between the name and "als": a verb or two ("leidt", "zit", "treedt op", "acts", "will serve"). */
    private static final Pattern AS = Pattern.compile("(?iu)^,?(?:\\s+\\p{Ll}+){1,3}?\\s+(?:als|as)\\s+"
            + "(?:de |het |onze |our |the )?");

    /** "als" or "as" as a word: a line without it states no role so. */
    private static final Pattern AS_WORD = Pattern.compile("(?iu)(?<![\\p{L}])(?:als|as)(?![\\p{L}])");

    private AsRoles() {
    }

    /** Gives the people a line names before "als" and a role word that role. */
    static void read(Reading reading, Line line) {
        String text = line.text();
        if (!AS_WORD.matcher(text).find()) {
            return;   // most lines say no "als": the name finder need not walk them
        }
        NameFinder finder = new NameFinder(text);
        for (int pos = 0; pos < text.length(); pos++) {
            if (!Character.isUpperCase(text.charAt(pos)) || pos > 0 && Character.isLetterOrDigit(text.charAt(pos - 1))) {
                continue;
            }
            // a person's name, its first word a known given name ("Juristenkollectief Kompas aan als …" is a body)
            Optional<NameFinder.Name> name = finder.at(pos).filter(n -> GivenNames.isGivenName(
                    text.substring(n.nameStart(), NameFinder.wordEndIn(text, n.nameStart()))));
            if (name.isEmpty()) {
                continue;
            }
            Matcher as = AS.matcher(text).region(name.get().end(), text.length());
            Optional<Map.Entry<String, RoleType>> role = as.lookingAt()
                    ? Lexicon.leadingRoleAt(text.toLowerCase(Locale.ROOT), as.end()) : Optional.empty();
            if (role.isPresent() && role.get().getValue() != RoleType.CUSTOM) {
                Found.Person person = reading.people.named(text.substring(name.get().nameStart(), name.get().end()),
                        line.source(name.get().nameStart(), name.get().end()), Optional.empty());
                Source word = line.source(as.end(), as.end() + role.get().getKey().length());
                reading.roles.restate(person.id(), new Found.Participation(person.id(), role.get().getValue(), word,
                        List.of()));
            }
            pos = name.get().end();
        }
    }
}

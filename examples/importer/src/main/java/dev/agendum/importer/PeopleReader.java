package dev.agendum.importer;

import dev.agendum.model.RoleType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads people from a run of words: "Eva Kunseler (PBL) en Martin Schulz (NSOB)", "Arne van Hout,
 * gemeentesecretaris Nijmegen", "auteurs …", each with the role words and affiliations written beside them.
 */
final class PeopleReader {

    /** A person as named in the run, with what was written beside them. */
    record Named(Found.Person person, Optional<RoleType> role, Optional<Source> roleSource,
                 Optional<RoleType> listRole, Optional<Source> listRoleSource, Optional<RoleType> positionRole,
                 List<Found.Affiliation> affiliations, Optional<String> cue) {
    }

    /** The people of a run, and where the words after them start (a description, "over de conclusies …"). */
    record Result(List<Named> people, int rest) {
    }

    static final Set<String> JOINERS = Set.of("en", "and", "&", "met", "with", "plus", "samen", "together");
    static final Set<String> AFFILIATION_STOPS = Set.of("over", "about", "die", "who", "waarin", "which",
            "on", "om", "to", "will", "zal", "gaat", "geeft", "gives", "neemt", "takes", "spreekt", "speaks", "geleid",
            "door", "by", "chaired", "moderated", "led", "hosted", "met", "with", "onder", "gevolgd", "followed");


    /** A name followed by what the person does there: "Sabine Terpstra leidt het gesprek", "X moderates". */
    private static final java.util.regex.Pattern LEADS = java.util.regex.Pattern.compile("(?iu)^\\s*(leidt het "
            + "(?:gesprek|debat|panel)|modereert|leads the (?:conversation|discussion|debate|panel)|moderates)"
            + "(?![\\p{L}])");

    private final Line line;
    private final String text;
    /** The text in lower case, lowered once for the role words looked up at its words. */
    private final String lower;
    private final People people;
    private final Organisations organisations;
    private final NameFinder names;
    private final AfterName after;

    private PeopleReader(Line line, People people, Organisations organisations) {
        this.line = line;
        this.text = line.text();
        this.lower = text.toLowerCase(Locale.ROOT);
        this.people = people;
        this.organisations = organisations;
        this.names = new NameFinder(text);
        this.after = new AfterName(text, names);
    }

    /** A public body's word a text sets small before the place it serves: "van de provincie Groningen". */
    private static final String SET_SMALL = "(?:gemeente|provincie|municipality|province)";
    private static final Pattern BODY_SET_SMALL = Pattern.compile(SET_SMALL + "\\s+(?=\\p{Lu})");

    /** The word that links a person to their organisation right after the name. */
    private static final Pattern OF = Pattern.compile("(?u)(?:of the|from the|of|from|van het|van de)\\s+(?=\\p{Lu}"
            + "|" + SET_SMALL + "\\s+\\p{Lu})");
    /** "van Stichting …", "from Gemeente …", "bij Radio Zeekant": a body's name right after the person's. */
    private static final Pattern OF_BODY = Pattern.compile("(?u)(?:van|from|bij)\\s+(\\p{Lu}[\\p{L}'-]*)");

    /** Reads the people named in {@code line} from offset {@code from} on. */
    /**
     * A dash and a body's capitalised name that ends the line: "– Drents Belang", "— Groen Akkoord" (group 1 the
     * name, group 2 its first word), at most five words, small links between them.
     */
    private static final Pattern DASHED_BODY = Pattern.compile("[–—]\\s+((\\p{Lu}[\\p{L}'&.-]*)(?:\\s+(?:\\p{Lu}"
            + "[\\p{L}'&.-]*|van|voor|de|der|het|en|of|for|the|and|&)){0,4})\\s*$");

    static Result read(Line line, int from, People people, Organisations organisations) {
        return new PeopleReader(line, people, organisations).run(from);
    }

    private Result run(int from) {
        List<Named> found = new ArrayList<>();
        Optional<RoleType> listRole = Optional.empty();
        Optional<Source> listRoleSource = Optional.empty();
        Optional<Source> position = Optional.empty();
        Optional<String> cue = Optional.empty();
        int roleAt = -1;
        int pos = from;
        int rest = text.length();
        while (pos < text.length()) {
            pos = skipSpace(pos);
            if (pos >= text.length()) {
                break;
            }
            char c = text.charAt(pos);
            if (c == ',' || c == ';' || c == ':' || c == '&' || c == '-' || c == '–'
                    || isListMark(String.valueOf(c))) {
                pos++;
                continue;
            }
            int labelled = after.optionLabelEnd(pos, from);
            if (labelled > pos) {
                pos = labelled;   // "Facilitators: A. Dev Sharma, …; B. Claire Holroyd, …": the session's letter
                continue;
            }
            Optional<NameFinder.Name> name = names.at(pos);
            if (name.isPresent()) {
                roleAt = -1;
                pos = named(found, name.get(), listRole, listRoleSource, position, cue);
                position = Optional.empty();
                continue;
            }
            int end = wordEnd(pos);
            String word = text.substring(pos, end).replaceAll("[.,;:()]+$", "");
            Optional<Found.Person> known = people.onlyOneCalled(word);
            if (known.isPresent() && !names.startsAt(skipSpace(end))) {
                // "Ask us anything, moderated by Femke": the given name alone of someone the text named in full
                found.add(new Named(known.get(), Optional.empty(), Optional.empty(), listRole, listRoleSource,
                        Optional.empty(), List.of(), cue));
                pos += word.length();
                continue;
            }
            Optional<Map.Entry<String, RoleType>> role = lower.length() == text.length()
                    ? Lexicon.leadingRoleAt(lower, pos) : Lexicon.leadingRole(text.substring(pos));
            if (role.isPresent() && RunWords.heldPosition(text, pos, role.get().getKey())
                    && names.startsAt(skipComma(skipSpace(pos + role.get().getKey().length())))) {
                // "slotwoord van onze voorzitter Ton Hagenaars", "door onze voorzitter, Gerrit van Beek": the club's
                // chairman, a position held, not the chair of the event (a "dagvoorzitter" would be)
                position = Optional.of(line.source(pos, pos + role.get().getKey().length()));
                pos += role.get().getKey().length();
                continue;
            }
            if (role.isPresent()) {
                roleAt = pos;
                listRole = Optional.of(role.get().getValue());
                listRoleSource = Optional.of(line.source(pos, pos + role.get().getKey().length()));
                pos += role.get().getKey().length();
                continue;
            }
            String lower = word.toLowerCase(Locale.ROOT);
            int among = RunWords.among(text, pos);
            if (among > 0 && names.startsAt(skipSpace(among))) {
                pos = among;   // "met onder anderen X", "with, among others, X": who follows is named all the same
                continue;
            }
            if (!found.isEmpty() && RunWords.repeatsCue(text, pos, lower)
                    && NameProbe.nameAfter(line, end)) {
                pos = end;   // "presentaties van A en van B": the cue's word said again after the joiner
                continue;
            }
            if (found.isEmpty() && Lexicon.isPosition(word) && text.substring(pos, end).endsWith(",")
                    && RunWords.afterDeterminer(text, pos) && names.startsAt(skipSpace(end))) {
                // "Welcome by our director, Elske Brouwer": the position held, then the name after a comma
                position = Optional.of(line.source(pos, pos + word.length()));
                pos = end;
                continue;
            }
            if (found.isEmpty() && listRole.isPresent() && RunWords.isCopula(lower)) {
                pos = end;   // "gespreksleider is journalist X": the role word, then who holds it
                continue;
            }
            if (!word.isEmpty() && Character.isLowerCase(word.charAt(0)) && word.equals(text.substring(pos, end))
                    && !JOINERS.contains(lower) && !Lexicon.PARTICLES.contains(lower) && !AFFILIATION_STOPS.contains(lower)
                    && !RunWords.isDeterminer(lower) && names.startsAt(skipSpace(end))) {
                // "gedeputeerde Rik Vermeulen", "wethouder Erik Lammers": the position held, written first
                position = Optional.of(line.source(pos, end));
                pos = end;
                continue;
            }
            // "…, sheep farmer Geoff Barraclough and …": a later entry of the list may have its position first too
            int given = (found.isEmpty() || RunWords.afterListSeparator(text, pos)) && !word.isEmpty() && Character.isLowerCase(word.charAt(0))
                    && word.equals(text.substring(pos, end)) && !JOINERS.contains(lower)
                    && !AFFILIATION_STOPS.contains(lower) && !RunWords.isDeterminer(lower)
                    && !Lexicon.NOT_NAMES_LOWER.contains(lower) ? NameProbe.givenNameAfter(line, end, 4) : -1;
            if (given > 0 && !found.isEmpty() && RunWords.cued(text.substring(pos, given))) {
                given = -1;   // "…, interviewed by Amir Haddou", "…, gemodereerd door X": a cue, no position
            }
            if (given > 0) {
                // "wethouder Energie en Klimaat Marit Scholten": a position of several words before a given name
                position = Optional.of(line.source(pos, given));
                pos = given;
                continue;
            }
            if (lower.equals("met") || lower.equals("with")) {
                cue = Optional.of(lower);
                if (!found.isEmpty()) {
                    // "gespreksleider Yara Bouzid, met Tjeerd Hoekstra": the role word was the first one's
                    listRole = Optional.empty();
                    listRoleSource = Optional.empty();
                }
            }
            if (!found.isEmpty() && !JOINERS.contains(lower)) {
                // "…, C; gespreksleider is journalist D": a role word no name follows starts the rest
                rest = roleAt >= 0 ? roleAt : pos;
                break;
            }
            if (found.isEmpty() && !word.isEmpty() && Character.isLowerCase(word.charAt(0))
                    && !JOINERS.contains(word) && !Lexicon.HONORIFICS.contains(word) && !RunWords.isDeterminer(lower)) {
                rest = pos;
                break;
            }
            pos = end;
        }
        return new Result(found, found.isEmpty() ? from : Math.min(rest, text.length()));
    }

    /** Records the person at {@code name} with what follows it; returns where reading goes on. */
    private int named(List<Named> found, NameFinder.Name name, Optional<RoleType> listRole, Optional<Source> listRoleSource,
                      Optional<Source> position, Optional<String> cue) {
        String words = text.substring(name.nameStart(), name.end());
        Optional<String> honorific = name.honorific()
                ? Optional.of(text.substring(name.start(), name.nameStart()).strip()) : Optional.empty();
        Found.Person person = people.named(words, line.source(name.nameStart(), name.end()), honorific);
        int pos = skipSpace(name.end());
        Optional<RoleType> role = Optional.empty();
        Optional<Source> roleSource = Optional.empty();
        Optional<RoleType> positionRole = Optional.empty();
        List<Found.Affiliation> affiliations = new ArrayList<>();
        position.ifPresent(p -> affiliations.add(new Found.Affiliation(Optional.of(p.words()), Optional.of(p),
                Optional.empty())));
        int[] span = null;
        if (pos < text.length() && text.charAt(pos) == '(') {
            int close = text.indexOf(')', pos);
            close = close < 0 ? text.length() : close;
            span = new int[] {pos + 1, close, Math.min(text.length(), close + 1)};
        } else if (pos < text.length() && (text.charAt(pos) == ',' || AfterName.dashedPosition(line, pos))) {
            int start = skipSpace(pos + 1);
            // an affiliation starts with a letter: "X, +31 15 …" goes on with a phone number
            if (start < text.length() && Character.isLetter(text.charAt(start))
                    && (!names.startsAt(start) || after.lastInList(start)) && !NameProbe.noAffiliationAfter(line, start)) {
                int end = after.affiliationEnd(start);
                if (end > start) {
                    end = after.organisationAfter(end);
                    span = new int[] {start, end, end};
                }
            }
        }
        Matcher of = OF.matcher(text.substring(pos));
        Matcher ofBody = OF_BODY.matcher(text.substring(pos));
        String second = ofBody.lookingAt() ? secondWord(pos + ofBody.end(1)) : "";
        // "Rinse Bouma van Padelbouw Noord": two capitalised words after a name read whole are a body's, since
        // a surname's "van" would have been read into the name
        if (span == null && ofBody.lookingAt() && (Lexicon.isOrganisationWord(ofBody.group(1))
                || Lexicon.isOrganisationWord(second)
                || !second.isEmpty() && Character.isUpperCase(second.charAt(0)))) {
            // "energiecoach Ali Kaya van Stichting Energiebank Arnhem": "van" and a body's word, not a surname
            int start = pos + ofBody.start(1);
            int end = after.capitalisedRunEnd(start);
            if (end > start) {
                span = new int[] {start, end, end};
            }
        }
        if (span == null && of.lookingAt()) {
            // "Olivia Bennett of Offshore Skills Scotland", "Wouter Kools van het Streekarchief Hoeksche Waard",
            // "Henk Mulderij van de provincie Groningen"
            int start = pos + of.end();
            Matcher small = BODY_SET_SMALL.matcher(text).region(start, text.length());
            int run = small.lookingAt() ? small.end() : start;
            int end = after.capitalisedRunEnd(run);
            if (end > run) {
                span = new int[] {start, end, end};
            }
        }
        Matcher dashed = DASHED_BODY.matcher(text).region(pos, text.length());
        if (span == null && line.kind() == Line.Kind.ITEM && dashed.lookingAt()
                && !GivenNames.isGivenName(dashed.group(2)) && !dashed.group(2).matches("De|Het|The|A|An|Een|Over"
                        + "|Van|Naar|Hoe|How|Why|Waarom|Wat|What")
                && ItemKindWords.earliestIn(dashed.group(1)).isEmpty()
                && Lexicon.leadingRole(dashed.group(1)).isEmpty()) {
            // a list's "1. Jantine Hofstede – Drents Belang": the capitalised words after the dash are her party's,
            // not another person's name; a talk's title set in capitals opens with an article or a question word
            // ("Pieter Jansen – De Buurt Bouwt")
            span = new int[] {dashed.start(1), dashed.end(1), dashed.end(1)};
        }
        Matcher leads = LEADS.matcher(text.substring(pos));
        if (span == null && leads.lookingAt()) {
            role = Optional.of(RoleType.MODERATOR);
            roleSource = Optional.of(line.source(pos + leads.start(1), pos + leads.end(1)));
        }
        if (span != null) {
            List<int[]> parts = after.parts(span[0], span[1]);
            for (int p = 0; p < parts.size(); p++) {
                int[] part = parts.get(p);
                String piece = text.substring(part[0], part[1]).strip();
                Optional<RoleType> whole = Lexicon.role(piece.replaceAll("[.]$", ""));
                Optional<RoleClause.Clause> also = RoleClause.alsoRole(text, part[0], part[1]);
                if (whole.isPresent()) {
                    role = whole;
                    roleSource = Optional.of(line.source(part[0], part[1]));
                } else if (also.isPresent() && role.isEmpty()) {
                    // "raadslid en voorzitter van de avond": the position held, then the part taken in the event
                    role = Optional.of(also.get().role());
                    roleSource = Optional.of(line.source(also.get().from(), also.get().to()));
                    affiliations.addAll(AffiliationReader.read(line, part[0], also.get().end(), organisations));
                } else if (!piece.isEmpty() && p + 1 < parts.size() && RunWords.namesMunicipality(
                        text.substring(parts.get(p + 1)[0], parts.get(p + 1)[1]))) {
                    // "wethouder Jeugd, gemeente Zwolle": the portfolio held; the next part names the municipality
                    Source held = line.source(part[0], part[1]);
                    affiliations.add(new Found.Affiliation(Optional.of(held.words()), Optional.of(held),
                            Optional.empty()));
                } else if (!piece.isEmpty()) {
                    positionRole = positionRole.or(() -> Lexicon.leadingRole(piece).map(Map.Entry::getValue));
                    affiliations.addAll(AffiliationReader.read(line, part[0], part[1], organisations));
                }
            }
            pos = span[2];
        }
        Optional<RoleClause.Clause> clause = role.isPresent() ? Optional.empty()
                : RoleClause.after(text, pos, span != null);
        if (clause.isPresent()) {
            role = Optional.of(clause.get().role());
            roleSource = Optional.of(line.source(clause.get().from(), clause.get().to()));
            pos = clause.get().end();
        }
        found.add(new Named(person, role, roleSource, listRole, listRoleSource, positionRole, merge(affiliations),
                cue));
        return pos;
    }

    /** The word after {@code end}: "Sportmedisch Centrum" has its body's word second. */
    private String secondWord(int end) {
        int start = skipSpace(end);
        return start >= text.length() ? "" : text.substring(start, wordEnd(start));
    }

    /** A position written before the name and an organisation after it are one affiliation. */
    private static List<Found.Affiliation> merge(List<Found.Affiliation> affiliations) {
        if (affiliations.size() == 2 && affiliations.get(0).organisation().isEmpty()
                && affiliations.get(1).position().isEmpty()) {
            return List.of(new Found.Affiliation(affiliations.get(0).position(), affiliations.get(0).positionSource(),
                    affiliations.get(1).organisation()));
        }
        return affiliations;
    }

    /** "A, coach · B, coordinator", "A • B | C": a mark set between the people of a run, as a comma would be. */
    static boolean isListMark(String word) {
        return word.equals("·") || word.equals("•") || word.equals("|");
    }

    private int skipSpace(int pos) {
        return names.skipSpace(pos);
    }

    /** Past a comma at {@code pos} and the space after it, if one stands there: "onze voorzitter, Gerrit …". */
    private int skipComma(int pos) {
        return pos < text.length() && text.charAt(pos) == ',' ? skipSpace(pos + 1) : pos;
    }

    private int wordEnd(int pos) {
        return names.wordEnd(pos);
    }
}

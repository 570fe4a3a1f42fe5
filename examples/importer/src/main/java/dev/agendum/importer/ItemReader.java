package dev.agendum.importer;

import dev.agendum.model.ItemKind;
import dev.agendum.model.RoleType;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one programme item from its words: its kind, its title, the people after "door", "met", "geleid door",
 * "by", "with", "chaired by" with their roles and affiliations, and lines that follow (a panel's members).
 */
final class ItemReader {

    private static final Pattern TRIGGER = Pattern.compile("(?iu)(?<![\\p{L}])(geleid door|onder leiding van"
            + "|onder begeleiding van|begeleid door|guided by"
            + "|gemodereerd door|gepresenteerd door|in gesprek met|chaired by|moderated by|led by|hosted by"
            + "|presented by|in conversation with"
            + "|(?:toespraak|rede|lezing|inleiding|presentatie|welkomstwoord|openingswoord)"
            + " van|welcome from|a word from|door|met|by|with|spreekt|vertelt|opent|presenteert|volgt|speaks|talks"
            + "|follows"
            + "|presents|opens|verwelkomt|welcomes|o\\.l\\.v\\."
            // "Welcome and community news from your hosts, A and B": "from" before the ones the item is from
            + "|from(?=\\s+(?:our|your)\\s))(?![\\p{L}])");
    private static final Pattern LABEL = Pattern.compile("(?iu)^([\\p{L} ]{3,30}):\\s*");
    /** A relative clause that says the one named hosts: ", die ook uw gastheer is", ", who will be your host". */
    private static final Pattern HOST_CLAUSE = Pattern.compile("(?iu),\\s*(?:die|who)(?![\\p{L}])[^.;]*?("
            + ItemRoles.YOUR_HOST.pattern().replace("(?iu)", "") + ")");

    /** An interviewer's verb: who it has as subject is the interviewer. */
    static final Pattern INTERVIEWS = Pattern.compile("(?iu)interview(?:t|s|en)");

    private final People people;
    private final Organisations organisations;
    private final Roles roles;
    private final ItemRoles itemRoles;

    ItemReader(People people, Organisations organisations, Roles roles) {
        this.people = people;
        this.organisations = organisations;
        this.roles = roles;
        this.itemRoles = new ItemRoles(roles);
    }

    /** Reads the item whose words are {@code words} (its first line) and {@code more} (lines that follow). */
    Found.Item read(LocalDateTime start, Basis startBasis, Optional<LocalDateTime> end, Optional<Basis> endBasis,
                    Line words, List<Line> more) {
        String text = words.text();
        Optional<Map.Entry<Integer, ItemKind>> kindWord = ItemCues.kindWord(text);
        ItemKind kind = kindWord.map(Map.Entry::getValue).orElse(ItemKind.OTHER);
        Basis kindBasis = kindWord.<Basis>map(k -> words.source(k.getKey(), ItemCues.wordEnd(text, k.getKey())))
                .orElse(Assumption.from("kind other: no kind word in the item's title", words.source()));
        List<Found.Participation> participations = new ArrayList<>();
        int titleEnd = text.length();
        int restStart = text.length();
        Matcher trigger = TRIGGER.matcher(text);
        boolean read = false;
        Optional<Conversation> conversed = Optional.empty();
        boolean panel = text.toLowerCase(Locale.ROOT).contains("panel");
        int searchFrom = 0;
        while (searchFrom < text.length() && trigger.find(searchFrom)) {
            int peopleAt = trigger.end();
            if (!NameProbe.nameAfter(words, peopleAt) && NameProbe.givenNameAfter(words, peopleAt, 4) < 0
                    && !ItemCues.knownByGivenName(words, peopleAt, people)) {
                // "in conversation with the exhibition's curator, Jonah Reid": the position comes before the name
                peopleAt = RunWords.appositive(words, ItemCues.skipSpace(text, trigger.end()));
                if (peopleAt == ItemCues.skipSpace(text, trigger.end())) {
                    searchFrom = trigger.end();
                    continue;
                }
            }
            PeopleReader.Result result = PeopleReader.read(words, peopleAt, people, organisations);
            if (result.people().isEmpty()) {
                searchFrom = trigger.end();
                continue;
            }
            int namesAt = peopleAt;
            // "Welcome from our host for the evening, Priya Ramaswamy": the role the appositive names is theirs
            Optional<RoleWordsBeforeNames.Found> phrase = RoleWordsBeforeNames.appositives(words).stream()
                    .filter(f -> f.nameAt() == namesAt).findFirst();
            if (!read) {
                titleEnd = trigger.start();
            }
            restStart = result.rest();
            String how = trigger.group(1).toLowerCase(Locale.ROOT);
            Source cue = words.source(trigger.start(), trigger.end());
            if (Conversation.cue(how) && result.people().stream().allMatch(n -> n.role().isEmpty())) {
                // who is asked is settled once every person of the item is read, below
                conversed = Optional.of(new Conversation(result.people(), cue, trigger.start()));
            } else {
                for (PeopleReader.Named named : result.people()) {
                    String said = named.cue().filter(c -> !how.equals(c)).orElse(how);
                    participations.add(phrase.isPresent() && named.role().isEmpty()
                            ? itemRoles.as(named, phrase.get().role(), phrase.get().source())
                            : itemRoles.participation(named, panel && kind != ItemKind.PANEL
                            && ItemRoles.isLeader(said) ? ItemKind.PANEL : kind, said, cue));
                }
            }
            read = true;
            searchFrom = Math.max(result.rest(), trigger.end());
        }
        if (!read && kindWord.isPresent()) {
            int after = ItemCues.wordEnd(text, kindWord.get().getKey());
            int from = after;
            while (from < text.length() && " :,–-".indexOf(text.charAt(from)) >= 0) {
                from++;
            }
            PeopleReader.Result result = NameProbe.startsWithName(words, from)
                    ? PeopleReader.read(words, from, people, organisations) : new PeopleReader.Result(List.of(), 0);
            if (!result.people().isEmpty()) {
                titleEnd = after;
                restStart = result.rest();
                for (PeopleReader.Named named : result.people()) {
                    participations.add(itemRoles.participation(named, kind, "", words.source(kindWord.get().getKey(),
                            after)));
                }
            }
        }
        if (!participations.isEmpty() && kindWord.isPresent()) {
            ItemPeople.before(words, kindWord.get().getKey(), kind, people, organisations, itemRoles,
                    participations);
        }
        if (read && titleEnd > 0) {
            // "Panel: Who pays? — moderator Eva Lindgren; with A, B and C": a role word before the first cue
            ItemPeople.before(words, titleEnd, kind, people, organisations, itemRoles, participations);
        }
        // "Panel: … . Moderator: Tariq Aziz. Panellists: A (VNG) and B, …": each role word introduces its people
        for (OptionalInt introduced = ItemCues.introduced(words, participations.isEmpty() ? 0 : restStart);
                introduced.isPresent(); introduced = ItemCues.introduced(words, restStart)) {
            PeopleReader.Result result = PeopleReader.read(words, introduced.getAsInt(), people, organisations);
            if (result.people().isEmpty()) {
                break;
            }
            titleEnd = Math.min(titleEnd, introduced.getAsInt());
            restStart = Math.max(result.rest(), introduced.getAsInt() + 1);
            for (PeopleReader.Named named : result.people()) {
                participations.add(itemRoles.participation(named, kind, "", words.source(introduced.getAsInt(),
                        introduced.getAsInt())));
            }
        }
        if (participations.isEmpty()) {
            int[] column = ItemPeople.column(words, kind, people, organisations, itemRoles, participations);
            if (column.length == 2) {
                titleEnd = column[0];
                restStart = column[1];
            }
        }
        if (participations.isEmpty()) {
            int[] bracketed = ItemParts.bracketed(words, kind, people, organisations, itemRoles, participations);
            if (bracketed.length == 2) {
                titleEnd = bracketed[0];
                restStart = bracketed[1];
            } else if (!more.isEmpty()) {
                // "… de doorstroomtoets en de" over "aanmelding (Hanneke Smits, directeur)": a title wrapped
                ItemParts.bracketed(more.get(0), kind, people, organisations, itemRoles, participations);
            }
        }
        if (participations.isEmpty()) {
            ItemPeople.subject(words, kind, people, organisations, itemRoles, participations);
        }
        if (participations.isEmpty()) {
            ItemPeople.speakingSubject(words, kind, people, organisations, itemRoles, participations);
        }
        if (conversed.isPresent()) {
            conversed.get().settle(words, participations, people, organisations);
        }
        Matcher relative = HOST_CLAUSE.matcher(text);
        if (participations.size() == 1 && participations.get(0).roleBasis() instanceof Assumption
                && relative.find()) {
            // "Welkom door onze voorzitter X, die ook de rest van de avond uw gastheer is"
            Found.Participation only = participations.get(0);
            Source said = words.source(relative.start(1), relative.end(1));
            participations.set(0, new Found.Participation(only.personId(), RoleType.HOST, Assumption.from("host: \""
                    + said.words() + "\" said of the one named", said), only.affiliations()));
        }
        Source title = words.source(0, titleEnd);
        String titleWords = title.words().replaceAll("[\\s,:;–-]+$", "");
        if (titleWords.isEmpty()) {
            title = words.source();
            titleWords = title.words();
        }
        List<String> description = new ArrayList<>();
        Optional<Source> descriptionSource = Optional.empty();
        if (restStart < text.length() && !text.substring(restStart).isBlank()) {
            Source rest = words.source(restStart, text.length());
            description.add(rest.words());
            descriptionSource = Optional.of(rest);
        }
        for (Line line : more) {
            if (!moreLine(line, kind, participations) && !line.text().strip().endsWith(":")) {
                description.add(line.text().strip());
                descriptionSource = descriptionSource.or(() -> Optional.of(line.source()));
            }
        }
        Matcher table = ItemRoles.TABLE.matcher(text.substring(0, Math.min(titleEnd, text.length())));
        if (table.find()) {
            // a table word in the title, not in an affiliation ("… (Humboldt Forum)")
            ItemRoles.discussants(words.source(table.start(), table.end()), participations);
        }
        return new Found.Item(start, startBasis, end, endBasis, kind, kindBasis, titleWords, title,
                description.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", description)),
                descriptionSource, participations, Optional.empty());
    }

    /**
     * The words for a discussion held at a table of several: a round table or forum. A "debat" is not among them:
     * the development set reads the people of "Debat met A, B en C" as speakers, and so does a "gesprek".
     */
    /**
     * Tells whether {@code line} opens with a cue and a name ("with Kim Verbruggen (…), …", "o.l.v. A, met B"): a
     * line of people under an item, such as a panel's members.
     */
    static boolean opensWithCue(Line line) {
        Matcher cue = TRIGGER.matcher(line.text());
        return cue.lookingAt() && NameProbe.nameAfter(line, cue.end());
    }

    /** A line after the item's first: people (a panel's members, "Moderator: …"), else description. */
    private boolean moreLine(Line line, ItemKind kind, List<Found.Participation> participations) {
        String text = line.text();
        java.util.OptionalInt later = TimedLines.laterLabel(text);
        if (later.isPresent()) {
            // "and when. Speaker: Priya Nair, Asset Manager, …": a wrapped title's end, then the item's people
            moreLine(line.sub(later.getAsInt(), text.length()), kind, participations);
        }
        List<Line> parts = ItemCues.labelledParts(line);
        if (parts.size() >= 2) {
            // "Author: Helen Marsh · Interviewer: Tom Reeve (Coast FM)": each part its own label and people
            boolean any = false;
            for (Line part : parts) {
                any |= moreLine(part, kind, participations);
            }
            return any;
        }
        Matcher cue = TRIGGER.matcher(text);
        if (cue.lookingAt() && NameProbe.nameAfter(line, cue.end())) {
            // a table's "Door" cell that opens with the cue: "o.l.v. A, met B, C en huisarts D"
            String how = cue.group(1).toLowerCase(Locale.ROOT);
            PeopleReader.Result result = PeopleReader.read(line, cue.end(), people, organisations);
            for (PeopleReader.Named named : result.people()) {
                String said = named.cue().filter(c -> !how.equals(c)).orElse(how);
                participations.add(itemRoles.participation(named, kind, said, line.source(cue.start(), cue.end())));
            }
            return !result.people().isEmpty();
        }
        if (ItemCues.givenBy(line)) {
            return ItemParts.partGivenBy(line, kind, people, organisations, itemRoles, participations);
        }
        if (ItemParts.partAfterDash(line, people, organisations, itemRoles, participations)
                || ItemParts.partBeforeColon(line, kind, people, organisations, itemRoles, participations)) {
            return true;
        }
        int from = 0;
        Optional<RoleType> labelled = Optional.empty();
        Source labelSource = null;
        Matcher label = LABEL.matcher(text);
        if (label.find()) {
            labelled = Lexicon.role(label.group(1));
            labelSource = line.source(label.start(1), label.end(1));
            if (labelled.isEmpty()) {
                return false;
            }
            from = label.end();
        }
        if (!NameProbe.startsWithName(line, from) && !ItemCues.positionFirst(line, from) && (labelled.isPresent()
                || Lexicon.leadingRole(text.substring(from)).isEmpty() || !NameProbe.nameAfter(line, from))) {
            // a line of people may open with a role word: "gespreksleider Yara Bouzid, met …"
            return false;
        }
        PeopleReader.Result result = PeopleReader.read(line, from, people, organisations);
        List<PeopleReader.Named> more = new ArrayList<>();
        // "Gespreksleider A, met de panelleden B (Aedes), C en D": a role word after the first group brings the next
        for (OptionalInt next = result.people().isEmpty() ? OptionalInt.empty() : ItemCues.introduced(line, result.rest());
                next.isPresent(); ) {
            PeopleReader.Result group = PeopleReader.read(line, next.getAsInt(), people, organisations);
            if (group.people().isEmpty()) {
                break;
            }
            more.addAll(group.people());
            result = new PeopleReader.Result(result.people(), Math.max(group.rest(), next.getAsInt() + 1));
            next = ItemCues.introduced(line, result.rest());
        }
        if (labelled.isEmpty() && ItemPeople.interviewed(line, result, people, organisations, participations)) {
            return true;
        }
        if (result.people().isEmpty() || result.rest() < text.length() && labelled.isEmpty()
                && result.people().size() + more.size() == 1 && !text.substring(result.rest()).isBlank()) {
            return false;
        }
        for (PeopleReader.Named named : more) {
            participations.add(itemRoles.participation(named, kind, "", line.source()));
        }
        for (PeopleReader.Named named : result.people()) {
            // "Moderator: A (…); panellists: B, C": a role word after the label's first people introduces the next
            if (labelled.isPresent() && named.listRole().isPresent()) {
                Found.Participation introducedBy = new Found.Participation(named.person().id(), named.listRole().get(),
                        named.listRoleSource().get(), named.affiliations());
                participations.add(introducedBy);
                roles.add(introducedBy);
            } else if (labelled.isPresent()) {
                participations.add(new Found.Participation(named.person().id(), labelled.get(), labelSource,
                        named.affiliations()));
                roles.add(new Found.Participation(named.person().id(), labelled.get(), labelSource,
                        named.affiliations()));
            } else {
                participations.add(itemRoles.participation(named, kind, "listed", line.source()));
            }
        }
        return true;
    }

}

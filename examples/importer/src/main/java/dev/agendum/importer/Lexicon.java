package dev.agendum.importer;

import dev.agendum.model.RoleType;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The Dutch and English words the importer reads roles, item kinds, positions and organisations from. */
final class Lexicon {

    private Lexicon() {
    }

    /** Role words, lower case, longest first so that "keynote speaker" wins over "speaker". */
    static final Map<String, RoleType> ROLES = ordered(
            "keynotespreker", RoleType.KEYNOTE_SPEAKER, "keynote speakers", RoleType.KEYNOTE_SPEAKER,
            "keynote speaker", RoleType.KEYNOTE_SPEAKER, "keynote", RoleType.KEYNOTE_SPEAKER,
            "dagvoorzitter", RoleType.CHAIR, "voorzitter", RoleType.CHAIR, "chairperson", RoleType.CHAIR,
            "chairman", RoleType.CHAIR, "chairwoman", RoleType.CHAIR,
            "chairs", RoleType.CHAIR, "chair", RoleType.CHAIR, "gespreksleider", RoleType.MODERATOR,
            "moderators", RoleType.MODERATOR, "moderator", RoleType.MODERATOR, "presentator", RoleType.HOST,
            "gastvrouw", RoleType.HOST, "gastheer", RoleType.HOST, "hosts", RoleType.HOST, "host", RoleType.HOST,
            "gastsprekers", RoleType.SPEAKER, "gastspreker", RoleType.SPEAKER, "guest speakers", RoleType.SPEAKER,
            "guest speaker", RoleType.SPEAKER, "sprekers", RoleType.SPEAKER, "spreker", RoleType.SPEAKER, "inleiders", RoleType.SPEAKER,
            "inleider", RoleType.SPEAKER, "speakers", RoleType.SPEAKER, "speaker", RoleType.SPEAKER,
            "auteurs", RoleType.AUTHOR, "auteur", RoleType.AUTHOR, "authors", RoleType.AUTHOR,
            "author", RoleType.AUTHOR, "panel leader", RoleType.PANEL_LEADER, "panelleider", RoleType.PANEL_LEADER,
            "panelleden", RoleType.PANELLIST, "panellid", RoleType.PANELLIST, "panellists", RoleType.PANELLIST,
            "panellist", RoleType.PANELLIST, "panelists", RoleType.PANELLIST, "panelist", RoleType.PANELLIST,
            "panel members", RoleType.PANELLIST, "panel member", RoleType.PANELLIST, "panel", RoleType.PANELLIST,
            "on stage", RoleType.PANELLIST, "aan tafel", RoleType.PANELLIST, "op het podium", RoleType.PANELLIST,
            "forumleden", RoleType.PANELLIST, "forumlid", RoleType.PANELLIST, "woordvoerder", RoleType.SPOKESPERSON,
            "persverantwoordelijke", RoleType.SPOKESPERSON, "perswoordvoerder", RoleType.SPOKESPERSON,
            "workshopleiders", RoleType.CUSTOM, "workshopleider", RoleType.CUSTOM,
            "workshop leaders", RoleType.CUSTOM, "workshop leader", RoleType.CUSTOM, "discussants", RoleType.CUSTOM,
            "discussant", RoleType.CUSTOM, "respondenten", RoleType.CUSTOM, "respondent", RoleType.CUSTOM,
            "spokesperson", RoleType.SPOKESPERSON, "press officer", RoleType.SPOKESPERSON,
            "persvoorlichter", RoleType.SPOKESPERSON, "interviewer", RoleType.INTERVIEWER,
            "dirigenten", RoleType.CUSTOM, "dirigent", RoleType.CUSTOM, "conductor", RoleType.CUSTOM,
            "solisten", RoleType.CUSTOM, "solist", RoleType.CUSTOM, "soloists", RoleType.CUSTOM,
            "soloist", RoleType.CUSTOM, "organist", RoleType.CUSTOM, "pianist", RoleType.CUSTOM,
            "bariton", RoleType.CUSTOM, "baritone", RoleType.CUSTOM, "sopraan", RoleType.CUSTOM,
            "soprano", RoleType.CUSTOM, "tenor", RoleType.CUSTOM, "mezzosopraan", RoleType.CUSTOM,
            // "alt Maartje Onstenk" sings alto ("bas" is left out: Bas is a given name as often as a voice)
            "alt", RoleType.CUSTOM, "alto", RoleType.CUSTOM, "altus", RoleType.CUSTOM, "contratenor", RoleType.CUSTOM,
            "concertmeester", RoleType.CUSTOM,
            // a doctorate's candidate: "Promovendus: …" (the promotors are listed with the examiners)
            "promovendus", RoleType.CUSTOM, "promovenda", RoleType.CUSTOM,
            // a service's and a play's people: "Voorgangers: pastoor …", "Spel: …"
            "voorgangers", RoleType.CUSTOM, "voorganger", RoleType.CUSTOM, "spel", RoleType.CUSTOM,
            // who plays or leads the music, named by what they do: "Aan het orgel: …", "Musical direction: …"
            "muzikale leiding", RoleType.CUSTOM, "musical direction", RoleType.CUSTOM, "aan het orgel", RoleType.CUSTOM,
            "aan de piano", RoleType.CUSTOM, "at the organ", RoleType.CUSTOM, "at the piano", RoleType.CUSTOM,
            // who leads a walk or a tour: "met gids …", "with our guide …"
            "natuurgids", RoleType.CUSTOM, "gidsen", RoleType.CUSTOM, "gids", RoleType.CUSTOM,
            // who goes along with a group (a pilgrimage, a trip): "Begeleiding: pastoor A en diaken B"
            "begeleiding", RoleType.CUSTOM, "begeleiders", RoleType.CUSTOM, "begeleider", RoleType.CUSTOM,
            "guides", RoleType.CUSTOM, "guide", RoleType.CUSTOM, "guided", RoleType.CUSTOM,
            // who plays the music or the records, who teaches a course (not "door trainer X", a talk), who keeps a
            // meeting's record, who judges
            "dj", RoleType.CUSTOM, "pianiste", RoleType.CUSTOM, "zangeres", RoleType.CUSTOM, "zanger", RoleType.CUSTOM,
            "singer", RoleType.CUSTOM, "violist", RoleType.CUSTOM, "violiste", RoleType.CUSTOM,
            "gitarist", RoleType.CUSTOM, "harpist", RoleType.CUSTOM, "harpiste", RoleType.CUSTOM,
            "cellist", RoleType.CUSTOM, "celliste", RoleType.CUSTOM, "fluitist", RoleType.CUSTOM,
            "fluitiste", RoleType.CUSTOM, "accordeonist", RoleType.CUSTOM,
            "tutor", RoleType.CUSTOM, "instructeur", RoleType.CUSTOM, "instructor", RoleType.CUSTOM,
            "griffier", RoleType.CUSTOM, "juryvoorzitter", RoleType.CUSTOM, "jury chair", RoleType.CUSTOM,
            "quizmaster", RoleType.CUSTOM, "violinist", RoleType.CUSTOM, "guitarist", RoleType.CUSTOM,
            "accompanist", RoleType.CUSTOM, "repetitor", RoleType.CUSTOM, "actrice", RoleType.CUSTOM,
            "acteur", RoleType.CUSTOM, "actress", RoleType.CUSTOM, "actor", RoleType.CUSTOM,
            "auctioneer", RoleType.CUSTOM, "veilingmeester", RoleType.CUSTOM, "curator", RoleType.CUSTOM,
            // who presents the day: "our MC for both days, Joris Verhulst", "compère"
            "mc", RoleType.HOST, "compère", RoleType.HOST, "compere", RoleType.HOST, "presentatrice", RoleType.HOST,
            "presenter", RoleType.HOST,
            // who leads a group at work or at play, who tells the stories, who runs the day's ceremonies, who
            // examines a thesis or stands beside its candidate: "Facilitators: …", "lesgeefster …", "Paranimfen: …"
            "facilitators", RoleType.CUSTOM, "facilitator", RoleType.CUSTOM, "trainers", RoleType.CUSTOM,
            "trainer", RoleType.CUSTOM, "lesgeefster", RoleType.CUSTOM, "lesgever", RoleType.CUSTOM,
            "storyteller", RoleType.CUSTOM, "verhalenverteller", RoleType.CUSTOM, "ceremoniemeester", RoleType.CUSTOM,
            "master of ceremonies", RoleType.CUSTOM, "copromotor", RoleType.CUSTOM, "promotor", RoleType.CUSTOM,
            "paranimfen", RoleType.CUSTOM, "paranimf", RoleType.CUSTOM, "regie", RoleType.CUSTOM, "jurylid", RoleType.CUSTOM, "jury member", RoleType.CUSTOM,
            // who judges a show, who is the evening's guest of honour, who reads aloud, who cooks, who leads a camp
            "judges", RoleType.CUSTOM, "judge", RoleType.CUSTOM, "eregast", RoleType.CUSTOM,
            "guest of honour", RoleType.CUSTOM, "voorlezers", RoleType.CUSTOM, "voorlezer", RoleType.CUSTOM,
            "gastkok", RoleType.CUSTOM, "kampleider", RoleType.CUSTOM);

    /**
     * Compounds that name the chair of a day, an evening or a session: "avondvoorzitter", "sessievoorzitter". Not
     * "afdelingsvoorzitter" or "bestuursvoorzitter": those chair a body, a position held.
     */
    private static final Pattern CHAIR_COMPOUND = Pattern.compile("(?iu)(?:avond|middag|ochtend|sessie|congres"
            + "|conferentie|symposium|tafel|debat|panel|themadag|studiedag)voorzitter(?![\\p{L}])");

    /** Words for a position held (not a role on the event), lower case; a token ending in one is a position. */
    private static final Set<String> POSITIONS = Set.of(
            // an Irish council's chair is its "Cathaoirleach"
            "directeur", "directrice", "cathaoirleach", "director", "hoogleraar", "professor", "lector", "voorzitter",
            "burgemeester", "wethouder", "gemeentesecretaris", "sg", "dg", "secretaris-generaal", "directeur-generaal",
            "programmamanager", "programmadirecteur", "manager", "beleidsmedewerker", "adviseur", "advisor",
            "adviser", "onderzoeker", "researcher", "projectleider", "coördinator", "coordinator", "woordvoerder",
            "persverantwoordelijke", "perswoordvoerder",
            "hoofd", "head", "chief", "ceo", "cfo", "cto", "coo", "vp", "minister", "staatssecretaris", "gedeputeerde",
            "commissaris", "kamerlid", "raadslid", "parlementslid", "statenlid", "griffier", "journalist", "partner", "consultant", "dean",
            "decaan", "rector", "lecturer", "fellow", "officer", "president", "founder", "oprichter", "teamleider",
            "strateeg", "econoom", "bestuurder", "bestuurslid", "member", "redacteur", "editor", "schrijver",
            "writer", "docent", "promovendus", "analist", "analyst", "specialist", "secretaris", "inspecteur",
            "senior", "associate", "assistant", "lead", "leider", "programmaleider", "wethouders", "ambassadeur", "worker", "organiser", "engineer", "administrator",
            "organizer",
            "ombudsman", "ombudsvrouw", "chancellor", "vice-chancellor", "provost", "registrar", "secretary",
            "treasurer", "penningmeester", "trustee", "headteacher", "librarian", "chair", "moderator", "dagvoorzitter", "columnist", "architect", "ecoloog", "ecologist", "consulent",
            "schepen", "wijkagent", "alderman", "councillor", "councilor", "mayor",
            // a church's offices: "Canon Theologian at …", "pastoor Jan …"
            "theologian", "chaplain", "pastoor", "pastor", "predikant", "diaken", "deacon", "vicar", "priest");

    /** Lower-case particles inside Dutch and other names ("Martijn van der Steen"). */
    static final Set<String> PARTICLES = Set.of(
            "van", "de", "der", "den", "ten", "ter", "te", "'t", "von", "la", "le", "du", "da", "di", "del", "dos",
            "el", "al", "bin", "van't");

    /** What a mailing or a parish's or a street's paper calls itself in its masthead ("Nieuwsbrief X"): a regex. */
    static final String MAILINGS = "nieuwsbrief|newsletter|clubblad|kerkbrief|parochieblad|wijkblad|bewonersbrief"
            + "|bulletin";

    /**
     * {@link #MAILINGS} and what a club's or an association's paper for its members calls itself ("Clubnieuws X",
     * "ledenblad van X"): a regex. The title's masthead reads {@link #MAILINGS} only; giving it these too would
     * change what it reads, not how it is spelled.
     */
    static final String PUBLICATIONS = MAILINGS + "|clubnieuws|ledenblad|verenigingsblad";

    /** Titles before a name, lower case without the full stop. */
    static final Set<String> HONORIFICS = Set.of(
            "dr", "prof", "mr", "ir", "drs", "ing", "mevr", "mw", "dhr", "mrs", "ms", "sir", "dame", "prof.dr", "em",
            "professor", "ds", "revd", "rev", "canon",
            // a faith's title before the name: "Rabbi Miriam Feldman", "Imam Yusuf Okonjo", "pastoor Jan Wouters"
            "rabbi", "imam", "pastor", "pastoor", "dominee", "fr",
            // a council's member: "Cllr Margaret Holloway"
            "cllr", "councillor");

    /** Capitalised words that start sentences or labels, never a name; with them the weekdays' and months' names. */
    private static final Set<String> NOT_NAMES = Stream.of(Stream.of(
            "de", "het", "een", "in", "op", "met", "door", "voor", "van", "na", "om", "bij", "aan", "over", "tijdens",
            "the", "a", "an", "at", "by", "with", "for", "on", "from", "to", "and", "en", "of", "or", "dit", "deze",
            "dat", "wij", "we", "ons", "onze", "zij", "ze", "hij", "u", "je", "jij", "this", "that", "our", "their",
            "programma", "programme", "program", "locatie", "datum", "tijd", "aanmelden", "register", "registration",
            "dag", "day", "online", "zoom", "teams", "microsoft", "google", "klik", "click", "hier", "here", "mail",
            "e-mail", "email", "tel", "telefoon", "phone", "graag", "please", "let", "zie", "see", "meer", "more",
            "geannuleerd", "cancelled", "wie", "wat", "waar", "wanneer", "who", "what", "where", "when", "hoe", "how",
            "kosten", "costs", "fee", "prijs", "price", "contact", "vragen", "questions", "nieuw", "new", "ook", "also",
            "all", "alle", "sessie", "session", "ronde", "round", "deel", "part", "thema", "theme", "track", "zaal",
            "room", "aansluitend", "afterwards", "daarna", "then", "parallel", "plenair", "plenary", "samenwerken",
            "leren", "interview", "panel", "toegang", "admission", "entry", "gratis", "free", "adres", "address",
            "venue", "plaats", "place", "hall", "rooms", "desk", "afmelden", "journaal", "aula", "lokaal", "foyer",
            // and a body's part after "&": "Chair of the ICS Yorkshire & Humber Region"
            "inkomhal", "refter", "kantine", "auditorium", "region", "regio", "branch", "district"),
            Stream.of((DateReader.WEEKDAY_NAMES + "|" + DateReader.MONTH_NAMES).split("\\|")))
            .flatMap(words -> words).collect(Collectors.toUnmodifiableSet());

    /** Words a label or a date is made of that are common surnames too: "Dr Owen Price", "Theresa May". */
    private static final Set<String> SURNAME_WORDS = Set.of("price", "may");

    /** The function words among {@link #isNotName}'s words: never a position before a name ("bij Café …"). */
    static final Set<String> NOT_NAMES_LOWER = Set.of("de", "het", "een", "in", "op", "met", "door", "voor", "van",
            "na", "om", "bij", "aan", "over", "tijdens", "the", "a", "an", "at", "by", "with", "for", "on", "from",
            "to", "and", "en", "of", "or", "naar", "into", "near", "nabij");

    /**
     * Status and notice words a text sets in capitals before its title ("AFGELAST – …", "GEANNULEERD: …",
     * "UPDATE: …"): cues, never an organisation's abbreviation or a name.
     */
    private static final Set<String> STATUS_WORDS = Set.of(
            "afgelast", "geannuleerd", "uitgesteld", "verplaatst", "verschoven", "gewijzigd", "nieuw", "update",
            "vol", "volgeboekt", "uitverkocht", "cancelled", "canceled", "postponed", "rescheduled", "moved",
            "changed");

    /** "NSOB", "IenW", "NVSW-J": a hyphen may join an abbreviation's parts, never end it. */
    private static final Pattern ABBREVIATION = Pattern.compile("[A-Z][A-Za-z&]{1,7}(?:-[A-Z][A-Za-z&]{0,3})?");

    /**
     * Returns the label of a custom role, from the role word it was read from: "workshopleiders" → "workshopleider",
     * "discussants" → "discussant". The words are those of {@link #ROLES} whose role is {@link RoleType#CUSTOM}.
     */
    static String customLabel(String words) {
        String lower = words.toLowerCase(Locale.ROOT).strip().replaceAll("[:,.;]+$", "");
        for (Map.Entry<String, RoleType> role : ROLES.entrySet()) {
            // the word may stand inside the cue: "onder begeleiding van" is a "begeleiding"
            if (role.getValue() == RoleType.CUSTOM && (lower.endsWith(role.getKey())
                    || (" " + lower + " ").contains(" " + role.getKey() + " "))) {
                String word = role.getKey();
                return word.endsWith("s") && ROLES.containsKey(word.substring(0, word.length() - 1))
                        ? word.substring(0, word.length() - 1)
                        : word.endsWith("en") && ROLES.containsKey(word.substring(0, word.length() - 2))
                        ? word.substring(0, word.length() - 2) : word;
            }
        }
        return lower;
    }

    /**
     * The names and marks of musical works, as a concert programme gives them: "Requiem", "Cantique", "BWV 548",
     * "op. 50", "Stabat Mater", "Simple Symphony". A regular-expression alternation.
     */
    static final String MUSICAL_WORKS = "bwv|op\\.|kv|hob\\.|requiem|mis|messe|mass|cantate|cantata|cantique|prière"
            + "|stabat mater|symfonie|symphony|sonate|sonata|suite|concerto|gavotte|sicilienne|voluntary|blessing"
            + "|ave maria|magnificat|motet|fuga|fugue|praeludium|prelude|prélude|nocturne|etude|étude|menuet|minuet"
            + "|wals|waltz|rapsodie|rhapsody|ouverture|overture|aria|hymn|anthem|carol|passion|passie|oratorium"
            + "|oratorio|te deum|gloria|kyrie|pavane|adagio|allegro|andante|largo|canon|fantasie|fantasia";

    /**
     * Words that name a role only as a label before a colon or in a table's head cell ("Bas: Ruben Scholten", "Orgel",
     * "Docent", "Presentatie: Bas Kuiper"): in a sentence they are a given name, an instrument, a heading or a talk.
     */
    private static final Map<String, RoleType> LABEL_ROLES = ordered(
            "presentatie", RoleType.HOST, "bas", RoleType.CUSTOM, "orgel", RoleType.CUSTOM, "organ", RoleType.CUSTOM,
            "piano", RoleType.CUSTOM, "viool", RoleType.CUSTOM, "violin", RoleType.CUSTOM, "cello", RoleType.CUSTOM,
            "harp", RoleType.CUSTOM, "gitaar", RoleType.CUSTOM, "guitar", RoleType.CUSTOM, "fluit", RoleType.CUSTOM,
            "flute", RoleType.CUSTOM, "slagwerk", RoleType.CUSTOM, "percussion", RoleType.CUSTOM,
            "leiding", RoleType.CUSTOM, "begeleiding", RoleType.CUSTOM, "muzikale begeleiding", RoleType.CUSTOM,
            "live muziek", RoleType.CUSTOM, "regie", RoleType.CUSTOM,
            "director", RoleType.CUSTOM, "docent", RoleType.CUSTOM, "teacher", RoleType.CUSTOM, "tutor", RoleType.CUSTOM,
            "support", RoleType.CUSTOM, "voorprogramma", RoleType.CUSTOM, "cast", RoleType.CUSTOM);

    /** Returns the role a label names ({@link #role}'s words, and those that name one only as a label). */
    static Optional<RoleType> labelRole(String label) {
        return role(label).or(() -> Optional.ofNullable(LABEL_ROLES.get(label.toLowerCase(Locale.ROOT).strip())));
    }

    /**
     * Returns the role a word names, if it is a role word: also a compound that ends in "voorzitter" and a label
     * whose last word is a leader's ("Session chair", "Workshop moderator", "Evening host").
     */
    static Optional<RoleType> role(String word) {
        String lower = word.toLowerCase(Locale.ROOT).strip();
        RoleType exact = ROLES.get(lower);
        if (exact != null) {
            return Optional.of(exact);
        }
        if (CHAIR_COMPOUND.matcher(lower).matches()) {
            return Optional.of(RoleType.CHAIR);
        }
        int space = lower.lastIndexOf(' ');
        RoleType last = space < 0 ? null : ROLES.get(lower.substring(space + 1));
        // "Spreker, panel en moderator": a list of roles names no one role for the people under it
        boolean listed = space > 0 && ROLE_LIST.matcher(lower.substring(0, space)).find();
        return !listed && (last == RoleType.CHAIR || last == RoleType.MODERATOR || last == RoleType.HOST)
                ? Optional.of(last) : Optional.empty();
    }

    /** A list's marks before a role word: "Spreker, panel en", "Speakers and". */
    private static final Pattern ROLE_LIST = Pattern.compile(",|\\s(?:en|and|&)$");

    /** Returns the role word that starts {@code text}, if any, with the words' length. */
    static Optional<Map.Entry<String, RoleType>> leadingRole(String text) {
        return leadingRoleAt(text.toLowerCase(Locale.ROOT), 0);
    }

    /**
     * Returns the role word that starts at {@code from} in {@code lower}, a text already in lower case: a reader that
     * tries every word of a line lowers the line once rather than each rest of it.
     */
    static Optional<Map.Entry<String, RoleType>> leadingRoleAt(String lower, int from) {
        Matcher compound = CHAIR_COMPOUND.matcher(lower).region(from, lower.length());
        if (compound.lookingAt()) {
            return Optional.of(Map.entry(lower.substring(from, compound.end()), RoleType.CHAIR));
        }
        for (Map.Entry<String, RoleType> role : ROLES.entrySet()) {
            int end = from + role.getKey().length();
            if (lower.startsWith(role.getKey(), from) && (lower.length() == end
                    || !Character.isLetter(lower.charAt(end)))) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    private static final Pattern PUNCTUATION = Pattern.compile("[,.;:()!?]");

    private static String bare(String token) {
        String lower = token.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            if (",.;:()!?".indexOf(lower.charAt(i)) >= 0) {
                return PUNCTUATION.matcher(lower).replaceAll("");
            }
        }
        return lower;
    }

    static boolean isPosition(String token) {
        String lower = bare(token);
        if (isPositionWord(lower)) {
            return true;
        }
        // a practitioner named by the suffix of a field: intensivist, cardioloog, psychiater, verpleegkundige, also
        // of two fields: internist-infectioloog, internist-infectiologist
        return PRACTITIONER.matcher(lower).matches();
    }

    /** A practitioner named by the suffix of a field (or of two): "cardioloog", "internist-infectiologist". */
    private static final Pattern PRACTITIONER =
            Pattern.compile("(?:\\p{L}{3,}-)?\\p{L}{4,}(?:ist|oloog|iater|kundige)");

    /**
     * Tells whether {@code token} is one of the position words or a compound ending in one ("programmadirecteur"),
     * leaving out the practitioners {@link #isPosition} also reads from a field's suffix (a surname such as
     * "Lindqvist" spells one).
     */
    static boolean isPositionWord(String token) {
        String lower = bare(token);
        if (POSITIONS.contains(lower)) {
            return true;
        }
        // a compound ending in a position word of six letters or more: look its endings up rather than try every word
        for (int start = 1; start <= lower.length() - 6; start++) {
            if (POSITIONS.contains(lower.substring(start))) {
                return true;
            }
        }
        return false;
    }

    /** Tells whether {@code token} is a word of a body's name ({@link Bodies#isBodyWord}). */
    static boolean isOrganisationWord(String token) {
        return Bodies.isBodyWord(bare(token));
    }

    static boolean isNotName(String token) {
        String lower = bare(token);
        return NOT_NAMES.contains(lower) || ROLES.containsKey(lower) || ItemKindWords.WORDS.containsKey(lower)
                || STATUS_WORDS.contains(lower) || isPosition(token) || isOrganisationWord(token);
    }

    /**
     * A position word that is no other kind of non-name, or a label's word that is a common surname: a surname after
     * a first name may spell one.
     */
    static boolean isSurnameLike(String token) {
        String lower = bare(token);
        return SURNAME_WORDS.contains(lower) || isPosition(token) && !NOT_NAMES.contains(lower) && !ROLES.containsKey(lower) && !ItemKindWords.WORDS.containsKey(lower)
                && !STATUS_WORDS.contains(lower) && !isOrganisationWord(token);
    }

    /** Tells whether {@code token}, in any case, is a status or notice word ("AFGELAST", "Cancelled"). */
    static boolean isStatusWord(String token) {
        return STATUS_WORDS.contains(bare(token));
    }

    /** Tells whether {@code token} looks like an abbreviation: two capitals or more among at most 8 letters. */
    static boolean isAbbreviation(String token) {
        if (!ABBREVIATION.matcher(token).matches() || isStatusWord(token)) {
            return false;
        }
        int capitals = 0;
        for (int i = 0; i < token.length(); i++) {
            if (Character.isUpperCase(token.charAt(i))) {
                capitals++;
            }
        }
        return capitals >= 2 && capitals * 2 >= token.length();
    }

    /** A map of the key-value {@code pairs} in the order given: the earlier of two overlapping words is tried first. */
    @SuppressWarnings("unchecked")
    static <K, V> Map<K, V> ordered(Object... pairs) {
        Map<K, V> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            // a word listed twice would be read by its last entry alone: the lists are kept free of repeats
            if (map.put((K) pairs[i], (V) pairs[i + 1]) != null) {
                throw new IllegalStateException("listed twice: " + pairs[i]);
            }
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}

package dev.agendum.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the organisers: "georganiseerd door …", "organised by …", "Organisatie: …", "een bijeenkomst van …", "by the
 * organiser, …", and abbreviations the title starts with ("PBL/NSOB-seminar").
 */
final class OrganiserReader {

    private static final Pattern CUE = Pattern.compile("(?iu)(?<![\\p{L}])(georganiseerd door|organised by|organized by"
            // "georganiseerd samen met Bibliotheek Deventer", "in association with Greywell Press", "co-organised with
            // the Wessex Angels Network", "FloodHack is run by Open Delta Collective"
            + "|georganiseerd samen met|in association with|co-organi[sz]ed (?:with|by)|(?:is|are|was|will be) run by"
            // "It is jointly arranged by A and B" (not a carol "arranged by" its arranger: a verb must come first)
            + "|(?:is|are|was|were|been)\\s+(?:jointly\\s+)?arranged by|gezamenlijk georganiseerd door"
            + "|(?:een|deze|dit) \\p{L}*(?:bijeenkomst|initiatief|seminar|webinar|evenement|event|middag|avond|dag"
            + "|congres|sessie|organisatie|festival|concert|voorstelling|activiteit) van|an? (?:event|seminar|webinar|meeting"
            + "|initiative) (?:of|by|from)|organisatie:|organisator:|organisers?:|organizers?:|organiser:"
            // a table's label cell alone, the names in the cell beside it: "Organisatie" | "Cultuurdienst Lede i.s.m. …"
            + "|^(?:organisatie|organisator|organisers?|organizers?)\\s*$|hosted by(?= (?:the|de|het) )"
            + "|in samenwerking met|in cooperation with|in collaboration with"
            // "De werkdag was een samenwerking van A en B", "made possible by the C Fund": who put it on together
            // (the event's, not a body's: "Het Kenniscentrum is een samenwerking van Zeeuwse kennisinstellingen")
            + "|\\p{L}*(?:dag|avond|middag|ochtend|bijeenkomst|evenement|event|workshop|lezing|markt|festival|tocht"
            + "|wandeling|day|evening|meeting|fair)\\s+(?:is|was|wordt|is being)\\s+(?:een samenwerking (?:van|tussen)"
            + "|an? (?:collaboration|partnership|joint effort) (?:of|between))"
            + "|(?:mee )?mogelijk gemaakt door|made possible by"
            // "georganiseerd door X, met steun van Y": support named in the organisers' clause, not a footer's
            // "Met de steun van …" or a chair "ingesteld met steun van …"
            + "|(?<=,)\\s+met (?:de )?steun van|(?<=,)\\s+with (?:the )?support (?:of|from)"
            // "The live show is presented by Paper Lantern Audio and the Northern Histories Trust"
            + "|(?:show|podcast|evening|event|festival|series|programme|program|concert|avond|voorstelling|reeks)"
            + "\\s+(?:is|are|wordt|worden)\\s+(?:made|presented|produced|put on|brought to you|gemaakt|geproduceerd)"
            + "\\s+(?:by|door)"
            + "|(?:the|de|het) (?:organiser|organizer|organisator|organisatie),"
            + "|(?:organiseert|organiseren|organises|organizes)(?:\\s+\\p{Ll}+){0,3}\\s+(?:samen met|together with))(?:\\s+|\\s*$)");
    private static final Pattern TITLE_PREFIX = Pattern.compile("^((?:\\p{Lu}[\\p{L}&]{1,7})(?:\\s?[/&+]\\s?"
            + "\\p{Lu}[\\p{L}&]{1,7})*)[- :]");

    /** Words that open a sentence before its verb, so that the subject comes after it: "Daarom organiseert X …". */
    private static final String OPENING_ADVERB = "(?:Daarom|Daarnaast|Dan|Nu|Ook|Hierom|Binnenkort|Opnieuw|Weer"
            + "|Dit (?:jaar|najaar|voorjaar)|Deze (?:zomer|winter|maand))";

    /** "Het Kennisplatform Armoede Oost (KAO) organiseert …": a sentence that opens with the organiser. */
    private static final Pattern ORGANISES = Pattern.compile("(?:^|(?<=[.!?]\\s))(?!" + OPENING_ADVERB + "\\s)"
            // "Your hosts Priya and Callum …": a possessive before the noun "hosts" names no body
            + "(?!(?:Your|Our|Onze|Uw|Jouw|Je|My|Mijn|Their|Hun|His|Her|Zijn|Haar)\\s)((?:De |Het |The )?(?:\\p{Lu}|gemeente \\p{Lu}|provincie \\p{Lu})[\\p{L}'-]*"
            + "(?:\\s+(?:\\p{Lu}[\\p{L}'-]*|van|voor|de|der|het|en|of|for|the|and|in)){0,8})(?:\\s+\\((\\p{Lu}[\\p{L}&]{1,7}"
            + "(?:-\\p{Lu}[\\p{L}&]{0,3})?)\\))?"
            + "\\s+(?:organiseert|organiseren|organises"
            + "|organizes|organise|organize|hosts)(?![\\p{L}])"
            // "Daarom organiseren we …": a pronoun after the verb is its subject, the word before it no body
            + "(?!\\s+(?:we|wij|ze|zij|jullie|ik|je|u|they|we)(?![\\p{L}]))");

    /** "Daarom organiseert Buurtpreventie Vlierhof op dinsdag 16 maart …": the body after the verb organises. */
    private static final Pattern ORGANISES_INVERTED = Pattern.compile("(?:^|(?<=[.!?]\\s))" + OPENING_ADVERB
            + "\\s+(?:organiseert|organiseren)\\s+((?:de |het )?\\p{Lu}[\\p{L}'&-]*(?:\\s+(?:\\p{Lu}[\\p{L}'&-]*|van|voor|de|der"
            + "|het|en)){0,6}?)(?=\\s+(?:op|een|in|samen|voor|weer|opnieuw|ook|dit|deze|op)\\s)");

    /**
     * "Uitgeverij Scheldehuis heeft het genoegen u uit te nodigen", "The Trust is pleased to invite you": the body
     * that has the pleasure of inviting.
     */
    private static final Pattern PLEASED_TO_INVITE = Pattern.compile("(?:^|(?<=[.!?]\\s))((?:De |Het |The )?\\p{Lu}"
            + "[\\p{L}'&.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'&.-]*|van|voor|de|der|het|en|of|for|the|and|&)){0,7})\\s+(?:(?:heeft|hebben)"
            + " het (?:genoegen|plezier)|(?:is|are) (?:pleased|delighted) to invite|(?:has|have) the pleasure of)");

    /** A source line that opens with the abbreviation of a name the line before ends with, and the verb. */
    private static final Pattern ABBREVIATION_ORGANISES = Pattern.compile("\\((\\p{Lu}[\\p{L}&]{1,7}(?:-\\p{Lu}"
            + "[\\p{L}&]{0,3})?)\\)\\s+(?:organiseert|organiseren|organises|organizes|organise|organize|hosts)(?![\\p{L}])");

    /** "Hierbij nodigt het bestuur van X u uit": after a word that opens the sentence, the verb comes first. */
    private static final Pattern INVITES_INVERTED = Pattern.compile("(?:^|(?<=[.!?]\\s))(?:Hierbij|Graag|Daarom"
            + "|Bij deze|Namens \\p{L}+)\\s+(?:nodigt|nodigen)\\s+((?:het |de )?\\p{L}[\\p{L}'&-]*(?:\\s+[\\p{L}'&-]+){0,8}?)"
            + "\\s+(?:u|je|jullie|iedereen|alle|bewoners|leden|ouders)(?:\\s|$)");

    /** A verb inside the words before "invite": they are a clause of their own, not the subject who invites. */
    private static final Pattern NOT_A_SUBJECT = Pattern.compile("(?iu)(?<![\\p{L}])(?:is|are|was|were|has|have"
            + "|will|went|zijn|is|was|heeft|hebben|staat|staan)(?![\\p{L}])");

    /**
     * "Uitgeverij X en Boekhandel Y nodigen u uit", "De gemeente Zwolle en ProRail nodigen bewoners uit"; not "… heeft
     * het genoegen u uit te nodigen", whose subject {@link #PLEASED_TO_INVITE} reads.
     */
    private static final Pattern INVITES = Pattern.compile("(?:^|(?<=[.!?]\\s))(?!(?:We|Wij|Ik|I|They|Zij|Hierbij|Graag"
            + "|Daarom) )((?:De |Het |The )?(?:\\p{Lu}|gemeente "
            + "|provincie )[\\p{L}'-]*(?:\\s+(?:[\\p{L}'&-]+|\\(\\p{Lu}[\\p{L}&]{1,7}\\))){0,8}?)(?<!\\bte)\\s+(?:nodigen|nodigt|invite"
            + "|invites)(?:\\s|$)(?!(?:wij|we|ik|zij|ze|jullie)(?![\\p{L}]))");

    /**
     * "By Welcome Circle Utrecht · 1.2k followers", "Rust Utrecht (1,208 members)": an event platform's line names the
     * page or group that puts the event on with the count of those who follow it.
     */
    private static final Pattern FOLLOWED = Pattern.compile("(?:^(?:By|Door|Hosted by|Organised by|Organized by)\\s+)?"
            + "(\\p{Lu}[\\p{L}'&.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'&.-]*|van|voor|de|der|het|en|of|for|the|and|&)){0,6}?)"
            + "\\s*(?:\\(|[·|•]\\s*)\\d[\\d.,]*\\s?[kK]?\\s+(?:followers|volgers|members|leden|subscribers|abonnees)"
            + "(?![\\p{L}])");

    /**
     * "Nieuwsbrief Stichting X — juni 2027", "De Volley — clubblad van TV Y": a mailing's or a club paper's masthead
     * names the body that sends it, set in its own capitals ("KERKBRIEF …" in capitals names no one's spelling).
     */
    private static final Pattern MASTHEAD = Pattern.compile("(?iu)(?:^|\\s[–—|·-]\\s)(?:digitale\\s+)?(?:"
            + Lexicon.PUBLICATIONS + ")\\s+(?:(?:van|of)\\s+(?:de\\s+|het\\s+|the\\s+)?)?(?-i:(\\p{Lu}[\\p{L}'&.-]*"
            + "(?:\\s+(?:\\p{Lu}[\\p{L}'&.-]*|'\\d{2}|van|voor|de|der|den|het|en|e\\.o\\.|of|the|and|&))*))"
            + "(?=\\s*$|\\s+[–—|·-]\\s|,)");
    /** The first lines of a text, where a masthead stands. */
    private static final int MASTHEAD_LINES = 3;

    /**
     * "Vragen stellen aan de tafels, samen met de Huurdersvereniging Vianen", "hosted together with the Heat Lab": a
     * body the event is held together with puts it on too; a name without a body's word is a person's.
     */
    private static final Pattern TOGETHER = Pattern.compile("(?iu)(?<![\\p{L}])(?:samen met|together with"
            + "|in partnership with|(?:organised|organized|run|held) jointly with)\\s+(?=(?:de |het |the )?\\p{Lu})");

    /**
     * "Silver Threads Trust is a registered charity …", "Stichting X is een onafhankelijke stichting …": a body that
     * says what it is, as a text's "about us" does, is who puts the event on.
     */
    private static final Pattern SAYS_WHAT_IT_IS = Pattern.compile("(?:^|(?<=[.!?]\\s))((?:The |De |Het )?\\p{Lu}"
            + "[\\p{L}'&.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'&.-]*|van|voor|de|der|het|en|of|for|the|and|&)){0,7})\\s+(?:is a "
            + "registered charity|is a charity|is an? (?:independent|non-profit|not-for-profit)|is een (?:erkende "
            + "|onafhankelijke )?(?:stichting|vereniging|goed doel))(?![\\p{L}])");

    private final Reading reading;

    OrganiserReader(Reading reading) {
        this.reading = reading;
    }

    void read() {
        List<Line> leaves = reading.document.leaves();
        for (int i = 0; i < leaves.size(); i++) {
            Line line = leaves.get(i);
            for (Matcher organises = ORGANISES.matcher(line.text()); organises.find(); ) {
                if (organises.group(2) != null && Lexicon.isAbbreviation(organises.group(2))) {
                    // "Afdeling Zwolle van de Sociaal-Liberale Partij (SLP) organiseert": the body its abbreviation names
                    add(reading.organisations.abbreviation(organises.group(2), line.source(organises.start(2),
                            organises.end(2))));
                    continue;
                }
                int from = organises.start(1) + (organises.group(1).matches("(?:De|Het|The) .*")
                        ? organises.group(1).indexOf(' ') + 1 : 0);
                name(line, from, organises.end(1));
            }
            Matcher opens = ABBREVIATION_ORGANISES.matcher(line.text());
            if (i > 0 && opens.lookingAt() && Lexicon.isAbbreviation(opens.group(1))
                    && leaves.get(i - 1).text().matches("(?s).*\\p{Lu}[\\p{L}'-]*\\s*$")) {
                // "De Nederlandse Vereniging van … Jeugdzorg" / "(NVSW-J) organiseert …": the name ends the line before
                add(reading.organisations.abbreviation(opens.group(1), line.source(opens.start(1), opens.end(1))));
            }
            Matcher masthead = MASTHEAD.matcher(line.text());
            if (i < MASTHEAD_LINES && masthead.find() && !masthead.group(1).equals(masthead.group(1)
                    .toUpperCase(Locale.ROOT))) {
                name(line, masthead.start(1), masthead.end(1));
            }
            for (Matcher inverted = ORGANISES_INVERTED.matcher(line.text()); inverted.find(); ) {
                int from = inverted.start(1) + (inverted.group(1).matches("(?iu)(?:de|het) .*")
                        ? inverted.group(1).indexOf(' ') + 1 : 0);
                name(line, from, inverted.end(1));
            }
            for (Matcher pleased = PLEASED_TO_INVITE.matcher(line.text()); pleased.find(); ) {
                name(line, pleased.start(1), pleased.end(1));
            }
            for (Matcher says = SAYS_WHAT_IT_IS.matcher(line.text()); says.find(); ) {
                name(line, says.start(1), says.end(1));
            }
            for (Matcher followed = FOLLOWED.matcher(line.text()); followed.find(); ) {
                name(line, followed.start(1), followed.end(1));
            }
            for (Matcher invites = INVITES.matcher(line.text()); invites.find(); ) {
                if (NOT_A_SUBJECT.matcher(invites.group(1)).find()) {
                    continue;   // "The Zoom link is in the calendar invite …": a noun, after a verb of its own
                }
                list(line, invites.start(1), invites.end(1), true);
            }
            for (Matcher invites = INVITES_INVERTED.matcher(line.text()); invites.find(); ) {
                list(line, invites.start(1), invites.end(1), true);
            }
            for (Matcher together = TOGETHER.matcher(line.text()); together.find(); ) {
                // the name ends with its capitalised words: "… the Heat Lab to ask what cities can do"
                int end = together.end() + HardWraps.nameEnd(line.text().substring(together.end()));
                String name = line.text().substring(together.end(), end);
                if (Arrays.stream(name.split("\\s+")).anyMatch(Lexicon::isOrganisationWord)) {
                    name(line, together.end(), end);
                }
            }
            Collaborations.bodiesAt(line, reading.title.value()).ifPresent(at -> list(line, at, true));
            cues(leaves, i);
        }
        List<Line> footer = reading.document.footer();
        for (int i = 0; i < footer.size(); i++) {
            // "Woordenrijk is een organisatie van vzw Woordenrijk": a page's footer that says who puts it on
            cues(footer, i);
        }
        Matcher prefix = TITLE_PREFIX.matcher(reading.title.value());
        if (reading.organisers.isEmpty() && prefix.find() && reading.title.basis() instanceof Source title) {
            int at = 0;
            for (String abbreviation : prefix.group(1).split("\\s?[/&+]\\s?")) {
                if (Lexicon.isAbbreviation(abbreviation)) {
                    int offset = reading.title.value().indexOf(abbreviation, at);
                    Source where = new Source(title.start() + offset, title.start() + offset + abbreviation.length(),
                            abbreviation);
                    Found.Organisation organisation = reading.organisations.abbreviation(abbreviation, where);
                    add(new Found.Organisation(organisation.name(), organisation.abbreviation(), Assumption.from(
                            "organiser: its abbreviation opens the title", where)));
                    at = offset + abbreviation.length();
                }
            }
        }
    }

    /** The organisers the cues of line {@code i} of {@code lines} name. */
    private void cues(List<Line> lines, int i) {
        Line line = lines.get(i);
        Matcher cue = CUE.matcher(line.text());
        while (cue.find()) {
            // "jointly arranged by A and B", "gezamenlijk georganiseerd door": the "and" parts several bodies
            boolean several = JOINTLY.matcher(cue.group()).find();
            if (cue.end() < line.text().length()) {
                list(HardWraps.withWrappedName(reading.document, lines, i), cue.end(), several);
            } else if (i + 1 < lines.size() && !CUE.matcher(lines.get(i + 1).text()).find()) {
                // a cue that ends its source line ("Een initiatief van" / "ProDemos en …"): the names follow, unless
                // the next line has a cue of its own ("Organisers" over "FloodHack is run by …")
                list(lines.get(i + 1), 0, several);
            }
        }
    }

    /**
     * A part of a body before the body's name: "de afdeling Cardiologie van", "the Department of Law of", "het
     * lectoraat Zorg & Technologie van": the part (group 1, its word and name) is a body of its own.
     */
    private static final Pattern PART_OF = Pattern.compile("(?iu)(?:de |het |the )?((?:afdeling|dienst|sectie"
            + "|lectoraat|department|division)\\s+(?:of\\s+)?(?-i:\\p{Lu}[\\p{L}-]*(?:\\s+(?:&|en|and|\\p{Lu}[\\p{L}-]*))*))"
            + "\\s+(?:van|of)\\s+(?:de |het |the )?(?=\\p{Lu})");

    /** A cue's word that says the bodies after it are several: "jointly", "gezamenlijk". */
    private static final Pattern JOINTLY = Pattern.compile("(?iu)(?<![\\p{L}])(?:jointly|gezamenlijk)(?![\\p{L}])");

    /** An organisation list: names or abbreviations separated by commas, "en", "and", up to a full stop. */
    private void list(Line line, int from, boolean several) {
        String text = line.text();
        Matcher part = PART_OF.matcher(text).region(from, text.length());
        if (part.lookingAt()) {
            // "het lectoraat Zorg & Technologie van Hogeschool X": the research group, and the school; "de afdeling
            // Cardiologie van Ziekenhuis Y" is a ward of the hospital, which alone puts the evening on
            if (!part.group(1).matches("(?iu)(?:afdeling|sectie)\\s.*")) {
                add(reading.organisations.named(part.group(1), line.source(part.start(1), part.end(1))));
            }
            from = part.end();
        }
        int end = text.length();
        // "voor inkopers" ends the name, "Centrum voor Criminaliteitspreventie" does not
        Matcher stop = STOP.matcher(text);
        if (stop.find(from)) {
            end = stop.start();
        }
        list(line, from, end, several);
    }

    /**
     * Where an organiser list ends: a stop, a colon or a bracket (not one an "en" follows: "(BZK) en de VNG"),
     * "op"/"on"/"in"/"at" and the like, "voor inkopers" (not "Centrum voor Criminaliteitspreventie"), and a separator
     * mark ("Organised by X · 4.8 ★ (212 reviews)": an event platform's line goes on to other facts; "Organised by
     * the People &amp; Culture team — ping me …": an em dash sets the rest apart).
     */
    private static final Pattern STOP = Pattern.compile("(?<!\\p{Lu})(?<!i\\.s\\.m)[.;(]\\s|(?<!\\.\\p{Lu})[.;]$"
            + "|\\)\\s(?!(?:en|and|&)\\s)|\\s(?:op|on|in|om|at|over"
            + "|about)\\s|\\s(?:voor|for)\\s+\\p{Ll}|\\s[·|•—]\\s|:\\s");

    /** The names from {@code from} to {@code end}; {@code several}: "en" always separates (a plural verb follows). */
    private void list(Line line, int from, int end, boolean several) {
        String text = line.text();
        int start = from;
        for (int i = from; i <= end; i++) {
            // "the Hague Public Library together with the British Society": two organisers
            // "Bibliotheek Wetteren i.s.m. Davidsfonds Wetteren": "in samenwerking met", abbreviated
            // "Open Delta Collective with support from Gemeente Rotterdam": a supporter named after the organiser
            int together = text.startsWith(" together with ", i) ? 15 : text.startsWith(" samen met ", i) ? 11
                    : text.startsWith(" with support from ", i) ? 19 : text.startsWith(" met steun van ", i) ? 15
                    : text.startsWith(" i.s.m. ", i) ? 8 : text.startsWith(" in samenwerking met ", i) ? 21
                    : WITH.matcher(text).region(i, end).lookingAt() ? 6 : 0;
            boolean cut = i == end || text.charAt(i) == ',' || together > 0 || (text.startsWith(" en ", i)
                    || text.startsWith(" and ", i) || text.startsWith(" & ", i))
                    && (several || OrganiserWords.separates(text, i))
                    && !withinDefinedName(text, start, i);
            if (cut) {
                name(line, start, i);
                start = i == end ? i : i + (together > 0 ? together : text.charAt(i) == ',' ? 1
                        : text.startsWith(" and ", i) ? 5 : 4);
            }
        }
    }

    /**
     * Whether the "en" at {@code at} is inside a name the text defines an abbreviation for: "Het Nederlands
     * Genootschap voor Logopedie en Stemtherapie (NGLS) nodigt … uit" is one body, not two.
     */
    private boolean withinDefinedName(String text, int from, int at) {
        Matcher next = Pattern.compile("^\\s*(?:en|and|&)\\s+(\\S+)").matcher(text.substring(at));
        if (!next.find()) {
            return false;
        }
        String words = (text.substring(from, at).strip() + " " + next.group().strip()).toLowerCase(Locale.ROOT)
                .replaceFirst("^(?:het|de|the)\\s+", "").replaceAll("[,;:()]+$", "");
        return reading.organisations.defined().values().stream()
                .anyMatch(o -> o.name().toLowerCase(Locale.ROOT).contains(words));
    }

    /** "organised by the Lime Network with De Kalkoven": "with" before a capitalised name joins a second body. */
    private static final Pattern WITH = Pattern.compile(" with (?=(?:the )?\\p{Lu})");

    /** A saint's title before a name, its dot read as a sentence's end: "St. Brendan's", "Ste. Anne". */
    private static final Pattern SAINT = Pattern.compile("(?<![\\p{L}])(?:St|Ste|Sint)\\.\\s$");

    private void name(Line line, int from, int to) {
        Matcher saint = SAINT.matcher(line.text().substring(0, from));
        if (saint.find()) {
            from = saint.start();   // "St. Brendan's English Church invites …": the dot ended no sentence
        }
        Source where = line.source(from, to);
        Optional<String> cleaned = OrganiserWords.name(line, from, where);
        if (cleaned.isEmpty()) {
            return;
        }
        String words = cleaned.get();
        int paren = words.indexOf(" (");
        String name = OrganiserWords.sentenceCut(paren > 0 ? words.substring(0, paren) : words);
        Found.Organisation organisation = Lexicon.isAbbreviation(name)
                ? reading.organisations.abbreviation(name, where) : reading.organisations.named(name, where);
        add(organisation);
    }

    /**
     * Splits an organiser read as one name over "en"/"and"/"&" ("Milieudefensie Utrecht en Kerk en Klimaat") where one
     * side is an organisation a person of the text is affiliated with ("Ds. X, Kerk en Klimaat"): the text names that
     * body on its own, so the list is two. Runs after the people are read; a name without a span of the text is kept.
     */
    static void splitByAffiliations(Reading reading) {
        List<String> affiliated = new ArrayList<>();
        List<Found.Participation> roles = new ArrayList<>(reading.roles.eventLevel());
        reading.items.forEach(i -> roles.addAll(i.participations()));
        roles.forEach(p -> p.affiliations().forEach(a -> a.organisation().ifPresent(o -> affiliated.add(o.name()))));
        reading.described.values().forEach(held -> held.forEach(a -> a.organisation()
                .ifPresent(o -> affiliated.add(o.name()))));
        for (int i = 0; i < reading.organisers.size(); i++) {
            Found.Organisation organiser = reading.organisers.get(i);
            if (!(organiser.basis() instanceof Source where) || !where.words().equals(organiser.name())) {
                continue;
            }
            for (String known : affiliated) {
                Optional<int[]> rest = restBeside(organiser.name(), known);
                if (rest.isPresent()) {
                    int at = organiser.name().indexOf(known);
                    Found.Organisation first = new Found.Organisation(known, Optional.empty(),
                            new Source(where.start() + at, where.start() + at + known.length(), known));
                    String other = organiser.name().substring(rest.get()[0], rest.get()[1]);
                    Found.Organisation second = new Found.Organisation(other, Optional.empty(),
                            new Source(where.start() + rest.get()[0], where.start() + rest.get()[1], other));
                    reading.organisers.set(i, at == 0 ? first : second);
                    reading.organisers.add(i + 1, at == 0 ? second : first);
                    break;
                }
            }
        }
    }

    /** "A en B" joined, both sides capitalised: the joint is no part of either name. */
    private static final Pattern JOINT = Pattern.compile("\\s(?:en|and|&)\\s(?=\\p{Lu})");

    /**
     * The span of {@code name} beside {@code known}, when {@code name} is {@code known} and one other capitalised name
     * joined by "en", "and" or "&", in either order; empty otherwise.
     */
    private static Optional<int[]> restBeside(String name, String known) {
        if (name.equalsIgnoreCase(known) || known.length() < 3) {
            return Optional.empty();
        }
        if (name.endsWith(known)) {
            Matcher joint = JOINT.matcher(name.substring(0, name.length() - known.length() + 1));
            int before = name.length() - known.length();
            while (joint.find()) {
                if (joint.end() == before && joint.start() > 0) {
                    return Optional.of(new int[] {0, joint.start()});
                }
            }
        }
        if (name.startsWith(known)) {
            Matcher joint = JOINT.matcher(name);
            if (joint.find(known.length()) && joint.start() == known.length() && joint.end() < name.length()) {
                return Optional.of(new int[] {joint.end(), name.length()});
            }
        }
        return Optional.empty();
    }

    private void add(Found.Organisation organisation) {
        String key = organisation.key();
        Optional<Found.Organisation> known = reading.organisers.stream().filter(o -> o.key().equals(key)
                || o.name().toLowerCase(Locale.ROOT).equals(organisation.name().toLowerCase(Locale.ROOT))).findFirst();
        if (known.isEmpty()) {
            reading.organisers.add(organisation);
        }
    }
}

package dev.agendum.importer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a text's own head is not its first line: a forwarded mail or calendar invite, a social post, a flyer that
 * names its sender first. Each cue points at the line, or the words, the title is read from.
 */
final class TitleCues {

    /** The rule a mail program sets over a forwarded or quoted message. */
    static final Pattern SEPARATOR = Pattern.compile("(?iu)^[-_=\\s]*(?:doorgestuurd bericht|oorspronkelijk bericht"
            + "|forwarded message|original message|begin forwarded message|weitergeleitete nachricht)[-_=:\\s]*$");
    /** A publication line: "Geplaatst op 3 maart", "Published on 12 May 2026". */
    static final Pattern PUBLISHED = Pattern.compile("(?iu)^(?:geplaatst|gepubliceerd|published|posted)"
            + "(?:\\s+(?:op|on))?\\b");
    /** Lines that are never a headline, but for a publication line and a forward's rule (see neverHeadline). */
    private static final Pattern NEVER_HEADLINE = Pattern.compile(
            "(?iu)^(?:onderwerpen|topics|tags|categorie(?:ën)?|categories|rubriek)\\s*:.*"
            + "|^\\W*(?:save the date|noteer (?:alvast )?(?:de datum|in je agenda)|reserveer de datum)\\W*$"
            + "|^\\(.*\\)$|^\\d{1,2}\\.\\s.*"
            // a mailing's offer to show itself in a browser: "Lukt het niet om deze mail te lezen? Bekijk hem …"
            + "|^(?=.{0,120}$).*(?:(?:bekijk|lees|view|read) (?:\\p{L}+ ){0,3}in (?:je|uw|your) browser|trouble viewing"
            + "|niet goed weergegeven).*"
            // an issue's month alone: "april 2027", "Oktober 2027"
            + "|^\\W*(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
            + "|january|february|march|may|june|july|august|october)\\s+\\d{4}\\W*$"
            // a mailing's masthead: "Nieuws uit De Zilverbeek", "News from the Friends of …"
            + "|^\\W*(?:nieuws uit|news from|nieuws van|latest news from)\\s.*"
            // a badge over the headline: "SOLD OUT", "Uitverkocht", "Nieuw"
            + "|^\\W*(?:sold out|uitverkocht|volgeboekt|fully booked|nieuw|new|last tickets|laatste kaarten)\\W*$"
            // what the document is, over the event's name: "JOINING INSTRUCTIONS", "Bevestiging", "Event details"
            + "|^\\W*(?:joining instructions|booking confirmation|order confirmation|(?:event|order|ticket) details"
            + "|bevestiging|inschrijvingsbevestiging|orderbevestiging|evenementgegevens)\\W*$"
            // a notice over the name, no name itself: "PERFORMANCE CANCELLED", "!!! nieuwe datum",
            // "Aankondiging - oktober 2027"
            + "|^\\W*(?:(?:the\\s+)?(?:performance|event|concert|show|evening|talk|meeting|voorstelling|avond"
            + "|activiteit)\\s+(?:is\\s+)?)?(?:cancelled|canceled|postponed|afgelast|geannuleerd|uitgesteld"
            + "|gaat niet door)\\W*$"
            + "|^\\W*(?:(?:nieuwe datum|new date|gewijzigd|update|let op|belangrijk|important|aankondiging"
            + "|announcement|mededeling)\\W*)+(?:\\s*[-–:]?\\s*(?:\\p{L}+\\s+)?\\d{4})?\\W*$"
            // "Change of arrangements", "Change of venue", "Wijziging": what changed, over the name
            + "|^\\W*(?:(?:important\\s+)?change\\s+(?:of|to)\\s+(?:arrangements|venue|date|time|plan|plans)"
            + "|(?:belangrijke\\s+)?wijziging|gewijzigde\\s+(?:locatie|datum|aanvangstijd))\\W*$"
            // an order's or a booking's reference: "ORDER #TH-48810273 - placed 2 February 2027"
            + "|^\\W*(?:order|bestelling|booking|boeking|reservation|reservering)\\s*(?:#|nr\\.?|no\\.?|number|ref).*"
            // a receipt's line: "1 x General admission ........ £45.00"
            + "|.*\\.{4,}.*|.*[£€$]\\s?\\d+(?:[.,]\\d{1,2})?\\s*$");
    /** A letter's subject line before its salutation: "Onderwerp: …", "Betreft: …". */
    private static final Pattern LETTER_SUBJECT = Pattern.compile("(?iu)^(?:onderwerp|betreft|subject|re)\\s*+:"
            + "\\s*+(.{3,150})$");
    private static final Pattern SALUTATION = Pattern.compile("(?iu)^(?:geachte|beste|dear|lieve|hallo|hello|hoi"
            // a Flemish "Dag cultuurliefhebber," (not a programme's "Dag 1:")
            + "|hi|dag(?=\\s+[\\p{L}\\s]{1,30},))\\b");

    /** Whether {@code line} opens with a letter's greeting: "Dear Resident,", "Geachte heer, mevrouw,". */
    static boolean salutation(Line line) {
        return SALUTATION.matcher(line.text().strip()).lookingAt();
    }
    /** How many lines a letter's head (sender, address, date, reference) takes at most before its subject. */
    private static final int LETTER_HEAD = 16;
    /** The subject of a mail or calendar invite, when it is not a reply or a forward's own subject. */
    private static final Pattern SUBJECT = Pattern.compile("(?iu)^(?:onderwerp|subject)\\s*+:\\s*+(?!(?:re|aw|antw|fw|fwd"
            + "|tr|doorst)\\s*:)(.{3,150})$");
    /** A mailing's own subject: its name and its issue ("Library News - April 2027", "Nieuwsbrief juni 2027"). */
    private static final Pattern MAILING_SUBJECT = Pattern.compile("(?iu).*(?<![\\p{L}])(?:" + Lexicon.PUBLICATIONS
            + "|news|nieuws|e-?news|digest)(?:\\s*[-–:|]?\\s*(?:\\p{L}+\\s+)?\\d{4})?\\s*");

    /** A social post's head: the poster's follower count or the post's age ("12,408 followers", "2d • Edited"). */
    private static final Pattern POST_HEAD = Pattern.compile("(?iu)^(?:[\\d.,]+\\s*(?:k\\s*)?(?:followers|volgers)"
            + "|\\d+\\s*(?:d|h|w|mo|u|m|j)\\s*•.*)$");
    /** A chat channel's name copied above its messages: "#announcements", "#team-utrecht". */
    private static final Pattern CHANNEL = Pattern.compile("(?u)^#[\\p{Ll}\\d][\\p{Ll}\\d_-]{1,60}$");
    /** A chat message's poster and the time it was sent, set apart by spaces: "Marloes Teunissen  11:42 AM". */
    private static final Pattern POSTER = Pattern.compile("(?iu)^\\p{Lu}[\\p{L}'’.-]*(?:\\s[\\p{L}'’.-]+){0,4}"
            + "(?:\\s+app)?\\s{2,}\\d{1,2}:\\d{2}(?:\\s*[ap]m)?$");
    /** A sender's line before its invitation: "… nodigt u uit op zijn", "… invites you to". */
    private static final Pattern INVITES = Pattern.compile("(?iu)^(?:nodigt|nodigen) (?:u|je|jullie) (?:graag )?uit"
            + "(?: (?:op|voor|bij) (?:zijn|haar|hun|het|de|ons|onze))?\\s*:?$|^invites? you to(?: (?:its|their|our|the))?"
            + "\\s*:?$");

    /** The place a dateline opens with, and its comma: "Amersfoort, ", "'s-Hertogenbosch, ", "BRUSSELS, ". */
    private static final Pattern DATELINE_PLACE = Pattern.compile("(?u)^(?:'s-)?\\p{Lu}[\\p{L}'’.-]*(?:\\s[\\p{L}'’.-]+)"
            + "{0,2},\\s+");
    /** A chat's emoji written as its short code, the way Slack and GitHub copy it out: ":mega:", ":tada:". */
    private static final String SHORTCODE = ":[a-z][a-z0-9_+-]{1,30}:";
    /**
     * Emoji and other symbols, with their joiners and variation selectors, short codes, and the spaces between
     * them.
     */
    private static final String SYMBOLS = "(?:[\\p{So}\\p{Sk}\\p{Cs}\\x{FE0F}\\x{200D}\\s]|" + SHORTCODE + ")+";
    /** The emoji short codes and spaces a chat sets after a headline (":mega:"), at the line's end. */
    static final Pattern TRAILING_SHORTCODES = Pattern.compile("(?:\\s*" + SHORTCODE + ")+\\s*$");
    /** The symbols a mailing sets before a headline ("🎾 Open Dubbeltoernooi"). */
    private static final Pattern LEADING_SYMBOLS = Pattern.compile(SYMBOLS);
    /** The symbols set after a headline ("FloodHack Delta 2027 🌊"). */
    private static final Pattern TRAILING_SYMBOLS = Pattern.compile(SYMBOLS + "$");
    /** A section's number before a digest's headline: "1. Founders' Fireside", "2) Portfolio night". */
    private static final Pattern SECTION_NUMBER = Pattern.compile("(?u)\\d{1,2}[.)]\\s+(?=\\p{L})");
    /** A headline struck through in Markdown, the way a shop marks a cancelled event: "~~Book signing~~". */
    private static final Pattern STRUCK = Pattern.compile("(?u)^~~(\\S(?:.*\\S)?)~~$");
    /** A call after a headline's dash, which says what to do rather than what the event is. */
    private static final Pattern TRAILING_CALL = Pattern.compile("(?iu)\\s+[–—-]\\s+(?:inschrijving (?:is )?(?:nu )?"
            + "(?:geopend|open)|inschrijven kan (?:nu|weer)|aanmelden kan (?:nu|weer)|aanmelding (?:is )?geopend|meld je"
            + " (?:nu )?aan|schrijf je (?:nu )?in|entries (?:are )?(?:now )?open|registration (?:is )?(?:now )?open"
            + "|register now|sign up now|book now|tickets (?:are )?(?:now )?on sale)\\s*!*\\s*$|\\s{2,}(?:pagina|page)"
            + "\\s+\\d+\\s+(?:van|of)\\s+\\d+\\s*$");

    /**
     * What a headline says of the event after its name: "… verplaatst naar 20 mei", "… moved to Thursday", "… – gaat
     * niet door", "… – CANCELLED", "… - now on Zoom", or which part of the event's site the page is ("…: bezoekersinformatie").
     */
    private static final Pattern TRAILING_CHANGE = Pattern.compile("(?iu)\\s+(?:is\\s+)?(?:verplaatst|verschoven"
            + "|uitgesteld|moved|postponed|rescheduled)\\s+(?:naar|tot|to|until)\\s+\\S.*$|\\s*[–—:-]\\s*(?:afgelast"
            + "|geannuleerd|gaat niet door|cancelled|canceled|postponed|uitgesteld"
            // "… - now on Zoom", "… – LET OP: NIEUWE DATUM!", "…: bezoekersinformatie": a notice or the page's part
            + "|now (?:on zoom|on teams|online)|nu online|gaat online|(?:let op:\\s*)?nieuwe datum|new date"
            + "|bezoekersinformatie|bezoekersinfo|praktische info(?:rmatie)?|visitor information|practical information"
            // what a mailing's item tells of the event: "…: programme published", "…: programma bekend"
            + "|(?:full )?programme (?:published|announced|(?:now )?online)|programma (?:bekend|gepubliceerd|online)"
            // "…: ANDERE LOCATIE + herinnering oudercontact": a change of place, and what else the mail brings
            + "|andere locatie|nieuwe locatie|andere zaal|locatiewijziging|new venue|change of venue|venue change"
            + "|new location)(?:\\s+[+&]\\s.*)?\\W*$"
            + "|\\s+(?:gaat niet door|is afgelast|is geannuleerd|is cancelled|is called off)(?:\\s+(?:vanwege|wegens"
            + "|door|because of|due to)\\s.*)?\\W*$"
            // the same notice in brackets: "… (LET OP: NIEUWE DATUM)", "… (postponed)"
            + "|\\s*\\((?:let op|note|update)?:?\\s*(?:nieuwe datum|new date|afgelast|geannuleerd|gaat niet door"
            + "|uitgesteld|verplaatst|cancelled|canceled|postponed|rescheduled|now online|nu online)\\W*\\)\\W*$");

    /** A README's or page's label before the coming edition's name: "Volgende editie: …", "Next meetup: …". */
    static final Pattern NEXT_EDITION = Pattern.compile("(?iu)^(?:volgende|eerstvolgende|komende) (?:editie"
            + "|bijeenkomst|meetup|borrel|sessie)\\s*:\\s*|^(?:next|upcoming) (?:edition|meetup|event|session)\\s*:\\s*"
            // what the headline is to the reader, not the event's name: "Uitnodiging: boekvoorstelling …",
            // "Save the date: …", a meeting invite's "Topic: …"
            + "|^(?:uitnodiging|invitation|you(?:'re| are) invited|save the date|topic|onderwerp|reminder|herinnering"
            // a forum's "Thread: …", "Discussie: …"
            + "|event|evenement|thread|discussion|discussie|draad"
            // a sale's badge before the name: "UITVERKOCHT: WOUTER VERHAEGHE - …", "Sold out: …"
            + "|uitverkocht|sold out|volzet|volgeboekt|fully booked"
            // a Flemish convocation's "Oproeping jaarvergadering 2027", a letter's "uitnodiging algemene ledenvergadering"
            // a notice's "NOTICE OF ANNUAL GENERAL MEETING 2027"
            + ")\\s*:\\s*|^(?:oproeping|uitnodiging(?:\\s+voor\\s+(?:de|het|onze|ons))?|invitation to(?: the| our)?"
            + "|notice of(?: the| our)?)"
            + "\\s+(?=\\p{L})"
            // a bilingual mailing's mark of an item's language: "[EN] Cool Cities Europe 2027"
            + "|^\\[(?:en|nl|fr|de)\\]\\s*");
    /** How the event is attended, in brackets after its name: "… Refresher (online)", "… (hybride)". */
    private static final Pattern TRAILING_ATTENDANCE = Pattern.compile("(?iu)\\s*\\((?:online|hybride|hybrid"
            + "|livestream|in person|op locatie|fysiek)\\)\\s*$");
    /** Where a headline's date follows its name: after a comma or a dash ("… Summit 2027, 23–24 Sept, Utrecht"). */
    private static final Pattern DATE_JOINT = Pattern.compile("(?u)(?:,|\\s[–—|·-])\\s+");
    /** A line that invites to what the next line names: "You are warmly invited to our next online briefing:". */
    private static final Pattern INVITED = Pattern.compile("(?iu)(?:(?:are|is) (?:\\p{L}+ ){0,2}invited to"
            + "|nodig(?:t|en) (?:je|u|jullie) (?:\\p{L}+ ){0,2}uit (?:voor|op|bij)|(?:ben|bent|zijn) (?:\\p{L}+ ){0,2}uitgenodigd"
            + " (?:voor|op|bij))[^.!?]*:$"
            // a formal invitation's own line: "requests the pleasure of your company at", "verzoekt u vriendelijk"
            + "|^(?:request|requests|request the|requests the) (?:the )?(?:pleasure|honour|honor) of your company"
            + "(?: at| for)?$|^(?:invites|invite) you to$|^nodig(?:t|en) (?:je|u|jullie) (?:graag |hartelijk )?uit"
            + " (?:voor|op)$"
            // a poster's "Jeugdhuis 't Kot i.s.m. Ruis" over "presenteren" over the name
            + "|^(?:(?:proudly )?present(?:s|eren|eert)?|stellen (?:u |je )?voor|stelt (?:u |je )?voor)$");
    /** An invitation whose sentence runs on into the quoted name under it: "… nodigen wij u uit voor de avond". */
    private static final Pattern INVITED_OPEN = Pattern.compile("(?iu)(?:(?:are|is) (?:\\p{L}+ ){0,2}invited to"
            + "|nodig(?:t|en) (?:wij |we |ik )?(?:je|u|jullie) (?:\\p{L}+ ){0,2}uit (?:voor|op|bij)"
            + "|invite you to)[^.!?:]*$");
    /** A line that is one name in quotes: "\"Op weg naar de brugklas\"", "‘Salt and Ships’". */
    private static final Pattern QUOTED_LINE = Pattern.compile("(?u)^\\s*[\"“„'‘]([^\"“”'‘’]{3,100})[\"”'’]\\s*$");

    private TitleCues() {
    }

    /** A calendar invite's own fields under its subject: "Begin:", "Einde:", "Locatie:", "Start time:". */
    private static final Pattern CALENDAR = Pattern.compile("(?iu)^(?:begin|start|start time|einde|eind|end|end time"
            + "|locatie|location|tijdzone|time zone|organisator|organizer)\\s*:");
    /** A social post's time under its poster: "14 januari om 18:12 · 🌍", "Yesterday at 9:05 ·". */
    private static final Pattern POST_STAMP = Pattern.compile("(?iu)^(?:\\d{1,2}\\s+\\p{L}+\\.?(?:\\s+\\d{4})?"
            + "|\\p{L}+\\s+\\d{1,2}(?:,\\s+\\d{4})?|gisteren|vandaag|yesterday|today)\\s+(?:om|at)\\s+"
            + "\\d{1,2}[:.]\\d{2}(?:\\s*[ap]m)?\\s*·.*$");

    /**
     * Whether a line is a chat message's header or a social post's time stamp: the date it gives is when the message
     * was sent, not the event's.
     */
    static boolean postedAt(String text) {
        return ChatExport.MESSAGE_HEAD.matcher(text.strip()).lookingAt() || POST_STAMP.matcher(text.strip()).matches();
    }

    /** The fewest letters of words set in capitals, and the share of them that are capitals, in tenths. */
    private static final int CAPITALS_LETTERS = 8;
    private static final int CAPITALS_SHARE = 8;

    /** Whether {@code words} are set in capitals: more than eight letters, more than eight tenths of them capitals. */
    static boolean setInCapitals(String words) {
        long letters = words.chars().filter(Character::isLetter).count();
        long upper = words.chars().filter(Character::isUpperCase).count();
        return letters > CAPITALS_LETTERS && upper * 10 > letters * CAPITALS_SHARE;
    }

    /** A line set bold or italic the way a chat marks it up: "*BUURTFEEST KASTEELWIJK*", "_Street picnic_". */
    private static final Pattern CHAT_MARKS = Pattern.compile("(?u)^\\s*([*_])(\\S(?:.*\\S)?)\\1\\s*$");

    /** A mailing's contents label: "IN THIS ISSUE", "In deze editie:", "Inhoud". */
    static final Pattern CONTENTS = Pattern.compile("(?iu)^\\W*(?:in this (?:issue|edition|newsletter)|in deze "
            + "(?:editie|nieuwsbrief|uitgave)|in dit nummer|inhoud|contents|inside)\\W*$");
    /** A line of a list: "- …", "• …", "* …", "1. …". */
    static final Pattern LISTED = Pattern.compile("(?u)^\\s*(?:[-–•*▪·]|\\d{1,2}[.)])\\s+\\S.*");

    /** An Outlook invite's fields in its header block, under the subject: "When: …", "Where: …", "Waar: …". */
    static final Pattern INVITE_FIELD = Pattern.compile("(?iu)^(?:when|where|wanneer|waar)\\s*:");
    /** What a calendar sets around an invite's name: "Invitation: X @ Tue 16 Feb 2027 14:00", "Uitnodiging: X @ …". */
    private static final Pattern INVITE_WRAP = Pattern.compile("(?iu)^(?:(?:updated |bijgewerkte )?invitation"
            + "|uitnodiging)\\s*:\\s*(.+?)\\s+@\\s+.*\\d.*$");

    /**
     * The subject of a forwarded message or a calendar invite pasted as text (the header block from {@code from} to
     * {@code to}, or a forward's rule above it): such a subject is the event's name as its sender set it. A plain
     * mail's subject ("Uitnodiging: … – 3 maart") and a reply's ("RE: …") are left to the headline rules.
     */
    static Optional<Source> subject(List<Line> leaves, int from, int to) {
        boolean invite = from > 0 || leaves.subList(from, Math.min(to + 4, leaves.size())).stream()
                .anyMatch(line -> CALENDAR.matcher(line.text()).lookingAt())
                || leaves.subList(from, Math.min(to, leaves.size())).stream()
                .anyMatch(line -> INVITE_FIELD.matcher(line.text()).lookingAt());
        if (!invite) {
            return Optional.empty();
        }
        for (Line line : leaves.subList(from, Math.min(to, leaves.size()))) {
            Matcher subject = SUBJECT.matcher(line.text());
            if (subject.matches() && MAILING_SUBJECT.matcher(subject.group(1)).matches()) {
                return Optional.empty();   // "Kilcorran Library News - April 2027" names the mailing, not an event
            }
            if (subject.matches()) {
                // the calendar's own words around the name ("Invitation: … @ Tue 16 Feb 2027 14:00") are no title
                Matcher wrapped = INVITE_WRAP.matcher(subject.group(1));
                int offset = subject.start(1);
                // and a notice after the name ("Infoavond eerste graad: ANDERE LOCATIE + herinnering") is none either
                int[] name = wrapped.matches() ? new int[] {offset + wrapped.start(1), offset + wrapped.end(1)}
                        : nameSpan(line.text(), subject.start(1), subject.end(1));
                return Optional.of(line.source(name[0], name[1]));
            }
        }
        return Optional.empty();
    }

    /**
     * A letter's subject ("Onderwerp: Algemene Ledenvergadering 2027 – nu online") among its head's lines, with its
     * salutation ("Geachte eigenaar,") within the next lines: the subject names the event.
     */
    static Optional<Source> letterSubject(List<Line> leaves) {
        for (int i = 0; i < Math.min(LETTER_HEAD, leaves.size()); i++) {
            Matcher subject = LETTER_SUBJECT.matcher(leaves.get(i).text());
            if (subject.matches() && leaves.subList(i + 1, Math.min(leaves.size(), i + 4)).stream()
                    .anyMatch(l -> SALUTATION.matcher(l.text()).lookingAt())) {
                // "Betreft: oproeping Jaarvergadering 2027": the name without what the letter is
                int[] name = nameSpan(leaves.get(i).text(), subject.start(1), subject.end(1));
                return Optional.of(leaves.get(i).source(name[0], name[1]));
            }
        }
        for (int i = 0; i + 2 < Math.min(LETTER_HEAD, leaves.size()); i++) {
            String greeting = leaves.get(i).text().strip();
            Matcher under = SUBJECT_UNDER_GREETING.matcher(leaves.get(i + 1).text().strip());
            if (SALUTATION.matcher(greeting).lookingAt() && greeting.endsWith(",") && greeting.length() < 40
                    && under.matches() && !under.group(1).matches("(?s).*(?:[.!?]|\\.\\s.*)")
                    && !SECOND_GREETING.matcher(under.group(1)).lookingAt() && under.group(1).contains(" ")
                    // "Spring has finally found its way into Abbey Street, the scaffolding": a letter's first
                    // sentence, wrapped on, is no subject
                    && !(under.start(1) == 0 && under.group(1).matches(".*,\\s+\\p{Ll}.*"))) {
                // a word alone ("WEBINAR" over the headline) labels the section, it names no event
                // "Dear Resident," over "Change of date: Marlow Court Residents' Forum": a letter's subject set under
                // its greeting, after the notice's own words
                Line subject = leaves.get(i + 1);
                int at = subject.text().indexOf(under.group(1));
                return Optional.of(subject.source(at, at + under.group(1).length()));
            }
        }
        return Optional.empty();
    }

    /** A second greeting under the first: "Beste ouders," over "Dag Rakwi's en Tito's!". */
    private static final Pattern SECOND_GREETING = Pattern.compile("(?iu)(?:dag|hoi|hey|hi|hallo|hello|lieve|beste)\\s");
    /** A short line under a letter's greeting, perhaps after a notice's words: its subject (group 1). */
    private static final Pattern SUBJECT_UNDER_GREETING = Pattern.compile("(?iu)(?:(?:change of date|date change|new date"
            + "|update|re|betreft|onderwerp|wijziging|nieuwe datum|gewijzigde datum)\\s*:\\s*)?(\\p{Lu}[^:]{2,80})");

    /**
     * The line a social post's head, a chat message's head (its channel and poster: "#announcements" over "Marloes
     * Teunissen  11:42 AM") or a sender's invitation ends with, among the first lines, if any.
     */
    static Optional<Line> headEnd(List<Line> leaves) {
        for (int i = 0; i < Math.min(4, leaves.size()); i++) {
            String text = leaves.get(i).text().strip();
            if (POST_HEAD.matcher(text).matches() || INVITES.matcher(text).matches() || POST_STAMP.matcher(text)
                    .matches() || i == 0 && ChatExport.MESSAGE_HEAD.matcher(text).lookingAt()
                    || POSTER.matcher(text).matches()
                    || i == 0 && CHANNEL.matcher(text).matches() && leaves.size() > 1
                    && POSTER.matcher(leaves.get(1).text().strip()).matches()) {
                int last = i;
                while (last + 1 < leaves.size() && (POST_HEAD.matcher(leaves.get(last + 1).text().strip()).matches()
                        || POSTER.matcher(leaves.get(last + 1).text().strip()).matches())) {
                    last++;
                }
                return Optional.of(leaves.get(last));
            }
        }
        return Optional.empty();
    }

    /**
     * Lines a headline is never read from: a label of topics, a publication line, a "Save the date!" call, an aside
     * in brackets, a numbered contents line, a forward's rule.
     */
    /** The words of a line set between frame marks ("#   !!! NIEUWE DATUM !!!   #"), without the marks. */
    static String framed(String text) {
        return text.replaceAll("^[#*=|\\s]+|[#*=|\\s]+$", "");
    }

    static boolean neverHeadline(String text) {
        return NEVER_HEADLINE.matcher(text).matches() || PUBLISHED.matcher(text).find()
                || SEPARATOR.matcher(text).matches() || dateline(text);
    }

    /**
     * A text with no headline whose first sentence names the event in quotes ("U heeft zich aangemeld voor de
     * patiëntenavond 'Leven met diabetes type 2' op dinsdag …"): the quoted name is its title.
     *
     * @return the name's start and end in the line, empty when the line is a headline or quotes no name
     */
    static Optional<int[]> quotedName(Line line) {
        String text = line.text();
        if (line.kind() == Line.Kind.HEADING || text.length() <= 90 && !text.contains(". ")) {
            return Optional.empty();
        }
        Matcher quoted = QUOTED_NAME.matcher(text);
        return quoted.find() ? Optional.of(new int[] {quoted.start(1), quoted.end(1)}) : Optional.empty();
    }

    /** A name of two words or more in quotes after a word of the sentence: "de avond 'Leven met diabetes'". */
    private static final Pattern QUOTED_NAME = Pattern.compile("(?u)\\p{L}\\s+['‘\"“]([\\p{Lu}\\d][^'’\"”]{2,80}?\\s"
            + "[^'’\"”]{1,80}?)['’\"”](?![\\p{L}])");

    /**
     * The headline under an invitation among a mailing's first lines ("You are warmly invited to our next online
     * briefing:" over "RIVERS WITHOUT BORDERS: …"): a short line with words that ends no sentence and gives no date.
     */
    static Optional<Line> invited(List<Line> leaves) {
        for (int i = 0; i + 1 < Math.min(leaves.size(), 15); i++) {
            String next = leaves.get(i + 1).text().strip();
            boolean quotedUnder = INVITED_OPEN.matcher(leaves.get(i).text().strip()).find()
                    && QUOTED_LINE.matcher(next).matches();
            if ((quotedUnder || INVITED.matcher(leaves.get(i).text().strip()).find()) && nameAlone(next)) {
                return Optional.of(leaves.get(i + 1));
            }
        }
        return Optional.empty();
    }

    /** The longest line read as a name set alone under what introduces it. */
    private static final int NAME_LINE = 120;

    /** Whether a line is a name set alone: short, with words, ending no sentence or clause, giving no date. */
    private static boolean nameAlone(String text) {
        return text.length() <= NAME_LINE && !text.matches("(?s).*[.,;:!]") && text.matches("(?s).*\\p{L}{2}.*")
                && DateReader.dates(text).isEmpty();
    }

    /** A change notice set alone over the name of the event it changes: "Nieuwe datum!", "CANCELLED". */
    private static final Pattern CHANGE_FLAG = Pattern.compile("(?iu)^\\W*(?:nieuwe datum|new date|afgelast"
            + "|geannuleerd|uitgesteld|verplaatst|gaat niet door|cancelled|canceled|postponed|rescheduled)\\W*$");

    /** How far into a text a change notice is looked for. */
    private static final int FLAG_REACH = 20;

    /**
     * The name under a change notice among a mailing's items ("Nieuwe natuurspeeltuin is open", …, "Nieuwe datum!"
     * over "Vroege vogels: wandeling bij zonsopgang"): the notice flags the item that is the event; a short line with
     * words that ends no sentence, goes on to no line of its paragraph ("Onze dirigent … zal de" under a notice that
     * follows the name) and gives no date.
     */
    static Optional<Line> flagged(Document document) {
        List<Line> leaves = document.leaves();
        for (int i = 0; i + 1 < Math.min(leaves.size(), FLAG_REACH); i++) {
            String next = leaves.get(i + 1).text().strip();
            // an HTML page's elements are apart whatever the lines between them
            boolean goesOn = i + 2 < leaves.size() && document.format() != SourceFormat.HTML
                    && HardWraps.sameParagraph(document.input(), leaves.get(i + 1), leaves.get(i + 2));
            if (CHANGE_FLAG.matcher(leaves.get(i).text().strip()).matches() && !goesOn && nameAlone(next)
                    && !neverHeadline(next)) {
                return Optional.of(leaves.get(i + 1));
            }
        }
        return Optional.empty();
    }

    /** A press release's dateline: the place and the day it was sent out ("Amersfoort, 3 mei 2027"). */
    private static boolean dateline(String text) {
        Matcher place = DATELINE_PLACE.matcher(text);
        if (!place.lookingAt()) {
            return false;
        }
        String rest = text.substring(place.end()).strip();
        List<DateReader.DateMention> dates = DateReader.dates(rest);
        return dates.size() == 1 && dates.get(0).start() == 0 && dates.get(0).end() == rest.length();
    }

    /**
     * Where a headline's name ends when a date follows it after a comma or a dash ("Quillstone Community Summit 2027,
     * 23–24 Sept, Utrecht + online"): the date and what comes after it are the event's facts, not its name.
     */
    private static int beforeTrailingDate(String text, int start, int end) {
        Matcher joint = DATE_JOINT.matcher(text).region(start, end);
        while (joint.find()) {
            List<DateReader.DateMention> dates = DateReader.dates(text.substring(joint.end(), end));
            if (!dates.isEmpty() && dates.get(0).start() == 0 && text.substring(start, joint.start()).strip()
                    .contains(" ")) {
                return joint.start();
            }
        }
        return end;
    }

    /**
     * The part of a headline line that is the event's name, from {@code from} to {@code to}: without the emoji a
     * mailing sets before it ("🎾 Open Dubbeltoernooi"), a call after a dash ("… — inschrijving geopend!") or the
     * page marker of a text taken from a PDF ("…&nbsp;&nbsp;&nbsp;pagina 1 van 2"), a "Volgende editie:" or an
     * "Uitnodiging:" label before it, how it is attended in brackets after it ("(online)"), a date after a comma,
     * a digest's section number before it ("1. …"), the symbols after it ("… 2027 🌊"), the marks that strike it through.
     */
    static int[] nameSpan(String text, int from, int to) {
        // a chat export's message: "14/02/27 18:42 - Lotte Vermeulen: *INFOAVOND CHIROWEEKEND* 🏕️"
        Matcher chat = ChatExport.MESSAGE_HEAD.matcher(text).region(from, to);
        int begin = chat.lookingAt() && chat.end() < to ? chat.end() : from;
        Matcher lead = LEADING_SYMBOLS.matcher(text).region(begin, to);
        int start = lead.lookingAt() && lead.end() < to ? lead.end() : begin;
        Matcher edition = NEXT_EDITION.matcher(text).region(start, to);
        start = edition.lookingAt() && edition.end() < to ? edition.end() : start;
        Matcher number = SECTION_NUMBER.matcher(text).region(start, to);
        start = number.lookingAt() ? number.end() : start;
        Matcher tail = TRAILING_CALL.matcher(text).region(start, to);
        int end = tail.find() && tail.start() > start ? tail.start() : to;
        Matcher moved = TRAILING_CHANGE.matcher(text).region(start, end);
        // a name must be left: "Opendeuravond: NIEUWE LOCATIE" is "Opendeuravond", a notice alone stays whole
        end = moved.find() && text.substring(start, moved.start()).strip()
                .matches("(?s).*[\\p{L}\\p{N}]{3}.*") ? moved.start() : end;
        Matcher attendance = TRAILING_ATTENDANCE.matcher(text).region(start, end);
        end = attendance.find() && attendance.start() > start ? attendance.start() : end;
        end = beforeTrailingDate(text, start, end);
        Matcher symbols = TRAILING_SYMBOLS.matcher(text).region(start, end);
        end = symbols.find() && symbols.start() > start ? symbols.start() : end;
        Matcher struck = STRUCK.matcher(text).region(start, end);
        if (struck.matches()) {
            // a cancelled event's name struck through: the marks are no part of it
            return new int[] {struck.start(1), struck.end(1)};
        }
        Matcher quoted = QUOTED_LINE.matcher(text).region(start, end);
        if (quoted.matches()) {
            // a name set alone in quotes under its invitation: the quotes are no part of it
            return new int[] {quoted.start(1), quoted.end(1)};
        }
        Matcher marked = CHAT_MARKS.matcher(text).region(start, end);
        if (marked.matches()) {
            // a chat's bold or italic marks ("*BUURTFEEST*", "_Street picnic_") are no part of the name
            return new int[] {marked.start(2), marked.end(2)};
        }
        return new int[] {start, end};
    }
}

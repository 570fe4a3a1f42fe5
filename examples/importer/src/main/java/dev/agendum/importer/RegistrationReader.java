package dev.agendum.importer;

import dev.agendum.model.LocalizedText;
import dev.agendum.model.Registration;
import dev.agendum.model.RegistrationChannel;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads registration: its links, e-mail addresses and phone numbers ("aanmelden via", "register at", "Klik hier")
 * from the lines that ask to register, and, through {@link RegistrationTerms}, whether it is required, its fee or
 * that it is free, the number of places, a waiting list and the closing date.
 */
final class RegistrationReader {

    private static final Pattern MENU = Pattern.compile("\\s+[·|•]\\s+");
    private static final Pattern URL = Pattern.compile("https?://[^\\s)>\\]\"']+");
    /** A site written without its scheme: "www.bond.example.nl/raadpleging". */
    private static final Pattern BARE_WEB = Pattern.compile("(?<![\\w@/.])www\\.[\\w-]+(?:\\.[\\w-]+)+(?:/[^\\s)>\\]\"']*)?");
    /** The verbs an announcement asks its readers to sign up with ("aanmelden", "register"): an alternation. */
    static final String SIGN_UP = "aanmelden|inschrijven|registreren|register|sign up";
    private static final Pattern THIS_LINK = Pattern.compile("(?iu)((?:" + SIGN_UP
            + "|meld (?:je|u) aan)\\s+(?:kan\\s+)?(?:via|through|using|with|op|at)\\s+(?:deze|de|this|the|onze"
            + "|our)\\s+link|(?:via|through)\\s+(?:deze|this)\\s+link|klik hier|click here)");
    /** A registration sentence that breaks off where its link or address comes: "… sign up at", "aanmelden via". */
    private static final Pattern CONTINUES = Pattern.compile("(?iu)(?:" + SIGN_UP + "|meld (?:je|u) aan)"
            + "(?:\\s+[\\p{L}\\d]+){0,4}\\s+(?:at|via|op|bij|on|here|hier)\\s*:?\\s*$");
    /** A paragraph on refunds or tickets already bought: its e-mail address is no way to register. */
    private static final Pattern REFUND = Pattern.compile("(?iu)(geld terug|terugbetal|restitutie|refund|money back)");
    /**
     * Whether a line is one of a list: an item, or a line that opens in lower case after one that ends in a list's
     * punctuation ("…, op drie manieren:" over "met het formulier …;"), not a sentence wrapped onto it.
     */
    private static boolean listLine(Line previous, Line line) {
        String text = line.text().strip();
        return line.kind() == Line.Kind.ITEM || !text.isEmpty() && Character.isLowerCase(text.charAt(0))
                && previous.text().strip().matches("(?s).*[;:]");
    }

    /** The most lines of a list of ways to register read after the line that introduces it. */
    private static final int WAYS_LISTED = 4;

    /** A short question that opens a sentence before its way: "Geen internet? Bel dan …", "No computer? Call …". */
    private static final Pattern ASIDE_QUESTION = Pattern.compile("^\\s*[^.?!]{1,30}\\?\\s+");

    private final Reading reading;
    private final Function<DateReader.DateMention, Optional<LocalDate>> resolve;
    private final RegistrationTerms terms;

    RegistrationReader(Reading reading, Function<DateReader.DateMention, Optional<LocalDate>> resolve) {
        this.reading = reading;
        this.resolve = resolve;
        this.terms = new RegistrationTerms(reading, resolve);
    }

    /** Whether a paragraph is about refunds or tickets already bought ("Liever je geld terug? Mail …"). */
    static boolean isRefund(Line line) {
        return REFUND.matcher(line.text()).find();
    }

    static boolean isRegistrationLine(Line line) {
        // "a registered charity", "Registered address: …", "geregistreerd bij de KvK": a body's legal standing
        return RegistrationWords.WORDS.matcher(NotRegistration.withoutStanding(line.text())).find();
    }

    void read() {
        List<Line> leaves = reading.document.leaves();
        Source firstCue = null;
        for (Line line : leaves) {
            Matcher toCome = LinksToCome.JOIN_LINK.matcher(line.text());
            if (toCome.find()) {
                Source where = line.source(toCome.start(), toCome.end());
                add(RegistrationChannel.linkFollows(), where);
                reading.unplaced(where, "the link to take part is still to come");
                firstCue = firstCue == null ? where : firstCue;
            }
        }
        for (Line line : leaves) {
            int at = leaves.indexOf(line);
            if (at > 0 && NotRegistration.registrationHeading(leaves.get(at - 1)) && isRegistrationLine(line)) {
                // "RSVP BY 15 OCTOBER" over "Book online: …", "Email: …", "Telephone: …": the ways set one a line
                String input = reading.document.input();
                for (int k = at + 1; k < Math.min(leaves.size(), at + HEADED_LINES) && LABELLED_WAY.matcher(
                        leaves.get(k).text()).lookingAt() && HardWraps.sameBlock(input, leaves.get(k - 1),
                        leaves.get(k)); k++) {
                    channels(leaves.get(k), false);
                }
            }
            if (at > 0 && NotRegistration.registrationHeading(leaves.get(at - 1)) && !isRegistrationLine(line)) {
                // "INSCHRIJVEN" over "Ten laatste op vrijdag 29 oktober, via het formulier op" / "www.…/weekend,
                // of …": the paragraph under a registration heading says how, over the lines it is wrapped on
                firstCue = firstCue == null ? leaves.get(at - 1).source() : firstCue;
                String input = reading.document.input();
                for (int k = at; k < Math.min(leaves.size(), at + HEADED_LINES)
                        && (k == at || HardWraps.sameParagraph(input, leaves.get(k - 1), leaves.get(k))); k++) {
                    channels(leaves.get(k), false);
                }
            }
            if (!isRegistrationLine(line) && at > 0 && NotRegistration.joinHeading(leaves.get(at - 1))
                    && Ways.how(line.text())) {
                // "### Meedoen? / Stuur vóór 5 juni een e-mail naar …": the heading asks, the line says how
                channels(line, false);
                firstCue = firstCue == null ? leaves.get(at - 1).source() : firstCue;
                continue;
            }
            if (!isRegistrationLine(line) && at > 0 && reading.document.format() != SourceFormat.HTML
                    && wrappedWay(leaves.get(at - 1), line)) {
                // "… Aanmelden" / "kan tot 1 juni via https://…": a wrapped sentence gives its way on the next line
                channels(line.sentences().get(0), isRefund(line));
                if (at + 1 < leaves.size() && line.sentences().size() == 1 && WAY_GOES_ON.matcher(line.text()).find()
                        && !UNSUBSCRIBE.matcher(line.text()).find()
                        && HardWraps.sameParagraph(reading.document.input(), line, leaves.get(at + 1))) {
                    // "… bij Riet Swinkels," / "telefoon 073 …, of per e-mail via" / "activiteiten@…": a third line
                    channels(leaves.get(at + 1).sentences().get(0), isRefund(line));
                }
                firstCue = firstCue == null ? leaves.get(at - 1).source() : firstCue;
                continue;
            }
            if (at > 0 && reading.document.format() != SourceFormat.HTML) {
                wrappedPhone(leaves, at);
            }
            // "Nog niet aangemeld? Dat kan nog via …": an inviting question asks without a registration word
            if (!isRegistrationLine(line) && line.sentences().stream().noneMatch(s -> Ways.invites(s.text()))) {
                continue;
            }
            if (Ways.anotherDay(line, resolve, reading)) {
                // "- zondag 16 mei, 14.00 uur: excursie … Aanmelden via …": another outing's registration
                continue;
            }
            Matcher cue = RegistrationWords.WORDS.matcher(line.text());
            firstCue = firstCue != null ? firstCue : cue.find() ? line.source(cue.start(), cue.end()) : line.source();
            boolean refund = isRefund(line);
            boolean registering = false;
            for (Line sentence : line.sentences()) {
                if (isRegistrationLine(sentence) && !NotRegistration.isQuestion(sentence)) {
                    channels(NotRegistration.needed(sentence), refund);
                    registering = true;
                } else if (registering && (Ways.how(sentence.text())
                        || Ways.how(ASIDE_QUESTION.matcher(sentence.text()).replaceFirst("")))) {
                    // "… aan te melden via https://…. Geen internet? Bel dan …": a short question before the way
                    // "Aanmelden is niet verplicht, maar helpt ons. Bel 020 - … of mail naar …": how to do it
                    channels(sentence, refund);
                } else {
                    // "Nog niet aangemeld? Dat kan nog via …": the question asks, the next sentence says how
                    registering = Ways.endsInvited(sentence.text());
                    Ways.answer(sentence).ifPresent(answer -> channels(answer, refund));
                }
            }
            int next = leaves.indexOf(line) + 1;
            boolean addressBelow = WAY_GOES_ON.matcher(line.text()).find() && !UNSUBSCRIBE.matcher(line.text()).find()
                    && next < leaves.size() && HardWraps.sameParagraph(reading.document.input(), line, leaves.get(next));
            if (addressBelow && !CONTINUES.matcher(line.text()).find()) {
                // "… please reserve a seat by e-mailing" / "social@… by Monday": the address opens the next line
                channels(leaves.get(next).sentences().get(0), refund);
            }
            if (CONTINUES.matcher(line.text()).find() && next < leaves.size()) {
                // "New participants can still sign up at" / "[the form](https://…); …": the link opens the next line
                channels(leaves.get(next), refund);
            }
            // "… vragen we u zich aan te melden:" / "Reserveren kan bij …:": the ways follow, one a line
            int ways = Ways.listFrom(leaves, next, reading.phoneRegion);
            // a list of ways goes on past one that gives no address ("met het papieren strookje …") to the next that
            // does, while its lines are list items or go on with the sentence in lower case ("met het formulier …")
            for (int k = ways; k > 0 && k < Math.min(ways + WAYS_LISTED, leaves.size())
                    && (Ways.listed(leaves.get(k), reading.phoneRegion) || listLine(leaves.get(k - 1), leaves.get(k)));
                    k++) {
                channels(leaves.get(k), refund, true);
            }
            terms.closing(line);
            terms.requirement(line);
        }
        for (Line line : leaves) {
            terms.fee(line);
            terms.capacity(line);
        }
        if (reading.requirement.isEmpty() && !reading.channels.isEmpty()) {
            reading.requirement = Optional.of(new Reading.Valued<>(Registration.Requirement.REQUIRED,
                    Assumption.from("required: the text asks to register and says nothing of coming without",
                            firstCue)));
        }
    }

    /**
     * A registration sentence wrapped onto {@code line}, which goes on with it in lower case: "… Aanmelden" / "kan tot 1
     * juni via https://…". One that gives its way already, or says none is needed, leaves the next line alone.
     */
    private boolean wrappedWay(Line previous, Line line) {
        String open = HardWraps.openSentence(previous);
        String first = line.sentences().get(0).text();
        boolean noWayYet = !URL.matcher(open).find() && !ContactReader.EMAIL.matcher(open).find()
                && Phones.find(open, reading.phoneRegion).isEmpty();
        // "… reserve by phone on 01962 734210 (weekday" over "mornings), or e-mail concert@… and pay …": a second way
        return HardWraps.cueGoesOn(reading.document.input(), previous, line)
                && RegistrationWords.WORDS.matcher(open + " " + first).find() && !RegistrationTerms.saysOptional(open)
                && (noWayYet || ANOTHER_WAY.matcher(first).find());
    }

    /**
     * A registration sentence whose phone cue is wrapped onto the number's line: "… of bel de" over "Ledenservice op
     * 088 …", "… of telefonisch bij het secretariaat" over "Longgeneeskunde: 071 …". The number is a way to register
     * when the paragraph's line before it, or the one before that, asks to register.
     */
    private void wrappedPhone(List<Line> leaves, int at) {
        Line previous = leaves.get(at - 1);
        Line line = leaves.get(at);
        String input = reading.document.input();
        if (!HardWraps.sameParagraph(input, previous, line) || !isRegistrationLine(previous) && (at < 2
                || !HardWraps.sameParagraph(input, leaves.get(at - 2), previous) || !isRegistrationLine(leaves.get(at - 2)))) {
            return;
        }
        String open = HardWraps.openSentence(previous);
        Line first = line.sentences().get(0);
        for (Phones.Found number : Phones.find(first.text(), reading.phoneRegion)) {
            String before = first.text().substring(0, number.start());
            // the cue must run over the wrap: a line that calls by itself ("… or call our office on …") is read as its
            // own sentence, a contact's rather than a way to register
            if (!open.isBlank() && !RegistrationWords.BY_PHONE.matcher(before).find()
                    && RegistrationWords.BY_PHONE.matcher(open + " " + before).find()) {
                add(RegistrationChannel.phone(number.international()), first.source(number.start(), number.end()));
            }
        }
    }

    /**
     * What follows a number that is one of two ways with an e-mail address: "0318 52 44 17 of excursie@…", a line that
     * ends in "of" before the address's line.
     */
    private static final Pattern OR_MAIL = Pattern.compile("(?iu)^\\s*,?\\s*(?:of|or)\\s*(?:$|(?:per |via |by )?"
            + "(?:(?:e-?)?mail\\s+(?:naar\\s+|to\\s+)?)?[\\w.+-]+@)");

    /** A wrapped way that breaks off before its address: "…, of per e-mail via", "or e-mail". */
    private static final Pattern WAY_GOES_ON = Pattern.compile("(?iu)(?:\\s(?:via|naar|to|at|aan)|e-?mail(?:ing)?)\\s*:?\\s*$");

    /** A mailing's way out, no way in: "Afmelden: stuur een mail … naar", "to unsubscribe, e-mail". */
    private static final Pattern UNSUBSCRIBE = Pattern.compile("(?iu)afmelden|unsubscribe|uitschrijven");

    /** The most lines of the paragraph under a registration heading read for its ways. */
    private static final int HEADED_LINES = 3;
    /** "…, or e-mail …", "of mail naar …", "or call …": a sentence's second way to register after its first. */
    private static final Pattern ANOTHER_WAY = Pattern.compile("(?iu)(?:^|,|\\s)(?:or|of)\\s+(?:by\\s+|per\\s+)?"
            + "(?:e-?mail|mail|call|phone|ring|bel|telefonisch)(?![\\p{L}])");
    /** A way to register given by its label: "Email: …", "Telephone: …", "Tel.: …", "Web: …". */
    private static final Pattern LABELLED_WAY = Pattern.compile("(?iu)^(?:e-?mail|mail|telephone|phone|tel\\.?"
            + "|telefoon|web|website|online)\\s*:");

    private void channels(Line line, boolean refund) {
        channels(line, refund, false);
    }

    private void channels(Line line, boolean refund, boolean listed) {
        String text = line.text();
        if (Ways.navigation(line, reading.document.links())) {
            return;
        }
        boolean linked = false;
        boolean menu = MENU.split(text.strip()).length >= 3;
        for (LinkRef link : reading.document.links()) {
            Source words = link.words();
            // "[Tickets](#tickets)" points to a part of the same page: no channel, and nothing left unplaced
            if (!Ways.within(line, words) || link.target().filter(t -> t.startsWith("mailto:") || t.startsWith("#"))
                    .isPresent() || menu && !RegistrationWords.WORDS.matcher(words.words()).find()) {
                // in a menu ("Body · Courses · [All courses](…) · [Register](…)") only the way to register counts
                continue;
            }
            linked = true;
            Optional<String> dialled = link.target().filter(t -> t.regionMatches(true, 0, "tel:", 0, 4));
            if (dialled.isPresent()) {
                // "bij het secretariaat: <a href="tel:+31172584410">(0172) 58 44 10</a>": a number to call, no page
                List<Phones.Found> numbers = Phones.find(dialled.get().substring(4), reading.phoneRegion);
                String number = numbers.isEmpty() ? "" : numbers.get(0).international();
                if (!number.isEmpty() && reading.channels.stream()
                        .noneMatch(c -> c.channel().address().equals(Optional.of(number)))) {
                    add(RegistrationChannel.phone(number), words);
                }
                continue;
            }
            if (link.target().filter(t -> t.matches("https?://.+")).isPresent()) {
                add(RegistrationChannel.web(link.target().get()).withLabel(nl(words.words())), words);
            } else {
                add(RegistrationChannel.webWithoutAddress(nl(words.words())), words);
                reading.unplaced(words, "a registration link without a target");
            }
        }
        for (Matcher url = URL.matcher(text); url.find(); ) {
            String address = url.group().replaceAll("[.,;:]+$", "");
            if (reading.channels.stream().noneMatch(c -> c.channel().address().equals(Optional.of(address)))) {
                add(RegistrationChannel.web(address), line.source(url.start(), url.start() + address.length()));
            }
            linked = true;
        }
        for (Matcher bare = BARE_WEB.matcher(text); !linked && bare.find(); ) {
            // "Meld je aan via www.bond.example.nl/avond": a site written without its scheme is still its address;
            // the web's scheme is added to it, the words kept as its source
            String words = bare.group().replaceAll("[.,;:]+$", "");
            String address = "https://" + words;
            if (reading.channels.stream().noneMatch(c -> c.channel().address().equals(Optional.of(address)))) {
                add(RegistrationChannel.web(address), line.source(bare.start(), bare.start() + words.length()));
            }
            linked = true;
        }
        Matcher follows = LinksToCome.REGISTRATION_LINK.matcher(text);
        if (follows.find()) {
            add(RegistrationChannel.linkFollows(), line.source(follows.start(), follows.end()));
            reading.unplaced(line.source(follows.start(), follows.end()), "the registration link is still to come");
            linked = true;
        }
        Matcher thisLink = THIS_LINK.matcher(text);
        if (!linked && thisLink.find()) {
            Source words = line.source(thisLink.start(), thisLink.end());
            add(RegistrationChannel.webWithoutAddress(nl(words.words())), words);
            reading.unplaced(words, "a registration link the text refers to but does not give");
        }
        for (Phones.Found number : Phones.find(text, reading.phoneRegion)) {
            String before = text.substring(0, number.start());
            if (RegistrationWords.BY_PHONE.matcher(before).find() || listed && Ways.listedNumber(before)
                    || OR_MAIL.matcher(text.substring(number.end())).lookingAt()) {
                add(RegistrationChannel.phone(number.international()), line.source(number.start(), number.end()));
            }
        }
        for (Matcher email = ContactReader.EMAIL.matcher(text); email.find() && !refund; ) {
            String address = email.group().replaceAll("\\.+$", "");
            Source where = line.source(email.start(), email.start() + address.length());
            Matcher label = RegistrationWords.MAIL_LABEL.matcher(text.substring(0, email.start()));
            RegistrationChannel channel = RegistrationChannel.email(address);
            if (label.find()) {
                Source words = line.source(label.start(1), label.end(1));
                channel = channel.withLabel(nl(words.words()));
                if (words.words().matches("(?iu).*(informatie|information|vragen|questions).*")) {
                    channel = channel.withPurpose(RegistrationChannel.Purpose.INFORMATION);
                }
            }
            add(channel, where);
        }
    }

    private void add(RegistrationChannel channel, Source where) {
        if (reading.channels.stream().noneMatch(c -> c.channel().equals(channel))) {
            reading.channels.add(new Reading.Channel(channel, where));
        }
    }

    private LocalizedText nl(String words) {
        return LocalizedText.of(reading.language.value(), words);
    }
}

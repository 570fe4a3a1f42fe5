package dev.agendum.importer;

import dev.agendum.model.Contact;
import dev.agendum.model.RoleType;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads who to ask: sentences with "contact", "informatie", "vragen", "pers", "questions", "press" (or a box
 * office's "Kassa:") that give a person, an e-mail address or a phone number; a spokesperson's role from
 * "woordvoerder"/"spokesperson".
 */
final class ContactReader {

    static final Pattern EMAIL = Pattern.compile("(?<![@\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern CONTACT_WORDS = Pattern.compile("(?iu)(contact|informatie|inlichtingen|vragen"
            + "|meer weten|information|questions|enquiries|inquiries|pers|press|media|telefoon|phone|tel\\.?|bel"
            + "|get in touch|in touch with|(?<![\\p{L}])ask(?![\\p{L}])"
            // "drop us a line at …", "stuur ons een mailtje", "mail ons gerust": an address to write to
            + "|drop us a line|drop me a line|write to us|stuur (?:ons|me|mij) een (?:mailtje|berichtje)"
            + "|mail (?:ons|me|mij) gerust"
            + "|secretariaat|secretariat|bereikbaar|reachable|(?<![\\p{L}])(?:kassa|box office)(?![\\p{L}])|(?<![\\p{L}])(?:call|ring|whatsapp)(?![\\p{L}])|📞|☎|✉|📧"
            // "App dan vóór 28 mei naar Marco: 06 …": a chat message to a number
            + "|(?<![\\p{L}])app(?:\\s+[^\\s.?!]+){0,4}\\s+(?:naar|met)(?![\\p{L}])"
            // "Nog een vraag?", "Any other question?": a question in the singular, as a word of its own
            + "|(?<![\\p{L}])(?:vraag|question)(?![\\p{L}]))");
    private static final Pattern PRESS = Pattern.compile("(?iu)(?<![\\p{L}])(pers(?:vragen|contact|voorlichting|voorlichter)?|press|media"
            + "|journalist\\p{L}*)(?![\\p{L}])");
    private static final Pattern REGISTRATION_QUESTIONS = Pattern.compile("(?iu)(vragen over (?:de |uw |je )?"
            + "(?:aanmelding|inschrijving|registratie)|questions about (?:your )?registration)");
    private static final Pattern INFORMATION = Pattern.compile("(?iu)(informatie|inlichtingen|vragen|information"
            + "|questions|enquiries|inquiries|contact)");
    /** Words a contact's name follows: "neem contact op met", "contactpersoon:", "contact Sarah Klein", "Bel …". */
    private static final Pattern PERSON_CUE = Pattern.compile("(?iu)(?:(?<![\\p{L}])(?:met|with|bij|naar|to"
            + "|contact(?:persoon|person|eer|eert)?|bel|call|ring|phone|mail|e-mail|email)(?![\\p{L}-])|:)\\s+");

    private final Reading reading;

    ContactReader(Reading reading) {
        this.reading = reading;
    }

    void read() {
        List<Line> leaves = reading.document.leaves();
        for (int i = 0; i < leaves.size(); i++) {
            Line line = leaves.get(i);
            boolean hasAddress = EMAIL.matcher(line.text()).find() || !Phones.find(line.text(), reading.phoneRegion).isEmpty()
                    || mailto(line).isPresent();
            // a refund paragraph's address is for questions on tickets bought, not for registering
            boolean refund = RegistrationReader.isRefund(line);
            Optional<Line> card = hasAddress ? cardName(leaves, i) : Optional.empty();
            if (!hasAddress || !refund && !CONTACT_WORDS.matcher(line.text()).find() && card.isEmpty()
                    && !previousIsContactHeading(leaves, i) && !continuesCue(reading.document.input(), leaves, i)
                    && !listedUnderCue(reading.document.input(), leaves, i)) {
                continue;
            }
            if (!refund && RegistrationReader.isRegistrationLine(line) && !INFORMATION.matcher(line.text()).find()) {
                continue;
            }
            if (RECIPIENTS.matcher(line.text()).lookingAt()) {
                continue;   // "Aan: <ouders-6lj@…>": whom a mail was sent to, no one to ask
            }
            if (PublisherReader.isAddressFooter(line)) {
                // "Body · Street 1 · 1234 AB Town · Algemeen 033 …": the publisher's switchboard, no one to ask
                continue;
            }
            contact(line, i + 1 < leaves.size() ? leaves.get(i + 1) : null, card);
        }
    }

    /** A mail header's line of recipients: "Aan:", "To:", "Cc:", "Bcc:". */
    private static final Pattern RECIPIENTS = Pattern.compile("(?iu)^\\s*(?:aan|to|cc|bcc)\\s*:");

    /** The most lines of a contact card (name, position) between its cue and its addresses. */
    private static final int CARD_LINES = 3;

    /**
     * A contact card under its cue: "get in touch with me:" over "Sam Okonjo / Club Secretary, … / secretary@… ·
     * 0117 …". Returns the card's first line when it opens with a name, the cue line ending in a colon and holding a
     * contact word, with only short lines without addresses between it and the address line {@code i}.
     */
    private static Optional<Line> cardName(List<Line> leaves, int i) {
        for (int k = i - 1; k >= Math.max(0, i - CARD_LINES - 1); k--) {
            String text = leaves.get(k).text().strip();
            if (text.endsWith(":") && CONTACT_WORDS.matcher(text).find()) {
                return k + 1 < i && NameFinder.startsAt(leaves.get(k + 1), 0) ? Optional.of(leaves.get(k + 1))
                        : Optional.empty();
            }
            if (text.length() >= 80 || EMAIL.matcher(text).find()) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The line before is a contact heading, or the one before that with a line of who between ("CONTACT / X, Y / …");
     * or a mail's sign-off stands at most four short lines before ("Kind regards, / Name / Position / Body / 071 …").
     */
    private static boolean previousIsContactHeading(List<Line> leaves, int i) {
        if (i > 0 && heading(leaves.get(i - 1)) || i > 1 && heading(leaves.get(i - 2))
                && leaves.get(i - 1).text().length() < 80 && !EMAIL.matcher(leaves.get(i - 1).text()).find()) {
            return true;
        }
        // a forwarded or quoted mail's header ("-----Oorspronkelijk bericht----- / Van: X <…>") ends the signature
        for (int k = i - 1; k >= Math.max(0, i - 4) && leaves.get(k).text().length() < 80
                && !QUOTED.matcher(leaves.get(i).text()).lookingAt() && !QUOTED.matcher(leaves.get(k).text()).lookingAt(); k--) {
            if (SIGN_OFF.matcher(leaves.get(k).text().strip()).matches()) {
                return true;
            }
        }
        return false;
    }

    /** The most list items of addresses read under one contact cue. */
    private static final int LISTED = 4;

    /**
     * A list item under a contact cue that ends in a colon, with only list items between ("Neem contact op met X,
     * vormingsverantwoordelijke:" over "- mail: …", "- gsm: 0485 …"); the cue's word may stand on the line its
     * sentence is wrapped from.
     */
    private static boolean listedUnderCue(String input, List<Line> leaves, int i) {
        for (int k = i - 1; k >= Math.max(0, i - LISTED) && leaves.get(i).kind() == Line.Kind.ITEM; k--) {
            Line above = leaves.get(k);
            if (above.kind() != Line.Kind.ITEM) {
                boolean wrapped = k > 0 && HardWraps.sameParagraph(input, leaves.get(k - 1), above);
                return above.text().strip().endsWith(":") && (CONTACT_WORDS.matcher(above.text()).find()
                        || wrapped && CONTACT_WORDS.matcher(HardWraps.openSentence(leaves.get(k - 1))).find());
            }
        }
        return false;
    }

    /** The most lines a contact cue's sentence is read back over: "Vragen graag bij" / "onze secretaris, X, via". */
    private static final int WRAPPED_CUE = 3;

    /**
     * A hard-wrapped sentence whose contact cue is on the lines before: "Vragen: congresbureau, Lieke Verbeek, tel." over
     * "+31 (0)30 - 230 77 88, congres@…"; "Bereikbaar op 0570 - 62 11 44 (kantine)," over "of vooraf via …@…".
     */
    private static boolean continuesCue(String input, List<Line> leaves, int i) {
        if (i == 0 || leaves.get(i).kind() != Line.Kind.TEXT
                || !HardWraps.sameParagraph(input, leaves.get(i - 1), leaves.get(i))) {
            return false;
        }
        // a line that gives an address of its own has its cue's address already
        String open = HardWraps.openSentenceBefore(input, leaves, i, WRAPPED_CUE);
        return !EMAIL.matcher(leaves.get(i - 1).text()).find() && CONTACT_WORDS.matcher(open).find();
    }

    private static final Pattern QUOTED = Pattern.compile("(?iu)\\s*(?:-{3,}|>|(?:van|from|aan|to|cc|verzonden|sent"
            + "|onderwerp|subject|datum|date)\\s*:)");
    /** A mail's or letter's closing: "Met vriendelijke groet,", "Kind regards,". */
    static final Pattern SIGN_OFF = Pattern.compile("(?iu)(?:met )?(?:vriendelijke|hartelijke|sportieve) "
            + "groet(?:en)?,?|(?:with (?:\\p{L}+ )+and )?(?:kind|best|warm|warmest) (?:regards|wishes),?|regards,?"
            + "|sincerely,?|yours sincerely,?|groet(?:en|jes)?,?");

    /** Tells whether {@code line} is a short heading or label of contact ("Contact", "Vragen?"). */
    static boolean heading(Line line) {
        return line.text().length() < 40 && CONTACT_WORDS.matcher(line.text()).find();
    }

    private void contact(Line line, Line next, Optional<Line> card) {
        String text = line.text();
        Contact.Role role = Contact.Role.INFORMATION;
        Basis roleBasis = Assumption.from("information: asked for more information", line.source());
        Matcher press = PRESS.matcher(text);
        Matcher registration = REGISTRATION_QUESTIONS.matcher(text);
        if (press.find()) {
            role = Contact.Role.PRESS;
            roleBasis = line.source(press.start(), press.end());
        } else if (registration.find()) {
            role = Contact.Role.REGISTRATION;
            roleBasis = line.source(registration.start(), registration.end());
        } else {
            Matcher information = INFORMATION.matcher(text);
            if (information.find()) {
                roleBasis = Assumption.from("information: the contact is offered for \"" + information.group()
                        + "\"", line.source(information.start(), information.end()));
            }
        }
        // "Name, position / 06 … / name@…": a contact card sets the address on a short line of its own
        Optional<Reading.Valued<String>> email = email(line).or(() -> mailto(line)).or(() -> next != null
                && next.text().strip().length() < 60 && next.text().strip().split("\\s+").length <= 2
                ? email(next).or(() -> mailto(next)) : Optional.empty());
        Optional<Reading.Valued<String>> phone = phone(line, reading.phoneRegion).or(() -> next != null && next.text().length() < 60
                && !EMAIL.matcher(next.text()).find() ? phone(next, reading.phoneRegion) : Optional.empty());
        Optional<PeopleReader.Named> person = person(line).or(() -> card.flatMap(this::person));
        if (person.isPresent()) {
            String id = person.get().person().id();
            email.ifPresent(e -> reading.people.email(id, e.value(), (Source) e.basis()));
            phone.ifPresent(p -> reading.people.phone(id, p.value(), p.basis()));
            if (person.get().positionRole().filter(r -> r == RoleType.SPOKESPERSON).isPresent()
                    || person.get().role().filter(r -> r == RoleType.SPOKESPERSON).isPresent()
                    || person.get().listRole().filter(r -> r == RoleType.SPOKESPERSON).isPresent()) {
                Source word = person.get().affiliations().stream().flatMap(a -> a.positionSource().stream())
                        .findFirst().orElse(person.get().person().source());
                reading.roles.add(new Found.Participation(id, RoleType.SPOKESPERSON, word,
                        person.get().affiliations()));
            }
            if (reading.contacts.stream().noneMatch(c -> c.personId().equals(Optional.of(id)))) {
                reading.contacts.add(new Reading.Contact(role, roleBasis, Optional.of(id), Optional.empty(),
                        Optional.empty(), Optional.empty()));
            }
        } else if (email.isPresent() || phone.isPresent()) {
            if (reading.contacts.stream().anyMatch(c -> c.email().map(Reading.Valued::value)
                    .equals(email.map(Reading.Valued::value)) && email.isPresent())) {
                return;
            }
            reading.contacts.add(new Reading.Contact(role, roleBasis, Optional.empty(), Optional.of(deskName(email)),
                    email, phone));
        }
        if (phone.isPresent() && person.isEmpty()) {
            // a desk's second number is a second way to reach the same desk (a person's one number is on the person)
            Optional<Reading.Valued<String>> second = secondNumber(line);
            if (second.isPresent()) {
                reading.contacts.add(new Reading.Contact(role, roleBasis, Optional.empty(),
                        Optional.of(deskName(email)), Optional.empty(), second));
            }
        }
    }

    /**
     * The same contact's other number on its line, with no one else named between them: "Tel: 057 936 0412 / Mobile:
     * 087 219 4455", "T 014 28 50 12 – GSM 0497 21 64 38", "0117 496 0583 (office) or 07700 900416 (evenings)".
     */
    private Optional<Reading.Valued<String>> secondNumber(Line line) {
        List<Phones.Found> found = Phones.find(line.text(), reading.phoneRegion);
        if (found.size() != 2 || found.get(0).international().equals(found.get(1).international())) {
            return Optional.empty();
        }
        String between = line.text().substring(found.get(0).end(), found.get(1).start());
        NameFinder names = new NameFinder(between);
        boolean named = java.util.stream.IntStream.range(0, between.length())
                .anyMatch(i -> (i == 0 || between.charAt(i - 1) == ' ') && names.startsAt(i));
        if (between.length() > 40 || named) {
            return Optional.empty();
        }
        Source words = line.source(found.get(1).start(), found.get(1).end());
        return Optional.of(new Reading.Valued<>(found.get(1).international(), found.get(1).regionAssumed()
                ? Assumption.from("the contact's other number, written in international form (libphonenumber)", words)
                : words));
    }

    /** A desk is named after the organiser its e-mail domain belongs to, else after the domain. */
    private Reading.Valued<String> deskName(Optional<Reading.Valued<String>> email) {
        String domain = email.map(e -> e.value().substring(e.value().indexOf('@') + 1)).orElse("");
        for (Found.Organisation organiser : reading.organisers) {
            if (organiser.abbreviation().isPresent() && domain.toLowerCase(Locale.ROOT)
                    .startsWith(organiser.abbreviation().get().toLowerCase(Locale.ROOT) + ".")) {
                return new Reading.Valued<>(organiser.name(), Assumption.from("desk named after the organiser "
                        + "whose domain the address has", (Source) email.get().basis()));
            }
        }
        if (email.isPresent()) {
            return new Reading.Valued<>(domain, Assumption.from("desk named after the address's domain",
                    (Source) email.get().basis()));
        }
        String name = reading.organisers.isEmpty() ? "Contact" : reading.organisers.get(0).name();
        return new Reading.Valued<>(name, Assumption.of("desk named after the first organiser"));
    }

    private Optional<PeopleReader.Named> person(Line line) {
        Matcher cue = PERSON_CUE.matcher(line.text());
        while (cue.find()) {
            if (NameFinder.startsAt(line, cue.end()) || roleThenName(line, cue.end())
                    || positionThenName(line, cue.end())) {
                PeopleReader.Result result = PeopleReader.read(line, cue.end(), reading.people, reading.organisations);
                if (!result.people().isEmpty()) {
                    return Optional.of(result.people().get(0));
                }
            }
        }
        if (NameFinder.startsAt(line, 0)) {
            PeopleReader.Result result = PeopleReader.read(line, 0, reading.people, reading.organisations);
            return result.people().stream().findFirst();
        }
        // "Heeft u vragen? Wijkconsulent Sandra Bakker is bereikbaar op …": a sentence that opens with a position
        String text = line.text();
        for (int start = 0; start < text.length(); start++) {
            boolean opens = start == 0 || start > 1 && text.charAt(start - 1) == ' '
                    && ".?!".indexOf(text.charAt(start - 2)) >= 0;
            int space = text.indexOf(' ', start);
            if (opens && space > start && Lexicon.isPosition(text.substring(start, space))
                    && NameFinder.startsAt(line, space + 1)) {
                return PeopleReader.read(line, space + 1, reading.people, reading.organisations).people().stream()
                        .findFirst();
            }
        }
        return Optional.empty();
    }

    /** "Contacteer projectleider Koen Van Damme", "bel wijkagent Sara Bos": a position between the cue and the name. */
    private static boolean positionThenName(Line line, int from) {
        String text = line.text();
        int space = text.indexOf(' ', from);
        return space > from && Character.isLowerCase(text.charAt(from))
                && Lexicon.isPosition(text.substring(from, space)) && NameFinder.startsAt(line, space + 1);
    }

    /** "contact press officer Daan Hofstede": a role word between the cue and the name. */
    private static boolean roleThenName(Line line, int from) {
        String text = line.text();
        return Lexicon.leadingRole(text.substring(from)).map(r -> from + r.getKey().length())
                .filter(end -> end < text.length() && text.charAt(end) == ' ')
                .filter(end -> NameFinder.startsAt(line, end + 1)).isPresent();
    }

    /** "Mail [Marieke Holtkamp](mailto:…)": the address a mailto link of the line points to, its words the source. */
    private Optional<Reading.Valued<String>> mailto(Line line) {
        Source whole = line.source();
        for (LinkRef link : reading.document.links()) {
            Optional<String> address = link.target().filter(t -> t.regionMatches(true, 0, "mailto:", 0, 7))
                    .map(t -> t.substring(7).replaceAll("\\?.*$", "")).filter(a -> EMAIL.matcher(a).matches());
            if (address.isPresent() && link.words().start() >= whole.start() && link.words().end() <= whole.end()) {
                return Optional.of(new Reading.Valued<>(address.get(), link.words()));
            }
        }
        return Optional.empty();
    }

    static Optional<Reading.Valued<String>> email(Line line) {
        Matcher m = EMAIL.matcher(line.text());
        if (!m.find()) {
            return Optional.empty();
        }
        String address = m.group().replaceAll("\\.+$", "");
        return Optional.of(new Reading.Valued<>(address, line.source(m.start(), m.start() + address.length())));
    }

    static Optional<Reading.Valued<String>> phone(Line line, String region) {
        List<Phones.Found> found = Phones.find(line.text(), region);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Phones.Found number = found.get(0);
        Source words = line.source(number.start(), number.end());
        String as = switch (region) {
            case "BE" -> "Belgian number, in a Belgian text";
            case "GB" -> "British number, in a British text";
            case "IE" -> "Irish number, in an Irish text";
            default -> "Dutch number";
        };
        Basis basis = number.regionAssumed()
                ? Assumption.from("written in international form as a " + as + " (libphonenumber)", words)
                : Assumption.from("written in international form (libphonenumber)", words);
        return Optional.of(new Reading.Valued<>(number.international(), basis));
    }
}

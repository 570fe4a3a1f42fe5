package dev.agendum.importer;

import dev.agendum.model.AttendanceMode;
import dev.agendum.model.EventStatus;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads how people attend (online, on location, hybrid), the venue and its address, and the online location. */
final class PlaceReader {

    private static final Pattern LABEL = Pattern.compile("(?iu)^(?:locatie|plaats|waar|adres|venue|location|where"
            + "|address|place|samenkomst|verzamelen|verzamelpunt|meeting point)\\s*[:?]\\s*");   // "Waar? OC De Linde, …": a label may ask
    /** A label's value that says where inside the venue to go: "bij de informatiebalie", "at the front desk". */
    private static final Pattern MEETING_POINT = Pattern.compile("(?iu)^\\s*(?:bij|in|aan|voor|at|by|in front of)"
            + "\\s+(?:de|het|the)\\s");

    /**
     * A British street at the end of its line, its number first, as an address block sets it over "Leeds LS2 7EQ":
     * "22 Wharf Street", "Unit 3, Tannery Yard, 14 Mill Lane".
     */
    static final Pattern NUMBER_FIRST_LINE = Pattern.compile("(?:^\\s*|,\\s+)(\\d{1,4}[a-z]?\\s+\\p{Lu}[\\p{L}'-]+"
            + "(?:\\s+\\p{Lu}[\\p{L}'-]+){0,3})\\s*,?\\s*$");
    /** A British street, its number first ("41 Riverside Walk,"), read only on a line with a British postcode. */
    private static final Pattern NUMBER_FIRST_STREET = Pattern.compile("(?<![\\p{L}\\d])(\\d{1,4}[a-z]?\\s+\\p{Lu}"
            + "[\\p{L}'-]+(?:\\s+\\p{Lu}[\\p{L}'-]+){0,3})(?=\\s*,)");
    static final Pattern STREET = Pattern.compile("(\\p{Lu}[\\p{L}.'-]*(?:\\s+[\\p{L}.'-]+){0,3}\\s+\\d{1,4}"
            + "(?:\\s?[a-zA-Z](?![\\p{L}]))?(?:-\\d{1,4})?)(?=\\s*,|\\s*$|\\s+\\d{4}\\s?[A-Z]{2}|\\s+[·|•]\\s)");
    /** A room and its number, which the street pattern would take: "Zaal 3", "room 12", "Lokaal 2a". */
    private static final Pattern ROOM_NUMBER = Pattern.compile("(?iu)(?<![\\p{L}])(?:zaal|room|lokaal|hall|ruimte"
            + "|kamer)\\s+\\d{1,4}[a-z]?$");
    private static final Pattern NOT_HERE = Pattern.compile("(?iu)(?<![\\p{L}])(?:niet (?:meer |langer )?(?:samen )?"
            + "(?:in|op|bij)|not (?:be )?(?:held |take place )?(?:at|in)|no longer (?:at|in)|in plaats van|instead of)(?![\\p{L}])");
    private final Reading reading;
    private final List<Line> leaves;

    PlaceReader(Reading reading) {
        this.reading = reading;
        this.leaves = reading.document.leaves();
    }

    void read() {
        venue();
        footerAddress();
        Optional<Source> online = find(AttendanceWords.ONLINE, true);
        Optional<Source> hybrid = find(AttendanceWords.HYBRID, true);
        boolean movedOnline = reading.status.value() == EventStatus.MOVED_ONLINE;
        if (reading.venueName.isPresent() && !movedOnline) {
            if (online.isPresent() && hybrid.isPresent()) {
                reading.attendance = new Reading.Valued<>(AttendanceMode.HYBRID, hybrid.get());
            } else {
                reading.attendance = new Reading.Valued<>(AttendanceMode.IN_PERSON, reading.venueName.get().basis());
            }
        } else if (online.isPresent() || movedOnline) {
            reading.attendance = new Reading.Valued<>(AttendanceMode.ONLINE, movedOnline ? reading.status.basis()
                    : online.get());
            clearVenue();
        } else {
            reading.attendance = new Reading.Valued<>(AttendanceMode.IN_PERSON, Assumption.of("in person: the text "
                    + "names neither a place nor an online meeting"));
        }
        if (reading.attendance.value() != AttendanceMode.IN_PERSON) {
            new OnlineLocation(reading, leaves).read();
        }
    }

    /**
     * A venue named without its address ("Waar: Cultuurcentrum De Brouwerij, Grote zaal") whose page's footer gives
     * it under the same name: the footer's address is the venue's.
     */
    private void footerAddress() {
        if (reading.venueName.isPresent() && reading.street.isEmpty() && reading.locality.isEmpty()) {
            VenueNames.footerLinesUnder(reading.document.footer(), reading.venueName.get().value()).forEach(this::address);
        }
    }

    private void clearVenue() {
        reading.venueName = Optional.empty();
        reading.street = Optional.empty();
        reading.postalCode = Optional.empty();
        reading.locality = Optional.empty();
        reading.country = Optional.empty();
    }

    private void venue() {
        boolean labelledOnline = false;
        for (int i = 0; i < leaves.size(); i++) {
            Line line = leaves.get(i);
            Matcher label = LABEL.matcher(line.text());
            if (!label.find()) {
                continue;
            }
            int at = label.end();
            String value = line.text().substring(at);
            if (MEETING_POINT.matcher(value).lookingAt() && postal(value).isEmpty() && !NAMED.matcher(value).find()) {
                continue;   // "Verzamelen: bij de informatiebalie in de hal": where in the venue, not which
            }
            if (AttendanceWords.ONLINE.matcher(value).find() && postal(value).isEmpty()
                    && !AttendanceWords.HYBRID.matcher(value).find()) {
                labelledOnline = true;
                continue;
            }
            at += VenueNames.pastRoomFirst(value, STREET);   // "Main Auditorium, The Granary Arts Centre, …"
            value = line.text().substring(at);
            int comma = value.indexOf(',');
            int nameEnd = at + (comma < 0 ? value.length() : comma);
            String name = line.text().substring(at, nameEnd).replaceAll("\\s*\\(.*$", "");
            int[] span = VenueNames.trim(line.text(), at, at + name.length());
            span[0] = VenueNames.pastRoom(line.text(), span[0], span[1]);
            name = line.text().substring(span[0], span[1]);
            if (!name.isBlank() && !STREET.matcher(name).matches() && !PostalCodes.hasDutch(name)) {
                reading.venueName = Optional.of(new Reading.Valued<>(name.strip(), line.source(span[0], span[1])));
            }
            address(withWrappedCode(i));
            int block = i + 3;
            if (value.isBlank() && i + 1 < leaves.size()) {
                // "WAAR?" alone over "Jeugdverblijf Heidebloem", "Heibergstraat 27", "2460 Lichtaart": the
                // label's value is the block under it, the venue its first line
                Line first = leaves.get(i + 1);
                String named = first.text().strip();
                if (!named.isEmpty() && named.length() < 60 && !STREET.matcher(named).matches()
                        && postal(named).isEmpty() && DateReader.dates(named).isEmpty()) {
                    reading.venueName = Optional.of(new Reading.Valued<>(named, first.source()));
                }
                block = i + 4;
            }
            for (int j = i + 1; j < Math.min(leaves.size(), block) && reading.locality.isEmpty(); j++) {
                address(leaves.get(j));
            }
            if (reading.venueName.isEmpty() && reading.street.isPresent()) {
                reading.venueName = Optional.of(new Reading.Valued<>(reading.street.get().value(),
                        Assumption.from("venue named by its street address", (Source) reading.street.get().basis())));
            }
            if (reading.venueName.isPresent()) {
                return;
            }
        }
        if (labelledOnline) {
            // "Waar: online, via Webex": the text says where, so an address elsewhere (a signature's) is not the venue
            return;
        }
        for (int i = 0; i < leaves.size(); i++) {
            Line line = withWrappedTown(i);
            Optional<StackedAddress.Parts> stacked = StackedAddress.at(leaves, i);
            if (stacked.isPresent() && !SenderAddresses.isSenders(leaves, i, 0)) {
                stacked(stacked.get());
                return;
            }
            Optional<PostalCodes.Code> postal = postal(line.text());
            if (postal.isPresent() && !SenderAddresses.isSenders(leaves, i, postal.get().start())
                    && !notHere(line.text(), postal.get().start())) {
                address(line);
                int streetAt = reading.street.map(s -> line.text().indexOf(s.value())).orElse(-1);
                int nameEnd = streetAt >= 0 ? streetAt : postal.get().start();
                Optional<int[]> name = VenueNames.before(line.text(), nameEnd);
                // "… held in the Main Hall of Hollinbury Village Hall, 2 Church Lane," over "Hollinbury, SO51 8QT":
                // a sentence wrapped after the street names the street and the venue on the line above
                Line named = line;
                Optional<int[]> wrapped = reading.street.isEmpty()
                        ? WrappedStreet.above(reading.document.input(), leaves, i, postal.get().start())
                        : Optional.empty();
                if (wrapped.isPresent()) {
                    named = leaves.get(i - 1);
                    reading.street = Optional.of(new Reading.Valued<>(named.text().substring(wrapped.get()[0],
                            wrapped.get()[1]), named.source(wrapped.get()[0], wrapped.get()[1])));
                    name = VenueNames.before(named.text(), wrapped.get()[0]);
                }
                if (name.isPresent()) {
                    reading.venueName = Optional.of(new Reading.Valued<>(named.text().substring(name.get()[0],
                            name.get()[1]), named.source(name.get()[0], name.get()[1])));
                } else if (i > 0 && line.text().startsWith("(") && bracketedBelow(i)) {
                    return;
                } else if (i > 0 && nameEnd == 0 && venueAbove(i)) {
                    return;
                } else {
                    reading.venueName = reading.street.map(s -> new Reading.Valued<>(s.value(),
                            Assumption.from("venue named by its street address", (Source) s.basis())));
                }
                return;
            }
        }
    }

    /** A capitalised word after the first: a name ("in the garden of Linden House"). */
    private static final Pattern NAMED = Pattern.compile("\\s\\p{Lu}");

    /** A British postcode that opens a line: "RG7 5AS (upstairs in the pavilion)". */
    private static final Pattern LEADING_BRITISH_CODE = Pattern.compile("^[A-Z]{1,2}\\d[A-Z\\d]?\\s\\d[A-Z]{2}(?![\\p{L}\\d])");

    /**
     * Leaf {@code i} with the postcode that opens the next line of its paragraph, when the leaf ends with the town
     * and gives no code ("Venue: Theale Cricket Club, 7 Englefield Road, Reading" over "RG7 5AS (upstairs …)"): a
     * hard wrap between a town and its code; otherwise the leaf itself.
     */
    private Line withWrappedCode(int i) {
        Line line = leaves.get(i);
        if (i + 1 >= leaves.size() || postal(line.text()).isPresent() || !line.text().matches("(?s).*\\p{Lu}\\p{Ll}+\\s*$")
                || !HardWraps.sameParagraph(reading.document.input(), line, leaves.get(i + 1))) {
            return line;
        }
        Line next = leaves.get(i + 1);
        Matcher code = LEADING_BRITISH_CODE.matcher(next.text());
        return code.find() ? line.joined(next.sub(0, code.end())) : line;
    }

    /** A Dutch postal code that ends a line, its town wrapped onto the next: "…, 1019 BL" over "Amsterdam. It …". */
    private static final Pattern TRAILING_DUTCH_CODE = Pattern.compile("(?<![\\p{L}\\d])\\d{4}\\s?[A-Z]{2}\\s*$");
    /** The town that opens a line: "Amsterdam", "'s-Hertogenbosch", "Alphen aan den Rijn". */
    private static final Pattern LEADING_TOWN = Pattern.compile("^(?:'s-)?\\p{Lu}[\\p{L}-]+(?:\\s(?:aan|op|a/d)"
            + "(?:\\s(?:de|den|het))?\\s\\p{Lu}[\\p{L}-]+)?(?=[\\s.,;]|$)");

    /** Leaf {@code i} joined with the town that opens the next line of its paragraph, when it ends with the code. */
    private Line withWrappedTown(int i) {
        Line line = leaves.get(i);
        if (i + 1 >= leaves.size() || !TRAILING_DUTCH_CODE.matcher(line.text()).find()
                || !HardWraps.sameParagraph(reading.document.input(), line, leaves.get(i + 1))) {
            return line;
        }
        Matcher town = LEADING_TOWN.matcher(leaves.get(i + 1).text());
        return town.find() ? line.joined(leaves.get(i + 1).sub(0, town.end())) : line;
    }

    /**
     * An address block set over lines, its postal code under the venue and the street ("Bibliotheek Tiel,
     * Kleibergsestraat 2" over "4001 CE Tiel"; "Onze-Lieve-Vrouwekerk", "Onze-Lieve-Vrouwplein 1", "9100
     * Sint-Niklaas"): the street is the line above the code, the venue the words before it or the line above that.
     */
    private boolean venueAbove(int postalAt) {
        Line previous = leaves.get(postalAt - 1);
        Matcher numberFirst = NUMBER_FIRST_LINE.matcher(previous.text());
        if (reading.street.isEmpty() && "GB".equals(reading.country.map(Reading.Valued::value).orElse(""))
                && numberFirst.find()) {
            // "22 Wharf Street" or "Unit 3, Tannery Yard, 14 Mill Lane" over "Leeds LS2 7EQ": a British street,
            // its number first, at the end of the line above the town
            reading.street = Optional.of(new Reading.Valued<>(numberFirst.group(1),
                    previous.source(numberFirst.start(1), numberFirst.end(1))));
        }
        if (reading.street.isEmpty()) {
            address(previous);
        }
        int streetAt = reading.street.map(s -> previous.text().indexOf(s.value())).orElse(-1);
        // "Unit 3, Tannery Yard, 14 Mill Lane": a British street line's parts before the street are the premises,
        // and the venue is the line above
        boolean premises = streetAt > 0 && "GB".equals(reading.country.map(Reading.Valued::value).orElse(""))
                && NUMBER_FIRST_LINE.matcher(previous.text()).find();
        Line named = (streetAt == 0 || premises) && postalAt > 1 ? leaves.get(postalAt - 2) : previous;
        int end = named == previous && streetAt > 0 ? streetAt : named.text().length();
        if (named.text().length() >= 60 && end == named.text().length()) {
            return false;
        }
        int comma = named.text().indexOf(", ");
        if (end == named.text().length() && comma > 0 && DateReader.dates(named.text()).isEmpty()) {
            // a block's venue line of its own, "Calder House, Airedale University": the building first, then whose
            end = comma;
        }
        Optional<int[]> name = VenueNames.before(named.text(), end);
        if (name.isEmpty()) {
            return false;
        }
        reading.venueName = Optional.of(new Reading.Valued<>(named.text().substring(name.get()[0], name.get()[1]),
                named.source(name.get()[0], name.get()[1])));
        return true;
    }

    /** Sets the venue from an address set one part a line ({@link StackedAddress}). */
    private void stacked(StackedAddress.Parts parts) {
        reading.postalCode = Optional.of(new Reading.Valued<>(parts.code().words(), parts.code()));
        reading.locality = Optional.of(new Reading.Valued<>(parts.town().words(), parts.town()));
        reading.country = Optional.of(new Reading.Valued<>("GB", Assumption.from("country GB: a British postcode",
                parts.code())));
        reading.street = Optional.of(new Reading.Valued<>(parts.street().words(), parts.street()));
        reading.venueName = Optional.of(parts.venue().map(v -> new Reading.Valued<>(v.words(), v))
                .orElse(new Reading.Valued<>(parts.street().words(), Assumption.from("venue named by its street "
                        + "address", parts.street()))));
    }

    /**
     * "… op ons eigen Sportpark De Zuidhoek" over "(Dorpsweg 85, 3831 NE Leusden).": an address in brackets that
     * opens its line gives the venue the sentence above ends with.
     */
    private boolean bracketedBelow(int postalAt) {
        Line above = leaves.get(postalAt - 1);
        Optional<int[]> name = VenueNames.before(above.text(), above.text().length());
        name.ifPresent(n -> reading.venueName = Optional.of(new Reading.Valued<>(above.text().substring(n[0], n[1]),
                above.source(n[0], n[1]))));
        return name.isPresent();
    }

    /** The first postal code of {@code text} and its town, Belgian ones only in a Belgian text. */
    private Optional<PostalCodes.Code> postal(String text) {
        return PostalCodes.find(text, reading.phoneRegion.equals("BE"));
    }

    private void address(Line line) {
        Optional<PostalCodes.Code> postal = postal(line.text());
        // an Irish address sets its number before the street too ("14 Market Square, Kilrush, Co. Clare V15 K2P8")
        boolean british = postal.filter(p -> p.country().equals("GB") || p.country().equals("IE")).isPresent();
        if (postal.isPresent() && reading.postalCode.isEmpty()) {
            PostalCodes.Code found = postal.get();
            Source code = line.source(found.codeStart(), found.codeEnd());
            reading.postalCode = Optional.of(new Reading.Valued<>(found.code(), code));
            reading.locality = Optional.of(new Reading.Valued<>(line.text().substring(found.townStart(),
                    found.townEnd()), line.source(found.townStart(), found.townEnd())));
            reading.country = Optional.of(new Reading.Valued<>(found.country(), Assumption.from("country "
                    + found.country() + ": " + found.why(), code)));
        }
        Matcher street = STREET.matcher(line.text());
        boolean found = false;
        while (!found && street.find()) {
            // "November 2023" is no street, nor is a room and its number ("room Zaal 3", "Lokaal 12")
            found = !isDate(street.group(1)) && !ROOM_NUMBER.matcher(street.group(1)).find();
        }
        Matcher numberFirst = NUMBER_FIRST_STREET.matcher(line.text());
        // in a British text the street may stand on the line above its postcode: "Venue: Rooms, 3 Bute Crescent,"
        if (!found && (british || reading.phoneRegion.matches("GB|IE")) && numberFirst.find()
                && reading.street.isEmpty()) {
            reading.street = Optional.of(new Reading.Valued<>(numberFirst.group(1),
                    line.source(numberFirst.start(1), numberFirst.end(1))));
        }
        if (found && reading.street.isEmpty()) {
            String words = street.group(1);
            Matcher label = LABEL.matcher(words);
            int from = street.start(1) + (label.lookingAt() ? label.end() : 0);
            reading.street = Optional.of(new Reading.Valued<>(line.text().substring(from, street.end(1)),
                    line.source(from, street.end(1))));
        }
        // "Kilbride Theatre, Quadrangle Building, University Road, Galway H91 E7K2": a street without its number
        Optional<int[]> bare = reading.street.isEmpty() && british ? UnnumberedStreet.in(line.text())
                : Optional.empty();
        bare.ifPresent(at -> reading.street = Optional.of(new Reading.Valued<>(line.text().substring(at[0], at[1]),
                line.source(at[0], at[1]))));
    }

    /**
     * "… komen we niet samen in Buurthuis De Meeuw, Slotermeerlaan 58, 1064 HC Amsterdam, maar in …": an address
     * the sentence says the event is not (or no longer) at.
     */
    private static boolean notHere(String text, int postal) {
        int start = Math.max(text.lastIndexOf(". ", postal), 0);
        return NOT_HERE.matcher(text.substring(start, postal)).find();
    }

    /** A month and a year ending the words ("November 2023", "maart 2026"): a date, not a street and number. */
    private static final Pattern MONTH_YEAR = Pattern.compile("(?iu)(?<![\\p{L}])(?:" + DateReader.MONTH
            + ")\\.?\\s+\\d{4}$");

    private static boolean isDate(String words) {
        return !DateReader.dates(words).isEmpty() || MONTH_YEAR.matcher(words).find();
    }

    private Optional<Source> find(Pattern pattern, boolean online) {
        for (int i = 0; i < leaves.size(); i++) {
            // "De avond is ook live te" / "volgen via …": words a plain text wraps are read over the wrap
            Line line = HardWraps.withNext(reading.document, leaves, i);
            Matcher m = pattern.matcher(line.text());
            while (m.find() && m.start() < leaves.get(i).text().length()) {
                if (online && AttendanceWords.notAttending(leaves, i, m.start())
                        || AttendanceWords.denied(line.text(), m.start())) {
                    continue;
                }
                return Optional.of(line.source(m.start(), m.end()));
            }
        }
        return Optional.empty();
    }
}

package dev.agendum.importer;

import dev.agendum.model.Capacity;
import dev.agendum.model.Fee;
import dev.agendum.model.Registration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Currency;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The terms of registration a text states, apart from the ways to register ({@link RegistrationReader}): whether it
 * is required, when it closes, the fee and the places with any waiting list.
 */
final class RegistrationTerms {

    private static final Pattern REQUIRED = Pattern.compile("(?iu)(aanmelden is (?:wel )?(?:verplicht|noodzakelijk"
            + "|nodig|vereist)|aanmelding is (?:verplicht|noodzakelijk|vereist)|(?:registration|registering|booking) "
            + "is (?:required|essential|necessary|mandatory)|(?:please |u moet zich |je moet je )?(?:register|aanmelden)"
            + " (?:in advance|vooraf)|verplicht aanmelden|registration required)");
    private static final Pattern OPTIONAL = Pattern.compile("(?iu)(aanmelden is niet (?:nodig|verplicht)|zonder "
            + "aanmelding|vrij toegankelijk|no registration (?:is )?(?:needed|required)|registration is not required"
            + "|registration is optional|aanmelden is niet noodzakelijk|just walk in|inloop zonder)");
    private static final Pattern FEE = Pattern.compile("(?iu)(?:€\\s?(\\d+(?:[.,]\\d{1,2})?)(?:,-)?|(\\d+(?:[.,]"
            + "\\d{2})?)\\s?(?:euro|eur)(?![\\p{L}]))");
    /** An amount in pounds: "£12", "£7.50". */
    private static final Pattern POUNDS = Pattern.compile("£\\s?(\\d+(?:\\.\\d{2})?)(?![\\d])");
    private static final Pattern FREE = Pattern.compile("(?iu)(?<![\\p{L}])(gratis|kosteloos|kostenloos|geen kosten"
            + "|zonder kosten|free of charge|free admission|admission is free|(?:is|are|attendance is|participation "
            + "is) free|no fee|no charge|toegang is vrij|deelname is vrij)(?![\\p{L}])");
    /** What else a free word may be of: "kosteloos omboeken", "gratis parkeren", "free parking", "free to rebook". */
    private static final Pattern FREE_OTHER = Pattern.compile("(?iu)^\\s+(?:(?:te|to)\\s+)?(?:omboeken|annuleren"
            + "|afmelden|parkeren|wijzigen|ruilen|koffie|thee|frisdrank|wifi|wi-fi|rebook|cancel|exchange|parking"
            + "|coffee|tea|refreshments)(?![\\p{L}])");
    private static final Pattern CAPACITY = Pattern.compile("(?iu)(?:maximaal|max\\.?|maximum(?: of)?|up to"
            + "|limited to|beperkt tot|plaats voor|room for|slechts|only)\\s+(\\d{1,5})\\s+(?:deelnemers|plaatsen"
            + "|personen|mensen|participants|places|seats|people|attendees)|(\\d{1,5})\\s+(?:plaatsen|places|seats)"
            + "(?:\\s+(?:beschikbaar|available))");
    private static final Pattern WAITING = Pattern.compile("(?iu)(wachtlijst|waiting list|waitlist)");
    private static final Pattern CLOSING = Pattern.compile("(?iu)(tot(?: en met)?|t/m|vóór|voor|uiterlijk|before|by"
            + "|until|no later than|deadline:?|sluit(?: op)?|closes(?: on)?)\\s+(?:\\p{L}+,?\\s+)?$");

    private final Reading reading;
    private final Function<DateReader.DateMention, Optional<LocalDate>> resolve;

    RegistrationTerms(Reading reading, Function<DateReader.DateMention, Optional<LocalDate>> resolve) {
        this.reading = reading;
        this.resolve = resolve;
    }

    /** Whether {@code text} says registering is not needed ("Aanmelden is niet nodig", "just walk in"). */
    static boolean saysOptional(String text) {
        return OPTIONAL.matcher(text).find();
    }

    /** Sets whether registering is required or optional from what {@code line} says, the optional word first. */
    void requirement(Line line) {
        Matcher optional = OPTIONAL.matcher(line.text());
        Matcher required = REQUIRED.matcher(line.text());
        if (optional.find()) {
            reading.requirement = Optional.of(new Reading.Valued<>(Registration.Requirement.OPTIONAL,
                    line.source(optional.start(), optional.end())));
        } else if (required.find() && reading.requirement.isEmpty()) {
            reading.requirement = Optional.of(new Reading.Valued<>(Registration.Requirement.REQUIRED,
                    line.source(required.start(), required.end())));
        }
    }

    /** Sets when registration closes from the first date {@code line} gives after a closing word, if none is set. */
    void closing(Line line) {
        if (reading.closes.isPresent()) {
            return;
        }
        for (DateReader.DateMention date : DateReader.dates(line.text())) {
            String before = line.text().substring(0, date.start());
            Matcher word = CLOSING.matcher(before);
            Optional<LocalDate> day = resolve.apply(date);
            if (word.find() && day.isPresent()) {
                Source where = line.source(word.start(), date.end());
                boolean before_ = word.group(1).matches("(?iu)vóór|voor|before");
                LocalDateTime closes = before_ ? day.get().atStartOfDay() : day.get().atTime(23, 59);
                reading.closes = Optional.of(new Reading.Valued<>(closes, Assumption.from(before_
                        ? "closes when that day begins (\"" + word.group(1) + "\")"
                        : "closes at the end of that day", where)));
                return;
            }
        }
    }

    /** Sets the fee from {@code line}: free, or the first amount in euros or else in pounds, if none is set. */
    void fee(Line line) {
        if (reading.fee.isPresent()) {
            return;
        }
        Matcher free = FREE.matcher(line.text());
        boolean found = free.find();
        while (found && FREE_OTHER.matcher(line.text().substring(free.end())).lookingAt()) {
            found = free.find();
        }
        // a British text's prices are in pounds; Dutch, Belgian and Irish ones in euros
        boolean british = reading.phoneRegion.equals("GB");
        if (found) {
            reading.fee = Optional.of(new Reading.Valued<>(Fee.free(Currency.getInstance(british ? "GBP" : "EUR")),
                    Assumption.from(british ? "free, in pounds: the currency is not named, the text is British"
                            : "free, in euros: the currency is not named", line.source(free.start(), free.end()))));
            return;
        }
        Matcher fee = FEE.matcher(line.text());
        Matcher pounds = POUNDS.matcher(line.text());
        if (fee.find()) {
            String amount = (fee.group(1) != null ? fee.group(1) : fee.group(2)).replace(',', '.');
            reading.fee = Optional.of(new Reading.Valued<>(Fee.of(amount, "EUR"), line.source(fee.start(), fee.end())));
        } else if (pounds.find()) {
            reading.fee = Optional.of(new Reading.Valued<>(Fee.of(pounds.group(1), "GBP"),
                    line.source(pounds.start(), pounds.end())));
        }
    }

    /** Sets the places {@code line} gives, and a waiting list it names for them. */
    void capacity(Line line) {
        Matcher waiting = WAITING.matcher(line.text());
        Matcher places = CAPACITY.matcher(line.text());
        if (places.find() && reading.capacity.isEmpty()) {
            int number = Integer.parseInt(places.group(1) != null ? places.group(1) : places.group(2));
            reading.capacity = Optional.of(new Reading.Valued<>(Capacity.of(number),
                    line.source(places.start(), places.end())));
        }
        if (waiting.find() && reading.capacity.isPresent() && !reading.capacity.get().value().waitingList()) {
            Reading.Valued<Capacity> known = reading.capacity.get();
            reading.capacity = Optional.of(new Reading.Valued<>(Capacity.withWaitingList(known.value().places()),
                    known.basis()));
        }
    }
}

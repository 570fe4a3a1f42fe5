package dev.agendum.ical;

import dev.agendum.model.Capacity;
import dev.agendum.model.Fee;
import dev.agendum.model.Registration;
import dev.agendum.model.RegistrationChannel;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * Registration has no home in iCalendar: calendar apps see it in DESCRIPTION ({@link DescriptionText}), and
 * X-AGENDUM-REGISTRATION (the rules) with one X-AGENDUM-CHANNEL per channel carry it exactly.
 *
 * <pre>
 * X-AGENDUM-REGISTRATION:required=true&amp;closes=2021-04-01T12:00&amp;places=80&amp;waiting-list=true&amp;fee=0&amp;currency=EUR
 * X-AGENDUM-CHANNEL:type=web&amp;address=https://www.bestuurskunde.nl/aanmelden
 * </pre>
 */
final class RegistrationMapper {

    private RegistrationMapper() {
    }

    /** Writes X-AGENDUM-REGISTRATION and its X-AGENDUM-CHANNELs. */
    static void carry(ContentLineWriter lines, Registration registration) {
        lines.start("X-AGENDUM-REGISTRATION").field("required", Boolean.toString(registration.required()));
        lines.optionalTime("opens", registration.opens());
        lines.optionalTime("closes", registration.closes());
        registration.capacity().ifPresent(c -> {
            lines.field("places", c.places());
            if (c.waitingList()) {
                lines.field("waiting-list", "true");
            }
            Fields.optional(lines, "waiting-list-places", c.waitingListPlaces());
        });
        registration.fee().ifPresent(f -> lines.field("fee", f.amount().toPlainString())
                .field("currency", f.currency().getCurrencyCode()));
        Fields.optionalText(lines, "audience", registration.audience());
        if (registration.approvalRequired()) {
            lines.field("approval", "true");
        }
        Fields.optionalText(lines, "note", registration.note());
        lines.endFields();
        for (RegistrationChannel channel : registration.channels()) {
            lines.start("X-AGENDUM-CHANNEL").field("type", channel.type().code());
            Fields.optional(lines, "address", channel.address());
            Fields.optionalText(lines, "label", channel.label());
            lines.endFields();
        }
    }

    /** Reads the registration from X-AGENDUM-REGISTRATION and its channels. */
    static Registration read(Fields rules, List<Fields> channels) {
        Optional<Capacity> capacity = rules.number("places").map(places -> new Capacity(places,
                rules.flag("waiting-list"), rules.number("waiting-list-places")));
        Optional<Fee> fee = rules.one("fee").map(amount -> new Fee(new BigDecimal(amount),
                Currency.getInstance(rules.required("currency"))));
        List<RegistrationChannel> read = channels.stream().map(c -> new RegistrationChannel(
                c.code("type", RegistrationChannel.Type.class), c.one("address"), c.text("label"))).toList();
        return new Registration(rules.flag("required"), read, rules.time("opens"), rules.time("closes"), capacity,
                fee, rules.text("audience"), rules.flag("approval"), rules.text("note"));
    }
}

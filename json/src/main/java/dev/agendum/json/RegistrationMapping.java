package dev.agendum.json;

import dev.agendum.model.Capacity;
import dev.agendum.model.Fee;
import dev.agendum.model.Registration;
import dev.agendum.model.RegistrationChannel;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.regex.Pattern;
import tools.jackson.core.JsonGenerator;

/**
 * Registration with its channels, capacity and fee. A fee's amount is a decimal string ({@code "12.5"}), never a
 * JSON number, so that no reader on any platform rounds it through binary floating point.
 */
final class RegistrationMapping {

    private static final Pattern AMOUNT = Pattern.compile("(0|[1-9][0-9]{0,29})(\\.[0-9]{0,29}[1-9])?");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    static final ObjectSpec<RegistrationChannel> CHANNEL = ObjectSpec.of(v -> new RegistrationChannel(v.get("type"),
                    v.optional("address"), v.optional("label")))
            .required("type", Scalars.code(RegistrationChannel.Type.class))
            .optional("address", Scalars::text)
            .optional("label", Texts::read);

    static final ObjectSpec<Capacity> CAPACITY = ObjectSpec.of(v -> new Capacity(v.get("places"),
                    v.get("waitingList"), v.optional("waitingListPlaces")))
            .required("places", in -> in.integer(1))
            .required("waitingList", JsonInput::bool)
            .optional("waitingListPlaces", in -> in.integer(0));

    static final ObjectSpec<Fee> FEE = ObjectSpec.of(v -> new Fee(v.get("amount"), v.get("currency")))
            .required("amount", RegistrationMapping::amount)
            .required("currency", RegistrationMapping::currency);

    static final ObjectSpec<Registration> REGISTRATION = ObjectSpec.of(v -> new Registration(v.<Boolean>get("required").booleanValue(),
                    v.list("channels"), v.optional("opens"), v.optional("closes"), v.optional("capacity"),
                    v.optional("fee"), v.optional("audience"), v.get("approvalRequired"), v.optional("note")))
            .required("required", JsonInput::bool)
            .optional("channels", in -> in.list(CHANNEL, in.limits().maxListLength(), "channels"))
            .optional("opens", Scalars::localDateTime)
            .optional("closes", Scalars::localDateTime)
            .optional("capacity", CAPACITY)
            .optional("fee", FEE)
            .optional("audience", Texts::read)
            .required("approvalRequired", JsonInput::bool)
            .optional("note", Texts::read);

    private RegistrationMapping() {
    }

    static void writeRegistration(JsonGenerator out, Registration registration) {
        out.writeStartObject();
        out.writeBooleanProperty("required", registration.required());
        Out.list(out, "channels", registration.channels(), RegistrationMapping::writeChannel);
        Out.optional(out, "opens", registration.opens(), Out.TIME);
        Out.optional(out, "closes", registration.closes(), Out.TIME);
        Out.optional(out, "capacity", registration.capacity(), RegistrationMapping::writeCapacity);
        Out.optional(out, "fee", registration.fee(), RegistrationMapping::writeFee);
        Out.optional(out, "audience", registration.audience(), Out.TEXT);
        out.writeBooleanProperty("approvalRequired", registration.approvalRequired());
        Out.optional(out, "note", registration.note(), Out.TEXT);
        out.writeEndObject();
    }

    static void writeChannel(JsonGenerator out, RegistrationChannel channel) {
        out.writeStartObject();
        Out.code(out, "type", channel.type());
        Out.optional(out, "address", channel.address(), Out.STRING);
        Out.optional(out, "label", channel.label(), Out.TEXT);
        out.writeEndObject();
    }

    static void writeCapacity(JsonGenerator out, Capacity capacity) {
        out.writeStartObject();
        out.writeNumberProperty("places", capacity.places());
        out.writeBooleanProperty("waitingList", capacity.waitingList());
        capacity.waitingListPlaces().ifPresent(n -> out.writeNumberProperty("waitingListPlaces", n));
        out.writeEndObject();
    }

    static void writeFee(JsonGenerator out, Fee fee) {
        out.writeStartObject();
        Out.string(out, "amount", fee.amount().toPlainString());
        Out.string(out, "currency", fee.currency().getCurrencyCode());
        out.writeEndObject();
    }

    /** Reads an amount as the writer writes it: plain decimal notation, no trailing zeros after the point. */
    private static BigDecimal amount(JsonInput in) {
        String text = in.string();
        if (!AMOUNT.matcher(text).matches()) {
            throw in.problem("expected an amount such as \"12.5\" or \"0\" (a string; no trailing zeros after the "
                    + "point), found " + JsonInput.quote(text));
        }
        return new BigDecimal(text);
    }

    private static Currency currency(JsonInput in) {
        String text = in.string();
        try {
            if (CURRENCY.matcher(text).matches()) {
                return Currency.getInstance(text);
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw in.problem("expected an ISO 4217 currency code such as \"EUR\", found " + JsonInput.quote(text));
    }
}

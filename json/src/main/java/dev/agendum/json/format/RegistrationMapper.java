package dev.agendum.json.format;

import static dev.agendum.json.format.Codecs.NON_BLANK;
import static dev.agendum.json.format.TextCodec.TEXT;
import static dev.agendum.json.format.TimeCodecs.LOCAL_DATE_TIME;

import dev.agendum.json.read.ReadLimits;
import dev.agendum.json.schema.SchemaBuilder;
import dev.agendum.model.Capacity;
import dev.agendum.model.Fee;
import dev.agendum.model.Registration.Requirement;
import dev.agendum.model.Registration;
import dev.agendum.model.RegistrationChannel;

/**
 * Registration with its channels, capacity and fee. A fee's amount is a decimal string ({@code "12.5"}), never a
 * JSON number, so that no reader on any platform rounds it through binary floating point.
 */
public final class RegistrationMapper {

    /**
     * Whether registering is required, as {@code agendum/1} has always written it: {@code true} for required,
     * {@code false} for optional; a document that does not say leaves the field out.
     */
    static final Codec<Requirement> REQUIREMENT = Codecs.scalar("requirement", "true (required) or false (optional)",
            () -> SchemaBuilder.node().put("type", "boolean"),
            in -> in.bool() ? Requirement.REQUIRED : Requirement.OPTIONAL,
            (out, requirement) -> out.writeBoolean(requirement == Requirement.REQUIRED));

    static final Shape<RegistrationChannel> CHANNEL = Shape.of("channel", RegistrationChannel.class)
            .required("type", RegistrationChannel::type, Codecs.code(RegistrationChannel.Type.class, "channelType"))
            .optional("address", RegistrationChannel::address, NON_BLANK)
            .note("required for email and phone, absent for in-person and link-follows")
            .optional("label", RegistrationChannel::label, TEXT)
            .defaulted("purpose", RegistrationChannel::purpose,
                    Codecs.code(RegistrationChannel.Purpose.class, "channelPurpose"),
                    RegistrationChannel.Purpose.REGISTRATION)
            .rule("{\"if\": {\"properties\": {\"type\": {\"enum\": [\"email\", \"phone\"]}}}, \"then\": {\"required\": "
                    + "[\"address\"]}}")
            .rule("{\"if\": {\"properties\": {\"type\": {\"enum\": [\"in-person\", \"link-follows\"]}}}, \"then\": "
                    + "{\"not\": {\"required\": [\"address\"]}}}")
            .build();

    static final Shape<Capacity> CAPACITY = Shape.of("capacity", Capacity.class)
            .required("places", Capacity::places, Codecs.integer(1))
            .required("waitingList", Capacity::waitingList, Codecs.BOOLEAN)
            .optional("waitingListPlaces", Capacity::waitingListPlaces, Codecs.integer(0))
            .note("only with a waiting list")
            .rule("{\"if\": {\"properties\": {\"waitingList\": {\"const\": false}}}, \"then\": {\"not\": {\"required\": "
                    + "[\"waitingListPlaces\"]}}}")
            .build();

    static final Shape<Fee> FEE = Shape.of("fee", Fee.class)
            .required("amount", Fee::amount, Codecs.AMOUNT_TEXT)
            .required("currency", Fee::currency, Codecs.CURRENCY_CODE)
            .build();

    static final Shape<Registration> REGISTRATION = Shape.of("registration", Registration.class)
            .defaulted("required", Registration::requirement, REQUIREMENT, Requirement.NOT_STATED).fills("requirement")
            .note("true: required; false: optional; left out: the announcement does not say")
            .list("channels", Registration::channels, Codecs.list(CHANNEL, ReadLimits::maxListLength, "channels"))
            .optional("opens", Registration::opens, LOCAL_DATE_TIME)
            .optional("closes", Registration::closes, LOCAL_DATE_TIME).note("not before it opens")
            .optional("capacity", Registration::capacity, CAPACITY)
            .optional("fee", Registration::fee, FEE)
            .optional("audience", Registration::audience, TEXT)
            .required("approvalRequired", Registration::approvalRequired, Codecs.BOOLEAN)
            .optional("note", Registration::note, TEXT)
            .build();

    private RegistrationMapper() {
    }
}

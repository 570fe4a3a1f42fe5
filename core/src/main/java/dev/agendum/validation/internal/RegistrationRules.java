package dev.agendum.validation.internal;

import dev.agendum.model.Event;
import dev.agendum.model.Registration;
import dev.agendum.model.RegistrationChannel;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The registration window against the event (opens before it closes, closes by the end of the event), at least
 * one channel when registration is required, and channel addresses in the format their type needs.
 */
final class RegistrationRules {

    private RegistrationRules() {
    }

    static void check(Event event, Reporter reporter) {
        event.registration().ifPresent(registration -> check(registration, event.end(), reporter));
    }

    private static void check(Registration registration, LocalDateTime eventEnd, Reporter reporter) {
        Where at = Where.at("registration");
        registration.opens().filter(opens -> !opens.isBefore(eventEnd)).ifPresent(opens ->
                reporter.report("registration.opens-after-event", at.then("opens"), "limit", eventEnd));
        registration.closes().filter(closes -> closes.isAfter(eventEnd)).ifPresent(closes ->
                reporter.report("registration.closes-after-event", at.then("closes"), "limit", eventEnd));
        if (registration.opens().isPresent() && registration.opens().equals(registration.closes())) {
            reporter.report("registration.empty-window", at.then("closes"));
        }
        if (registration.required() && registration.channels().isEmpty()) {
            reporter.report("registration.no-channel", at.then("channels"));
        }
        List<RegistrationChannel> channels = registration.channels();
        for (int i = 0; i < channels.size(); i++) {
            checkAddress(channels.get(i), at.then("channels", i).then("address"), reporter);
        }
    }

    private static void checkAddress(RegistrationChannel channel, Where at, Reporter reporter) {
        Format format = switch (channel.type()) {
            case WEB -> Format.WEB_LINK;
            case EMAIL -> Format.EMAIL;
            case PHONE -> Format.PHONE;
            case IN_PERSON, LINK_FOLLOWS -> null;
        };
        channel.address().filter(address -> format != null && !format.accepts(address)).ifPresent(address ->
                reporter.report(format.key(), at));
    }
}

package dev.agendum.model;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One way to register: a web form, an e-mail address, a phone number, at the door, or a link still to follow.
 *
 * <p>A web form's address may be unknown when an announcement keeps the link's words ("Klik hier") but not where it
 * pointed; the channel then has a label and no address, so that the way to register is not lost.
 *
 * @param type    the kind of channel
 * @param address the web form's URL, the e-mail address or the phone number; empty for {@link Type#IN_PERSON},
 *                {@link Type#LINK_FOLLOWS} and a web form whose address is not known
 * @param label   the words the announcement uses for it ("Klik hier"), if any
 * @param purpose what the announcement offers it for: registering, or asking about registration
 */
public record RegistrationChannel(Type type, Optional<String> address, Optional<LocalizedText> label,
                                  Purpose purpose) {

    /** What a channel is for. */
    public enum Purpose implements Coded, Labelled {
        /** Registering ("aanmelden via"). */
        REGISTRATION,
        /** Questions about registering ("voor vragen over aanmelden"). */
        INFORMATION;

        private static final Labels<Purpose> LABELS =

                Labels.of(Purpose.class, "RegistrationChannel.Purpose", ModelBundle::in);

        @Override
        public String label(Locale language) {
            return LABELS.label(this, language);
        }
    }

    /** The kinds of registration channel. */
    public enum Type implements Coded, Labelled {
        /** A web form at a URL. */
        WEB,
        /** An e-mail address. */
        EMAIL,
        /** A phone number. */
        PHONE,
        /** In person, at a desk or the door. */
        IN_PERSON,
        /** A registration link that will be published later. */
        LINK_FOLLOWS;

        private static final Labels<Type> LABELS = Labels.of(Type.class, "RegistrationChannel.Type", ModelBundle::in);

        @Override
        public String label(Locale language) {
            return LABELS.label(this, language);
        }
    }

    /**
     * Creates a channel.
     *
     * @param type the kind of channel
     * @param address the web form's URL, the e-mail address or the phone number; empty for {@link Type#IN_PERSON},
     * {@link Type#LINK_FOLLOWS} and a web form whose address is not known
     * @param label the words the announcement uses for it ("Klik hier"), if any
     * @param purpose what the announcement offers it for
     * @throws IllegalArgumentException when an e-mail or phone channel lacks its address, or an in-person or
     *                                  link-follows channel has one
     */
    public RegistrationChannel {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(label, "label");
        address.ifPresent(a -> Checks.notBlank(a, "address"));
        boolean needsAddress = type == Type.EMAIL || type == Type.PHONE;
        boolean takesAddress = needsAddress || type == Type.WEB;
        if (needsAddress && address.isEmpty() || !takesAddress && address.isPresent()) {
            throw new IllegalArgumentException("a channel of type '" + type.code() + "' "
                    + (needsAddress ? "needs an address" : "takes no address"));
        }
    }

    /**
     * Creates a channel for registering, for callers that predate {@link Purpose}.
     *
     * @param type    the kind of channel
     * @param address the address, as the canonical constructor takes it
     * @param label   the announcement's words for it, if any
     * @throws IllegalArgumentException as the canonical constructor
     */
    public RegistrationChannel(Type type, Optional<String> address, Optional<LocalizedText> label) {
        this(type, address, label, Purpose.REGISTRATION);
    }

    /**
     * {@return a web form at {@code url}}
     *
     * @param url the form's address ({@code https} or {@code http})
     */
    public static RegistrationChannel web(String url) {
        return new RegistrationChannel(Type.WEB, Optional.of(url), Optional.empty());
    }

    /**
     * {@return a web form known only by the words of its link}
     *
     * @param label the words the announcement uses for it ("Klik hier")
     */
    public static RegistrationChannel webWithoutAddress(LocalizedText label) {
        return new RegistrationChannel(Type.WEB, Optional.empty(), Optional.of(label));
    }

    /**
     * {@return registration by e-mail to {@code address}}
     *
     * @param address the web form's URL, the e-mail address or the phone number; empty for {@link Type#IN_PERSON},
     * {@link Type#LINK_FOLLOWS} and a web form whose address is not known
     */
    public static RegistrationChannel email(String address) {
        return new RegistrationChannel(Type.EMAIL, Optional.of(address), Optional.empty());
    }

    /**
     * {@return registration by phone at {@code number}}
     *
     * @param number the phone number
     */
    public static RegistrationChannel phone(String number) {
        return new RegistrationChannel(Type.PHONE, Optional.of(number), Optional.empty());
    }

    /**
     * {@return registration in person, described by {@code where}}
     *
     * @param where where and how to register
     */
    public static RegistrationChannel inPerson(LocalizedText where) {
        return new RegistrationChannel(Type.IN_PERSON, Optional.empty(), Optional.of(where));
    }

    /**
     * {@return a registration link that will be published later}
     */
    public static RegistrationChannel linkFollows() {
        return new RegistrationChannel(Type.LINK_FOLLOWS, Optional.empty(), Optional.empty());
    }

    /**
     * {@return a copy with the announcement's words for this channel}
     *
     * @param label the announcement's words
     */
    public RegistrationChannel withLabel(LocalizedText label) {
        return new RegistrationChannel(type, address, Optional.of(label), purpose);
    }

    /**
     * {@return a copy offered for {@code purpose}}
     *
     * @param purpose what the channel is for
     */
    public RegistrationChannel withPurpose(Purpose purpose) {
        return new RegistrationChannel(type, address, label, purpose);
    }
}

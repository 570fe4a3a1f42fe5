package dev.agendum.validation.internal;

import dev.agendum.model.Affiliation;
import dev.agendum.model.Contact;
import dev.agendum.model.Event;
import dev.agendum.model.Image;
import dev.agendum.model.JoinLink;
import dev.agendum.model.Link;
import dev.agendum.model.OnlineLocation;
import dev.agendum.model.Organisation;
import dev.agendum.model.Participation;
import dev.agendum.model.Person;
import dev.agendum.model.PostalAddress;
import dev.agendum.model.Programme;
import dev.agendum.model.ProgrammeItem;
import dev.agendum.model.Registration;
import dev.agendum.model.RegistrationChannel;
import dev.agendum.model.Role;
import dev.agendum.model.Venue;
import dev.agendum.validation.Limits;
import jakarta.validation.valueextraction.Unwrapping;
import java.util.Set;
import org.hibernate.validator.BaseHibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintDef;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.GenericConstraintDef;
import org.hibernate.validator.cfg.defs.SizeDef;

/**
 * Every per-value rule of the model, in one place, as a Hibernate Validator constraint mapping: the model stays
 * free of framework annotations, and this class reads as the list of rules.
 */
public final class EventRules {

    /** Every model type the rules constrain or cascade into. */
    public static final Set<Class<?>> TYPES = Set.of(Affiliation.class, Contact.class, Event.class, Image.class,
            JoinLink.class, Link.class, OnlineLocation.class, Organisation.class, Participation.class, Person.class,
            PostalAddress.class, Programme.class, ProgrammeItem.class, Registration.class, RegistrationChannel.class,
            Role.class, Venue.class);

    private EventRules() {
    }

    /**
     * Returns the mapping for {@code config}: what each field of each model type must satisfy. Every type ignores
     * annotations: the model carries none but {@code @ValidEvent}, and not reading them spares Hibernate Validator
     * the annotation scan of every accessor at start-up.
     */
    public static ConstraintMapping mapping(BaseHibernateValidatorConfiguration<?> config) {
        ConstraintMapping mapping = config.createConstraintMapping();
        mapEvent(mapping);
        mapProgramme(mapping);
        mapPeople(mapping);
        mapPlaces(mapping);
        mapRegistration(mapping);
        return mapping;
    }

    private static void mapEvent(ConstraintMapping mapping) {
        mapping.type(Event.class)
                .ignoreAnnotations(true) // @ValidEvent: the way in for other validators, not a rule of its own
                .constraint(new GenericConstraintDef<>(ConsistentEvent.class))
                .field("id").constraint(identifier())
                .field("title").constraint(text(Limits.LINE_TEXT, false))
                .field("description").constraint(whole(text(Limits.LONG_TEXT, true)))
                .field("venue").containerElementType().valid()
                .field("online").containerElementType().valid()
                .field("organisers").constraint(atMost(Limits.LIST)).containerElementType().valid()
                .field("people").constraint(atMost(Limits.PEOPLE)).containerElementType().valid()
                .field("participations").constraint(atMost(Limits.PARTICIPATIONS)).containerElementType().valid()
                .field("programme").valid()
                .field("registration").containerElementType().valid()
                .field("contacts").constraint(atMost(Limits.LIST)).containerElementType().valid()
                .field("links").constraint(atMost(Limits.LIST)).containerElementType().valid()
                .field("image").containerElementType().valid()
                .field("categories").constraint(atMost(Limits.LIST))
                .containerElementType().constraint(text(Limits.SHORT_TEXT, false));
        mapping.type(Link.class).ignoreAnnotations(true)
                .field("title").constraint(text(Limits.LINE_TEXT, false))
                .field("url").constraint(whole(webLink()));
        mapping.type(Image.class).ignoreAnnotations(true)
                .field("description").constraint(text(Limits.LONG_TEXT, true))
                .field("url").constraint(whole(webLink()));
    }

    private static void mapProgramme(ConstraintMapping mapping) {
        mapping.type(Programme.class).ignoreAnnotations(true).field("items").containerElementType().valid();
        mapping.type(ProgrammeItem.class).ignoreAnnotations(true)
                .field("id").constraint(identifier())
                .field("kindLabel").constraint(whole(text(Limits.SHORT_TEXT, false)))
                .field("title").constraint(text(Limits.LINE_TEXT, false))
                .field("description").constraint(whole(text(Limits.LONG_TEXT, true)))
                .field("participations").constraint(atMost(Limits.PARTICIPATIONS)).containerElementType().valid()
                .field("track").constraint(whole(text(Limits.SHORT_TEXT, false)))
                .field("room").constraint(whole(text(Limits.SHORT_TEXT, false)))
                .field("children").containerElementType().valid();
    }

    private static void mapPeople(ConstraintMapping mapping) {
        mapping.type(Person.class).ignoreAnnotations(true)
                .field("id").constraint(identifier())
                .field("name").constraint(text(Limits.LINE_TEXT, false))
                .field("honorific").constraint(whole(text(Limits.SHORT_TEXT, false)))
                .field("email").constraint(whole(wellFormed(Format.EMAIL)))
                .field("phone").constraint(whole(wellFormed(Format.PHONE)))
                .field("link").constraint(whole(webLink()));
        mapping.type(Participation.class).ignoreAnnotations(true)
                .field("role").valid()
                .field("affiliations").constraint(atMost(Limits.AFFILIATIONS)).containerElementType().valid();
        mapping.type(Role.class).ignoreAnnotations(true)
                .field("customLabel").constraint(whole(text(Limits.SHORT_TEXT, false)));
        mapping.type(Affiliation.class).ignoreAnnotations(true)
                .field("position").constraint(whole(text(Limits.LINE_TEXT, false)))
                .field("organisation").containerElementType().valid();
        mapping.type(Organisation.class).ignoreAnnotations(true)
                .field("name").constraint(text(Limits.LINE_TEXT, false))
                .field("abbreviation").constraint(whole(text(Limits.SHORT_TEXT, false)))
                .field("link").constraint(whole(webLink()));
        mapping.type(Contact.class).ignoreAnnotations(true)
                .field("name").constraint(whole(text(Limits.LINE_TEXT, false)))
                .field("email").constraint(whole(wellFormed(Format.EMAIL)))
                .field("phone").constraint(whole(wellFormed(Format.PHONE)));
    }

    private static void mapPlaces(ConstraintMapping mapping) {
        mapping.type(Venue.class).ignoreAnnotations(true)
                .field("name").constraint(text(Limits.LINE_TEXT, false))
                .field("address").containerElementType().valid();
        mapping.type(PostalAddress.class).ignoreAnnotations(true)
                .field("street").constraint(whole(text(Limits.LINE_TEXT, false)))
                .field("postalCode").constraint(whole(text(Limits.SHORT_TEXT, false)))
                .field("locality").constraint(text(Limits.LINE_TEXT, false))
                .field("region").constraint(whole(text(Limits.LINE_TEXT, false)))
                .field("country").constraint(wellFormed(Format.COUNTRY));
        mapping.type(OnlineLocation.class).ignoreAnnotations(true)
                .field("platform").constraint(whole(text(Limits.SHORT_TEXT, false)))
                .field("joinLink").containerElementType().valid();
        mapping.type(JoinLink.class).ignoreAnnotations(true)
                .field("url").constraint(whole(webLink()));
    }

    private static void mapRegistration(ConstraintMapping mapping) {
        mapping.type(Registration.class).ignoreAnnotations(true)
                .field("channels").constraint(atMost(Limits.LIST)).containerElementType().valid()
                .field("audience").constraint(whole(text(Limits.LONG_TEXT, true)))
                .field("note").constraint(whole(text(Limits.LONG_TEXT, true)));
        mapping.type(RegistrationChannel.class).ignoreAnnotations(true)
                .field("label").constraint(whole(text(Limits.LINE_TEXT, false)));
    }

    /**
     * Applies {@code constraint} to an {@code Optional} field as a whole, by the validators for optional values,
     * instead of to its element: Hibernate Validator's value extraction allocated a third of validation's memory.
     */
    @SuppressWarnings("unchecked") // payload(Class<? extends Payload>...): a generic varargs array of one class
    private static ConstraintDef<?, ?> whole(ConstraintDef<?, ?> constraint) {
        return constraint.payload(Unwrapping.Skip.class);
    }

    private static ConstraintDef<?, ?> text(int max, boolean multiline) {
        return new GenericConstraintDef<>(PlainText.class).param("max", max).param("multiline", multiline);
    }

    private static ConstraintDef<?, ?> wellFormed(Format format) {
        return new GenericConstraintDef<>(WellFormed.class).param("value", format);
    }

    private static ConstraintDef<?, ?> webLink() {
        return wellFormed(Format.WEB_LINK);
    }

    private static ConstraintDef<?, ?> identifier() {
        return wellFormed(Format.IDENTIFIER);
    }

    private static ConstraintDef<?, ?> atMost(int max) {
        return new SizeDef().max(max).message("{dev.agendum.list.too-long}");
    }
}

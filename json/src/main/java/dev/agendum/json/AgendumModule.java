package dev.agendum.json;

import dev.agendum.model.Affiliation;
import dev.agendum.model.Capacity;
import dev.agendum.model.Contact;
import dev.agendum.model.Event;
import dev.agendum.model.Fee;
import dev.agendum.model.Image;
import dev.agendum.model.JoinLink;
import dev.agendum.model.Link;
import dev.agendum.model.LocalizedText;
import dev.agendum.model.OnlineLocation;
import dev.agendum.model.Organisation;
import dev.agendum.model.Participation;
import dev.agendum.model.Person;
import dev.agendum.model.PostalAddress;
import dev.agendum.model.Programme;
import dev.agendum.model.ProgrammeItem;
import dev.agendum.model.Registration;
import dev.agendum.model.RegistrationChannel;
import dev.agendum.model.Revision;
import dev.agendum.model.Venue;
import java.util.Objects;
import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleModule;

/**
 * A Jackson 3 module that maps Agendum's domain types to the objects of the canonical JSON format, with the same
 * strict readers and ordered writers that {@link AgendumJson} uses.
 *
 * <p>Registered for {@link java.util.ServiceLoader} (in {@code META-INF/services} and {@code module-info}), so
 * {@code JsonMapper.builder().findAndAddModules()} finds it. An {@link Event} is written and read as the bare event
 * object, without the document envelope and its format marker; for whole documents, and for the strict parser
 * settings (duplicate keys, size limits) that a module cannot set on a mapper, use {@link AgendumJson}. A
 * {@link dev.agendum.model.Role} has no JSON object of its own: it is part of its participation.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new AgendumModule()).build();
 * String json = mapper.writeValueAsString(event);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class AgendumModule extends JacksonModule {

    private static final Version VERSION = new Version(0, 1, 0, null, "dev.agendum", "agendum-json");

    /** The mappings, kept private so that nobody can add to them after construction. */
    private final SimpleModule mappings = new SimpleModule("agendum-mappings", VERSION);

    /** Creates the module with the default counts of {@link AgendumJson} (events, items, people, list lengths). */
    public AgendumModule() {
        this(ReadLimits.DEFAULTS);
    }

    AgendumModule(ReadLimits limits) {
        Objects.requireNonNull(limits, "limits");
        map(Event.class, EventMapping.READER, EventMapping::write, limits);
        map(Programme.class, ProgrammeMapping.PROGRAMME, ProgrammeMapping::writeProgramme, limits);
        map(ProgrammeItem.class, ProgrammeMapping.ITEM, ProgrammeMapping::writeItem, limits);
        map(Person.class, PeopleMapping.PERSON, PeopleMapping::writePerson, limits);
        map(Organisation.class, PeopleMapping.ORGANISATION, PeopleMapping::writeOrganisation, limits);
        map(Participation.class, PeopleMapping.PARTICIPATION, PeopleMapping::writeParticipation, limits);
        map(Affiliation.class, PeopleMapping.AFFILIATION, PeopleMapping::writeAffiliation, limits);
        map(Venue.class, PlaceMapping.VENUE, PlaceMapping::writeVenue, limits);
        map(PostalAddress.class, PlaceMapping.ADDRESS, PlaceMapping::writeAddress, limits);
        map(OnlineLocation.class, PlaceMapping.ONLINE, PlaceMapping::writeOnline, limits);
        map(JoinLink.class, PlaceMapping.JOIN_LINK, PlaceMapping::writeJoinLink, limits);
        map(Registration.class, RegistrationMapping.REGISTRATION, RegistrationMapping::writeRegistration, limits);
        map(RegistrationChannel.class, RegistrationMapping.CHANNEL, RegistrationMapping::writeChannel, limits);
        map(Capacity.class, RegistrationMapping.CAPACITY, RegistrationMapping::writeCapacity, limits);
        map(Fee.class, RegistrationMapping.FEE, RegistrationMapping::writeFee, limits);
        map(Contact.class, DetailMapping.CONTACT, DetailMapping::writeContact, limits);
        map(Link.class, DetailMapping.LINK, DetailMapping::writeLink, limits);
        map(Image.class, DetailMapping.IMAGE, DetailMapping::writeImage, limits);
        map(Revision.class, DetailMapping.REVISION, DetailMapping::writeRevision, limits);
        map(LocalizedText.class, Texts::read, Texts::write, limits);
        map(Document.class, DocumentMapping::read, DocumentMapping::write, limits);
    }

    /** Returns {@code "agendum"}. */
    @Override
    public String getModuleName() {
        return "agendum";
    }

    /** Returns this library's version. */
    @Override
    public Version version() {
        return VERSION;
    }

    /** Registers the serializers and deserializers of the domain types. */
    @Override
    public void setupModule(SetupContext context) {
        mappings.setupModule(context);
    }

    private <T> void map(Class<T> type, ValueReader<T> reader, ValueWriter<T> writer, ReadLimits limits) {
        mappings.addSerializer(type, new ModelSerializer<>(type, writer));
        mappings.addDeserializer(type, new ModelDeserializer<>(type, reader, limits));
    }
}

package dev.agendum.json.format;

import java.util.List;

/** Every object of the format, in the order the schema and {@code FORMAT.md} present them. */
public final class FormatDeclarations {

    /** The declared objects; a role is flattened into its participation and has no object of its own. */
    public static final List<Shape<?>> SHAPES = List.of(EventMapper.EVENT, PlaceMapper.VENUE, PlaceMapper.ADDRESS,
            PlaceMapper.ONLINE, PlaceMapper.JOIN_LINK, PeopleMapper.ORGANISATION, PeopleMapper.PERSON,
            PeopleMapper.PARTICIPATION, PeopleMapper.AFFILIATION, ProgrammeMapper.PROGRAMME, ProgrammeMapper.ITEM,
            RegistrationMapper.REGISTRATION, RegistrationMapper.CHANNEL, RegistrationMapper.CAPACITY,
            RegistrationMapper.FEE, DetailMapper.CONTACT, DetailMapper.LINK, DetailMapper.IMAGE, DetailMapper.REVISION);

    private FormatDeclarations() {
    }
}

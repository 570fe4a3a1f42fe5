package dev.agendum.examples.bench;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON ceiling: plain records with the field names and nesting of Agendum's {@code agendum/1} documents, bound
 * by Jackson 3 with no custom serializer or deserializer, no validation and no limits beyond Jackson's own. A
 * document Agendum writes reads into them with no property left over, and they write it back with the same content.
 * Times are {@code java.time} values and links are {@link URI}s, as a user's own records would have them; the
 * enumerations stay strings and localised text stays a map, which spares Jackson work Agendum does (mapping
 * names to constants, checking a text's languages), so the ceiling is if anything a little high.
 */
final class PlainJson {

    /**
     * Absent values are left out, as Agendum leaves them out; unknown properties fail, so nothing is skipped; local
     * date-times are written to the minute, as Agendum writes them when seconds are zero (the data has none).
     */
    static final JsonMapper MAPPER = JsonMapper.builder()
            .withConfigOverride(LocalDateTime.class,
                    override -> override.setFormat(JsonFormat.Value.forPattern("uuuu-MM-dd'T'HH:mm")))
            .changeDefaultPropertyInclusion(include -> include.withValueInclusion(JsonInclude.Include.NON_NULL))
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private PlainJson() {
    }

    record Document(String format, Event event, List<Event> events) {
    }

    record Event(String id, String language, Map<String, String> title, Map<String, String> description,
            ZoneId zone, LocalDateTime start, LocalDateTime end, Boolean allDay, String attendanceMode,
            Venue venue, Online online, String status, LocalDateTime previousStart, List<Organisation> organisers,
            List<Person> people, List<Participation> participations, Programme programme,
            Registration registration, List<Contact> contacts, List<Link> links, Image image,
            List<Map<String, String>> categories, Revision revision) {
    }

    record Organisation(Map<String, String> name, String abbreviation, URI link) {
    }

    record Person(String id, String name, String honorific, String email, String phone, URI link) {
    }

    record Affiliation(Map<String, String> position, Organisation organisation) {
    }

    record Participation(String personId, String role, Map<String, String> roleLabel,
            List<Affiliation> affiliations) {
    }

    record Venue(Map<String, String> name, Address address) {
    }

    record Address(String street, String postalCode, String locality, String region, String country) {
    }

    record Online(String platform, JoinLink joinLink, List<String> features) {
    }

    record JoinLink(String status, URI url) {
    }

    record Programme(List<Item> items) {
    }

    record Item(String id, LocalDateTime start, LocalDateTime end, String kind, Map<String, String> kindLabel,
            Map<String, String> title, Map<String, String> description, List<Participation> participations,
            String track, String room, List<Item> children) {
    }

    record Registration(Boolean required, List<Channel> channels, LocalDateTime opens, LocalDateTime closes,
            Capacity capacity, Fee fee, Map<String, String> audience, Boolean approvalRequired,
            Map<String, String> note) {
    }

    record Channel(String type, String address, Map<String, String> label) {
    }

    record Capacity(Integer places, Boolean waitingList, Integer waitingListPlaces) {
    }

    record Fee(String amount, String currency) {
    }

    record Contact(String role, String personId, Map<String, String> name, String email, String phone) {
    }

    record Link(String relation, Map<String, String> title, URI url) {
    }

    record Image(Map<String, String> description, URI url) {
    }

    record Revision(Integer number, Instant published) {
    }
}

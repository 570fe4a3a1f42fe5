package dev.agendum.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agendum.model.Event;
import dev.agendum.model.LocalizedText;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("SchemaOrgWriter")
class SchemaOrgWriterTest {

    private static final SchemaOrgWriter WRITER = SchemaOrgWriter.create();

    private static JsonNode ld(String json) {
        return JsonMapper.shared().readTree(json);
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.path(field).asString()));
        return values;
    }

    @Test
    @DisplayName("writes the event's name, language, dates with offsets, mode and status")
    void eventBasics() {
        JsonNode ld = ld(WRITER.write(TestEvents.everyField()));
        assertThat(ld.get("@context").asString()).isEqualTo("https://schema.org");
        assertThat(ld.get("@type").asString()).isEqualTo("Event");
        assertThat(ld.get("name").asString()).isEqualTo("Leren samenwerken aan opgaven");
        assertThat(ld.get("inLanguage").asString()).isEqualTo("nl");
        assertThat(ld.get("startDate").asString()).isEqualTo("2021-03-26T14:00:00+01:00");
        assertThat(ld.get("endDate").asString()).isEqualTo("2021-03-26T17:30:00+01:00");
        assertThat(ld.get("eventAttendanceMode").asString()).isEqualTo("https://schema.org/MixedEventAttendanceMode");
        assertThat(ld.get("eventStatus").asString()).isEqualTo("https://schema.org/EventRescheduled");
        assertThat(ld.get("previousStartDate").asString()).isEqualTo("2021-01-15T14:00:00+01:00");
        assertThat(ld.get("url").asString()).isEqualTo("https://example.org/seminar");
        assertThat(ld.get("keywords")).hasSize(2);
    }

    @Test
    @DisplayName("gives each time the offset in force then: +01:00 before the clocks change, +02:00 after")
    void offsetsAcrossDaylightSaving() {
        Event night = TestEvents.minimal().toBuilder().time(LocalDateTime.parse("2021-03-27T20:00"),
                LocalDateTime.parse("2021-03-28T12:00")).build();
        JsonNode ld = ld(WRITER.write(night));
        assertThat(ld.get("startDate").asString()).isEqualTo("2021-03-27T20:00:00+01:00");
        assertThat(ld.get("endDate").asString()).isEqualTo("2021-03-28T12:00:00+02:00");
    }

    @Test
    @DisplayName("places a hybrid event at its venue and at its public page, never at the join link")
    void locationsWithoutJoinLink() {
        String json = WRITER.write(TestEvents.everyField());
        JsonNode locations = ld(json).get("location");
        assertThat(texts(locations, "@type")).containsExactly("Place", "VirtualLocation");
        assertThat(locations.get(0).at("/address/@type").asString()).isEqualTo("PostalAddress");
        assertThat(locations.get(0).at("/address/streetAddress").asString()).isEqualTo("Piet Heinkade 179");
        assertThat(locations.get(0).at("/address/addressCountry").asString()).isEqualTo("NL");
        assertThat(locations.get(1).get("url").asString()).isEqualTo("https://example.org/seminar");
        assertThat(json).doesNotContain("zoom.example", "pwd=secret", "ruben@example.org", "+31 6 25068171",
                "info@example.org");
    }

    @Test
    @DisplayName("writes organisers, and performers in their roles with position and organisation")
    void organisersAndPerformers() {
        JsonNode ld = ld(WRITER.write(TestEvents.everyField()));
        assertThat(texts(ld.get("organizer"), "alternateName")).containsExactly("VB", "NSOB");
        JsonNode performers = ld.get("performer");
        assertThat(texts(performers, "@type")).containsOnly("PerformanceRole");
        assertThat(texts(performers, "roleName")).containsExactly("Voorzitter", "Tafeldame", "Gastheer/gastvrouw",
                "Gespreksleider panel", "Panellid");
        JsonNode chair = performers.get(0).get("performer");
        assertThat(chair.get("@type").asString()).isEqualTo("Person");
        assertThat(chair.get("name").asString()).isEqualTo("Ruben Maes");
        assertThat(chair.get("honorificPrefix").asString()).isEqualTo("prof. dr.");
        assertThat(chair.get("jobTitle").asString()).isEqualTo("voorzitter");
        assertThat(chair.at("/worksFor/name").asString()).isEqualTo("Vereniging voor Bestuurskunde");
        JsonNode companion = performers.get(1).get("performer");
        assertThat(companion.at("/affiliation/alternateName").asString()).isEqualTo("NSOB");
        assertThat(companion.get("jobTitle").asString()).isEqualTo("hoogleraar");
    }

    @Test
    @DisplayName("writes a subEvent per programme item, with derived ends and its own performers")
    void subEvents() {
        JsonNode subEvents = ld(WRITER.write(TestEvents.everyField())).get("subEvent");
        assertThat(texts(subEvents, "name")).containsExactly("Welkom", "Paneldiscussie", "Vragen", "Pubquiz",
                "Afsluiting");
        assertThat(texts(subEvents, "endDate")).containsExactly("2021-03-26T14:10:00+01:00",
                "2021-03-26T16:00:00+01:00", "2021-03-26T16:00:00+01:00", "2021-03-26T17:30:00+01:00", "");
        JsonNode panel = subEvents.get(1);
        assertThat(panel.get("startDate").asString()).isEqualTo("2021-03-26T14:10:00+01:00");
        assertThat(texts(panel.get("performer"), "roleName")).containsExactly("Gespreksleider panel", "Panellid");
        assertThat(panel.at("/performer/1/performer/worksFor/name").asString()).isEqualTo("Gemeente Nijmegen");
    }

    @Test
    @DisplayName("writes an offer from the registration: price, currency, form, window, availability")
    void offers() {
        JsonNode offer = ld(WRITER.write(TestEvents.everyField())).get("offers");
        assertThat(offer.get("@type").asString()).isEqualTo("Offer");
        assertThat(offer.get("price").decimalValue()).isEqualByComparingTo("12.5");
        assertThat(offer.get("priceCurrency").asString()).isEqualTo("EUR");
        assertThat(offer.get("url").asString()).isEqualTo("https://example.org/aanmelden");
        assertThat(offer.get("validFrom").asString()).isEqualTo("2021-02-01T09:00:00+01:00");
        assertThat(offer.get("validThrough").asString()).isEqualTo("2021-03-25T12:00:00+01:00");
        assertThat(offer.get("availability").asString()).isEqualTo("https://schema.org/LimitedAvailability");
    }

    @Test
    @DisplayName("states no availability the announcement does not give: never InStock without a capacity")
    void noMadeUpAvailability() {
        Event event = TestEvents.everyField();
        Event unlimited = event.toBuilder().registration(dev.agendum.model.Registration.required(
                dev.agendum.model.RegistrationChannel.web("https://example.org/aanmelden")).build()).build();
        String json = WRITER.write(unlimited);
        assertThat(ld(json).get("offers").has("availability")).isFalse();
        assertThat(json).doesNotContain("InStock");
    }

    @Test
    @DisplayName("publishes no person's e-mail address or phone number, a contact's neither")
    void privacy() {
        Event event = TestEvents.everyField().toBuilder()
                .person(dev.agendum.model.Person.of("spreker", "Sanne Spreker").withEmail("sanne@private.example")
                        .withPhone("+31 6 99999999"))
                .participation(dev.agendum.model.Participation.of("spreker", dev.agendum.model.RoleType.SPEAKER))
                .contact(dev.agendum.model.Contact.person(dev.agendum.model.Contact.Role.INFORMATION, "spreker"))
                .build();
        String json = WRITER.write(event);
        assertThat(json).contains("Sanne Spreker").doesNotContain("sanne@private.example", "+31 6 99999999");
    }

    @Test
    @DisplayName("describes the image with an ImageObject")
    void image() {
        JsonNode image = ld(WRITER.write(TestEvents.everyField())).get("image");
        assertThat(image.get("@type").asString()).isEqualTo("ImageObject");
        assertThat(image.get("url").asString()).isEqualTo("https://example.org/seminar.jpg");
        assertThat(image.get("caption").asString()).isEqualTo("Drie bestuurders aan tafel");
    }

    @Test
    @DisplayName("writes an online all-day event with dates, a virtual location, and free entry")
    void onlineAllDay() {
        JsonNode ld = ld(WRITER.write(TestEvents.allDay()));
        assertThat(ld.get("startDate").asString()).isEqualTo("2021-11-06");
        assertThat(ld.get("endDate").asString()).isEqualTo("2021-11-07");
        assertThat(ld.get("eventAttendanceMode").asString()).isEqualTo("https://schema.org/OnlineEventAttendanceMode");
        assertThat(ld.get("eventStatus").asString()).isEqualTo("https://schema.org/EventPostponed");
        assertThat(ld.at("/location/@type").asString()).isEqualTo("VirtualLocation");
        assertThat(ld.get("isAccessibleForFree").asBoolean()).isTrue();
        assertThat(ld.at("/offers/availability").asString()).isEqualTo("https://schema.org/LimitedAvailability");
        assertThat(ld.get("inLanguage").asString()).isEqualTo("en");
    }

    @Test
    @DisplayName("writes texts in the language asked for, falling back to the default")
    void language() {
        JsonNode ld = ld(SchemaOrgWriter.inLanguage(Locale.ENGLISH).write(TestEvents.everyField()));
        assertThat(ld.get("name").asString()).isEqualTo("Learning to cooperate");
        assertThat(ld.at("/performer/0/roleName").asString()).isEqualTo("Chair");
        assertThat(ld.at("/subEvent/0/name").asString()).isEqualTo("Welkom");
        assertThat(ld.get("inLanguage").asString()).isEqualTo("nl");
    }

    @Test
    @DisplayName("is deterministic, and a collection is one @graph")
    void deterministic() {
        assertThat(WRITER.write(TestEvents.everyField())).isEqualTo(WRITER.write(TestEvents.everyField()));
        JsonNode graph = ld(WRITER.write(List.of(TestEvents.everyField(), TestEvents.minimal())));
        assertThat(graph.get("@graph")).hasSize(2);
        assertThat(graph.at("/@graph/1/@context").isMissingNode()).isTrue();
    }

    @Test
    @DisplayName("streams a @graph to an output event by event, the bytes of the whole-string writer")
    void streamedGraph() {
        List<Event> events = List.of(TestEvents.everyField(), TestEvents.minimal());
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        WRITER.writeGraph(events, out);
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(WRITER.write(events));
    }

    @Test
    @DisplayName("can be embedded in an HTML script element: '</script>' in a title is escaped")
    void htmlSafe() {
        Event hostile = TestEvents.minimal().toBuilder().title(LocalizedText.of("nl", "A </script><b>&")).build();
        String json = WRITER.write(hostile);
        assertThat(json).doesNotContain("</script>", "<b>", "&");
        assertThat(ld(json).get("name").asString()).isEqualTo("A </script><b>&");
    }
}

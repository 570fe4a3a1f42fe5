package dev.agendum.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The application over real HTTP: a server on 127.0.0.1 at a random port, and the JDK's HTTP client. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.address=127.0.0.1")
@DisplayName("The Spring Boot example, over HTTP")
class AgendumApplicationTest {

    private static final String SEMINAR = "pbl-nsob-seminar-2021-01-15";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Value("${local.server.port}")
    int port;

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri("/events")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String bundled(String id) throws IOException {
        try (InputStream in = AgendumApplicationTest.class.getResourceAsStream(
                "/dev/agendum/examples/announcements/" + id + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static int count(String text, String what) {
        Matcher matcher = Pattern.compile(Pattern.quote(what)).matcher(text);
        int n = 0;
        while (matcher.find()) {
            n++;
        }
        return n;
    }

    @Nested
    @DisplayName("feeds by GET")
    class Feeds {

        @Test
        @DisplayName("/events.ics is a calendar in UTF-8 with a strong ETag and the newest revision as Last-Modified")
        void feed() throws Exception {
            HttpResponse<String> response = get("/events.ics");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).get().asString()
                    .isEqualToIgnoringCase("text/calendar;charset=UTF-8");
            assertThat(response.headers().firstValue("ETag")).get().asString().matches("\"[A-Za-z0-9_-]{22}\"");
            assertThat(response.headers().firstValue("Last-Modified")).hasValue("Mon, 15 Mar 2021 09:00:00 GMT");
            assertThat(response.body()).startsWith("BEGIN:VCALENDAR\r\n");
            assertThat(count(response.body(), "BEGIN:VEVENT")).isGreaterThanOrEqualTo(2);
        }

        @Test
        @DisplayName("304 without a body for If-None-Match with the current ETag, and for If-Modified-Since")
        void notModified() throws Exception {
            String etag = get("/events.ics").headers().firstValue("ETag").orElseThrow();
            HttpResponse<String> again = get("/events.ics", "If-None-Match", etag);
            assertThat(again.statusCode()).isEqualTo(304);
            assertThat(again.body()).isEmpty();
            assertThat(again.headers().firstValue("ETag")).hasValue(etag);
            assertThat(get("/events.ics", "If-Modified-Since", "Mon, 15 Mar 2021 09:00:00 GMT").statusCode())
                    .isEqualTo(304);
            assertThat(get("/events.ics", "If-None-Match", "\"stale\"").statusCode()).isEqualTo(200);
        }

        @Test
        @DisplayName("/events/{id}.ics holds one event; an unknown id is 404")
        void oneEvent() throws Exception {
            HttpResponse<String> response = get("/events/" + SEMINAR + ".ics");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Last-Modified")).hasValue("Tue, 15 Dec 2020 09:00:00 GMT");
            assertThat(response.body()).contains("UID:").contains("leren samenwerken aan opgaven");
            assertThat(get("/events/nothing.ics").statusCode()).isEqualTo(404);
        }

        @Test
        @DisplayName("/people/{id}.ics holds the events the person takes part in")
        void person() throws Exception {
            HttpResponse<String> response = get("/people/ruben-maes.ics");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("leren samenwerken aan opgaven")
                    .doesNotContain("Samenwerken als");
            assertThat(get("/people/nobody.ics").statusCode()).isEqualTo(404);
        }

        @Test
        @DisplayName("/people/{id}.ics of a panellist holds her item, tied to its event by the full feed's UID")
        void personalFeedSelectsItems() throws Exception {
            String personal = get("/people/olga-van-kalles.ics").body();
            String full = get("/events.ics").body();
            assertThat(personal).contains("SUMMARY;LANGUAGE=nl:Paneldiscussie")
                    .doesNotContain("SUMMARY;LANGUAGE=nl:Welkom")
                    .doesNotContain("Samenwerken als");
            assertThat(count(personal, "BEGIN:VEVENT")).isEqualTo(2);
            String eventUid = "UID:" + SEMINAR + "@agendum.dev";
            assertThat(full).contains(eventUid);
            assertThat(personal).contains(eventUid)
                    .contains("RELATED-TO;RELTYPE=PARENT:" + SEMINAR + "@agendum.dev");
        }

        @Test
        @DisplayName("/events.jsonld is schema.org JSON-LD, with an ETag too")
        void jsonLd() throws Exception {
            HttpResponse<String> response = get("/events.jsonld");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).get().asString()
                    .startsWithIgnoringCase("application/ld+json");
            assertThat(response.body()).contains("\"@context\"").contains("schema.org");
            String etag = response.headers().firstValue("ETag").orElseThrow();
            assertThat(get("/events.jsonld", "If-None-Match", etag).statusCode()).isEqualTo(304);
        }
    }

    @Nested
    @DisplayName("canonical JSON by POST")
    class Posting {

        @Test
        @DisplayName("a valid event is stored (201) and changes the feed's ETag")
        void accepted() throws Exception {
            String before = get("/events.ics").headers().firstValue("ETag").orElseThrow();
            String copy = bundled(SEMINAR).replace("\"id\": \"" + SEMINAR + "\"", "\"id\": \"seminar-copy\"");
            HttpResponse<String> response = post(copy);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            assertThat(response.headers().firstValue("Location")).hasValue("/events/seminar-copy.ics");
            assertThat(get("/events/seminar-copy.ics").statusCode()).isEqualTo(200);
            assertThat(get("/events.ics", "If-None-Match", before).statusCode()).isEqualTo(200);
        }

        @Test
        @DisplayName("broken rules: 400 problem details listing every violation with its JSON Pointer")
        void brokenRules() throws Exception {
            String broken = bundled(SEMINAR)
                    .replace("\"start\": \"2021-01-15T14:05\"", "\"start\": \"2021-01-15T13:05\"")
                    .replace("\"personId\": \"ruben-maes\"", "\"personId\": \"ghost\"");
            HttpResponse<String> response = post(broken);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            JsonNode problem = JSON.readTree(response.body());
            assertThat(problem.get("status").asInt()).isEqualTo(400);
            assertThat(problem.get("type").asString()).isEqualTo("https://agendum.dev/problems/invalid-event");
            assertThat(problem.get("errors").valueStream().map(e -> e.get("pointer").asString()))
                    .contains("/event/programme/items/1/start", "/event/participations/0/personId");
            assertThat(problem.get("errors").valueStream().map(e -> e.get("code").asString()))
                    .contains("dev.agendum.programme.starts-before-event");
        }

        @Test
        @DisplayName("a document that is not canonical JSON: 400 with AgendumJson's pointer, line and column")
        void notCanonical() throws Exception {
            String unknown = bundled(SEMINAR).replace("\"allDay\": false", "\"allDay\": false, \"colour\": \"red\"");
            HttpResponse<String> response = post(unknown);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
            JsonNode error = JSON.readTree(response.body()).get("errors").get(0);
            assertThat(error.get("pointer").asString()).isEqualTo("/event/colour");
            assertThat(error.get("line").asInt()).isPositive();
            assertThat(error.get("column").asInt()).isPositive();
        }
    }
}

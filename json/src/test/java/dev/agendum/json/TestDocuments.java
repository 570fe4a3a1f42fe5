package dev.agendum.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.agendum.json.AgendumJsonException.Problem;
import tools.jackson.core.JacksonException;

/** Documents and checks shared by the reader's tests in every package. */
public final class TestDocuments {

    private static final AgendumJson JSON = AgendumJson.create();

    private TestDocuments() {
    }

    /** A minimal valid document, laid out so that lines and columns are easy to state. */
    public static final String MINIMAL = """
            {"format": "agendum/1", "event": {
              "id": "minimal",
              "language": "nl",
              "title": {"nl": "Lezing"},
              "zone": "Europe/Amsterdam",
              "start": "2021-03-26T20:00",
              "end": "2021-03-26T21:00",
              "allDay": false,
              "attendanceMode": "in-person",
              "status": "scheduled",
              "revision": {"number": 0, "published": "2021-03-01T08:00:00Z"}
            }}
            """;

    /** Returns the one problem reading {@code json} reports, checking the exception keeps Jackson's as its cause. */
    public static Problem problemOf(String json) {
        AgendumJsonException e = catchThrowableOfType(AgendumJsonException.class, () -> JSON.readEvent(json));
        assertThat(e).as("reading should fail").isNotNull();
        assertThat(e.problems()).hasSize(1);
        assertThat(e.getCause()).isInstanceOf(JacksonException.class);
        assertThat(e.getMessage()).doesNotContain("tools.jackson", "Source:", "[line");
        return e.problems().get(0);
    }
}

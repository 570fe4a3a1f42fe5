package dev.agendum.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agendum.change.Publisher;
import dev.agendum.model.Event;
import dev.agendum.model.Programme;
import dev.agendum.testing.ChangeFixture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("schema.org sub-events")
class SchemaOrgItemStatusTest {

    @Test
    @DisplayName("carry their own eventStatus: a cancelled item EventCancelled, a moved one EventRescheduled with its previous start")
    void ownStatus() {
        Event event = Publisher.at(ChangeFixture.REPUBLISHED).publish(ChangeFixture.published(),
                ChangeFixture.changed()).event();
        Event moved = event.toBuilder().programme(new Programme(event.programme().items().stream()
                .map(i -> i.id().equals("talk-wijk") ? i.toBuilder().movedFrom(ChangeFixture.at("11:00")).build() : i)
                .toList())).build();
        String jsonLd = SchemaOrgWriter.create().write(moved);
        assertThat(jsonLd).contains("\"name\": \"Regionale samenwerking\"");
        String cancelled = jsonLd.substring(jsonLd.indexOf("\"name\": \"Regionale samenwerking\""));
        assertThat(cancelled.substring(0, cancelled.indexOf('}')))
                .contains("\"eventStatus\": \"https://schema.org/EventCancelled\"");
        String rescheduled = jsonLd.substring(jsonLd.indexOf("\"name\": \"Werken in de wijk\""));
        assertThat(rescheduled.substring(0, rescheduled.indexOf("\"name\": \"Regionale")))
                .contains("\"eventStatus\": \"https://schema.org/EventRescheduled\"",
                        "\"previousStartDate\": \"2021-04-02T11:00:00+02:00\"");
        String scheduled = jsonLd.substring(jsonLd.indexOf("\"name\": \"Opening\""));
        assertThat(scheduled.substring(0, scheduled.indexOf("\"name\": \"Data")))
                .contains("\"eventStatus\": \"https://schema.org/EventScheduled\"");
    }
}

package dev.agendum.examples.spring;

import dev.agendum.ical.FeedWriter;
import dev.agendum.json.AgendumJson;
import dev.agendum.json.SchemaOrgWriter;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * A Spring Boot application publishing Agendum events: calendar feeds, schema.org JSON-LD, and a JSON endpoint
 * that validates what it accepts with Spring's own {@code @Valid}.
 */
@SpringBootApplication
public class AgendumApplication {

    /** Starts the application ({@code server.port}, default 8080). */
    public static void main(String[] args) {
        SpringApplication.run(AgendumApplication.class, args);
    }

    /** One facade, shared: reading checks JSON-level rules only; business rules come from {@code @Valid}. */
    @Bean
    AgendumJson agendumJson() {
        return AgendumJson.create();
    }

    @Bean
    FeedWriter feedWriter() {
        return FeedWriter.builder().calendarName("Agendum").build();
    }

    @Bean
    SchemaOrgWriter schemaOrgWriter() {
        return SchemaOrgWriter.create();
    }
}

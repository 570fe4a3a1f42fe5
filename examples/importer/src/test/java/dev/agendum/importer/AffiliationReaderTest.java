package dev.agendum.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What a person's words after their name say they hold, and the spans it is asked to read. */
@DisplayName("AffiliationReader")
class AffiliationReaderTest {

    @Test
    @DisplayName("reads a span that ends inside ' en ' without running past it")
    void spanEndingInsideAJoiner() {
        String text = "directeur NSOB en voorzitter van de Raad";
        Document document = PlainReader.read(text + "\n");
        Line line = document.leaves().get(0);
        int to = text.indexOf(" en ") + 2;
        assertThatCode(() -> AffiliationReader.read(line, 0, to, Organisations.from(document))).doesNotThrowAnyException();
        assertThat(AffiliationReader.read(line, 0, to, Organisations.from(document))).isNotEmpty();
    }
}

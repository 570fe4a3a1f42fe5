package dev.agendum.importer;

import static dev.agendum.importer.Cues.read;
import static dev.agendum.importer.Cues.scored;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A draft fits the model's placement rules: the text's way of setting out its times (a late item listed first,
 * doors before the announced start, a line over the items it holds, a deadline on the event's own day) gives a draft
 * the validator accepts, with each adjustment said as an assumption or a problem, and no time the text does not give.
 */
@DisplayName("ModelFit")
class ModelFitTest {

    private static Draft plain(String text) {
        return read("a.txt", text.replace("\\n", "\n"));
    }

    private static String lower(String value) {
        return value.toLowerCase(Locale.ROOT);
    }

    private static List<String> problems(Draft draft) {
        return draft.problems();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', value = {
        "Informatieavond\\n\\nDinsdag 16 maart 2027, aanvang 19.30 uur\\n\\nProgramma\\n19.00 uur Inloop met koffie"
            + "\\n19.30 uur Welkom\\n19.45 uur Toelichting op de plannen\\n21.00 uur Afsluiting ~ 2027-03-16T19:00",
        "Information evening\\n\\nTuesday 16 March 2027, starts at 7:30 pm\\n\\nProgramme\\n7:00 pm Doors open, tea"
            + " and coffee\\n7:30 pm Welcome\\n7:45 pm The plans explained\\n9:00 pm Close ~ 2027-03-16T19:00"})
    @DisplayName("doors before the announced start: the event starts with its first item, and says why")
    void doorsBeforeTheStart(String text, String start) {
        Draft draft = plain(text);
        assertThat(draft.valid()).as("%s", draft.violations()).isTrue();
        assertThat(scored(draft, "start")).containsExactly(lower(start));
        assertThat(draft.valuesUnder("start")).singleElement()
                .satisfies(v -> assertThat(v.basis().describe()).contains("first programme item"));
        assertThat(problems(draft)).anySatisfy(p -> assertThat(p).contains("before the start the text gives"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', value = {
        "Lezingenavond\\n\\nDatum: dinsdag 16 maart 2027, 19.30 - 22.00 uur\\n\\n20.15 uur Tweede lezing"
            + "\\n19.30 uur Eerste lezing\\n21.00 uur Borrel",
        "Lecture evening\\n\\nDate: Tuesday 16 March 2027, 19:30 - 22:00\\n\\n20:15 Second lecture\\n19:30 First"
            + " lecture\\n21:00 Drinks"})
    @DisplayName("a programme listed out of time order is listed by start, and the text's order is a problem")
    void outOfOrder(String text) {
        Draft draft = plain(text);
        assertThat(draft.valid()).as("%s", draft.violations()).isTrue();
        assertThat(draft.event().programme().items()).extracting(i -> i.start().toLocalTime().toString())
                .containsExactly("19:30", "20:15", "21:00");
        assertThat(problems(draft)).anySatisfy(p -> assertThat(p).contains("time order"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', value = {
        "Buurtavond\\n\\nDatum: dinsdag 16 maart 2027, 19.00 - 22.00 uur\\n\\n19.00 - 21.30 uur Avondprogramma"
            + "\\n19.30 uur Lezing over de wijk\\n20.30 uur Gesprek met de zaal\\n21.30 uur Borrel",
        "Neighbourhood evening\\n\\nDate: Tuesday 16 March 2027, 19:00 - 22:00\\n\\n19:00 - 21:30 Evening"
            + " programme\\n19:30 A talk on the neighbourhood\\n20:30 Questions from the floor\\n21:30 Drinks"})
    @DisplayName("a line over the items it holds keeps its start and loses the end that passes them")
    void lineOverItems(String text) {
        Draft draft = plain(text);
        assertThat(draft.valid()).as("%s", draft.violations()).isTrue();
        assertThat(draft.event().programme().items().get(0).end()).isEmpty();
        assertThat(scored(draft, "item")).contains("2027-03-16t19:00", "2027-03-16t19:30", "2027-03-16t21:30");
        assertThat(problems(draft)).anySatisfy(p -> assertThat(p).contains("keeps its start only"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', value = {
        "Lezingenavond\\n\\nDatum: dinsdag 16 maart 2027, 20.00 uur\\n\\n20.00 uur Lezing\\n21.00 uur Vragen"
            + "\\n22.15 - 23.00 uur Nagesprek in de foyer ~ 2027-03-16T23:00",
        "Lecture evening\\n\\nDate: Tuesday 16 March 2027, 20:00 - 21:30\\n\\n20:00 Lecture\\n21:00 Questions"
            + "\\n21:45 - 22:30 Talk-back in the foyer ~ 2027-03-16T22:30"})
    @DisplayName("a programme that runs past the draft's end widens the end to the last item's end")
    void programmePastTheEnd(String text, String end) {
        Draft draft = plain(text);
        assertThat(draft.valid()).as("%s", draft.violations()).isTrue();
        assertThat(scored(draft, "end")).containsExactly(lower(end));
        assertThat(problems(draft)).doesNotContain(WhenReader.NO_END);
    }

    @Test
    @DisplayName("the event's own time line, read again as an item over the programme, is no item")
    void eventTimeLineTwice() {
        Draft draft = plain("Pleegzorgdag\\n\\nOp zaterdag 19 september 2026 is de pleegzorgdag, van 10.00 - 16.00 uur,"
                + " in De Flint, Coninckstraat 60, 3811 WK Amersfoort.\\n\\nProgramma\\n\\n10.00 Inloop\\n10.30 Opening"
                + "\\n12.30 Lunch\\n15.45 Afsluiting\\n");
        assertThat(draft.valid()).as("%s", draft.violations()).isTrue();
        assertThat(scored(draft, "start")).containsExactly("2026-09-19t10:00");
        assertThat(scored(draft, "end")).containsExactly("2026-09-19t16:00");
        assertThat(draft.event().programme().items()).extracting(i -> i.title().text())
                .containsExactly("Inloop", "Opening", "Lunch", "Afsluiting");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', value = {
        "Themamiddag\\n\\nDatum: donderdag 19 november 2026, 13.00 - 17.00 uur\\n\\nAanmelden kan tot en met 19"
            + " november via https://example.nl/aanmelden ~ 2026-11-19T17:00",
        "Themed afternoon\\n\\nDate: Thursday 19 November 2026, 13:00 - 17:00\\n\\nRegister until 19 November at"
            + " https://example.org/register ~ 2026-11-19T17:00"})
    @DisplayName("a deadline on the event's own day closes registration when the event ends")
    void deadlineOnTheDay(String text, String closes) {
        Draft draft = plain(text);
        assertThat(draft.valid()).as("%s", draft.violations()).isTrue();
        assertThat(draft.event().registration()).hasValueSatisfying(r ->
                assertThat(r.closes()).hasValueSatisfying(c -> assertThat(c.toString()).isEqualTo(closes)));
        assertThat(draft.valuesUnder("registration.closes")).singleElement()
                .satisfies(v -> assertThat(v.basis().describe()).contains("when the event ends"));
    }

    @Test
    @DisplayName("a deadline after the event gives no closing date, and its words are listed as unplaced")
    void deadlineAfterTheEvent() {
        Draft draft = plain("Themamiddag\\n\\nDatum: donderdag 19 november 2026, 13.00 - 17.00 uur\\n\\nAanmelden kan"
                + " tot en met 24 november via https://example.nl/aanmelden\\n");
        assertThat(draft.valid()).as("%s", draft.violations()).isTrue();
        assertThat(draft.event().registration()).hasValueSatisfying(r -> assertThat(r.closes()).isEmpty());
        assertThat(draft.unplaced()).anySatisfy(u -> assertThat(u.reason()).contains("deadline after the event"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', value = {
        "Poëziefestival\\n\\nvrijdag 24 t.e.m. zondag 26 september 2027\\n\\nVrijdag 24 september\\n20.00 uur Opening"
            + "\\n\\nZaterdag 25 september\\n11.00 uur Wandeling\\n\\nZondag 26 september\\n11.00 uur Brunch"
            + "\\n15.00 uur Slotvoorstelling ~ 2027-09-24T20:00",
        "Poëziefestival\\n\\n24 t.e.m. 26 september 2027\\n\\nVrijdag 24 september\\n20.00 uur Opening"
            + "\\n\\nZaterdag 25 september\\n11.00 uur Wandeling\\n\\nZondag 26 september\\n11.00 uur Brunch"
            + "\\n15.00 uur Slotvoorstelling ~ 2027-09-24T20:00"})
    @DisplayName("a Flemish run of days ('t.e.m.') is a run of days, and its day headings place the items")
    void flemishRunOfDays(String text, String start) {
        Draft draft = plain(text);
        assertThat(draft.valid()).as("%s", draft.violations()).isTrue();
        assertThat(scored(draft, "start")).containsExactly(lower(start));
        assertThat(scored(draft, "item")).contains("2027-09-25t11:00", "2027-09-26t11:00", "2027-09-26t15:00");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', value = {
        "Reünie\\n\\nZaterdag 19 juni 2027\\n\\nProgramma\\n20.00 uur Buffet\\n22.00 uur De band speelt"
            + "\\n0.30 uur Einde feest",
        "Reunion\\n\\nSaturday 19 June 2027\\n\\nProgramme\\n20:00 Buffet\\n22:00 The band plays\\n0:30 Party ends"})
    @DisplayName("an item in the small hours listed after the evening's is on the next day, and the event runs on")
    void pastMidnight(String text) {
        Draft draft = plain(text);
        assertThat(draft.valid()).as("%s", draft.violations()).isTrue();
        assertThat(scored(draft, "item")).contains("2027-06-20t00:30");
        assertThat(scored(draft, "start")).containsExactly("2027-06-19t20:00");
        assertThat(draft.valuesUnder("programme.items[2].start")).singleElement()
                .satisfies(v -> assertThat(v.basis().describe()).contains("after midnight"));
    }
}

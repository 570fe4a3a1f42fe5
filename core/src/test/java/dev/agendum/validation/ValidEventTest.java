package dev.agendum.validation;

import static dev.agendum.model.Fixtures.at;
import static dev.agendum.model.Fixtures.item;
import static dev.agendum.model.Fixtures.nl;
import static org.assertj.core.api.Assertions.assertThat;

import dev.agendum.model.Event;
import dev.agendum.model.EventStatus;
import dev.agendum.model.Fixtures;
import dev.agendum.model.ItemKind;
import dev.agendum.model.LocalizedText;
import dev.agendum.model.Link;
import dev.agendum.model.Participation;
import dev.agendum.model.Person;
import dev.agendum.model.Programme;
import dev.agendum.model.ProgrammeItem;
import dev.agendum.model.Registration;
import dev.agendum.model.RegistrationChannel;
import dev.agendum.model.RoleType;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.net.URI;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("@ValidEvent: any Bean Validation validator checks Agendum's rules")
class ValidEventTest {

    /** The application's own factory, as Spring or a plain application builds it: with EL, no Agendum setup. */
    private static final ValidatorFactory DEFAULT = Validation.buildDefaultValidatorFactory();
    private static final EventValidator AGENDUM = EventValidator.create();
    private static final Comparator<Violation> ORDER =
            Comparator.comparing(Violation::path).thenComparing(Violation::code).thenComparing(Violation::message);

    @AfterAll
    static void close() {
        DEFAULT.close();
    }

    static Stream<Arguments> invalidEvents() {
        ProgrammeItem late = item("a", "14:00", ItemKind.TALK).toBuilder().end(at("15:30")).build();
        ProgrammeItem panel = item("panel", "14:15", ItemKind.PANEL).toBuilder().end(at("14:45"))
                .child(item("q", "14:50", ItemKind.QUESTIONS)).build();
        return Stream.of(
                Arguments.of("a programme item before the event",
                        Fixtures.seminar().programme(Programme.of(item("a", "13:59", ItemKind.WELCOME)))),
                Arguments.of("an announced end after the event, items out of order",
                        Fixtures.seminar().programme(Programme.of(late, item("b", "13:10", ItemKind.TALK)))),
                Arguments.of("a child outside its parent", Fixtures.seminar().programme(Programme.of(panel))),
                Arguments.of("a participation of nobody listed, a bad e-mail address, a broken title, a status",
                        Fixtures.seminar().title(nl("a\nb")).status(EventStatus.MOVED_ONLINE)
                                .person(Person.of("x", "X").withEmail("nope"))
                                .participation(Participation.of("ghost", RoleType.SPEAKER))),
                Arguments.of("registration closing after the event, a bad form link",
                        Fixtures.seminar().registration(Registration.required(RegistrationChannel.web("ftp://x"))
                                .closes(LocalDateTime.parse("2021-01-16T12:00")).build())),
                Arguments.of("a start in the spring-forward gap",
                        Fixtures.seminar().zone(ZoneId.of("Europe/Amsterdam"))
                                .time(LocalDateTime.parse("2021-03-28T02:30"), LocalDateTime.parse("2021-03-28T04:00"))),
                Arguments.of("a title over its length limit, too many categories, a text in a second language",
                        Fixtures.seminar().title(nl("x".repeat(Limits.LINE_TEXT + 1)).with(Locale.ENGLISH, "\u0007"))
                                .category(IntStream.rangeClosed(0, Limits.LIST).mapToObj(i -> nl("c" + i))
                                        .toArray(LocalizedText[]::new))
                                .link(Link.of(Link.Relation.INFORMATION, nl("Info"), URI.create("javascript:alert(1)")))),
                Arguments.of("text that looks like a message template",
                        Fixtures.seminar().title(nl("{dev.agendum.text.too-long} ${1+1} \n"))
                                .person(Person.of("{max}", "X"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidEvents")
    @DisplayName("the default factory reports what EventValidator reports: paths, codes and messages")
    void agreesWithEventValidator(String what, Event.Builder builder) {
        Event event = builder.build();
        List<Violation> expected = AGENDUM.validate(event, Locale.ENGLISH);
        assertThat(expected).isNotEmpty();
        assertThat(validate(inLocale(Locale.ENGLISH), event)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidEvents")
    @DisplayName("in the caller's locale: Dutch messages for nl, as EventValidator gives them")
    void agreesInDutch(String what, Event.Builder builder) {
        Event event = builder.build();
        assertThat(validate(inLocale(Locale.forLanguageTag("nl")), event))
                .isEqualTo(AGENDUM.validate(event, Locale.forLanguageTag("nl")));
    }

    @Test
    @DisplayName("accepts a valid event, and reports nothing twice")
    void valid() {
        assertThat(DEFAULT.getValidator().validate(Fixtures.seminar().build())).isEmpty();
    }

    @Test
    @DisplayName("never lets event text reach a message through the caller's EL-enabled interpolator")
    void noUserText() {
        Event event = Fixtures.seminar().title(nl("${1+1} {max} #{2*2}\n")).person(Person.of("${3*3}", "X")).build();
        List<Violation> violations = validate(inLocale(Locale.ENGLISH), event);
        assertThat(violations).isEqualTo(AGENDUM.validate(event)).hasSize(2);
        assertThat(violations).extracting(Violation::message).allSatisfy(message -> assertThat(message)
                .doesNotContain("${").doesNotContain("#{").doesNotContain("{max}").doesNotContain("X"));
    }

    private static List<Violation> validate(Validator validator, Event event) {
        return validator.validate(event).stream().map(Violation::from).sorted(ORDER).toList();
    }

    /** The default factory's validator with its own interpolator fixed to {@code locale}, as Spring does per request. */
    private static Validator inLocale(Locale locale) {
        MessageInterpolator interpolator = DEFAULT.getMessageInterpolator();
        return DEFAULT.usingContext().messageInterpolator(new MessageInterpolator() {
            @Override
            public String interpolate(String template, Context context) {
                return interpolator.interpolate(template, context, locale);
            }

            @Override
            public String interpolate(String template, Context context, Locale ignored) {
                return interpolator.interpolate(template, context, locale);
            }
        }).getValidator();
    }
}

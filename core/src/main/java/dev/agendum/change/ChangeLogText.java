package dev.agendum.change;

import dev.agendum.model.Coded;
import dev.agendum.model.EventStatus;
import java.text.MessageFormat;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The readable change log: for each event that changed, a heading with its revisions, then one line per change in
 * programme order, old and new side by side ({@code 14.00 Talk: moved: 15 January 2021 14.00 → 15 January 2021
 * 14.30}). Words come from the resource bundle {@code dev.agendum.change.ChangeLog} (English, Dutch for
 * {@code nl}, German for {@code de}); local times are written as words in that language; texts from the events
 * are written as they are.
 * Output is deterministic for the same changes and language. Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * String log = ChangeLogText.in(Locale.forLanguageTag("nl")).write(changes);
 * }</pre>
 */
public final class ChangeLogText {

    private static final Pattern LOCAL_TIME = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d(\\.\\d+)?)?");
    private static final Set<ChangeKind> STATUSES = EnumSet.of(ChangeKind.EVENT_STATUS_CHANGED,
            ChangeKind.ITEM_CANCELLED, ChangeKind.ITEM_STATUS_CHANGED, ChangeKind.EVENT_REMOVED);

    private final Locale language;
    private final ResourceBundle words;
    private final DateTimeFormatter moment;
    private final DateTimeFormatter clock;

    private ChangeLogText(Locale language) {
        this.language = language;
        // ChangeLog_en exists, so English never falls back to the JVM's default locale.
        this.words = ResourceBundle.getBundle("dev.agendum.change.ChangeLog", language);
        this.moment = DateTimeFormatter.ofPattern("d MMMM uuuu HH.mm", language);
        this.clock = DateTimeFormatter.ofPattern("HH.mm", language);
    }

    /**
     * {@return the log writer for {@code language}, or English for a language with no {@code ChangeLog_xx} file}
     *
     * @param language the language of the log
     */
    public static ChangeLogText in(Locale language) {
        Objects.requireNonNull(language, "language");
        Locale wanted = Locale.forLanguageTag(language.getLanguage());
        boolean shipped = !wanted.getLanguage().isEmpty() && ResourceBundle.getBundle("dev.agendum.change.ChangeLog",
                wanted).getLocale().getLanguage().equals(wanted.getLanguage());
        return new ChangeLogText(shipped ? wanted : Locale.ENGLISH);
    }

    /**
     * {@return the log of {@code events}, in their order; events without changes are left out}
     *
     * @param events the changes of each event
     */
    public String write(List<EventChanges> events) {
        StringBuilder log = new StringBuilder();
        for (EventChanges event : events) {
            if (event.isEmpty()) {
                continue;
            }
            log.append(log.length() == 0 ? "" : "\n").append(MessageFormat.format(words.getString("heading"),
                    event.title().get(language), event.eventId(), Integer.toString(event.from().number()),
                    Integer.toString(event.to().number()), event.to().published().toString())).append('\n');
            event.changes().forEach(change -> log.append("- ").append(line(change)).append('\n'));
        }
        return log.length() == 0 ? words.getString("none") + "\n" : log.toString();
    }

    /**
     * {@return one change as a line, without the leading dash and line end}
     *
     * @param change the change to describe
     */
    public String line(Change change) {
        String subject = change.item().map(i -> i.start().format(clock) + " " + i.title().get(language))
                .orElse(words.getString("event"));
        String what = words.getString("kind." + change.kind().code());
        if (change.role().isPresent()) {
            what = change.role().get().label(language) + ": " + what;
        }
        String values = value(change, change.before()) + " → " + value(change, change.after());
        return subject + ": " + what + (change.before().isEmpty() && change.after().isEmpty() ? "" : ": " + values);
    }

    private String value(Change change, Optional<String> value) {
        if (value.isEmpty()) {
            return words.getString("nothing");
        }
        if (STATUSES.contains(change.kind())) {
            return Coded.fromCode(EventStatus.class, value.get()).map(s -> s.label(language)).orElse(value.get());
        }
        Matcher times = LOCAL_TIME.matcher(value.get());
        return times.replaceAll(m -> Matcher.quoteReplacement(LocalDateTime.parse(m.group()).format(moment)));
    }
}

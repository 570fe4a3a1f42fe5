package dev.agendum.importer;

import dev.agendum.model.ConferenceFeature;
import dev.agendum.model.JoinLink;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the online location of an event attended online or hybrid ({@link PlaceReader}): the join link (given,
 * still to come, or sent after registration), the platform it runs on, and whether it has a chat or video.
 */
final class OnlineLocation {

    /** The word "link" in the attendance lines: a join link to come after registration, not only a mail. */
    private static final Pattern LINK = Pattern.compile("(?iu)link");
    private static final Pattern AFTER_REGISTRATION = Pattern.compile("(?iu)(na (?:je |uw )?aanmelding|after "
            + "(?:you )?regist\\p{L}*|ontvang(?:t|en)? (?:je|u) (?:de|een) link|receive (?:a|the) link)");
    private static final Pattern PLATFORM = Pattern.compile("(?iu)(?<![\\p{L}])(zoom|microsoft teams|teams|webex"
            + "|google meet|jitsi)(?![\\p{L}])");
    private static final Pattern JOIN_URL = Pattern.compile("https://[^\\s)>\\]]*(zoom\\.us|teams\\.microsoft\\.com"
            + "|webex\\.com|meet\\.google\\.com|meet\\.jit\\.si)[^\\s)>\\]]*");
    private static final Pattern CHAT = Pattern.compile("(?iu)(?<![\\p{L}])chat(?![\\p{L}])");
    private static final Pattern CAMERA = Pattern.compile("(?iu)(?<![\\p{L}])(camera|webcam|video)(?![\\p{L}])");

    private final Reading reading;
    private final List<Line> leaves;

    OnlineLocation(Reading reading, List<Line> leaves) {
        this.reading = reading;
        this.leaves = leaves;
    }

    /** Reads the join link, its platform and the meeting's features from the lines. */
    void read() {
        Optional<Source> toFollow = find(LinksToCome.ONLINE_LOCATION);
        Optional<Source> after = find(AFTER_REGISTRATION);
        for (Line line : leaves) {
            Matcher url = JOIN_URL.matcher(line.text());
            if (url.find()) {
                reading.joinLink = Optional.of(new Reading.Valued<>(JoinLink.known(java.net.URI.create(url.group())),
                        line.source(url.start(), url.end())));
            }
        }
        if (reading.joinLink.isEmpty() && toFollow.isPresent()) {
            reading.joinLink = Optional.of(new Reading.Valued<>(JoinLink.toFollow(), toFollow.get()));
            reading.unplaced(toFollow.get(), "the join link is still to come");
        } else if (reading.joinLink.isEmpty() && after.isPresent() && find(LINK)
                .isPresent()) {
            reading.joinLink = Optional.of(new Reading.Valued<>(JoinLink.afterRegistration(), after.get()));
        }
        find(PLATFORM).ifPresent(p -> reading.platform = Optional.of(new Reading.Valued<>(
                p.words().equalsIgnoreCase("teams") ? "Microsoft Teams" : capitalise(p.words()), p)));
        find(CHAT).ifPresent(s -> reading.features.put(ConferenceFeature.CHAT, s));
        find(CAMERA).ifPresent(s -> reading.features.put(ConferenceFeature.VIDEO, s));
    }

    private static String capitalise(String word) {
        return word.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + word.substring(1);
    }

    /** The first words of the lines that {@code pattern} matches and the text does not deny ("geen livestream"). */
    private Optional<Source> find(Pattern pattern) {
        for (Line line : leaves) {
            Matcher m = pattern.matcher(line.text());
            while (m.find()) {
                if (!AttendanceWords.denied(line.text(), m.start())) {
                    return Optional.of(line.source(m.start(), m.end()));
                }
            }
        }
        return Optional.empty();
    }
}

package dev.agendum.ical;

import dev.agendum.model.Labelled;
import java.util.Locale;

/** The few words a feed adds to what the event says, in English and Dutch. */
enum Words implements Labelled {
    PROGRAMME("Programme", "Programma"),
    PEOPLE("People", "Personen"),
    ORGANISED_BY("Organised by", "Organisatie"),
    REGISTRATION("Registration", "Aanmelden"),
    CONTACT("Contact", "Contact"),
    LINKS("Links", "Links"),
    IMAGE("Image", "Afbeelding"),
    ONLINE("Online", "Online"),
    JOIN_LINK_TO_FOLLOW("join link to follow", "link volgt"),
    JOIN_LINK_AFTER_REGISTRATION("join link sent after registration", "link na aanmelding"),
    ADDRESS_NOT_GIVEN("address not given", "adres niet vermeld"),
    WAITING_LIST("waiting list", "wachtlijst"),
    PLACES("places", "plaatsen"),
    OPENS("opens", "opent"),
    CLOSES("closes", "sluit"),
    APPROVAL("approval required", "goedkeuring nodig"),
    FREE("free", "gratis"),
    FOR("for", "voor"),
    ROOM("Room", "Zaal"),
    TRACK("track", "track"),
    ITEMS("programme items", "programmaonderdelen");

    private final String english;
    private final String dutch;

    Words(String english, String dutch) {
        this.english = english;
        this.dutch = dutch;
    }

    @Override
    public String label(Locale language) {
        return Labelled.pick(language, english, dutch);
    }
}

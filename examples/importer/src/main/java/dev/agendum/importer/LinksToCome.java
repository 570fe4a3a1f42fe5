package dev.agendum.importer;

import java.util.regex.Pattern;

/**
 * The words that say a link is still to come, in one place. They overlap, and each still feeds the reader it was
 * written for, since merging them changes which drafts get a {@code JoinLink.toFollow} and which a channel to follow:
 * the registration link to come ({@link RegistrationReader}), the way in to come said anywhere (a channel to follow),
 * and the online location to come ({@link OnlineLocation}, the join link the event gets).
 */
final class LinksToCome {

    /** "aanmeldlink volgt", "registration link will follow", "Aanmelden: link volgt": the registration link to come. */
    static final Pattern REGISTRATION_LINK = Pattern.compile("(?iu)(aanmeldlink volgt|link (?:om|voor) (?:je |u )?"
            + "aan te melden volgt|aanmelden kan binnenkort|registration link (?:will follow|follows|to follow)"
            + "|registration (?:opens|will open) soon|(?:aanmelden|inschrijven|registration|register|sign up)\\s*:\\s*"
            + "(?:de )?link (?:volgt|follows|to follow))");
    /**
     * The way in that is still to come, said anywhere in the text: "The Zoom joining link follows by e-mail", "De link
     * naar de online sessie volgt", "A link to follow:", "we will e-mail the joining link", "De Teams-link sturen wij
     * u", "publiceren we een nieuwe aanmeldlink".
     */
    static final Pattern JOIN_LINK = Pattern.compile("(?iu)((?:joining|join|inbel|teams|zoom|webex"
            + "|stream|livestream|deelname)[- ]?link\\s+(?:follows|volgt"
            + "|will follow|to follow)|link (?:naar|to) (?:de |het |the )?(?:online sessie|livestream|stream|session"
            // "De link naar de Teams-vergadering volgt ten laatste de werkdag vóór je sessie"
            + "|webinar|meeting|(?:online |digitale )?(?:[\\p{L}]+-)?(?:vergadering|meeting|sessie|bijeenkomst"
            + "|gesprek))\\s+(?:volg(?:t|en)"
            + "|follows|will follow)|(?:a|the) link to follow"
            + "|(?:will|we'?ll) e-?mail (?:you )?the (?:joining |zoom |teams )?link"
            + "|(?:[\\p{L}]+-)?link (?:sturen|mailen) (?:wij|we)|(?:sturen|mailen) (?:wij|we) (?:u |je |jullie )?(?:de"
            + "|een) (?:[\\p{L}]+-)?link|een nieuwe aanmeldlink"
            // "The Zoom link will be e-mailed to registered members", "The joining link will be sent after
            // registration", "De link naar het webinar sturen we je de dag voordien"
            + "|(?:joining |zoom |teams |meeting |webinar |session )?link(?: and [\\p{L} ]{3,30}?)? (?:will be|is|are)"
            + " (?:sent|e-?mailed|shared|emailed|circulated)|link (?:naar|voor) (?:het|de) (?:webinar|sessie|bijeenkomst|livestream|stream) (?:sturen|mailen)"
            + " (?:wij|we)"
            // "De link voor alle sessies krijg je uiterlijk twee dagen voor de eerste avond per mail" (not "You will
            // receive the Zoom link after registering": that link comes with the registration)
            + "|(?:de )?link (?:voor|naar) (?:\\p{L}+ ){1,3}?(?:krijg|ontvang)t? (?:je|jij|u)"
            // "de link naar de livestream wordt daarna per mail bezorgd", "Deelnemers online ontvangen de kijklink",
            // "een e-mail met de persoonlijke link naar de livestream"
            + "|(?:de )?link (?:voor|naar) (?:\\p{L}+ ){1,3}?(?:wordt|worden) (?:\\p{L}+ ){0,3}?(?:bezorgd|verstuurd"
            + "|gestuurd|gemaild|toegestuurd|gedeeld)|(?:ontvangt|ontvangen|krijgt|krijgen) (?:u |je |jullie )?"
            + "(?:de|een) (?:kijk|deelname|inbel|teams-|zoom-|stream|livestream)link"
            + "|e-?mail met (?:de|een|je|uw) (?:persoonlijke )?link"
            // "De link om deel te nemen krijg je op dinsdag 18 mei via e-mail", "… volgt", "De link komt morgen"
            + "|(?:de )?link om (?:deel te nemen|in te loggen|mee te doen) (?:(?:krijg|ontvang)t? (?:je|jij|u)|volgt"
            + "|(?:sturen|mailen) (?:wij|we))"
            + "|(?:de )?link komt (?:later|morgen|nog|op|de dag|een dag|per)"
            // "Your personal joining link arrives by email 24 hours before the start"
            + "|(?:joining|zoom|teams|meeting|webinar|session|personal) link (?:arrives|will arrive|comes|will come)"
            + " by e-?mail)");
    /** "link volgt", "link will be shared", "link to follow": the online location still to come. */
    static final Pattern ONLINE_LOCATION = Pattern.compile("(?iu)(link volgt|link (?:wordt|will be) (?:later )?"
            + "(?:bekendgemaakt|gedeeld|shared|published)|link to follow|link will follow|link follows)");

    private LinksToCome() {
    }
}

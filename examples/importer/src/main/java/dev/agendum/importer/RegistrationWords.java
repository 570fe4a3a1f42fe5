package dev.agendum.importer;

import java.util.regex.Pattern;

/**
 * The words an announcement asks its readers to register with ({@link RegistrationReader}): the sentence that asks
 * ("aanmelden", "book your place", "Let us know if you are coming"), the words before a number to call, and those
 * before an address to write to.
 */
final class RegistrationWords {

    private RegistrationWords() {
    }

    /** A sentence that asks to register, book, reserve, sign up or say whether one comes. */
    static final Pattern WORDS = Pattern.compile("(?iu)(aanmeld|aanmelden|meld (?:je|u|jezelf) (?:\\p{L}+ )?"
            + "aan|aan te melden|in te schrijven|te reserveren|meld(?:en|t)? (?:zich|je|u) (?:[\\p{L}\\d]+ ){0,5}aan(?![\\p{L}])"
            + "|inschrij|(?<![\\p{L}])opgeven(?![\\p{L}])|(?<![\\p{L}])geef (?:je|u|jezelf) (?:[\\p{L}\\d]+ ){0,4}?op(?=\\s|[:,.]|$)"
            + "|(?<![\\p{L}])opgave (?:via|bij|vóór|voor|kan|is)(?![\\p{L}])"
            + "|put (?:your name|yourself) on the waiting list|join the wait(?:ing )?list"
            // "Laat ons vóór 10 september weten of u erbij bent:", "Let us know if you are coming"
            + "|laat (?:ons|het) (?:[\\p{L}\\d]+ ){0,4}?weten (?:of|dat) (?:u|je|jij|jullie) (?:erbij|komt|komen|aanwezig)"
            + "|let us know (?:[\\p{L}\\d]+ ){0,3}?(?:if|whether|that) you(?:'re| are|'ll| will)? (?:be )?(?:coming|come"
            + "|attend|there)"
            + "|(?:zet|plaats) (?:je|u|jezelf) (?:naam )?op de wachtlijst|op de wachtlijst (?:laten )?(?:zetten|plaatsen)|schrijf (?:je|u) in|registr|deelnemen\\?|register|sign up|sign-up|tickets?|rsvp|book (?:your|a)"
            // "To book a table or individual seats, call …": a dinner's tables and seats are booked as places are
            + " (?:place|seat|ticket|table)|book (?:individual )?seats|reserveren|reserveer|reservering|reserve (?:a|your|by phone|by e-?mail|online)"
            + "|reservation"
            + "|apply (?:now|here|via|at|online)|applications? (?:close|open|form)|application form"
            // "Request a place at …", "Save your seat", "Claim a spot", "Book online: …"
            + "|(?:request|save|claim|secure) (?:a|your) (?:place|seat|spot)|book (?:online|now|here|via|at)"
            // "please book ahead. You can book:"
            + "|book (?:ahead|in advance)|(?:you|u) can book(?=\\s*:)"
            // "To book, e-mail … or ring …", "To reserve: call …"
            + "|(?<![\\p{L}])to (?:book|reserve)(?=\\s*[,:]|\\s+(?:by|via|online))"
            // "Book in the members' booking area", "Book through our website"
            + "|book (?:in|through|using|on) (?:the|our)"
            // "Geef uiterlijk 17 september door met hoeveel personen u komt", a mail's "Ik ben erbij" button
            + "|(?<![\\p{L}])geef (?:[\\p{L}\\d]+ ){0,5}?door (?:met )?(?:hoeveel|of (?:u|je|jullie))"
            + "|ik ben erbij|ja,? ik kom|count me in|i'?ll be there"
            // tickets by their Dutch name, and a seat claimed in a post's words ("Grab yours 👉 https://…")
            + "|(?:toegangs)?kaarten (?:zijn|kunt|kun|koopt|bestelt|bestellen|kopen|reserveren|via|bij|te koop)"
            + "|kaartverkoop|grab (?:yours|your (?:seat|spot|place|ticket))|claim (?:yours|your (?:seat|spot|place))"
            // a team entered for a tournament or race: "To enter, e-mail …", "Enter your team via …"
            + "|(?<![\\p{L}])to enter(?=[,:])|enter (?:your|a) team"
            // an RSVP: "Wilt u ons laten weten of u komt?", "Please let us know whether you can come"
            + "|(?:laten |laat (?:ons |me |mij )?(?:even |graag |dan )?)weten of (?:u|je|jij|jullie) (?:\\p{L}+ )?"
            + "(?:komt|komen|aanwezig)|weten met hoeveel (?:u|je|jij|jullie|personen|mensen) (?:\\p{L}+ )?(?:komt|komen)"
            + "|let (?:us|me) know (?:if|whether) you(?:'re| are| will| can| would)? ?"
            + "(?:come|coming|attend|join|be there))");

    /** "telefonisch via 038 …", "bel 06 …", "by phone on …": registration by phone. */
    static final Pattern BY_PHONE = Pattern.compile("(?iu)(telefonisch|per telefoon|bel(?:len)?(?:\\s+(?:dan"
            + "|gerust|even|ook|eventueel))?|by phone|call|phone|phoning|(?<![\\p{L}])ring"
            + "|(?<![\\p{L}])(?:tel\\.?|telefoon)"
            // "by calling Gemma Lister, our Community Engagement Officer, on …": whom to ring, then who that is
            + "|(?:calling|ringing|call|ring|bel)\\s+\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+){0,2},[^,.]{3,60},\\s+(?:on|op)\\s*$"
            // "ring or text Sue on …", "bel of app Lotte op …": a name alone after the verb
            + "|(?:call|ring|text|bel|sms|app)(?:\\s+(?:or|of)\\s+(?:text|sms|app))?\\s+\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+){0,2}"
            + "\\s+(?:on|op)\\s*$"
            // "**By phone:** festival box office, 01632 …": the desk named between the label and the number
            + "|(?:by phone|per telefoon|telefonisch)\\s*:\\s*(?:[\\p{L} ]{2,40},\\s*)?$"
            // "Ring Sandra Kelly in the fundraising office on …", "bel Els van het secretariaat op …"
            + "|(?:calling|ringing|call|ring|bel)\\s+\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+){0,2}\\s+(?:in|at|from|van|bij|op)"
            + "\\s+(?:the|our|het|de|ons|onze)(?:\\s+\\p{L}+){1,3}\\s+(?:on|op)\\s*$"
            // "stuur een appje naar Marieke op 06 …", "met een sms of telefoontje naar Lore op 0470 …"
            + "|(?<![\\p{L}])(?:appje|sms(?:je)?|whatsappje|whatsappbericht|telefoontje|berichtje|text message))(?:\\s+(?:of|or)\\s+(?:te\\s+)?(?:appen|sms'en|whatsappen|text))?(?:\\s+(?:bij|via|at|with"
            // whom to ring, named without a preposition: "bel ons secretariaat op …", "call the box office on …",
            // "ring us on …"
            + "|naar|to|ons|onze|het|de|our|the)(?:\\s+\\p{L}+){1,5}|\\s+(?:us|me))?\\s*(?:via|op|naar|on|at)?"
            + "\\s*[:,]?\\s*$"
            // "inschrijven … bij mij via 0476 …": in a sentence that asks to register, a number one signs up "via"
            + "|(?<![\\p{L}])via\\s*:?\\s*$");

    /** "Stuur een e-mail naar", "mail to", "e-mail the secretary at": the words before an address to write to. */
    static final Pattern MAIL_LABEL = Pattern.compile("(?iu)((?:stuur een |send an? |stuur |send )?(?:e-?mail"
            + "|e-?mailtje|mailtje|mail)(?:\\s+[\\p{L}-]+){0,5}?)\\s+(?:naar|to|via|at|aan)\\s*:?\\s*$");
}

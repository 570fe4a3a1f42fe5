package dev.agendum.importer;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The words that say what a time in a sentence is to the event: its start, its end, its doors, the range it lasts.
 * {@link WhenReader} reads the event's own times with them, {@link ProgrammeReader} keeps such sentences out of the
 * programme.
 */
final class TimeWords {

    private TimeWords() {
    }

    /** A label before the event's time: "Tijd:", "Aanvang", "Date and time". */
    static final Pattern TIME_LABEL = Pattern.compile("(?iu)^(?:tijd|tijdstip|time|times|aanvang|start"
            + "|starts|hoe laat|datum en tijd|date and time|wanneer|when|datum|date)\\b");
    /** A start word right before a time: "aanvang", "begint om", "starts at". */
    static final Pattern START_WORD = Pattern.compile("(?iu)(aanvang|begint om|start om|starts at|begins at"
            + "|start|vanaf)\\s*:?\\s*$");

    /** "eindigt om 17.00", "Het festival eindigt zaterdag om 16.30 uur", "De avond duurt tot 22.00 uur". */
    static final Pattern END_WORD = Pattern.compile("(?iu)((?:einde|eindigt|eindigen|afgelopen|sluit|ends|finishes"
            + "|is over|closes)(?:\\s+\\p{L}+){0,2}(?:\\s+(?:om|rond|at|around|op|omstreeks|tegen|circa))"
            // "(einde omstreeks 18u15)", "(einde 18u15)": the end set in brackets after the start
            + "|(?<![\\p{L}])einde(?:\\s+(?:omstreeks|rond|ongeveer|circa|ca\\.|voorzien|uiterlijk))?|(?:eindigt|eindigen|afgelopen|sluit|ends"
            + "|finishes|is over|closes|lasts until|runs until|runs till|goes on until"
            // "De vergadering duurt naar verwachting tot 22.00 uur", "loopt ongeveer tot 17.00 uur"
            + "|(?:duurt|loopt)(?:\\s+(?:naar verwachting|ongeveer|zeker|uiterlijk))?\\s+tot"
            + "|ending by|finishing by|ends by|finishes by|close by|closes by|end by"
            // "7.00pm (doors 6.45pm), finishing about 8.30pm", "ending around 9pm"
            + "|(?:finishing|ending|finishes|ends)\\s+(?:about|around|at|approximately|roughly)"
            // "we ronden af rond 22.00 uur", "until the gates closed at 8pm", "de bar blijft open tot 23u"
            // "We aim to wrap up, with prizes handed out, by about 10.30pm"
            + "|(?:ronden|rondt)(?:\\s+we)?\\s+af|wrap(?:s)? up(?:,[^,.]{1,40},)?(?:\\s+(?:by|at))?"
            + "|(?:closed|close|gesloten)(?=\\s+(?:at|om))"
            + "|(?:blijft|blijven|stays|stay)(?:\\s+\\p{L}+){0,2}\\s+open\\s+(?:tot|until|till)"
            // "The Chairman will close the meeting no later than 9.30pm", "sluit de vergadering uiterlijk om 22.00 uur"
            + "|(?:close|closes|end|ends|sluit|sluiten)\\s+(?:the|de|het)\\s+(?:meeting|session|evening|vergadering"
            + "|bijeenkomst|avond)\\s+(?:no later than|by|at|uiterlijk(?:\\s+om)?|om|rond)"
            // "We aim to finish by 21:30", "expected to finish by 9.30 pm", "af te ronden omstreeks 21.45 uur",
            // "until carriages at midnight"
            + "|finish(?:es)?\\s+(?:by|at)|af te ronden|carriages(?:\\s+at)?"
            // "The meeting will close no later than 9.15pm", "eindigt uiterlijk om …"
            + "|(?:close|closes|end|ends|finish|finishes)\\s+(?:no later than|at the latest at)"
            // a Flemish "we zijn gedaan om 21u", "zijn we klaar rond 22u"
            + "|(?:we zijn|zijn we) (?:gedaan|klaar)(?:\\s+(?:om|rond|tegen))?"
            + ")(?:\\s+(?:om|rond|ongeveer|omstreeks|at|around|about)){0,2})\\s*$");
    /** An end field: "Einde: vr 19-3-2027 22:00", "Eindtijd: 17.00 uur", "End time: 5 pm". */
    static final Pattern END_LABEL = Pattern.compile("(?iu)^(?:einde|eindtijd|eind|end|end time|ends|tot|until"
            + "|sluiting|afsluiting|closing|close)"
            + "\\s*:");
    /** An end word after the time: "waarna we de avond rond 22.00 uur afsluiten", "… at 5 pm, when we close". */
    static final Pattern END_AFTER = Pattern.compile("(?iu)^\\s*(?:uur\\s+)?(?:afsluiten|af te sluiten"
            + "|afgesloten|sluiten we af|te sluiten|sluiten"
            // "we verwachten rond 21.15 uur af te ronden", "en ronden uiterlijk om 21.30 uur af."
            + "|af te ronden|afronden|afgerond|ronden we af|af(?=\\s*(?:[.;]|$))"
            // "We verwachten uiterlijk 22.00 uur klaar te zijn", "uiterlijk 22.00 klaar zijn", "rond 22u30 ruimen
            // we de zaal op"
            + "|klaar (?:te )?zijn|ruimen we (?:de zaal |alles )?op"
            // "om 0.30 uur gaat het licht uit", "at midnight the lights go out": the night's end
            + "|gaat het licht uit|gaan de lichten uit|(?:the )?lights go out)(?![\\p{L}])");
    /**
     * A start said in a sentence: "We beginnen om 19.00 uur", "the talk starts at 8 pm"; it is the event's over a
     * doors-open time said before it ("De zaal is open vanaf 18.30 uur").
     */
    static final Pattern BEGINS = Pattern.compile("(?iu)(?<![\\p{L}])(?:we beginnen|beginnen we|we starten"
            + "|starten we|het programma (?:begint|start)|de avond (?:begint|start)|we begin|we start|we kick off"
            + "|the (?:programme|program|evening|talk|meeting) (?:begins|starts))(?:\\s+\\p{L}+){0,1}?"
            + "\\s+(?:om|at|rond|around)\\s*$");
    /** Words before the range of times an event lasts. */
    static final Pattern SPAN = Pattern.compile("(?iu)(?<![\\p{L}])(?:duurt|loopt|lasts|runs|takes place"
            // a fair's hours: "De beurs is dinsdag open van 10.00 tot 17.00 uur", "the show is open from 10 to 5"
            + "|open|geopend"
            + "|(?:(?:stond|staat|was|is) )?gepland(?: was)?|(?:was|is|as) (?:planned|scheduled))(?:\\s+\\p{L}+){0,2}?"
            + "\\s*:?\\s+(?:van|from)?\\s*$");
    /** The doors' time, before the start: "zaal open", "inloop", "doors open at". */
    static final Pattern DOORS = Pattern.compile("(?iu)((?:zaal|kerk) (?:is )?open|deuren (?:gaan )?open|inloop|doors "
            + "open|doors)(?:\\s+(?:vanaf|om|at|from))?\\s*$");

    /** Tells whether a sentence says when the event ends or its doors open, not an item. */
    static boolean endsOrOpens(String sentence) {
        List<DateReader.TimeMention> times = DateReader.times(sentence);
        return !times.isEmpty() && (ends(sentence, times.get(0))
                || DOORS.matcher(sentence.substring(0, times.get(0).start())).find());
    }

    /** Whether a time is said to be the end: an end word before it, or one just after it. */
    static boolean ends(String text, DateReader.TimeMention time) {
        return END_WORD.matcher(text.substring(0, time.start())).find()
                || END_AFTER.matcher(text.substring(time.end())).lookingAt();
    }
}

package dev.agendum.importer;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds phone numbers and writes them in international form with Google's libphonenumber. */
final class Phones {

    /** A number as written and in international form. */
    record Found(int start, int end, String international, boolean regionAssumed) {
    }

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    /**
     * Between two digits of a number: nothing, a space, a hyphen, or a hyphen with spaces around it ("0118 - 65 43
     * 21", as Dutch pages often set an area code apart), an en dash with spaces ("06 – 1842 7730", as word
     * processors turn a hyphen), or a slash after the area code ("09/233 45 67", as Belgian pages write it).
     */
    private static final String GAP = "(?: ?[-–] ?|/|[\\s-])?";
    /**
     * "+31 6 …", "+31 (0)73 …", "0031 6 38 29 17 40" (the international prefix dialled), "023-514 35 00",
     * "0118 - 65 43 21", "(0513) 48 95 00" (the area code in brackets).
     */
    private static final Pattern CANDIDATE = Pattern.compile("(?<![\\d+\\w])((?:\\+|00(?=[1-9]))\\d{2,3}" + GAP
            + "(?:\\(0\\)" + GAP + ")?\\d(?:" + GAP + "\\d){6,11}|0\\d(?:" + GAP + "\\d){8}|\\(0\\d{1,3}\\) ?\\d(?:" + GAP
            + "\\d){5,7})(?![\\d])");

    /**
     * A municipality's service number ("Bel 14 038"), read only after a phone word: libphonenumber accepts these
     * five-digit 14 numbers as Dutch numbers.
     */
    private static final Pattern SERVICE = Pattern.compile("(?iu)(?<![\\p{L}])(?:bel|tel\\.?|telefoon|phone|call)"
            + "\\s*:?\\s*(14\\s?0\\d{2,3})(?![\\d])");

    /** A Belgian number without country code has nine digits: "016 28 54 31", "02 512 40 36". */
    private static final Pattern BELGIAN_NUMBER = Pattern.compile("(?<![\\d+\\w])(0\\d(?:" + GAP + "\\d){7})(?![\\d])");

    private Phones() {
    }

    /**
     * "+32 16 …", "zone 016", "info@gemeente.be", "België", "Brussels": a text that shows it is Belgian, whose numbers
     * without country code are Belgian ones.
     */
    private static final Pattern BELGIAN = Pattern.compile("(?iu)\\+32[\\s(]|[\\w-]\\.be(?![\\p{L}\\d-]|\\.[\\p{L}\\d])|(?<![\\p{L}])"
            + "(?:belgië|belgie|belgium|belgique|vlaanderen|flanders|brussel|brussels|bruxelles)(?![\\p{L}])");

    /**
     * "+44 117 …", "£45.00", "Bristol BS3 4QD" (a postcode), "United Kingdom": a text that shows it is British, whose
     * numbers without country code are British ones.
     */
    private static final Pattern BRITISH = Pattern.compile("\\+44[\\s(]|£|(?<![\\p{L}])(?:United Kingdom|England"
            + "|Scotland|Wales)(?![\\p{L}])|(?<![\\p{L}\\d])[A-Z]{1,2}\\d[A-Z\\d]? \\d[A-Z]{2}(?![\\p{L}\\d])");

    /**
     * An Irish number of an area whose local numbers have five or six digits, "(098) 25731", "091 524 418": too short
     * for the general pattern, and read only in an Irish text (libphonenumber says whether the area has such numbers).
     */
    private static final Pattern IRISH_SHORT = Pattern.compile("(?<![\\d+\\w(])(\\(0\\d{1,2}\\) ?\\d{5}|0\\d{1,2} \\d{5}"
            // a Galway or Cork number of nine digits in all: "091 524 418"
            + "|0\\d{2} \\d{3} \\d{3})(?![\\d])");

    /** A British number without country code has eleven digits: "0117 496 0321", "07700 900418". */
    private static final Pattern BRITISH_NUMBER = Pattern.compile("(?<![\\d+\\w])(0\\d(?:" + GAP + "\\d){9})(?![\\d])");

    /**
     * Returns the region numbers without country code are read in: BE for a text that shows it is Belgian, IE for an
     * Irish one, GB for one that shows it is British or writes a British number, else NL.
     */
    static String region(String text) {
        return BELGIAN.matcher(text).find() || BELGIAN_ADDRESS.matcher(text).find() ? "BE"
                : IRISH.matcher(text).find() ? "IE" : BRITISH.matcher(text).find()
                || BRITISH_LOCAL.matcher(text).find() ? "GB" : "NL";
    }

    /**
     * A British geographic, non-geographic or mobile number as written at home ("0113 496 0782", "07700 900561"):
     * eleven digits from 01, 02, 03 or 07, which no Dutch number has (theirs have ten, or are 0800 and 0900 services).
     */
    private static final Pattern BRITISH_LOCAL = Pattern.compile("(?<![\\d+\\w])(0[1237]\\d(?:" + GAP
            + "\\d){8})(?![\\d])");

    /**
     * "+353 …", "Co. Clare", an Eircode ("V95 K3T8"), "Ireland" (not Northern Ireland, which is British): a text that
     * shows it is Irish, whose numbers without country code are Irish ones ("065 684 9012").
     */
    private static final Pattern IRISH = Pattern.compile("\\+353[\\s(]|(?<![\\p{L}])(?:(?<!Northern )Ireland|Éire"
            + "|Co\\. (?:Antrim|Carlow|Cavan|Clare|Cork|Donegal|Dublin|Galway|Kerry|Kildare|Kilkenny|Laois|Leitrim"
            + "|Limerick|Longford|Louth|Mayo|Meath|Monaghan|Offaly|Roscommon|Sligo|Tipperary|Waterford|Westmeath"
            + "|Wexford|Wicklow))(?![\\p{L}])|(?<![\\p{L}\\d])" + PostalCodes.EIRCODE + "(?![\\p{L}\\d])");

    /**
     * "Kerkstraat 4, 9850 Beverkerke", "9040 Sint-Amandsberg" on its line: a Belgian address, four digits and the town
     * (a Dutch code has two letters after its digits), set after a comma or a separator or opening its line.
     */
    private static final Pattern BELGIAN_ADDRESS = Pattern.compile("(?m)(?:^\\s*|,\\s|[·|•]\\s)[1-9]\\d{3}\\s+\\p{Lu}\\p{Ll}+"
            + "(?:[ -]\\p{Lu}\\p{Ll}+)*\\s*(?:$|,|[·|•<])");

    /** Returns the valid phone numbers of {@code text}; a number without country code is read as Dutch. */
    static List<Found> find(String text) {
        return find(text, "NL");
    }

    /** Returns the valid phone numbers of {@code text}; a number without country code is read in {@code region}. */
    static List<Found> find(String text, String region) {
        List<Found> found = new ArrayList<>();
        for (Matcher m = CANDIDATE.matcher(text); m.find(); ) {
            international(m.group(1), region).ifPresent(number -> found.add(new Found(m.start(1), m.end(1), number,
                    !m.group(1).startsWith("+") && !m.group(1).startsWith("00"))));
        }
        // a country's own way of writing its numbers, read only in its texts: nine Belgian digits, eleven British,
        // an Irish area's short local number
        national(BELGIAN_NUMBER, "BE", text, region, found);
        national(BRITISH_NUMBER, "GB", text, region, found);
        national(IRISH_SHORT, "IE", text, region, found);
        for (Matcher m = SERVICE.matcher(text); m.find(); ) {
            international(m.group(1), "NL").ifPresent(number -> found.add(new Found(m.start(1), m.end(1), number,
                    true)));
        }
        found.sort(java.util.Comparator.comparingInt(Found::start));
        return found;
    }

    /**
     * Adds to {@code found} the numbers {@code pattern} finds (group 1) in {@code text}, when the text is read in
     * {@code country}'s region and no number found already covers them.
     */
    private static void national(Pattern pattern, String country, String text, String region, List<Found> found) {
        for (Matcher m = pattern.matcher(text); region.equals(country) && m.find(); ) {
            int at = m.start(1);
            if (found.stream().noneMatch(f -> f.start() <= at && at < f.end())) {
                international(m.group(1), region).ifPresent(number -> found.add(new Found(at, m.end(1), number, true)));
            }
        }
    }

    /**
     * Ofcom's numbers set aside for drama, never allocated to a line ("07700 900418", "01632 960418"): example and
     * test texts use them, and libphonenumber rejects them as unallocated, so they are recognised by their range here;
     * group 1 and group 2 are the number's two parts as the international form groups them.
     */
    private static final Pattern DRAMA_RANGE = Pattern.compile("(7700)(900\\d{3})|(1632)(960\\d{3})");

    private static Optional<String> international(String written, String region) {
        try {
            PhoneNumber number = UTIL.parse(written.replace("(0)", "").replaceFirst("^00", "+"), region);
            Matcher drama = DRAMA_RANGE.matcher(UTIL.getNationalSignificantNumber(number));
            if (number.getCountryCode() == 44 && drama.matches()) {
                return Optional.of("+44 " + (drama.group(1) != null ? drama.group(1) + " " + drama.group(2)
                        : drama.group(3) + " " + drama.group(4)));
            }
            if (!UTIL.isValidNumber(number)) {
                return Optional.empty();
            }
            return Optional.of(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }
}

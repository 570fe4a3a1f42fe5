package dev.agendum.importer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the body that publishes the page from its footer: "Gemeente Hengelo · Hazemeijerplein 1 · 7555 RJ Hengelo ·
 * …", "Duinzicht Hospital | Oude Haagweg 75 | 2552 GS The Hague". The first part of the last line that sets an
 * address apart in three parts or more names who puts the event on, beside the organisers the text's cues give;
 * its legal form ("B.V.", "NV", "vzw") is left off, and an abbreviation the text defines for it is kept.
 */
final class PublisherReader {

    private static final Pattern SEPARATOR = Pattern.compile("\\s+[·|•]\\s+");
    /** A Dutch or Belgian postcode, a British one, or a PO box: the part that makes the line an address. */
    private static final Pattern ADDRESS = Pattern.compile("\\b\\d{4}\\s?[A-Z]{2}\\b|\\b[1-9]\\d{3}\\s+\\p{Lu}\\p{Ll}"
            + "|Postbus|P\\.?O\\.? Box|\\b[A-Z]{1,2}\\d{1,2}[A-Z]?\\s?\\d[A-Z]{2}\\b");
    private static final Pattern NOT_A_NAME = Pattern.compile("(?iu)[\\d©:@]|^(?:ma|di|wo|do|vr|za|zo)\\p{L}*dag\\b"
            + "|^(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b");

    private final Reading reading;

    PublisherReader(Reading reading) {
        this.reading = reading;
    }

    void read() {
        Optional<Found.Organisation> last = last(reading.document.leaves());
        if (last.isPresent()) {
            addNew(last.get());
            return;
        }
        // a title's short form of an organiser the text names in full ("Groene Regio" of "Groene Regio Oost") is it
        Optional<Found.Organisation> titled = titled();
        if (titled.isPresent()) {
            titled.filter(body -> reading.organisers.stream().noneMatch(o -> o.key().equals(body.key())
                    || o.name().toLowerCase(Locale.ROOT).startsWith(body.name().toLowerCase(Locale.ROOT))))
                    .ifPresent(reading.organisers::add);
            return;
        }
        // an HTML page's own footer ("Stad Gent · Botermarkt 1 · 9000 Gent"), when the page names that body again
        // (its logo in the header, its text): the site's owner, not a partner's footer or a venue's address
        last(reading.document.footer()).filter(body -> occurrences(body.name()) >= 2).ifPresent(this::addNew);
    }

    /** The publisher the last footer-like line of {@code lines} names, if any. */
    private Optional<Found.Organisation> last(List<Line> lines) {
        boolean belowDates = true;
        for (int i = lines.size() - 1; i >= 0; i--) {
            // a sign-off closes the text: no date of the announcement stands under it
            Optional<Found.Organisation> publisher = publisher(lines.get(i), belowDates
                    && lines.size() - i <= SIGN_OFF_LINES);
            belowDates &= DateReader.dates(lines.get(i).text()).isEmpty();
            if (publisher.isPresent()) {
                return publisher;
            }
        }
        return Optional.empty();
    }

    private void addNew(Found.Organisation body) {
        if (reading.organisers.stream().noneMatch(o -> o.key().equals(body.key())
                || o.name().equalsIgnoreCase(body.name()) || namedWithWordsOf(body, o))) {
            reading.organisers.add(body);
        }
    }

    /**
     * "RES Noord-Holland Zuid" of "Regionale Energiestrategie Noord-Holland Zuid (RES NHZ)": a name all of whose
     * words are words of a known body's name or abbreviation is that body, partly abbreviated.
     */
    private static boolean namedWithWordsOf(Found.Organisation body, Found.Organisation known) {
        java.util.Set<String> words = new java.util.HashSet<>(List.of(known.name().toLowerCase(Locale.ROOT)
                .split("\\s+")));
        known.abbreviation().ifPresent(a -> words.addAll(List.of(a.toLowerCase(Locale.ROOT).split("\\s+"))));
        return words.containsAll(List.of(body.name().toLowerCase(Locale.ROOT).split("\\s+")));
    }

    /** How often {@code name} stands in the input, as written. */
    private int occurrences(String name) {
        int count = 0;
        for (int at = reading.document.input().indexOf(name); at >= 0; at = reading.document.input().indexOf(name,
                at + name.length())) {
            count++;
        }
        return count;
    }

    /** A line that sets an address apart in three parts or more ("Body · Street 1 · 1234 AB Town · …"): a footer. */
    static boolean isAddressFooter(Line line) {
        String[] parts = SEPARATOR.split(line.text().strip());
        for (int i = 1; i < parts.length && parts.length >= 3; i++) {
            if (ADDRESS.matcher(parts[i]).find()) {
                return true;
            }
        }
        return false;
    }

    /** The year a club's name ends with: "KV Rood-Wit '52". */
    private static final Pattern CLUB_YEAR = Pattern.compile("\\s['’]\\d{2}$");

    /** The last lines of a text, where a mailing signs off with its sender's name and address. */
    private static final int SIGN_OFF_LINES = 6;
    /**
     * A street and its number, or a registration number: "Kleverlaan 215", "22 Church Street", "KvK 34123456", the part
     * that makes the sign-off of a mailing's last lines an address.
     */
    private static final Pattern SIGNED_ADDRESS = Pattern.compile("\\b\\p{Lu}\\p{Ll}+(?:straat|weg|laan|plein|gracht"
            + "|kade|singel|dijk|park|markt|hof)\\s+\\d{1,4}[a-z]?\\b|\\b\\d{1,4}[a-z]?\\s+\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\p{Ll}+)?"
            + "\\s(?:Street|Road|Lane|Avenue|Way|Close|Square|Place|Row|Terrace)\\b|\\b(?:KvK|KBO|Charity no\\.?"
            + "|Registered charity(?: no\\.?)?)\\s*\\d");

    /**
     * The publisher {@code line} names; a line among a text's last ones may sign off in two parts, with a street
     * ("Amateurtuindersvereniging De Koolwitjes | Kleverlaan 215, Haarlem"), or with the name of the domain its
     * addresses are on ("Romsey Camera Club | meets Tuesdays at Abbey Hall" over "https://www.romseycameraclub…").
     */
    private Optional<Found.Organisation> publisher(Line line, boolean signOff) {
        String text = line.text().strip();
        Matcher separator = SEPARATOR.matcher(text);
        if (!separator.find()) {
            return Optional.empty();
        }
        String[] parts = SEPARATOR.split(text);
        boolean address = false;
        for (int i = 1; i < parts.length; i++) {
            address |= ADDRESS.matcher(parts[i]).find();
        }
        int minimum = 3;
        int firstEnd = separator.start();
        String first = text.substring(0, firstEnd);
        int comma = first.indexOf(',');
        first = comma > 0 ? first.substring(0, comma) : first;
        String name = Organisations.withoutLegalForm(first);
        name = beforeLowerCase(name.strip());
        if (!address && !name.isEmpty() && parts.length == 2 && domainNames(parts[1], name)) {
            // "Natuurvereniging X vzw · info@x.example.be": a footer of the name and an address on its domain
            address = true;
            minimum = 2;
        }
        boolean street = false;
        for (int i = 1; i < parts.length; i++) {
            street |= SIGNED_ADDRESS.matcher(parts[i]).find();
        }
        if (signOff && !name.isEmpty() && (street || siteNamed(name))) {
            address = true;
            minimum = 2;
        }
        if (parts.length < minimum || !address || name.isEmpty() || !Character.isUpperCase(name.charAt(0))
                || NOT_A_NAME.matcher(CLUB_YEAR.matcher(name).replaceFirst("")).find() || name.split("\\s+").length > 8
                || isLocality(name)) {
            return Optional.empty();
        }
        int start = line.text().indexOf(name);
        Source source = line.source(start, start + name.length());
        for (Found.Organisation defined : reading.organisations.defined().values()) {
            if (defined.name().equalsIgnoreCase(name) || defined.abbreviation().filter(name::equals).isPresent()) {
                return Optional.of(defined);
            }
        }
        return Optional.of(new Found.Organisation(name, Optional.empty(), source));
    }

    /**
     * The site an HTML page's title names after its last separator ("Open evening | Harbour College"), when an e-mail
     * address of the text lies on that name's domain: the body that publishes the page.
     */
    private Optional<Found.Organisation> titled() {
        Optional<String> title = reading.document.pageTitle();
        if (title.isEmpty()) {
            return Optional.empty();
        }
        String[] parts = TITLE_SEPARATOR.split(title.get());
        String name = beforeLowerCase(parts[parts.length - 1].strip());
        if (parts.length < 2 || name.isEmpty() || !Character.isUpperCase(name.charAt(0))
                || NOT_A_NAME.matcher(name).find()
                || name.split("\\s+").length > 6 || !domainNames(reading.document.input(), name)) {
            return Optional.empty();
        }
        for (Found.Organisation defined : reading.organisations.defined().values()) {
            if (defined.name().equalsIgnoreCase(name)) {
                return Optional.of(defined);
            }
        }
        return Optional.of(new Found.Organisation(name, Optional.empty(), Assumption.of("\"" + name
                + "\" publishes the page: its title names the site, and the text's addresses are on its domain")));
    }

    /** Whether a web address of the text is on a site named after {@code name} alone ("www.romseycameraclub…"). */
    private boolean siteNamed(String name) {
        return labelNames(SITE, reading.document.input(), name, true);
    }

    /** The first label of a web address's host after "www.". */
    private static final Pattern SITE = Pattern.compile("(?:https?://)?www\\.([\\p{L}\\d-]+)\\.");

    /** Whether an e-mail address in {@code text} is on a domain named after {@code name} ("x-y.nl", X Y). */
    private static boolean domainNames(String text, String name) {
        return labelNames(DOMAIN, text, name, false);
    }

    /**
     * Whether a host label that {@code labels} finds in {@code text} (group 1) names {@code name}, five letters at
     * least: the whole name's letters when {@code whole}, else a part of them ("x-y" of "X Y Foundation").
     */
    private static boolean labelNames(Pattern labels, String text, String name, boolean whole) {
        String letters = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\d]", "");
        for (Matcher found = labels.matcher(text); found.find(); ) {
            String label = found.group(1).toLowerCase(Locale.ROOT).replace("-", "");
            if (label.length() >= 5 && (whole ? letters.equals(label) : letters.contains(label))) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|–—-]\\s+");
    /** The first label of an e-mail address's domain; a link's may be a platform's that hosts the page. */
    private static final Pattern DOMAIN = Pattern.compile("@([\\p{L}\\d-]+)\\.");

    /** "SLP afdeling Zwolle": a body's branch is the body; a word set small other than a connector ends its name. */
    private static String beforeLowerCase(String name) {
        String[] words = name.split("\\s+");
        StringBuilder kept = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            if (Character.isLowerCase(words[i].charAt(0)) && !CONNECTORS.contains(words[i])) {
                break;
            }
            kept.append(' ').append(words[i]);
        }
        return kept.toString();
    }

    private static final java.util.Set<String> CONNECTORS = java.util.Set.of("van", "voor", "de", "der", "den", "het",
            "en", "of", "for", "the", "and", "e.o.", "aan", "op", "in", "&");

    /** "Rotterdam · …": a place's name alone is where, not who. */
    private boolean isLocality(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return reading.locality.map(l -> l.value().toLowerCase(Locale.ROOT).equals(lower)).orElse(false);
    }
}

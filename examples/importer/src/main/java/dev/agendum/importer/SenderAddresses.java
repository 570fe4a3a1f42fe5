package dev.agendum.importer;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Tells a sender's address from a venue's: a mailbox, a Belgian print's publisher, a letterhead set with bars, a
 * mailing's footer, a letter's head above its greeting. Such an address says where to write to, not where the event is.
 */
final class SenderAddresses {

    /**
     * A postal address for letters, never a venue: "Postbus 1234 · 9701 BE Groningen", "P.O. Box 12"; and the address
     * a Belgian print must give of its publisher ("V.U. Hilde Martens, Mercatorstraat 88, 9100 Sint-Niklaas"); and a
     * company's or charity's registered office ("Registered office: 12 Portland Street, Manchester M1 3HU",
     * "Statutair gevestigd te", "Maatschappelijke zetel"), which the law asks a sender to print.
     */
    private static final Pattern MAILBOX = Pattern.compile("(?iu)(?<![\\p{L}])(?:(?:postbus|antwoordnummer|p\\.?\\s?o"
            + "\\.?\\s?box|post office box)\\s*\\d+|v\\.\\s?u\\.|verantwoordelijke uitgever|e\\.\\s?r\\.\\s|éditeur "
            + "responsable|registered (?:office|address)|statutair gevestigd|statutaire zetel|maatschappelijke zetel"
            + "|vestigingsadres)");

    /**
     * "NICC | Linnaeusstraat 2 | 1092 CK Amsterdam | www.nicc.nl", "Rijnstraat 8 | 2515 XP Den Haag | Postbus 20901":
     * a sender's address line, its parts set apart by bars, with a web address, a mailbox or a registry number.
     */
    private static final Pattern LETTERHEAD = Pattern.compile("(?iu)^(?=(?:[^|]*\\|){2})(?=.*(?:www\\.|https?://|@"
            + "|postbus|p\\.?\\s?o\\.?\\s?box|kvk|btw|vat))");

    /**
     * A mailing's footer: "DataVeld B.V. · Catharijnesingel 52 · 3511 GC Utrecht" among its last lines, its parts set
     * apart by dots or bars. A line a pin or another symbol leads ("📍 Speeltuin X · …") points at the venue instead.
     */
    private static boolean footer(List<Line> leaves, int at) {
        return at >= leaves.size() - 3 && FOOTER_PARTS.matcher(leaves.get(at).text()).find();
    }

    private static final Pattern FOOTER_PARTS = Pattern.compile("^(?:[\\p{L}\\d][^·|]*\\s[·|]\\s){2}");

    /** An officer's address set under a letterhead: "Clerk: Mrs J Pike, 7 Orchard Rise, …", "Secretaris: …". */
    private static final Pattern OFFICER = Pattern.compile("(?iu)^\\W*(?:(?:parish |town )?clerk|(?:hon\\.? )?secretary"
            + "|secretaris|secretariaat|griffier|correspondentieadres|correspondence address)(?: to the \\p{L}+)?\\s*:");

    private SenderAddresses() {
    }

    /**
     * Whether the address on leaf {@code at}, its postal code at {@code postal}, is the sender's rather than a venue's.
     *
     * @param leaves the text's lines
     * @param at the index of the line with the postal code
     * @param postal where the postal code starts in that line
     * @return true for a mailbox, a publisher's line, an officer's address, a letterhead or a footer
     */
    static boolean isSenders(List<Line> leaves, int at, int postal) {
        String text = leaves.get(at).text();
        return MAILBOX.matcher(text.substring(0, postal)).find() || LETTERHEAD.matcher(text).find()
                || OFFICER.matcher(text).lookingAt()
                || footer(leaves, at) || letterHead(leaves, at);
    }

    /** How far into a letter its greeting stands, under the sender's and the addressee's addresses. */
    private static final int LETTER_HEAD = 16;

    /**
     * A letter's head: the address stands above the letter's greeting ("Unit 3, Kennet Wharf, Reading RG1 3DN" and the
     * addressee's "Flat 14, Marlow Court" over "Dear Resident,"), so it is the sender's or the addressee's, when the
     * letter gives another address below its greeting.
     */
    private static boolean letterHead(List<Line> leaves, int at) {
        for (int k = at + 1; k < Math.min(leaves.size(), LETTER_HEAD); k++) {
            if (TitleCues.salutation(leaves.get(k))) {
                // a school's letter that invites to "de aula van de school" gives no other address: its own is the venue
                return leaves.subList(k + 1, leaves.size()).stream()
                        .anyMatch(l -> PostalCodes.find(l.text(), false).isPresent());
            }
        }
        return false;
    }
}

package dev.agendum.ical;

import dev.agendum.model.Affiliation;
import dev.agendum.model.Contact;
import dev.agendum.model.Event;
import dev.agendum.model.Fee;
import dev.agendum.model.Organisation;
import dev.agendum.model.Participation;
import dev.agendum.model.Person;
import dev.agendum.model.ProgrammeItem;
import dev.agendum.model.Registration;
import dev.agendum.model.RegistrationChannel;
import dev.agendum.model.Role;
import dev.agendum.model.RoleType;
import dev.agendum.model.ScheduledItem;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

/**
 * The DESCRIPTION of an event as a person reads it in any calendar app: the event's own description, then its
 * programme with times and people, who organises it, how to register and whom to contact. Many apps ignore
 * PARTICIPANT components and programme VEVENTs, so nothing the announcement says is left to them alone.
 */
final class DescriptionText {

    /** "1 maart 2021 09.00", "1 March 2021 09.00": the language's month names, the announcements' time style. */

    private final Event event;
    private final List<ScheduledItem> schedule;
    private final Locale language;
    private final String tag;
    private final TextBuffer text;
    /**
     * How each participation reads, by identity: the DESCRIPTION, the PARTICIPANT's SUMMARY and an item's VEVENT all
     * say it, and a feed writer's profile showed the text built three times.
     */
    private final Map<Participation, String> personTexts = new IdentityHashMap<>(16);
    private final TextBuffer itemText = new TextBuffer(64);
    /** How each contact reads, by identity: CONTACT and DESCRIPTION both say it. */
    private final Map<Contact, String> contactTexts = new IdentityHashMap<>(4);
    /**
     * Each standard role's label in lower case ("panellid"), by type: most people of an event share a few roles.
     * Keyed by the enum, not the Role record, whose hashCode and equals are bootstrapped at their first call (15 ms
     * of a cold convert); a custom role's label is rare and made each time.
     */
    private final Map<RoleType, String> roleTexts = new EnumMap<>(RoleType.class);

    private DescriptionText(Event event, List<ScheduledItem> schedule, Locale language, TextBuffer text) {
        this.event = event;
        this.schedule = schedule;
        this.language = language;
        this.tag = language.toLanguageTag();
        this.text = text;
    }

    /** Returns the texts of {@code event} in {@code language}, given its scheduled items; one per event written. */
    static DescriptionText of(Event event, List<ScheduledItem> schedule, Locale language) {
        // Room for the sections the writer adds after the event's own description, so that the buffer seldom grows.
        return of(event, schedule, language,
                new TextBuffer(2048 + event.description().map(d -> d.get(language).length()).orElse(0)));
    }

    /**
     * Returns the texts of {@code event} like {@link #of(Event, List, Locale)}, the description written into
     * {@code text}, a buffer the caller reuses from event to event (it is cleared here).
     */
    static DescriptionText of(Event event, List<ScheduledItem> schedule, Locale language, TextBuffer text) {
        return new DescriptionText(event, schedule, language, text.clear());
    }

    Event event() {
        return event;
    }

    Locale language() {
        return language;
    }

    /** Returns the language's tag, for LANGUAGE parameters: built once, not per property. */
    String tag() {
        return tag;
    }

    /** Returns how a participation of this event reads: "Eva Kunseler (geïnterviewde, PBL)". */
    String person(Participation participation) {
        return personTexts.computeIfAbsent(participation, p -> person(p, roleText(p.role())));
    }

    /** Returns how a contact of this event reads: "Vereniging voor Bestuurskunde, info@… (informatie)". */
    String contact(Contact contact) {
        return contactTexts.computeIfAbsent(contact, c -> ContactText.of(event, c, language));
    }

    private String roleText(Role role) {
        return role.customLabel().isPresent() ? Words.inSentence(role.label(language), language)
                : roleTexts.computeIfAbsent(role.type(), type -> Words.inSentence(role.label(language), language));
    }

    private String person(Participation participation, String role) {
        String name = event.person(participation.personId()).map(Person::displayName)
                .orElse(participation.personId());
        // "Mieke Berkers (woordvoerder, PBL)": a role its position already names is not said twice.
        boolean named = false;
        for (Affiliation affiliation : participation.affiliations()) {
            named |= affiliation.position().map(p -> p.get(language).equalsIgnoreCase(role)).orElse(false);
        }
        StringBuilder out = new StringBuilder(name.length() + role.length() + 64).append(name).append(" (");
        if (!named) {
            out.append(role);
        }
        boolean first = true;
        for (Affiliation affiliation : participation.affiliations()) {
            // "Adj-directeur, NSOB; Hoogleraar, EUR": commas inside an affiliation, semicolons between them.
            if (!(first && named)) {
                out.append(first ? ", " : "; ");
            }
            out.append(affiliation.describe(language));
            first = false;
        }
        return out.append(')').toString();
    }

    /** Returns the readable description of the event. */
    String description() {
        return describe().toString();
    }

    /**
     * Returns the readable description of the event as the line writer reads it, without a {@code String} in
     * between. The buffer is this instance's own, written anew by each call.
     */
    TextBuffer describe() {
        text.clear();
        event.description().ifPresent(d -> text.append(d.get(language)));
        programme();
        people();
        organisers();
        online();
        registration();
        contacts();
        links();
        return text;
    }

    private void section(Words heading) {
        if (text.length() > 0) {
            text.append("\n\n");
        }
        text.append(heading.label(language)).append(':');
    }

    private void programme() {
        if (schedule.isEmpty()) {
            return;
        }
        section(Words.PROGRAMME);
        for (ScheduledItem scheduled : schedule) {
            appendTimes(text.append('\n'), scheduled).append(' ').append(scheduled.item().title().get(language));
            place(scheduled.item());
            List<Participation> people = scheduled.item().participations();
            for (int i = 0; i < people.size(); i++) {
                text.append(i == 0 ? " — " : ", ").append(person(people.get(i)));
            }
            scheduled.item().description().ifPresent(d -> text.append("\n  ").append(d.get(language)));
        }
    }

    /** Appends where an item is: " (Zaal 2, track A)", " (track A)", " (Zaal 2)" or nothing. */
    private void place(ProgrammeItem item) {
        int before = text.length();
        int start = text.append(" (").length();
        item.room().ifPresent(text::append);
        item.track().ifPresent(t -> text.append(text.length() > start ? ", " : "")
                .append(Words.TRACK.label(language)).append(' ').append(t));
        if (text.length() == start) {
            text.truncate(before);
        } else {
            text.append(')');
        }
    }

    /**
     * Returns the DESCRIPTION of an item's own VEVENT: its description, its people, then "Zaal: Zaal 2",
     * "Track: A" and "Online: https://…" (or that the join link follows), each when known.
     */
    String itemDescription(ScheduledItem scheduled) {
        ProgrammeItem item = scheduled.item();
        StringBuilder out = new StringBuilder();
        item.description().ifPresent(d -> out.append(d.get(language)));
        List<Participation> people = item.participations();
        for (int i = 0; i < people.size(); i++) {
            out.append(out.length() == 0 ? "" : i == 0 ? "\n\n" : ", ").append(person(people.get(i)));
        }
        StringBuilder details = new StringBuilder();
        item.room().ifPresent(r -> details.append('\n').append(Words.ROOM.label(language)).append(": ").append(r));
        item.track().ifPresent(t -> details.append('\n').append(capitalised(Words.TRACK.label(language)))
                .append(": ").append(t));
        joinText().ifPresent(j -> details.append('\n').append(Words.ONLINE.label(language)).append(": ").append(j));
        if (details.length() > 0) {
            out.append(out.length() == 0 ? "" : "\n\n").append(details, 1, details.length());
        }
        return out.toString();
    }

    private String capitalised(String word) {
        return word.substring(0, 1).toUpperCase(language) + word.substring(1);
    }

    /** The join link as people read it: the link when published, else that it follows or comes on registering. */
    private Optional<String> joinText() {
        return event.online().flatMap(o -> o.joinLink()).map(j -> switch (j.status()) {
            case KNOWN -> j.url().orElseThrow().toString();
            case TO_FOLLOW -> Words.JOIN_LINK_TO_FOLLOW.label(language);
            case AFTER_REGISTRATION -> Words.JOIN_LINK_AFTER_REGISTRATION.label(language);
        });
    }

    /**
     * Returns "14.00–14.05 Welkom": the programme item as each of its participants' DESCRIPTION names it, in a
     * buffer this instance reuses (written anew by each call, so read it before the next): copying a title is
     * cheaper than the string with a dash in it that it replaces.
     */
    TextBuffer item(ScheduledItem scheduled) {
        return appendTimes(itemText.clear(), scheduled).append(' ').append(scheduled.item().title().get(language));
    }

    /** Appends "14.00–14.05", or "15.00" for a point in time. */
    private static TextBuffer appendTimes(TextBuffer text, ScheduledItem scheduled) {
        time(text, scheduled.span().start());
        if (!scheduled.span().isPoint()) {
            time(text.append('–'), scheduled.span().end());
        }
        return text;
    }

    /** Appends "09.05": the announcements' style, without a formatter (the writer's profile showed it). */
    private static void time(TextBuffer text, LocalDateTime time) {
        int hour = time.getHour();
        int minute = time.getMinute();
        text.append((char) ('0' + hour / 10)).append((char) ('0' + hour % 10)).append('.')
                .append((char) ('0' + minute / 10)).append((char) ('0' + minute % 10));
    }

    private void people() {
        if (event.participations().isEmpty()) {
            return;
        }
        section(Words.PEOPLE);
        for (Participation participation : event.participations()) {
            text.append("\n- ").append(person(participation));
        }
    }

    private void organisers() {
        if (event.organisers().isEmpty()) {
            return;
        }
        section(Words.ORGANISED_BY);
        String separator = " ";
        for (Organisation organisation : event.organisers()) {
            text.append(separator).append(organisation.name().get(language));
            organisation.abbreviation().ifPresent(a -> text.append(" (").append(a).append(')'));
            separator = ", ";
        }
    }

    /** "Online: https://…", "Online: link volgt": the join link, which many apps show only here. */
    private void online() {
        joinText().ifPresent(j -> {
            section(Words.ONLINE);
            text.append(' ').append(j);
        });
    }

    private void registration() {
        event.registration().ifPresent(r -> {
            section(Words.REGISTRATION);
            r.channels().forEach(c -> text.append("\n- ").append(channel(c)));
            rules(r);
            r.audience().ifPresent(a -> text.append("\n- ").append(Words.FOR.label(language)).append(": ")
                    .append(a.get(language)));
            r.note().ifPresent(n -> text.append("\n").append(n.get(language)));
        });
    }

    private void rules(Registration r) {
        r.opens().ifPresent(o -> text.append("\n- ").append(Words.OPENS.label(language)).append(' ')
                .append(ChangeNotice.moment(o, language)));
        r.closes().ifPresent(c -> text.append("\n- ").append(Words.CLOSES.label(language)).append(' ')
                .append(ChangeNotice.moment(c, language)));
        r.capacity().ifPresent(c -> text.append("\n- ").append(c.places()).append(' ')
                .append(Words.PLACES.label(language)).append(c.waitingList()
                        ? ", " + Words.WAITING_LIST.label(language) + c.waitingListPlaces().map(n -> " " + n)
                        .orElse("") : ""));
        r.fee().ifPresent(f -> text.append("\n- ").append(f.costsNothing() ? Words.FREE.label(language)
                : f.currency().getCurrencyCode() + " " + amount(f)));
        if (r.approvalRequired()) {
            text.append("\n- ").append(Words.APPROVAL.label(language));
        }
    }

    /** "EUR 12.50": an amount with at least the currency's usual decimals. */
    private static String amount(Fee fee) {
        int digits = Math.max(fee.currency().getDefaultFractionDigits(), 0);
        return fee.amount().scale() < digits ? fee.amount().setScale(digits).toPlainString()
                : fee.amount().toPlainString();
    }

    /**
     * "Webformulier: https://…" (or the announcement's own words for a web link), "E-mail: info@…",
     * "Ter plaatse: aan de balie", "Link volgt".
     */
    private String channel(RegistrationChannel channel) {
        Optional<String> label = channel.label().map(l -> l.get(language));
        String type = channel.type().label(language);
        return switch (channel.type()) {
            case WEB -> label.orElse(type) + ": "
                    + channel.address().orElseGet(() -> Words.ADDRESS_NOT_GIVEN.label(language));
            case EMAIL, PHONE -> type + ": " + channel.address().orElse("") + label.map(l -> " (" + l + ")")
                    .orElse("");
            case IN_PERSON, LINK_FOLLOWS -> type + label.map(l -> ": " + l).orElse("");
        };
    }

    private void contacts() {
        if (event.contacts().isEmpty()) {
            return;
        }
        section(Words.CONTACT);
        event.contacts().forEach(c -> text.append("\n- ").append(contact(c)));
    }

    private void links() {
        if (event.links().isEmpty() && event.image().isEmpty()) {
            return;
        }
        section(Words.LINKS);
        event.links().forEach(l -> text.append("\n- ").append(l.title().get(language))
                .append(l.url().map(u -> " " + u).orElse("")));
        event.image().ifPresent(i -> text.append("\n- ").append(Words.IMAGE.label(language)).append(": ")
                .append(i.description().get(language)).append(i.url().map(u -> " " + u).orElse("")));
    }

    /** How a contact reads: name, role, e-mail and phone, from the person or the desk. */
    static final class ContactText {
        private ContactText() {
        }

        static String of(Event event, Contact contact, Locale language) {
            StringBuilder line = new StringBuilder();
            contact.personId().flatMap(event::person).ifPresent(p -> {
                line.append(p.displayName());
                Participation affiliated = Appearances.first(event,
                        a -> a.personId().equals(p.id()) && !a.affiliations().isEmpty());
                if (affiliated != null) {
                    line.append(", ").append(affiliated.affiliations().get(0).describe(language));
                }
                p.email().ifPresent(e -> line.append(", ").append(e));
                p.phone().ifPresent(ph -> line.append(", ").append(ph));
            });
            contact.name().ifPresent(n -> line.append(n.get(language)));
            contact.email().ifPresent(e -> line.append(", ").append(e));
            contact.phone().ifPresent(ph -> line.append(", ").append(ph));
            return line.append(" (").append(Words.inSentence(contact.role().label(language), language)).append(')')
                    .toString();
        }
    }
}

package dev.agendum.json.format;

import static dev.agendum.json.format.Codecs.NON_BLANK;
import static dev.agendum.json.format.TextCodec.TEXT;
import static dev.agendum.json.format.TimeCodecs.LOCAL_DATE_TIME;

import dev.agendum.json.read.JsonInput;
import dev.agendum.json.read.ReadLimits;
import dev.agendum.model.EventStatus;
import dev.agendum.model.ItemKind;
import dev.agendum.model.Programme;
import dev.agendum.model.ProgrammeItem;
import java.util.List;

/**
 * The programme, {@code {"items": [...]}}, and its items, nested through {@code children}. Items count against the
 * per-event limit at every depth; nesting is bounded by the parser's depth limit.
 */
public final class ProgrammeMapper {

    /** Programme items at any depth: each counts against the event's limit, so the list itself has none. */
    private static final Codec<List<ProgrammeItem>> ITEMS = Codecs.list(Codecs.later(() -> ProgrammeMapper.ITEM),
            limits -> Integer.MAX_VALUE, "programme items");

    static final Shape<ProgrammeItem> ITEM = Shape.of("item", ProgrammeItem.class)
            .beforeRead(JsonInput::countItem)
            .required("id", ProgrammeItem::id, NON_BLANK)
            .required("start", ProgrammeItem::start, LOCAL_DATE_TIME)
            .optional("end", ProgrammeItem::end, LOCAL_DATE_TIME).note("not before the start")
            .required("kind", ProgrammeItem::kind, Codecs.code(ItemKind.class, "itemKind"))
            .optional("kindLabel", ProgrammeItem::kindLabel, TEXT).note("exactly when the kind is other")
            .required("title", ProgrammeItem::title, TEXT)
            .optional("description", ProgrammeItem::description, TEXT)
            .list("participations", ProgrammeItem::participations,
                    Codecs.list(PeopleMapper.PARTICIPATION, ReadLimits::maxListLength, "participations"))
            .optional("track", ProgrammeItem::track, NON_BLANK)
            .optional("room", ProgrammeItem::room, NON_BLANK)
            .list("children", ProgrammeItem::children, ITEMS)
            .defaulted("status", ProgrammeItem::status, Codecs.code(EventStatus.class, "eventStatus"),
                    EventStatus.SCHEDULED)
            .optional("previousStart", ProgrammeItem::previousStart, LOCAL_DATE_TIME)
            .note("only when the status is postponed or rescheduled")
            .rule("{\"if\": {\"properties\": {\"kind\": {\"const\": \"other\"}}}, \"then\": {\"required\": [\"kindLabel\"]},"
                    + " \"else\": {\"not\": {\"required\": [\"kindLabel\"]}}}")
            .rule("{\"if\": {\"required\": [\"previousStart\"]}, \"then\": {\"required\": [\"status\"],"
                    + " \"properties\": {\"status\": {\"enum\": [\"postponed\", \"rescheduled\"]}}}}")
            .build();

    static final Shape<Programme> PROGRAMME = Shape.of("programme", Programme.class)
            .required("items", Programme::items, ITEMS)
            .build();

    private ProgrammeMapper() {
    }
}

package dev.agendum.json;

import dev.agendum.model.EventStatus;
import dev.agendum.model.ItemKind;
import dev.agendum.model.Programme;
import dev.agendum.model.ProgrammeItem;
import tools.jackson.core.JsonGenerator;

/**
 * The programme, {@code {"items": [...]}}, and its items, nested through {@code children}. Items count against the
 * per-event limit at every depth; nesting is bounded by the parser's depth limit.
 */
final class ProgrammeMapping {

    static final ObjectSpec<ProgrammeItem> ITEM = ObjectSpec.of(v -> new ProgrammeItem(v.get("id"), v.get("start"),
                    v.optional("end"), v.get("kind"), v.optional("kindLabel"), v.get("title"), v.optional("description"),
                    v.list("participations"), v.optional("track"), v.optional("room"), v.list("children"),
                    v.<EventStatus>optional("status").orElse(EventStatus.SCHEDULED), v.optional("previousStart")))
            .required("id", Scalars::text)
            .required("start", Scalars::localDateTime)
            .optional("end", Scalars::localDateTime)
            .required("kind", Scalars.code(ItemKind.class))
            .optional("kindLabel", Texts::read)
            .required("title", Texts::read)
            .optional("description", Texts::read)
            .optional("participations", in -> in.list(PeopleMapping.PARTICIPATION, in.limits().maxListLength(),
                    "participations"))
            .optional("track", Scalars::text)
            .optional("room", Scalars::text)
            .optional("children", ProgrammeMapping::items)
            .optional("status", Scalars.code(EventStatus.class))
            .optional("previousStart", Scalars::localDateTime);

    static final ObjectSpec<Programme> PROGRAMME = ObjectSpec.of(v -> new Programme(v.list("items")))
            .required("items", ProgrammeMapping::items);

    private ProgrammeMapping() {
    }

    private static java.util.List<ProgrammeItem> items(JsonInput in) {
        return in.list(reader -> {
            reader.countItem();
            return ITEM.read(reader);
        }, Integer.MAX_VALUE, "programme items");
    }

    static void writeProgramme(JsonGenerator out, Programme programme) {
        out.writeStartObject();
        Out.list(out, "items", programme.items(), ProgrammeMapping::writeItem);
        out.writeEndObject();
    }

    static void writeItem(JsonGenerator out, ProgrammeItem item) {
        out.writeStartObject();
        Out.string(out, "id", item.id());
        Out.value(out, "start", item.start(), Out.TIME);
        Out.optional(out, "end", item.end(), Out.TIME);
        Out.code(out, "kind", item.kind());
        Out.optional(out, "kindLabel", item.kindLabel(), Out.TEXT);
        Out.text(out, "title", item.title());
        Out.optional(out, "description", item.description(), Out.TEXT);
        Out.list(out, "participations", item.participations(), PeopleMapping::writeParticipation);
        Out.optional(out, "track", item.track(), Out.STRING);
        Out.optional(out, "room", item.room(), Out.STRING);
        Out.list(out, "children", item.children(), ProgrammeMapping::writeItem);
        // Written only when not scheduled, so that documents from before item statuses keep their bytes.
        if (item.status() != EventStatus.SCHEDULED) {
            Out.code(out, "status", item.status());
        }
        Out.optional(out, "previousStart", item.previousStart(), Out.TIME);
        out.writeEndObject();
    }
}

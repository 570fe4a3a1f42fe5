/**
 * Agendum's importer: announcement text (plain, Markdown, HTML; Dutch or English) to a draft
 * {@link dev.agendum.model.Event}, every value with the words it came from or the assumption it rests on.
 * Rule-based, offline and deterministic.
 */
module dev.agendum.importer {
    requires transitive dev.agendum.core;
    requires org.commonmark;
    requires org.commonmark.ext.gfm.tables;
    requires org.commonmark.ext.front.matter;
    requires org.jsoup;
    requires com.google.i18n.phonenumbers.libphonenumber;

    exports dev.agendum.importer;
}

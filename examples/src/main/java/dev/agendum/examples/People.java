package dev.agendum.examples;

import dev.agendum.model.Person;

/**
 * The people the bundled announcements name, once each; Martijn van der Steen speaks at both events. Their roles
 * and affiliations are on the participations, because they differ per event and per item.
 */
final class People {

    static final Person RUBEN_MAES = Person.of("ruben-maes", "Ruben Maes");
    static final Person EVA_KUNSELER = Person.of("eva-kunseler", "Eva Kunseler");
    static final Person MARTIN_SCHULZ = Person.of("martin-schulz", "Martin Schulz");
    static final Person OLGA_VAN_KALLES = Person.of("olga-van-kalles", "Olga van Kalles");
    static final Person FRANK_RENIERS = Person.of("frank-reniers", "Frank Reniers");
    static final Person MARC_HAMELEERS = Person.of("marc-hameleers", "Marc Hameleers");
    static final Person MARTIJN_VAN_DER_STEEN = Person.of("martijn-van-der-steen", "Martijn van der Steen");
    /** Announced with "06 25068171", a Dutch mobile number: +31 6 25068171 in international form. */
    static final Person MIEKE_BERKERS = Person.of("mieke-berkers", "Mieke Berkers")
            .withEmail("mieke.berkers@pbl.nl").withPhone("+31 6 25068171");

    static final Person MIRKO_NOORDEGRAAF = Person.of("mirko-noordegraaf", "Mirko Noordegraaf");
    static final Person ARNE_VAN_HOUT = Person.of("arne-van-hout", "Arne van Hout");
    static final Person PEGGY_HURKMANS = Person.of("peggy-hurkmans", "Peggy Hurkmans");
    static final Person PIM_VAN_VLIET = Person.of("pim-van-vliet", "Pim van Vliet");
    static final Person LOES_MULDER = Person.of("loes-mulder", "Loes Mulder");
    static final Person LIESBETH_SPIES = Person.of("liesbeth-spies", "Liesbeth Spies");
    static final Person NATHAN_DUCASTEL = Person.of("nathan-ducastel", "Nathan Ducastel");

    private People() {
    }
}

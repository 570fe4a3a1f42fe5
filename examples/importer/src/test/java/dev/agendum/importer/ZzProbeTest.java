package dev.agendum.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ZzProbeTest {
    @Test
    void probe() throws Exception {
        String t = Cues.BUURTAVOND + "Programma\n19.30 uur   Welkom\n19.45 uur   Hoe gaat het verder met het schooladvies en de\n            aanmelding (Karin Veldman, directeur)\n20.30 uur   Afsluiting\n";
        Cues.read("a.txt", t).event().programme().allItems().forEach(i -> System.out.println("TITEM " + i));
        String h = "<html><body><h1>Webinar: Plain language</h1><p>Tuesday 2 November 2027, 12:30 - 13:30</p><h2>Meet the speakers</h2>"
                + "<div><h3>Karin Veldman</h3><p>Editor, Helder Schrijven</p><p>Karin writes guides.</p></div>"
                + "<div><h3>Youssef Amrani</h3><p>Host · Head of Content, Taalhuis</p></div></body></html>";
        Draft hd = Cues.read("a.html", h);
        hd.values().forEach(v -> System.out.println("HPROV " + v));
        for (String f : System.getProperty("probe.files", "").split(",")) {
            Path p = Path.of("src/test/resources/dev/agendum/importer/devset-next", f);
            Draft d = Cues.read(f, Files.readString(p));
            d.event().programme().allItems().forEach(i -> System.out.println("ITEM " + i));
            System.out.println("PROBE " + f + " org=" + Cues.scored(d, "organisation") + " role=" + Cues.scored(d, "role"));
        }
    }
}

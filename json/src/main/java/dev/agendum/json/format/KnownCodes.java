package dev.agendum.json.format;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The zone names and currency codes the JSON Schema enumerates, read from lists kept with this class
 * ({@code zones.txt}, {@code currencies.txt}) rather than from the running JDK: the shipped schema must be the same
 * bytes on every JDK, while each JDK's tzdb and currency data differ a little. The reader still accepts what the
 * running JDK knows, which on a later JDK is a superset of these lists.
 */
final class KnownCodes {

    private KnownCodes() {
    }

    /** The IANA zone names of the schema, sorted. */
    static List<String> zones() {
        return listed("zones.txt");
    }

    /** The ISO 4217 codes of the schema, sorted. */
    static List<String> currencies() {
        return listed("currencies.txt");
    }

    private static List<String> listed(String name) {
        try (InputStream in = KnownCodes.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the schema's list " + name + " is missing from agendum-json");
            }
            List<String> codes = new ArrayList<>();
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    codes.add(line.strip());
                }
            }
            return List.copyOf(codes);
        } catch (IOException e) {
            throw new UncheckedIOException("the schema's list " + name + " cannot be read", e);
        }
    }
}

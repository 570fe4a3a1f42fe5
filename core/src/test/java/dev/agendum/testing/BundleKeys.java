package dev.agendum.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The check that every language file of a module's resource bundles says everything its root file says. */
public final class BundleKeys {

    private BundleKeys() {
    }

    /**
     * Checks every {@code Name_xx.properties} under {@code resources} against its {@code Name.properties}: the same
     * keys, none missing and none extra; {@code _en} files hold none.
     */
    public static void assertSameKeys(Path resources) throws IOException {
        Pattern language = Pattern.compile("(.+)_([a-z]{2,3})\\.properties");
        List<Path> files;
        try (Stream<Path> all = Files.walk(resources)) {
            files = all.filter(p -> language.matcher(p.getFileName().toString()).matches()).sorted().toList();
        }
        assertThat(files).as("language files under " + resources).isNotEmpty();
        for (Path file : files) {
            Matcher m = language.matcher(file.getFileName().toString());
            assertThat(m.matches()).isTrue();
            Properties root = load(file.resolveSibling(m.group(1) + ".properties"));
            Properties translated = load(file);
            if ("en".equals(m.group(2))) {
                assertThat(translated.stringPropertyNames()).as(file + " (English is the root file)").isEmpty();
            } else {
                assertThat(translated.stringPropertyNames()).as(file.toString())
                        .containsExactlyInAnyOrderElementsOf(root.stringPropertyNames());
                translated.stringPropertyNames().forEach(key ->
                        assertThat(translated.getProperty(key)).as(file + ": " + key).isNotBlank());
            }
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}

package dev.agendum.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Staged output")
class StagingTest {

    @TempDir
    Path dir;

    private static String names(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return String.join(",", files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    @DisplayName("replaces each file by its new version on commit and leaves nothing else behind")
    void commit() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "old a");
        try (Staging staging = Staging.in(dir)) {
            Files.writeString(staging.file("a.txt"), "new a");
            Files.writeString(staging.file("b.txt"), "new b");
            assertThat(Files.readString(dir.resolve("a.txt"))).isEqualTo("old a");
            staging.commit();
        }
        assertThat(Files.readString(dir.resolve("a.txt"))).isEqualTo("new a");
        assertThat(Files.readString(dir.resolve("b.txt"))).isEqualTo("new b");
        assertThat(names(dir)).isEqualTo("a.txt,b.txt");
    }

    @Test
    @DisplayName("changes nothing when closed without a commit")
    void noCommit() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "old a");
        try (Staging staging = Staging.in(dir)) {
            Files.writeString(staging.file("a.txt"), "half");
        }
        assertThat(Files.readString(dir.resolve("a.txt"))).isEqualTo("old a");
        assertThat(names(dir)).isEqualTo("a.txt");
    }

    @Test
    @DisplayName("puts back the old versions when a rename fails half-way")
    void rollBack() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "old a");
        Files.createDirectories(dir.resolve("b.txt").resolve("in-the-way"));
        try (Staging staging = Staging.in(dir)) {
            Files.writeString(staging.file("a.txt"), "new a");
            Files.writeString(staging.file("b.txt"), "new b");
            org.assertj.core.api.Assertions.assertThatThrownBy(staging::commit).isInstanceOf(IOException.class);
        }
        assertThat(Files.readString(dir.resolve("a.txt"))).isEqualTo("old a");
        assertThat(names(dir)).isEqualTo("a.txt,b.txt");
    }

    @Test
    @DisplayName("removes what an interrupted run left: temporary files, links to old versions, old staging folders")
    void leftovers() throws IOException {
        Files.writeString(dir.resolve(".agendum-events.ics-12-x.tmp"), "partial");
        Files.writeString(dir.resolve(".agendum-events.ics-12.previous"), "old");
        Path oldStaging = Files.createDirectories(dir.resolve(".agendum-staging-123"));
        Files.writeString(oldStaging.resolve("events.ics.previous"), "old");
        Files.writeString(dir.resolve(".agendum-notes"), "not ours to remove");
        Files.writeString(dir.resolve("events.ics"), "kept");
        Staging.in(dir).close();
        assertThat(names(dir)).isEqualTo(".agendum-notes,events.ics");
    }

    @Test
    @DisplayName("gives new files the permissions every new file gets, not private ones")
    void permissions() throws IOException {
        Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
        try (Staging staging = Staging.in(dir)) {
            Files.writeString(staging.file("a.txt"), "a");
            staging.commit();
        }
        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            assertThat(Files.getPosixFilePermissions(dir.resolve("a.txt")))
                    .isEqualTo(Files.getPosixFilePermissions(plain))
                    .contains(PosixFilePermission.OWNER_READ);
        }
    }
}

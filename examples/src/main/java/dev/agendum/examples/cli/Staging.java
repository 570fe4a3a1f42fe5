package dev.agendum.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * All-or-nothing output: files are written into a hidden staging directory inside the target directory, and moved
 * into place only when every one was written. If writing fails half-way, nothing in the target changes; if a
 * move fails, the files already moved are put back as they were.
 */
final class Staging implements AutoCloseable {

    private final Path target;
    private final Path staging;
    private final List<String> names = new ArrayList<>();

    private Staging(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    /** Prepares staging inside {@code target}, creating {@code target} if needed. */
    static Staging in(Path target) throws IOException {
        Files.createDirectories(target);
        return new Staging(target, Files.createTempDirectory(target, ".agendum-staging-"));
    }

    /** Returns the staged path of the output file {@code name}; write it there. */
    Path file(String name) {
        names.add(name);
        return staging.resolve(name);
    }

    /** Moves every staged file into the target directory, replacing what was there. */
    void commit() throws IOException {
        List<String> moved = new ArrayList<>();
        try {
            for (String name : names) {
                Path destination = target.resolve(name);
                if (Files.exists(destination)) {
                    Files.move(destination, backup(name), StandardCopyOption.ATOMIC_MOVE);
                }
                Files.move(staging.resolve(name), destination, StandardCopyOption.ATOMIC_MOVE);
                moved.add(name);
            }
        } catch (IOException e) {
            rollBack(moved);
            throw e;
        }
    }

    /** Puts back every file as it was: new ones removed, previous ones restored from their backups. */
    private void rollBack(List<String> moved) {
        for (String name : names) {
            try {
                if (moved.contains(name)) {
                    Files.deleteIfExists(target.resolve(name));
                }
                if (Files.exists(backup(name))) {
                    Files.move(backup(name), target.resolve(name), StandardCopyOption.ATOMIC_MOVE);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("could not restore " + target.resolve(name), e);
            }
        }
    }

    private Path backup(String name) {
        return staging.resolve(name + ".previous");
    }

    /** Removes the staging directory and whatever is left in it. */
    @Override
    public void close() throws IOException {
        try (Stream<Path> left = Files.list(staging)) {
            for (Path path : left.toList()) {
                Files.deleteIfExists(path);
            }
        }
        Files.deleteIfExists(staging);
    }
}

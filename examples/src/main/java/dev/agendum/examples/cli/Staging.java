package dev.agendum.examples.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * Crash-safe output: each file is written to a temporary file beside its final name, forced to disk, and renamed
 * over the old one in one atomic step, so that at every instant each output is either its complete old or its
 * complete new version, never missing or partial, whatever happens to the process.
 *
 * <p>Nothing is renamed until every file is written and forced: a run that fails or is killed while writing leaves
 * every output as it was. The renames follow one another within microseconds; only a kill between two of them leaves
 * some outputs new and others old (each complete). An {@link IOException} during the renames puts back the files
 * already renamed, from hard links made to the old versions before. Leftovers of an interrupted run (temporary files,
 * links to old versions, the staging directories of earlier versions) are removed by the next run into the same
 * directory, before it writes.
 */
final class Staging implements AutoCloseable {

    /** Every temporary name starts so; nothing else the command writes does. */
    static final String PREFIX = ".agendum-";
    /** Earlier versions staged in hidden directories named so, never cleaned up; the next run removes them. */
    private static final String OLD_STAGING = ".agendum-staging-";
    private static final String TEMPORARY = ".tmp";
    private static final String PREVIOUS = ".previous";

    private final Path target;
    /** Output name to its temporary file, in commit order. */
    private final Map<String, Path> staged = new LinkedHashMap<>();
    private final List<Path> previous = new ArrayList<>();

    /** Whether this run made the target directory: then a run that commits nothing removes it again. */
    private final boolean created;
    private boolean committed;

    private Staging(Path target, boolean created) {
        this.target = target;
        this.created = created;
    }

    /**
     * Prepares output into {@code target}, creating it if needed and removing what an interrupted run left in it.
     * One run at a time per directory: a second run started meanwhile removes the first one's temporary files.
     */
    static Staging in(Path target) throws IOException {
        boolean created = !Files.isDirectory(target);
        Files.createDirectories(target);
        removeLeftovers(target);
        return new Staging(target, created);
    }

    /** Returns the temporary path of the output file {@code name}: write it there, then {@link #commit()}. */
    Path file(String name) throws IOException {
        // Not Files.createTempFile: its files are private to the owner, and a web server serving the outputs could
        // no longer read them. This one gets the permissions every new file gets.
        Path temporary = Files.createFile(target.resolve(PREFIX + name + "-" + ProcessHandle.current().pid() + "-"
                + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + TEMPORARY));
        staged.put(name, temporary);
        return temporary;
    }

    /**
     * Forces every written file to disk, then renames each over its final name, in the order they were asked for,
     * and forces the directory, so that the renames survive a power cut too.
     */
    void commit() throws IOException {
        for (Path temporary : staged.values()) {
            force(temporary, StandardOpenOption.WRITE);
        }
        List<String> renamed = new ArrayList<>();
        try {
            for (Map.Entry<String, Path> output : staged.entrySet()) {
                keepPrevious(output.getKey());
                Files.move(output.getValue(), target.resolve(output.getKey()), StandardCopyOption.ATOMIC_MOVE);
                renamed.add(output.getKey());
            }
        } catch (IOException e) {
            putBack(renamed, e);
            throw e;
        }
        committed = true;
        forceDirectory();
    }

    /**
     * Links the old version of {@code name}, if any, under a temporary name, so that a failed commit can put it back.
     * A file system without hard links gives no way back: the commit then goes on without.
     */
    private void keepPrevious(String name) {
        Path destination = target.resolve(name);
        Path link = previousOf(name);
        try {
            Files.deleteIfExists(link);
            Files.createLink(link, destination);
            previous.add(link);
        } catch (NoSuchFileException e) {
            // no old version: a failed commit removes the new file instead
        } catch (IOException | UnsupportedOperationException e) {
            // no hard links here: the commit is still atomic per file, only not undone on an I/O failure
        }
    }

    private void putBack(List<String> renamed, IOException failure) {
        for (String name : renamed) {
            Path destination = target.resolve(name);
            Path link = previousOf(name);
            try {
                if (previous.contains(link)) {
                    Files.move(link, destination, StandardCopyOption.ATOMIC_MOVE);
                } else {
                    Files.deleteIfExists(destination);
                }
            } catch (IOException e) {
                failure.addSuppressed(e);
            }
        }
    }

    private Path previousOf(String name) {
        return target.resolve(PREFIX + name + "-" + ProcessHandle.current().pid() + PREVIOUS);
    }

    private void forceDirectory() {
        try {
            force(target, StandardOpenOption.READ);
        } catch (IOException e) {
            // Some platforms cannot open a directory to force it; the renames are done, only later on disk.
        }
    }

    private static void force(Path path, StandardOpenOption mode) throws IOException {
        try (FileChannel channel = FileChannel.open(path, mode)) {
            channel.force(true);
        }
    }

    /**
     * Removes the temporary files left, committed or not, and the links to old versions; without a commit, also the
     * target directory if this run made it, so that a refused run leaves no trace.
     */
    @Override
    public void close() throws IOException {
        for (Path temporary : staged.values()) {
            Files.deleteIfExists(temporary);
        }
        for (Path link : previous) {
            Files.deleteIfExists(link);
        }
        if (created && !committed) {
            try {
                Files.deleteIfExists(target);
            } catch (DirectoryNotEmptyException e) {
                // someone else wrote into it meanwhile: theirs to keep
            }
        }
    }

    /** Removes what runs killed before their end left in {@code target}: only names this class makes. */
    private static void removeLeftovers(Path target) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(target, PREFIX + "*")) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.startsWith(OLD_STAGING) && Files.isDirectory(entry)) {
                    removeTree(entry);
                } else if (name.endsWith(TEMPORARY) || name.endsWith(PREVIOUS)) {
                    Files.deleteIfExists(entry);
                }
            }
        }
    }

    private static void removeTree(Path directory) throws IOException {
        try (Stream<Path> tree = Files.walk(directory)) {
            for (Path path : tree.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                try {
                    Files.deleteIfExists(path);
                } catch (FileSystemException e) {
                    // gone meanwhile or not ours to remove: leave it, the outputs are unaffected
                }
            }
        }
    }
}

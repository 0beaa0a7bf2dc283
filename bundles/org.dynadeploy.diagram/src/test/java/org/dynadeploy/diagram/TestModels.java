package org.dynadeploy.diagram;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The examples, copied into a temporary folder so that tests can edit them. */
public final class TestModels {

    /** A distribution of the homework example over its three machines (what its policy computes, roughly). */
    public static final String HOMEWORK_DIST = """
            // Where the homework services run.
            usersdb => dbserver in mysql-database
            portal => webserver in apache-webapplication
            homework => webserver in apache-webapplication
            homeworkdb => dbserver in mysql-database
            submissions => worker in process
            grader => worker in process
            plagiarismcheck => worker
            literaturedb => dbserver in mysql-database
            literature => webserver
            searchindex => worker
            searchapi => webserver, worker
            """;

    public static final String STAFFTRACKER_DIST = """
            rooms => test1 in mysql-database
            staff => test1 in mysql-database
            zipcodes => test1 in mysql-database
            roomservice => test2 in tomcat-webapplication
            staffservice => test2
            zipcodeservice => test1 in process
            stafftracker => test2
            """;

    private TestModels() {
    }

    public static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("examples/homework"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("examples/ not found above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    public static Path example(String name) {
        return root().resolve("examples").resolve(name);
    }

    /** A copy of an example (model files only) in {@code folder}. */
    public static Path copy(String example, Path folder) {
        Path source = example(example);
        try (Stream<Path> files = Files.list(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(file) && !file.getFileName().toString().endsWith(".sh")) {
                    Files.copy(file, folder.resolve(file.getFileName()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }

    /** The homework example with its distribution. */
    public static Path homework(Path folder) {
        copy("homework", folder);
        write(folder.resolve("deploy.dist"), HOMEWORK_DIST);
        return folder;
    }

    public static Path stafftracker(Path folder) {
        copy("stafftracker", folder);
        write(folder.resolve("deploy.dist"), STAFFTRACKER_DIST);
        return folder;
    }

    public static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

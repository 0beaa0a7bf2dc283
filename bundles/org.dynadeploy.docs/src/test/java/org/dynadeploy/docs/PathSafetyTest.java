package org.dynadeploy.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.dynadeploy.docs.site.SafePaths;
import org.dynadeploy.model.ModelFactory;
import org.dynadeploy.model.Service;
import org.dynadeploy.model.ServicesModel;
import org.dynadeploy.model.support.GroupPaths;
import org.dynadeploy.model.support.ModelSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No group name can place a file outside the output directory or on top of another group's. */
class PathSafetyTest {

    static final List<String> HOSTILE = List.of("..", ".", "../../etc", "..\\..\\windows", ".hidden", "CON", "con",
            "nul", "Foo", "foo", "a b", "%2e%2e", "x".repeat(300), "ü", "emoji😀", "trailing.", "-dash", "_under",
            "__2e_2e", "index.html", "style.css");

    @TempDir
    Path dir;

    @Test
    void segmentsAreSafeDistinctAndCaseInsensitivelyDistinct() {
        Set<String> seen = new HashSet<>();
        for (String name : HOSTILE) {
            String segment = SafePaths.segment(name);
            assertTrue(segment.matches("[a-z0-9_~-]{1,120}"), name + " -> " + segment);
            assertFalse(segment.equals(".") || segment.equals(".."), segment);
            assertTrue(seen.add(segment.toLowerCase(Locale.ROOT)), "collision for " + name + " -> " + segment);
        }
        assertEquals("logging", SafePaths.segment("logging"));
        assertEquals("__2e_2e", SafePaths.segment(".."));
        assertEquals("__46oo", SafePaths.segment("Foo"));
        assertEquals("_con", SafePaths.segment("con"));
        assertEquals("a/__2e_2e/b", SafePaths.dir("a/../b"));
        assertEquals("s-a_2fb_20c", SafePaths.id("s", "a/b c"));
    }

    @Test
    void hostileGroupNamesStayInsideTheOutputDirectory() throws Exception {
        ServicesModel model = ModelFactory.eINSTANCE.createServicesModel();
        int i = 0;
        for (String name : HOSTILE) {
            Service service = ModelFactory.eINSTANCE.createService();
            service.setName("s" + i++);
            GroupPaths.servicesListFor(model, name + "/inner").add(service);
        }
        Path out = dir.resolve("site");
        DocsResult result = DocsGenerator.generate(new ModelSet().add(model), DocsOptions.of(out));
        Path real = out.toRealPath();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                assertTrue(file.toRealPath().startsWith(real), "written outside: " + file);
            }
        }
        // every group path (each prefix of each hostile path) has its own page
        Set<String> paths = new HashSet<>(List.of(""));
        for (String name : HOSTILE) {
            List<String> segments = GroupPaths.segments(name + "/inner");
            for (int k = 1; k <= segments.size(); k++) paths.add(String.join("/", segments.subList(0, k)));
        }
        assertEquals(paths.size(), result.groups());
        assertEquals(result.groups(), result.files().stream().filter(f -> f.endsWith("index.html")).count());
        new SiteChecker(out).checkLinks();
    }

    @Test
    void aLinkPlantedInTheOutputTreeIsNotFollowed() throws Exception {
        ServicesModel model = ModelFactory.eINSTANCE.createServicesModel();
        Service service = ModelFactory.eINSTANCE.createService();
        service.setName("s");
        GroupPaths.servicesListFor(model, "victim").add(service);
        Path out = dir.resolve("site");
        Path elsewhere = dir.resolve("elsewhere");
        Files.createDirectories(out);
        Files.createDirectories(elsewhere);
        Files.createSymbolicLink(out.resolve("victim"), elsewhere);
        IOException error = assertThrows(IOException.class,
                () -> DocsGenerator.generate(new ModelSet().add(model), DocsOptions.of(out)));
        assertTrue(error.getMessage().contains("leaves the output directory"), error.getMessage());
        try (Stream<Path> files = Files.list(elsewhere)) {
            assertEquals(0, files.count(), "nothing written through the link");
        }
    }

    @Test
    void anObstacleFoundBeforeWritingLeavesTheDirectoryUntouched() throws Exception {
        ServicesModel model = ModelFactory.eINSTANCE.createServicesModel();
        Service service = ModelFactory.eINSTANCE.createService();
        service.setName("s");
        model.getServices().add(service);
        Path out = dir.resolve("site");
        Files.createDirectories(out.resolve("index.html")); // a directory where the root page goes
        assertThrows(IOException.class, () -> DocsGenerator.generate(new ModelSet().add(model), DocsOptions.of(out)));
        try (Stream<Path> walk = Files.walk(out)) {
            assertEquals(0, walk.filter(Files::isRegularFile).count(), "nothing written");
        }
    }
}

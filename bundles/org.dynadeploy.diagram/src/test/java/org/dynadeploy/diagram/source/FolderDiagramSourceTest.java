package org.dynadeploy.diagram.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Stream;

import org.dynadeploy.diagram.TestModels;
import org.dynadeploy.diagram.edit.ModelEdits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The standalone source: atomic writes, reloads, rollback of breaking edits, undo and redo, outside edits. */
class FolderDiagramSourceTest {

    @TempDir
    Path folder;

    private static void apply(FolderDiagramSource source, Function<ModelEdits, ModelChange> operation) {
        long[] version = new long[1];
        ModelChange change = source.read(s -> {
            version[0] = s.version();
            return operation.apply(new ModelEdits(s));
        });
        source.apply(change, version[0]);
    }

    @Test
    void editsAreWrittenAndReloadedAndListenersTold() throws Exception {
        TestModels.write(folder.resolve("a.services"), "service a {\n}\n");
        try (FolderDiagramSource source = new FolderDiagramSource(folder)) {
            AtomicLong told = new AtomicLong();
            source.addListener(told::set);
            long before = source.read(SourceSnapshot::version);
            apply(source, e -> e.createService("", "b", "process"));
            assertEquals("service a {\n}\n\nservice b: process {\n}\n", TestModels.read(folder.resolve("a.services")));
            assertNotNull(source.read(s -> s.models().servicesByName().get("b")));
            assertTrue(source.read(SourceSnapshot::version) > before);
            assertEquals(source.read(SourceSnapshot::version), told.get());
            try (Stream<Path> files = Files.list(folder)) {
                assertEquals(List.of("a.services"), files.map(p -> p.getFileName().toString()).toList(), "no temporary files left");
            }
        }
    }

    @Test
    void aServiceInAFolderWithoutServicesFilesGoesToANewFile() {
        TestModels.write(folder.resolve("net.infra"), "target t {\n}\n");
        try (FolderDiagramSource source = new FolderDiagramSource(folder)) {
            apply(source, e -> e.createService("", null, null));
            assertEquals("service service1 {\n}\n", TestModels.read(folder.resolve("model.services")));
            assertNotNull(source.read(s -> s.models().servicesByName().get("service1")));
            source.undo();
            assertFalse(Files.exists(folder.resolve("model.services")));
            assertNull(source.read(s -> s.models().servicesByName().get("service1")));
        }
    }

    @Test
    void anEditThatBreaksAFileIsRolledBack() {
        String text = "service a {\n}\n";
        TestModels.write(folder.resolve("a.services"), text);
        try (FolderDiagramSource source = new FolderDiagramSource(folder)) {
            long version = source.read(SourceSnapshot::version);
            ModelChange broken = new ModelChange("Break", List.of(TextEdit.insert(folder.resolve("a.services"), 0, "{{ ")));
            DiagramEditException e = assertThrows(DiagramEditException.class, () -> source.apply(broken, version));
            assertTrue(e.getMessage().contains("was not applied"), e.getMessage());
            assertEquals(text, TestModels.read(folder.resolve("a.services")));
            assertFalse(source.read(SourceSnapshot::hasErrors));
            assertFalse(source.canUndo());
        }
    }

    @Test
    void anEditOnAnOldVersionIsRefused() {
        TestModels.write(folder.resolve("a.services"), "service a {\n}\n");
        try (FolderDiagramSource source = new FolderDiagramSource(folder)) {
            long old = source.read(SourceSnapshot::version);
            apply(source, e -> e.createService("", "b", null));
            ModelChange late = new ModelChange("Late", List.of(TextEdit.insert(folder.resolve("a.services"), 0, "// x\n")));
            assertThrows(DiagramEditException.class, () -> source.apply(late, old));
        }
    }

    @Test
    void undoAndRedoRestoreTheTextsAndRefuseAfterOutsideEdits() throws Exception {
        String text = "service a {\n}\n";
        Path file = folder.resolve("a.services");
        TestModels.write(file, text);
        try (FolderDiagramSource source = new FolderDiagramSource(folder)) {
            apply(source, e -> e.createService("", "b", null));
            String after = TestModels.read(file);
            assertTrue(source.canUndo());
            assertEquals("Create service b", source.undo());
            assertEquals(text, TestModels.read(file));
            assertTrue(source.canRedo());
            source.redo();
            assertEquals(after, TestModels.read(file));
            TestModels.write(file, after + "\nservice c {\n}\n");
            DiagramEditException e = assertThrows(DiagramEditException.class, source::undo);
            assertTrue(e.getMessage().contains("changed outside"), e.getMessage());
            assertTrue(TestModels.read(file).contains("service c"));
            assertTrue(source.checkForExternalChanges());
            assertNotNull(source.read(s -> s.models().servicesByName().get("c")));
        }
    }

    @Test
    void outsideEditsAddingAndRemovingFilesAreSeen() throws Exception {
        TestModels.write(folder.resolve("a.services"), "service a {\n}\n");
        try (FolderDiagramSource source = new FolderDiagramSource(folder)) {
            assertFalse(source.checkForExternalChanges());
            TestModels.write(folder.resolve("b.services"), "service b {\n    dependsOn a\n}\n");
            assertTrue(source.checkForExternalChanges());
            assertEquals("a", source.read(s -> s.models().servicesByName().get("b").getDependsOn().get(0).getName()));
            Files.delete(folder.resolve("b.services"));
            assertTrue(source.checkForExternalChanges());
            assertNull(source.read(s -> s.models().servicesByName().get("b")));
            assertEquals(Integer.valueOf(1), source.read(s -> s.texts().size()));
        }
    }

    @Test
    void theFolderMustExist() {
        assertThrows(DiagramEditException.class, () -> new FolderDiagramSource(folder.resolve("missing")));
    }
}

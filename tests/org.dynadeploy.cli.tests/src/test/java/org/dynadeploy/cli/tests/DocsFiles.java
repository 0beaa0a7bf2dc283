package org.dynadeploy.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

/** Checks on the files the documentation commands write. */
final class DocsFiles {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private DocsFiles() {
    }

    /** Every regular file below {@code dir}, relative and '/'-separated, sorted. */
    static List<String> list(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Pages and SVGs are XHTML/XML: a parser without network access must accept them. */
    static void assertWellFormed(String text, String what) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError(what + " is not well-formed XML: " + e.getMessage(), e);
        }
    }

    static void assertPng(Path file) {
        try {
            byte[] start = Arrays.copyOf(Files.readAllBytes(file), PNG_SIGNATURE.length);
            assertArrayEquals(PNG_SIGNATURE, start, file + " is not a PNG");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void assertContains(String text, String expected, String what) {
        assertTrue(text.contains(expected), () -> what + " lacks '" + expected + "':\n" + text);
    }
}

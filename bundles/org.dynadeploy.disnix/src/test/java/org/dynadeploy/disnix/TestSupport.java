package org.dynadeploy.disnix;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.dynadeploy.model.ListValue;
import org.dynadeploy.model.ModelFactory;
import org.dynadeploy.model.Value;
import org.junit.jupiter.api.function.Executable;

final class TestSupport {

    private TestSupport() {
    }

    static String resource(String name) {
        try (InputStream in = TestSupport.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalArgumentException("no test resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path resourcePath(String name) {
        try {
            return Path.of(TestSupport.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static DisnixFormatException formatError(Executable executable) {
        return assertThrows(DisnixFormatException.class, executable);
    }

    static ListValue list(Value... values) {
        ListValue list = ModelFactory.eINSTANCE.createListValue();
        for (Value value : values) list.getElements().add(value);
        return list;
    }
}

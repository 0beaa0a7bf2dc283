package org.dynadeploy.languageserver.lsp;

import org.junit.jupiter.api.Test;

/** Formatting goes through the languages' own formatter (four-space indentation, one clause a line). */
class FormattingTest extends LanguageServerTestBase {

    FormattingTest() {
        super("services");
    }

    @Test
    void formatsWithTheDynaDeployFormatter() {
        testFormatting(it -> {
            it.setModel("service   b{}\nservice a :  process{dependsOn b   requireMem=1\n  stateful}\n");
            it.setExpectedText("service b {\n}\n\nservice a: process {\n    dependsOn b\n    requireMem = 1\n    stateful\n}\n");
        });
    }
}

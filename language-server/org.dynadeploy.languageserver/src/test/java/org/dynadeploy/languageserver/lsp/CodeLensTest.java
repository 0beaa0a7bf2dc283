package org.dynadeploy.languageserver.lsp;


import java.util.List;

import org.eclipse.lsp4j.CodeLens;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

class CodeLensTest extends LanguageServerTestBase {

    CodeLensTest() {
        super("qos");
    }

    @Test
    void policiesHavePlanAssignIdsAndDocsLenses() {
        testCodeLens(it -> {
            it.setModel("// placement\npolicy placement {\n    result initial\n}\n");
            it.setAssertCodeLenses(lenses -> {
                List<String> commands = lenses.stream().map(CodeLens::getCommand).map(c -> c.getTitle() + "=" + c.getCommand()).toList();
                Assertions.assertEquals(List.of("Plan=dynadeploy.plan", "Assign ids=dynadeploy.assignIds",
                        "Generate docs=dynadeploy.generateDocs"), commands);
                CodeLens plan = lenses.get(0);
                Assertions.assertEquals(1, plan.getRange().getStart().getLine());
                Assertions.assertEquals("placement", plan.getCommand().getArguments().get(1));
                Assertions.assertEquals(true, plan.getCommand().getArguments().get(0).toString().endsWith("MyModel.qos"));
            });
        });
    }
}

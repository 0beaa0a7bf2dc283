package org.dynadeploy.languageserver.lsp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.junit.jupiter.api.Test;

class ServicesCompletionTest extends LanguageServerTestBase {

    ServicesCompletionTest() {
        super("services");
    }

    private static List<String> labels(CompletionList list) {
        return list.getItems().stream().map(CompletionItem::getLabel).toList();
    }

    @Test
    void dependenciesAreServicesOfEveryFile() {
        testCompletion(it -> {
            it.setFilesInScope(Map.of("other.services", "service remote {\n}\n"));
            it.setModel("service a {\n}\nservice b {\n    dependsOn \n}\n");
            at(it, "dependsOn ", "dependsOn ".length());
            it.setAssertCompletionList(list -> assertTrue(labels(list).containsAll(List.of("a", "remote")), labels(list).toString()));
        });
    }

    @Test
    void types() {
        testCompletion(it -> {
            it.setFilesInScope(Map.of("n.infra", "target t {\n    container tomcat-webapplication\n}\n",
                    "p.idres", "pool ports 3000..4000\npool uids 100..200\n"));
            it.setModel("service a : \n");
            at(it, "service a : ", "service a : ".length());
            it.setAssertCompletionList(list -> assertTrue(labels(list).containsAll(List.of("process", "tomcat-webapplication")),
                    labels(list).toString()));
        });
    }

    @Test
    void idPools() {
        testCompletion(it -> {
            it.setFilesInScope(Map.of("p.idres", "pool ports 3000..4000\npool uids 100..200\n"));
            it.setModel("service a {\n    ids \n}\n");
            at(it, "ids ", "ids ".length());
            it.setAssertCompletionList(list -> {
                assertTrue(labels(list).containsAll(List.of("ports", "uids")), labels(list).toString());
                assertFalse(labels(list).contains(","), labels(list).toString());
            });
        });
    }
}

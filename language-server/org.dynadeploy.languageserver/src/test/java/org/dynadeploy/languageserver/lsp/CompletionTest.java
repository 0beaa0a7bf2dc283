package org.dynadeploy.languageserver.lsp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

class CompletionTest extends LanguageServerTestBase {

    private static final Map<String, CharSequence> MODELS = Map.of(
            "a.services", "service db : mysql-database {\n    requireMem = 1\n}\nservice web : process {\n    requireMem = 2\n    zone = \"eu\"\n}\n",
            "n.infra", "target t1 {\n    mem = 10\n    supportedTypes = [\"process\"]\n    container mysql-database\n}\n",
            "p.idres", "pool ports 3000..4000\n");

    CompletionTest() {
        super("qos");
    }

    private static List<String> labels(CompletionList list) {
        return list.getItems().stream().map(CompletionItem::getLabel).toList();
    }

    @Test
    void stepSourcesOfferFiltersAndKeywords() {
        testCompletion(it -> {
            it.setModel("policy p {\n    let a = \n    result a\n}\n");
            at(it, "let a = ", "let a = ".length());
            it.setAssertCompletionList(list -> {
                List<String> labels = labels(list);
                assertTrue(labels.containsAll(List.of("divide", "mapAttrOnList", "graphcol", "initial", "previous")), labels.toString());
                assertFalse(labels.contains("{"), "no punctuation: " + labels);
            });
        });
    }

    @Test
    void argumentNamesOfTheCalledFilterNotYetGiven() {
        testCompletion(it -> {
            it.setModel("policy p {\n    result divide(initial, strategy: greedy, )\n}\n");
            at(it, "greedy, ", "greedy, ".length());
            it.setAssertCompletionList(list -> {
                List<String> labels = labels(list);
                assertTrue(labels.containsAll(List.of("serviceProperty", "targetProperty")), labels.toString());
                assertFalse(labels.contains("strategy"), labels.toString());
                CompletionItem item = list.getItems().stream().filter(i -> i.getLabel().equals("serviceProperty")).findFirst().orElseThrow();
                Assertions.assertEquals("serviceProperty: ", item.getTextEdit().getLeft().getNewText());
            });
        });
    }

    @Test
    void strategyValues() {
        testCompletion(it -> {
            it.setModel("policy p {\n    result divide(initial, strategy: )\n}\n");
            at(it, "strategy: ", "strategy: ".length());
            it.setAssertCompletionList(list -> assertTrue(
                    labels(list).containsAll(List.of("greedy", "highest-bidder", "lowest-bidder")), labels(list).toString()));
        });
    }

    @Test
    void servicePropertyValuesComeFromTheWorkspace() {
        testCompletion(it -> {
            it.setFilesInScope(MODELS);
            it.setModel("policy p {\n    result divide(initial, strategy: greedy, serviceProperty: req, targetProperty: mem)\n}\n");
            at(it, "serviceProperty: req", "serviceProperty: req".length());
            it.setAssertCompletionList(list -> Assertions.assertEquals(List.of("requireMem"), labels(list)));
        });
    }

    @Test
    void targetPropertyValuesComeFromTheWorkspace() {
        testCompletion(it -> {
            it.setFilesInScope(MODELS);
            it.setModel("policy p {\n    result mapAttrOnList(initial, serviceProperty: type, targetPropertyList: )\n}\n");
            at(it, "targetPropertyList: ", "targetPropertyList: ".length());
            it.setAssertCompletionList(list -> assertTrue(labels(list).containsAll(List.of("mem", "supportedTypes")),
                    labels(list).toString()));
        });
    }
}

package org.dynadeploy.languageserver.lsp;


import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensLegend;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** Semantic tokens, decoded into "text:type" pairs with the legend the server announced. */
class SemanticTokensTest extends LanguageServerTestBase {

    SemanticTokensTest() {
        super("qos");
    }

    @Test
    void policyTokens() throws Exception {
        String model = """
                // where services go
                policy p {
                    filter clear = java "org.example.Clear"
                    let typed = mapAttrOnList(initial, serviceProperty: type, targetPropertyList: types)
                    result divide(clear(typed), strategy: greedy, serviceProperty: mem, targetProperty: mem)
                }
                """;
        SemanticTokensLegend legend = initialize().getCapabilities().getSemanticTokensProvider().getLegend();
        String uri = writeFile("p.qos", model);
        open(uri, model);
        SemanticTokens tokens = languageServer.semanticTokensFull(new SemanticTokensParams(new TextDocumentIdentifier(uri))).get();
        List<String> decoded = decode(model, tokens.getData(), legend);
        Assertions.assertEquals(List.of(
                "// where services go:comment",
                "policy:keyword", "p:namespace",
                "filter:keyword", "clear:function", "java:keyword", "\"org.example.Clear\":string",
                "let:keyword", "typed:variable", "mapAttrOnList:function", "initial:keyword",
                "serviceProperty:parameter", "type:property", "targetPropertyList:parameter", "types:property",
                "result:keyword", "divide:function", "clear:function", "typed:variable",
                "strategy:parameter", "greedy:enumMember", "serviceProperty:parameter", "mem:property",
                "targetProperty:parameter", "mem:property"), decoded);
    }

    private static List<String> decode(String text, List<Integer> data, SemanticTokensLegend legend) {
        String[] lines = text.split("\n", -1);
        List<String> result = new ArrayList<>();
        int line = 0;
        int character = 0;
        for (int i = 0; i < data.size(); i += 5) {
            int deltaLine = data.get(i);
            line += deltaLine;
            character = deltaLine == 0 ? character + data.get(i + 1) : data.get(i + 1);
            String token = lines[line].substring(character, character + data.get(i + 2));
            result.add(token + ":" + legend.getTokenTypes().get(data.get(i + 3)));
        }
        return result;
    }
}

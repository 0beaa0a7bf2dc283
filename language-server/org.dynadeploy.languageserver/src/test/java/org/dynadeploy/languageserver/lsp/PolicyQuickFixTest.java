package org.dynadeploy.languageserver.lsp;


import java.util.Map;

import org.dynadeploy.lang.validation.IssueCodes;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

class PolicyQuickFixTest extends QuickFixTestBase {

    private static final Map<String, String> MODELS = Map.of(
            "a.services", "service a {\n    requireMem = 1\n}\n",
            "n.infra", "target t {\n    mem = 2\n}\n");

    PolicyQuickFixTest() {
        super("qos");
    }

    private String fixed(String policy, String code, String title) throws Exception {
        Map<String, String> files = new java.util.HashMap<>(MODELS);
        files.put("p.qos", policy);
        Map<String, String> uris = workspace(files, "p.qos");
        return applied(titled(actionsFor(uris.get("p.qos"), code), title), uris.get("p.qos"), policy);
    }

    @Test
    void unknownFilter() throws Exception {
        Assertions.assertEquals("policy p {\n    result divide(initial, strategy: greedy, serviceProperty: requireMem, targetProperty: mem)\n}\n",
                fixed("policy p {\n    result divid(initial, strategy: greedy, serviceProperty: requireMem, targetProperty: mem)\n}\n",
                        IssueCodes.UNKNOWN_FILTER, "Change to 'divide'"));
    }

    @Test
    void unknownParameter() throws Exception {
        Assertions.assertEquals("policy p {\n    result order(initial, targetProperty: mem)\n}\n",
                fixed("policy p {\n    result order(initial, targetProprty: mem)\n}\n", IssueCodes.UNKNOWN_PARAMETER,
                        "Change to 'targetProperty'"));
    }

    @Test
    void unknownStrategy() throws Exception {
        Assertions.assertEquals("policy p {\n    result divide(initial, strategy: greedy, serviceProperty: requireMem, targetProperty: mem)\n}\n",
                fixed("policy p {\n    result divide(initial, strategy: greed, serviceProperty: requireMem, targetProperty: mem)\n}\n",
                        IssueCodes.UNKNOWN_STRATEGY, "Change to 'greedy'"));
    }

    @Test
    void unknownServiceProperty() throws Exception {
        Assertions.assertEquals("policy p {\n    result divide(initial, strategy: greedy, serviceProperty: requireMem, targetProperty: mem)\n}\n",
                fixed("policy p {\n    result divide(initial, strategy: greedy, serviceProperty: requiremem, targetProperty: mem)\n}\n",
                        IssueCodes.UNKNOWN_SERVICE_PROPERTY, "Change to 'requireMem'"));
    }

    @Test
    void duplicateArgumentIsRemovedWithItsComma() throws Exception {
        Assertions.assertEquals("policy p {\n    result order(initial, targetProperty: mem)\n}\n",
                fixed("policy p {\n    result order(initial, targetProperty: mem, targetProperty: mem)\n}\n",
                        IssueCodes.DUPLICATE_ARGUMENT, "Remove duplicate argument 'targetProperty'"));
    }
}

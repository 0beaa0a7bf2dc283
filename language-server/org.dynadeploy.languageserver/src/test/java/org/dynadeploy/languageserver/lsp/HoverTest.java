package org.dynadeploy.languageserver.lsp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.eclipse.lsp4j.Hover;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

class HoverTest extends LanguageServerTestBase {

    private static final String SERVICES = """
            group backend {
                group data {
                    service staff : mysql-database {
                        stateful
                        requireMem = 65536
                    }
                }
            }

            service web : process {
                description "The front-end"
                dependsOn staff
                ids ports
            }
            """;

    private static final Map<String, CharSequence> RESULTS = Map.of(
            "network.infra", "target host1 {\n    system \"x86_64-linux\"\n    cores 4\n    container mysql-database\n}\n",
            "last.dist", "staff => host1 in mysql-database\nweb => host1\n",
            "pools.idres", "pool ports 3000..4000\n",
            "ids.ids", "ids ports {\n    web = 3000\n}\n");

    HoverTest() {
        super("services");
    }

    private static String text(Hover hover) {
        return hover.getContents().getRight().getValue();
    }

    @Test
    void serviceDeclarationShowsTypeGroupAndPlacement() {
        testHover(it -> {
            it.setModel(SERVICES);
            it.setFilesInScope(RESULTS);
            at(it, "staff :", 1);
            it.setAssertHover(hover -> {
                String text = text(hover);
                assertTrue(text.startsWith("**service** `staff` : `mysql-database`"), text);
                assertTrue(text.contains("*group:* `backend/data`"), text);
                assertTrue(text.contains("*stateful:* yes"), text);
                assertTrue(text.contains("*requireMem:* `65536`"), text);
                assertTrue(text.contains("*placed on:* `host1` in `mysql-database` (last.dist)"), text);
            });
        });
    }

    @Test
    void referenceShowsTheReferencedServiceWithItsIds() {
        testHover(it -> {
            it.setModel(SERVICES);
            it.setFilesInScope(RESULTS);
            at(it, "web :", 0);
            it.setAssertHover(hover -> {
                String text = text(hover);
                assertTrue(text.contains("The front-end"), text);
                assertTrue(text.contains("*depends on:* `staff`"), text);
                assertTrue(text.contains("*ids:* ports = 3000 (ids.ids)"), text);
                Assertions.assertEquals(9, hover.getRange().getStart().getLine());
            });
        });
    }

    @Test
    void dependsOnReferenceHoversTheTarget() {
        testHover(it -> {
            it.setModel(SERVICES);
            at(it, "dependsOn staff", "dependsOn ".length() + 2);
            it.setAssertHover(hover -> assertTrue(text(hover).startsWith("**service** `staff`"), text(hover)));
        });
    }

    @Test
    void noHoverOnKeywordsAndBlanks() {
        testHover(it -> {
            it.setModel(SERVICES);
            at(it, "\n\nservice web", 1);
            it.setAssertHover(hover -> Assertions.assertEquals("", text(hover)));
        });
    }
}

package org.dynadeploy.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.dynadeploy.model.support.ModelSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DOT in dydisnix's shape (§7.3, §7.5) and Mermaid, as golden text. */
class ExportsTest {

    @TempDir
    static Path dir;
    static ModelSet worked;

    @BeforeAll
    static void load() throws Exception {
        worked = Fixtures.workedExample(dir.resolve("worked"));
    }

    @Test
    void rootDotMatchesDydisnix() {
        assertEquals("""
                digraph G {
                node [style=filled,fillcolor=white,color=black];
                "portal" [ label = "portal\\n(webapp)" ]
                "portaldb" [ label = "portaldb\\n(mysql-database)" ]
                "services" [ label = "services", style=dashed ]

                "portal" -> "portaldb"
                "portal" -> "services"
                }
                """, ServicesDiagram.renderText(worked, "", Format.DOT));
    }

    @Test
    void loggingDotHasContext() {
        assertEquals("""
                digraph G {
                node [style=filled,fillcolor=white,color=black];
                "errordb" [ label = "errordb\\n(mysql-database)" ]
                "loggingapi" [ label = "loggingapi\\n(process)" ]
                "loggingdb" [ label = "loggingdb\\n(mysql-database)" ]
                "portal" [ label = "portal\\n(webapp)" ]

                "loggingapi" -> "errordb"
                "loggingapi" -> "loggingdb"
                "portal" -> "loggingapi"
                }
                """, ServicesDiagram.renderText(worked, "services/logging", Format.DOT));
    }

    @Test
    void containerProvidersAndConnectsToInDot() throws Exception {
        ModelSet models = Fixtures.load(dir.resolve("providers"), Map.of("m.services", """
                service tomcat : process { providesContainer = "tomcat-webapplication" }
                service app : "tomcat-webapplication" { dependsOn tomcat connectsTo db }
                service db : mysql-database { }
                """));
        String dot = ServicesDiagram.renderText(models, "", Format.DOT);
        assertTrue(dot.contains("\"tomcat\" [ label = \"tomcat &#8594;\\ntomcat-webapplication\\n(process)\", peripheries=2 ]"), dot);
        assertTrue(dot.contains("\"app\" -> \"db\" [style=dashed]\n"), dot);
        String svg = ServicesDiagram.renderText(models, "", Format.SVG);
        assertTrue(svg.contains("\u2192 tomcat-webapplication"), "the diagram names the provided container");
        assertTrue(svg.contains("provides a container"), "and the legend explains the double border");
    }

    @Test
    void mermaidFlowchart() {
        assertEquals("""
                flowchart TB
                  n0["errordb<br/>(mysql-database)"]
                  n1["logging"]:::group
                  n2["portal<br/>(webapp)"]:::context
                  n3["reporting"]:::group
                  n1 --> n0
                  n2 --> n1
                  n2 --> n3
                  n3 --> n0
                  click n0 href "index.html#s-errordb"
                  click n1 href "logging/index.html"
                  click n2 href "../index.html#s-portal"
                  click n3 href "reporting/index.html"
                  classDef group stroke-dasharray: 6 4,fill:#f5f8ff
                  classDef context fill:#f0f0f0,stroke:#8a8a8a
                """, ServicesDiagram.renderText(worked, "services", Format.MERMAID));
    }

    @Test
    void infrastructureDotMatchesDydisnixShape() throws Exception {
        ModelSet models = Fixtures.load(dir.resolve("infra"), Map.of("n.infra", """
                target test2 { container "mysql-database" { mysqlPort = 3306 } container process }
                target test1 { hostname = "test1" }
                """));
        assertEquals("""
                digraph G {
                subgraph "cluster_target_test1" { style=filled; label="test1" fillcolor=grey
                  subgraph "cluster_container_test1" { style=filled; label="containers" fillcolor=grey40
                    node [shape=record,style=filled,color=black,fillcolor=white]
                    "test1:" [ label = "(no defined containers)" ]
                  }
                }
                subgraph "cluster_target_test2" { style=filled; label="test2" fillcolor=grey
                  subgraph "cluster_container_test2" { style=filled; label="containers" fillcolor=grey40
                    node [shape=record,style=filled,color=black,fillcolor=white]
                    "test2:mysql-database" [ label = "mysql-database" ]
                    "test2:process" [ label = "process" ]
                  }
                }
                }
                """, new String(InfrastructureDiagram.render(models, Format.DOT), java.nio.charset.StandardCharsets.UTF_8));
    }
}

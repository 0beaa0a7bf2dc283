package org.dynadeploy.planner.filters;

import static org.dynadeploy.planner.Policies.asMap;
import static org.dynadeploy.planner.Policies.expect;
import static org.dynadeploy.planner.filters.FilterTestSupport.explain;
import static org.dynadeploy.planner.filters.FilterTestSupport.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.dynadeploy.model.support.ModelSet;
import org.dynadeploy.planner.CandidateDistribution;
import org.dynadeploy.planner.PlanningContext;
import org.dynadeploy.planner.PlanningException;
import org.dynadeploy.planner.TestModels;
import org.junit.jupiter.api.Test;

class MapFiltersTest {

    private static ModelSet stafftracker() {
        TestModels models = new TestModels();
        models.service("roomsdb").type("mysql-database");
        models.service("rooms").type("tomcat-webapplication");
        models.target("test1").prop("supportedTypes", List.of("process", "mysql-database", "tomcat-webapplication"));
        models.target("test2").prop("supportedTypes", List.of("process"));
        return models.build();
    }

    @Test
    void mapAttrOnListExplainsEachRemovedCandidate() {
        ModelSet models = stafftracker();
        PlanningContext context = PlanningContext.of(models);
        List<String> decisions = explain(new MapAttrOnList(), context, CandidateDistribution.initial(context.universe()),
                "serviceProperty", "type", "targetPropertyList", "supportedTypes");
        assertEquals(List.of(
                "rooms: mapAttrOnList: removed test2 — service.type 'tomcat-webapplication' not in target.supportedTypes ['process']",
                "roomsdb: mapAttrOnList: removed test2 — service.type 'mysql-database' not in target.supportedTypes ['process']"),
                decisions);
    }

    @Test
    void nixEqualityTreatsIntAndFloatAlikeButNotStrings() {
        TestModels models = new TestModels();
        models.service("a").prop("size", 1);
        models.service("b").prop("size", "1");
        models.target("t").prop("size", 1.0);
        assertEquals(expect("a", List.of("t"), "b", List.of()),
                asMap(run(new MapAttrOnAttr(), models.build(), "serviceProperty", "size", "targetProperty", "size")));
    }

    @Test
    void mapListOnAttrKeepsCandidateOrder() {
        TestModels models = new TestModels();
        models.service("s").prop("zones", List.of("EU", "US"));
        models.target("a").prop("zone", "US");
        models.target("b").prop("zone", "Asia");
        models.target("c").prop("zone", "EU");
        ModelSet set = models.build();
        PlanningContext context = PlanningContext.of(set);
        CandidateDistribution input = CandidateDistribution.builder(context.universe()).put("s", "c", "b", "a").build();
        assertEquals(expect("s", List.of("c", "a")), asMap(run(new MapListOnAttr(), context, input,
                "servicePropertyList", "zones", "targetProperty", "zone")));
    }

    @Test
    void missingPropertiesAndWrongTypesAreClearErrors() {
        TestModels models = new TestModels();
        models.service("s").type("x");
        models.target("t").prop("supportedTypes", "x");
        ModelSet set = models.build();
        assertEquals("mapAttrOnList: property 'supportedTypes' of target 't' is a string, but it must be a list",
                assertThrows(PlanningException.class, () -> run(new MapAttrOnList(), set, "serviceProperty", "type",
                        "targetPropertyList", "supportedTypes")).getMessage());
        assertEquals("mapAttrOnAttr: service 's' has no property 'zone'", assertThrows(PlanningException.class,
                () -> run(new MapAttrOnAttr(), set, "serviceProperty", "zone", "targetProperty", "zone")).getMessage());
        assertEquals("mapListOnAttr: property 'type' of service 's' is a string, but it must be a list",
                assertThrows(PlanningException.class, () -> run(new MapListOnAttr(), set, "servicePropertyList", "type",
                        "targetProperty", "supportedTypes")).getMessage());
    }

    @Test
    void aServiceWithoutCandidatesIsNotLookedAt() {
        // Nix evaluates the service property lazily: with no candidates it is never read.
        TestModels models = new TestModels();
        models.service("s");
        models.target("t").prop("zone", "US");
        ModelSet set = models.build();
        PlanningContext context = PlanningContext.of(set);
        CandidateDistribution input = CandidateDistribution.builder(context.universe()).put("s").build();
        assertEquals(expect("s", List.of()), asMap(run(new MapAttrOnAttr(), context, input, "serviceProperty", "zone",
                "targetProperty", "zone")));
    }

    @Test
    void servicesAbsentFromTheInputStayAbsent() {
        ModelSet set = stafftracker();
        PlanningContext context = PlanningContext.of(set);
        CandidateDistribution input = CandidateDistribution.builder(context.universe()).put("rooms", "test1", "test2").build();
        Map<String, List<String>> result = asMap(run(new MapAttrOnList(), context, input, "serviceProperty", "type",
                "targetPropertyList", "supportedTypes"));
        assertEquals(expect("rooms", List.of("test1")), result);
    }

    @Test
    void unknownAndMissingArgumentsNameTheAcceptedOnes() {
        PlanningException unknown = assertThrows(PlanningException.class, () -> run(new MapAttrOnAttr(), stafftracker(),
                "serviceProperty", "type", "targetProperty", "x", "colour", "red"));
        assertEquals("mapAttrOnAttr: unknown argument 'colour' (it takes: serviceProperty, targetProperty)",
                unknown.getMessage());
        PlanningException missing = assertThrows(PlanningException.class, () -> run(new MapAttrOnAttr(), stafftracker(),
                "serviceProperty", "type"));
        assertTrue(missing.getMessage().startsWith("mapAttrOnAttr: argument 'targetProperty' is missing"));
    }

    @Test
    void containersSurviveFiltering() {
        ModelSet set = stafftracker();
        PlanningContext context = PlanningContext.of(set);
        int rooms = context.universe().serviceIndex("rooms");
        CandidateDistribution input = CandidateDistribution.builder(context.universe())
                .put(rooms, new int[] {0, 1}, new String[] {"tomcat", "other"}).build();
        assertEquals(expect("rooms", List.of("test1/tomcat")), asMap(run(new MapAttrOnList(), context, input,
                "serviceProperty", "type", "targetPropertyList", "supportedTypes")));
    }
}

package org.dynadeploy.model.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class FilterCatalogTest {

    @Test
    void everyReferenceFilterInDocumentationOrder() {
        assertEquals(List.of("mapAttrOnAttr", "mapAttrOnList", "mapListOnAttr", "mapStatefulToPrevious",
                "mapBoundServicesToPrevious", "divideRoundRobin", "order", "divide", "minsetcover", "multiwaycut", "graphcol"),
                FilterCatalog.names());
        assertEquals(FilterCatalog.names(), FilterCatalog.all().stream().map(FilterSpec::name).toList());
    }

    @Test
    void lookupByName() {
        assertTrue(FilterCatalog.lookup("divide").isPresent());
        assertEquals(Optional.empty(), FilterCatalog.lookup("divid"));
        assertTrue(FilterCatalog.isReferenceFilter("graphcol"));
        assertFalse(FilterCatalog.isReferenceFilter("createCartesianProduct"), "helpers are not filters of a policy");
    }

    @Test
    void divideSignature() {
        FilterSpec divide = FilterCatalog.lookup("divide").orElseThrow();
        assertEquals("divide", divide.dydisnixFunction());
        assertEquals(FilterSpec.Origin.EXTERNAL, divide.origin());
        assertEquals(Optional.of("dydisnix-divide"), divide.tool());
        assertTrue(divide.takesDistribution());
        assertEquals(List.of("strategy", "serviceProperty", "targetProperty"), divide.parameterNames());
        ParameterSpec strategy = divide.parameter("strategy").orElseThrow();
        assertEquals(ParameterKind.STRATEGY, strategy.kind());
        assertEquals(List.of("greedy", "highest-bidder", "lowest-bidder"), strategy.allowedValues());
        assertTrue(strategy.required());
        assertFalse(strategy.namesProperty());
        ParameterSpec capacity = divide.parameter("targetProperty").orElseThrow();
        assertEquals(ParameterKind.PROPERTY_OF_TARGET, capacity.kind());
        assertEquals(ValueShape.NUMBER, capacity.shape());
        assertEquals(ParameterKind.PROPERTY_OF_SERVICE, divide.parameter("serviceProperty").orElseThrow().kind());
    }

    @Test
    void mappingFilterSignatures() {
        assertEquals(List.of("serviceProperty", "targetProperty"), FilterCatalog.lookup("mapAttrOnAttr").orElseThrow().parameterNames());
        FilterSpec onList = FilterCatalog.lookup("mapAttrOnList").orElseThrow();
        assertEquals(ValueShape.LIST, onList.parameter("targetPropertyList").orElseThrow().shape());
        assertEquals(ParameterKind.PROPERTY_OF_TARGET, onList.parameter("targetPropertyList").orElseThrow().kind());
        FilterSpec listOn = FilterCatalog.lookup("mapListOnAttr").orElseThrow();
        assertEquals(ParameterKind.PROPERTY_OF_SERVICE, listOn.parameter("servicePropertyList").orElseThrow().kind());
        assertEquals(ValueShape.ORDERABLE, FilterCatalog.lookup("order").orElseThrow().parameter("targetProperty").orElseThrow().shape());
        assertEquals(List.of("targetProperty"), FilterCatalog.lookup("minsetcover").orElseThrow().parameterNames());
    }

    @Test
    void parameterlessFilters() {
        for (String name : List.of("mapStatefulToPrevious", "mapBoundServicesToPrevious", "divideRoundRobin", "multiwaycut", "graphcol")) {
            FilterSpec spec = FilterCatalog.lookup(name).orElseThrow();
            assertTrue(spec.requiredParameters().isEmpty(), name);
        }
        for (String name : List.of("mapStatefulToPrevious", "mapBoundServicesToPrevious", "divideRoundRobin")) {
            assertTrue(FilterCatalog.lookup(name).orElseThrow().parameters().isEmpty(), name);
        }
    }

    @Test
    void algorithmChoicesDefaultToDydisnix() {
        ParameterSpec cut = FilterCatalog.lookup("multiwaycut").orElseThrow().parameter("algorithm").orElseThrow();
        assertEquals(ParameterKind.CHOICE, cut.kind());
        assertEquals(List.of("dydisnix", "isolating-cuts"), cut.allowedValues());
        ParameterSpec colouring = FilterCatalog.lookup("graphcol").orElseThrow().parameter("algorithm").orElseThrow();
        assertEquals(List.of("dydisnix", "dsatur"), colouring.allowedValues());
    }

    @Test
    void onlyGraphcolTakesNoDistribution() {
        assertEquals(List.of("graphcol"), FilterCatalog.all().stream().filter(f -> !f.takesDistribution()).map(FilterSpec::name).toList());
    }

    @Test
    void previousDistributionFilters() {
        assertEquals(List.of("mapStatefulToPrevious", "mapBoundServicesToPrevious"),
                FilterCatalog.all().stream().filter(FilterSpec::usesPreviousDistribution).map(FilterSpec::name).toList());
    }

    @Test
    void internalAndExternalFilters() {
        assertEquals(List.of("divide", "minsetcover", "multiwaycut", "graphcol"),
                FilterCatalog.all().stream().filter(f -> f.origin() == FilterSpec.Origin.EXTERNAL).map(FilterSpec::name).toList());
        assertTrue(FilterCatalog.all().stream().filter(f -> f.origin() == FilterSpec.Origin.INTERNAL).allMatch(f -> f.tool().isEmpty()));
    }

    @Test
    void theCatalogIsImmutable() {
        assertThrows(UnsupportedOperationException.class, () -> FilterCatalog.names().add("x"));
        assertThrows(UnsupportedOperationException.class, () -> FilterCatalog.all().clear());
        assertThrows(UnsupportedOperationException.class,
                () -> FilterCatalog.lookup("divide").orElseThrow().parameters().clear());
        assertThrows(UnsupportedOperationException.class,
                () -> FilterCatalog.lookup("divide").orElseThrow().parameter("strategy").orElseThrow().allowedValues().clear());
    }

    @Test
    void strategies() {
        assertEquals(Optional.of(DivideStrategy.HIGHEST_BIDDER), DivideStrategy.of("highest-bidder"));
        assertEquals(Optional.empty(), DivideStrategy.of("HIGHEST_BIDDER"));
        assertEquals("lowest-bidder", DivideStrategy.LOWEST_BIDDER.literal());
    }
}

package org.dynadeploy.lang.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.dynadeploy.lang.testing.ExampleModels;
import org.dynadeploy.lang.tests.QosInjectorProvider;
import org.dynadeploy.model.CustomFilter;
import org.dynadeploy.model.CustomFilterKind;
import org.dynadeploy.model.FilterCall;
import org.dynadeploy.model.InitialSource;
import org.dynadeploy.model.IntArgument;
import org.dynadeploy.model.Policy;
import org.dynadeploy.model.PreviousSource;
import org.dynadeploy.model.StepReference;
import org.dynadeploy.model.StringArgument;
import org.dynadeploy.model.SymbolArgument;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(QosInjectorProvider.class)
class QosParsingTest {

    @Inject
    private ParseHelper<Policy> parser;

    private Policy parse(String file) throws Exception {
        Policy policy = parser.parse(ExampleModels.text(file));
        assertTrue(policy.eResource().getErrors().isEmpty(), () -> policy.eResource().getErrors().toString());
        return policy;
    }

    @Test
    void customFilters() throws Exception {
        Policy policy = parse("placement.qos");
        CustomFilter cut = policy.getFilters().get(0);
        assertEquals(CustomFilterKind.PROGRAM, cut.getKind());
        assertEquals("/usr/local/bin/cut-filter", cut.getImplementation());
        assertEquals(List.of("--xml", "--verbose"), cut.getArguments());
        CustomFilter keep = policy.getFilters().get(1);
        assertEquals(CustomFilterKind.JAVA, keep.getKind());
        assertTrue(keep.getArguments().isEmpty());
    }

    @Test
    void stepsChainFilterCalls() throws Exception {
        Policy policy = parse("placement.qos");
        assertEquals(11, policy.getSteps().size());
        FilterCall typed = (FilterCall) policy.getSteps().get(0).getSource();
        assertEquals("mapAttrOnList", typed.getFilter());
        assertInstanceOf(InitialSource.class, typed.getInput());
        assertEquals("supportedTypes", ((SymbolArgument) typed.getArguments().get(1).getValue()).getSymbol());
        FilterCall zoned = (FilterCall) policy.getSteps().get(1).getSource();
        assertSame(policy.getSteps().get(0), ((StepReference) zoned.getInput()).getStep());
        FilterCall primary = (FilterCall) policy.getSteps().get(2).getSource();
        assertEquals("primaryType", ((StringArgument) primary.getArguments().get(1).getValue()).getValue());
        FilterCall external = (FilterCall) policy.getSteps().get(9).getSource();
        assertEquals(-3L, ((IntArgument) external.getArguments().get(1).getValue()).getValue());
        FilterCall result = (FilterCall) policy.getResult();
        assertEquals("highest-bidder", ((SymbolArgument) result.getArguments().get(0).getValue()).getSymbol());
    }

    @Test
    void callsWithoutInputOrArgumentsAndResultReferences() throws Exception {
        Policy colouring = parse("colouring.qos");
        FilterCall graphcol = (FilterCall) colouring.getSteps().get(0).getSource();
        assertEquals(null, graphcol.getInput());
        assertTrue(graphcol.getArguments().isEmpty());
        assertSame(colouring.getSteps().get(1), ((StepReference) colouring.getResult()).getStep());
        Policy restore = parse("restore.qos");
        assertInstanceOf(PreviousSource.class, ((FilterCall) restore.getResult()).getInput());
    }

    @Test
    void argumentsWithoutInput() throws Exception {
        Policy policy = parser.parse("policy p { result f(a: 1, b: \"x\", c: y) }");
        assertTrue(policy.eResource().getErrors().isEmpty());
        FilterCall call = (FilterCall) policy.getResult();
        assertEquals(null, call.getInput());
        assertEquals(3, call.getArguments().size());
    }

    @Test
    void aPolicyNeedsAResult() throws Exception {
        Policy policy = parser.parse("policy p { let a = initial }");
        assertFalse(policy.eResource().getErrors().isEmpty());
    }
}

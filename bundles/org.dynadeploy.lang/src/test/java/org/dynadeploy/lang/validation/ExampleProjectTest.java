package org.dynadeploy.lang.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.dynadeploy.lang.loading.LoadResult;
import org.dynadeploy.lang.loading.ModelLoader;
import org.dynadeploy.lang.loading.Problem;
import org.dynadeploy.lang.testing.ExampleModels;
import org.dynadeploy.lang.testing.IssueAssertions;
import org.dynadeploy.lang.testing.Workspace;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.api.Test;

/** The example project uses every construct of every language and every rule holds: no issue at all. */
class ExampleProjectTest {

    static final List<String> FILES = ExampleModels.FILES;

    @ParameterizedTest
    @FieldSource("FILES")
    void everyFileIsClean(String file) {
        Workspace workspace = ExampleModels.workspace();
        IssueAssertions.assertClean(workspace.issues(file));
    }

    @Test
    void theLoaderFindsNoProblem() throws Exception {
        LoadResult result = new ModelLoader().load(List.of(ExampleModels.folder()));
        assertTrue(result.problems().isEmpty(),
                () -> result.problems().stream().map(Problem::format).collect(Collectors.joining("\n")));
        assertEquals(4, result.models().servicesByName().size());
        assertEquals(2, result.models().targetsByName().size());
        assertEquals(3, result.models().policies().size());
    }
}

package org.dynadeploy.lang.ide.codeActions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dynadeploy.lang.validation.IssueCodes;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/** Which quick fixes apply to which issue codes; the only place that pairs them. */
@Singleton
public class QuickFixRegistry {

    private final Map<String, List<QuickFix>> byCode = new HashMap<>();

    @Inject
    QuickFixRegistry(ChangeToSuggestion changeTo, CreateMissingDeclaration create, RemoveDuplicate remove,
            BreakDependencyCycle breakCycle) {
        ChangeToSuggestion.CODES.forEach(code -> register(code, changeTo));
        register(IssueCodes.UNRESOLVED_REFERENCE, create);
        register(IssueCodes.UNKNOWN_ID_RESOURCE, create);
        RemoveDuplicate.CODES.keySet().forEach(code -> register(code, remove));
        register(IssueCodes.DEPENDS_ON_CYCLE, breakCycle);
    }

    private void register(String code, QuickFix fix) {
        byCode.computeIfAbsent(code, c -> new ArrayList<>()).add(fix);
    }

    public List<QuickFix> fixesFor(String code) {
        return byCode.getOrDefault(code, List.of());
    }
}

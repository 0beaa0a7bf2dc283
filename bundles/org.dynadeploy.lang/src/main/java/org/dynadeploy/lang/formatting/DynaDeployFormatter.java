package org.dynadeploy.lang.formatting;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import org.dynadeploy.model.AttrsValue;
import org.dynadeploy.model.AugmentationRule;
import org.dynadeploy.model.Container;
import org.dynadeploy.model.CustomFilter;
import org.dynadeploy.model.DocsConfig;
import org.dynadeploy.model.DistributionModel;
import org.dynadeploy.model.FieldHeader;
import org.dynadeploy.model.Group;
import org.dynadeploy.model.GroupTitle;
import org.dynadeploy.model.IdAssignment;
import org.dynadeploy.model.IdResource;
import org.dynadeploy.model.LastAssignment;
import org.dynadeploy.model.Policy;
import org.dynadeploy.model.Property;
import org.dynadeploy.model.ResourceIds;
import org.dynadeploy.model.Service;
import org.dynadeploy.model.ServiceMapping;
import org.dynadeploy.model.Step;
import org.dynadeploy.model.Target;
import org.dynadeploy.model.TargetLastAssignments;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.formatting2.AbstractFormatter2;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.IHiddenRegionFormatter;
import org.eclipse.xtext.formatting2.regionaccess.IEObjectRegion;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.formatting2.FormatterPreferenceKeys;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.preferences.MapBasedPreferenceValues;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.xbase.lib.Procedures.Procedure1;

/**
 * One layout for all DynaDeploy languages: one statement per line, blocks indented by their
 * braces, a blank line allowed (kept, never added) between statements and enforced between
 * top-level blocks, single spaces between tokens, none inside parentheses or before commas.
 * Works on the token stream, so it is idempotent by construction and keeps comments.
 */
public class DynaDeployFormatter extends AbstractFormatter2 {

    /** Keywords that open a clause on its own line inside these elements. */
    private static final Map<Class<?>, Set<String>> CLAUSE_KEYWORDS = Map.of(
            Service.class, Set.of("description", "stateful", "dependsOn", "connectsTo", "ids"),
            Group.class, Set.of("description"),
            Target.class, Set.of("system", "cores", "clientInterface", "targetProperty"),
            DocsConfig.class, Set.of("fields"),
            Policy.class, Set.of("result"));

    @Override
    protected void initialize(FormatterRequest request) {
        // DynaDeploy models are indented with four spaces, whatever asks for the formatting.
        MapBasedPreferenceValues preferences = new MapBasedPreferenceValues(request.getPreferences(), new java.util.HashMap<>());
        preferences.put(FormatterPreferenceKeys.indentation, "    ");
        request.setPreferences(preferences);
        super.initialize(request);
    }

    @Override
    public void format(Object object, IFormattableDocument document) {
        if (object instanceof XtextResource resource) {
            for (EObject root : resource.getContents()) {
                formatRoot(root, document);
            }
        } else if (object instanceof EObject root && root.eContainer() == null) {
            formatRoot(root, document);
        }
    }

    private void formatRoot(EObject root, IFormattableDocument document) {
        IEObjectRegion rootRegion = getTextRegionAccess().regionForEObject(root);
        if (rootRegion == null || rootRegion.getPreviousHiddenRegion() == null) {
            return;
        }
        Set<IHiddenRegion> lineStarts = new HashSet<>();
        Set<IHiddenRegion> blockStarts = new HashSet<>();
        collectLineStarts(root, lineStarts, blockStarts);
        Deque<ISemanticRegion> openBraces = new ArrayDeque<>();
        ISemanticRegion previous = null;
        for (ISemanticRegion region = firstSemanticRegion(rootRegion); region != null; region = region.getNextSemanticRegion()) {
            IHiddenRegion before = region.getPreviousHiddenRegion();
            if (previous == null) {
                // A leading comment keeps its own layout; otherwise the file starts at column 1.
                if (!before.containsComment()) {
                    document.set(before, IHiddenRegionFormatter::noSpace);
                }
            } else {
                document.set(before, spacing(previous, region, lineStarts, blockStarts));
            }
            trackBraces(region, openBraces, document);
            previous = region;
        }
        if (previous != null) {
            document.set(previous.getNextHiddenRegion(), it -> it.setNewLines(1));
        }
    }

    private static ISemanticRegion firstSemanticRegion(IEObjectRegion rootRegion) {
        return rootRegion.getPreviousHiddenRegion().getNextSemanticRegion();
    }

    private static void trackBraces(ISemanticRegion region, Deque<ISemanticRegion> open, IFormattableDocument document) {
        if ("{".equals(region.getText())) {
            open.push(region);
        } else if ("}".equals(region.getText()) && !open.isEmpty()) {
            document.interior(open.pop(), region, IHiddenRegionFormatter::indent);
        }
    }

    private static Procedure1<? super IHiddenRegionFormatter> spacing(ISemanticRegion previous, ISemanticRegion next,
            Set<IHiddenRegion> lineStarts, Set<IHiddenRegion> blockStarts) {
        IHiddenRegion between = next.getPreviousHiddenRegion();
        String p = previous.getText();
        String n = next.getText();
        if (blockStarts.contains(between)) {
            return it -> it.setNewLines(2);
        }
        if (lineStarts.contains(between)) {
            return it -> it.setNewLines(1, 1, 2);
        }
        if ("}".equals(n) || "{".equals(p)) {
            return it -> it.setNewLines(1);
        }
        if (n.equals(",") || n.equals(")") || n.equals("]") || n.equals(":") || n.equals("..") || p.equals("..")
                || p.equals("(") || p.equals("[") || n.equals("(")) {
            return IHiddenRegionFormatter::noSpace;
        }
        return IHiddenRegionFormatter::oneSpace;
    }

    private void collectLineStarts(EObject root, Set<IHiddenRegion> lineStarts, Set<IHiddenRegion> blockStarts) {
        boolean first = true;
        for (EObject child : root.eContents()) {
            IEObjectRegion region = getTextRegionAccess().regionForEObject(child);
            if (region != null && !first && isBlock(child)) {
                blockStarts.add(region.getPreviousHiddenRegion());
            }
            first = false;
        }
        for (Iterator<EObject> it = root.eAllContents(); it.hasNext();) {
            EObject object = it.next();
            if (isStatement(object)) {
                addStart(getTextRegionAccess().regionForEObject(object), lineStarts);
            }
        }
        for (ISemanticRegion region = firstSemanticRegion(getTextRegionAccess().regionForEObject(root)); region != null; region = region.getNextSemanticRegion()) {
            if (region.getGrammarElement() instanceof Keyword && isClauseKeyword(region)) {
                lineStarts.add(region.getPreviousHiddenRegion());
            }
        }
    }

    private static boolean isClauseKeyword(ISemanticRegion keyword) {
        EObject owner = keyword.getSemanticElement();
        for (Map.Entry<Class<?>, Set<String>> entry : CLAUSE_KEYWORDS.entrySet()) {
            if (entry.getKey().isInstance(owner) && entry.getValue().contains(keyword.getText())) {
                return true;
            }
        }
        return false;
    }

    private static void addStart(IEObjectRegion region, Set<IHiddenRegion> starts) {
        if (region != null) {
            starts.add(region.getPreviousHiddenRegion());
        }
    }

    private static boolean isBlock(EObject object) {
        return object instanceof Service || object instanceof Group || object instanceof Target
                || object instanceof AugmentationRule || object instanceof DocsConfig || object instanceof ResourceIds
                || object instanceof TargetLastAssignments;
    }

    private static boolean isStatement(EObject object) {
        EObject container = object.eContainer();
        if (object instanceof Property) {
            return !(container instanceof org.dynadeploy.model.PropertySelector);
        }
        return object instanceof Service || object instanceof Group || object instanceof Target
                || (object instanceof Container && !(container instanceof AttrsValue))
                || object instanceof AugmentationRule || object instanceof DocsConfig || object instanceof FieldHeader
                || object instanceof GroupTitle || object instanceof CustomFilter || object instanceof Step
                || object instanceof IdResource || object instanceof ServiceMapping || object instanceof ResourceIds
                || object instanceof IdAssignment || object instanceof LastAssignment
                || object instanceof TargetLastAssignments || container instanceof DistributionModel;
    }
}

package org.dynadeploy.diagram.glsp;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GModelIndex;

/**
 * The index of one diagram as sent: ids to elements and edges by their ends, built in one pass.
 * GLSP's own index adapts every element with an EMF cross-reference adapter to follow changes,
 * which costs more than building the diagram; DynaDeploy diagrams are never changed in place
 * (every change builds a new one), so a plain map does.
 */
final class SnapshotIndex implements GModelIndex {

    private final GModelElement root;
    private final Map<String, GModelElement> byId = new HashMap<>();
    private final Map<String, List<GEdge>> incoming = new HashMap<>();
    private final Map<String, List<GEdge>> outgoing = new HashMap<>();
    private final Map<EClass, Integer> types = new HashMap<>();

    SnapshotIndex(GModelElement root) {
        this.root = root;
        add(root);
    }

    private void add(GModelElement element) {
        byId.putIfAbsent(element.getId(), element);
        types.merge(element.eClass(), 1, Integer::sum);
        if (element instanceof GEdge edge) {
            outgoing.computeIfAbsent(edge.getSourceId(), id -> new ArrayList<>()).add(edge);
            incoming.computeIfAbsent(edge.getTargetId(), id -> new ArrayList<>()).add(edge);
        }
        for (GModelElement child : element.getChildren()) {
            add(child);
        }
    }

    @Override
    public Optional<GModelElement> get(String elementId) {
        return Optional.ofNullable(elementId == null ? null : byId.get(elementId));
    }

    @Override
    public Set<GModelElement> getAll(Collection<String> elementIds) {
        Set<GModelElement> result = new LinkedHashSet<>();
        for (String id : elementIds) {
            get(id).ifPresent(result::add);
        }
        return result;
    }

    @Override
    public Collection<GEdge> getIncomingEdges(GModelElement node) {
        return List.copyOf(incoming.getOrDefault(node.getId(), List.of()));
    }

    @Override
    public Collection<GEdge> getOutgoingEdges(GModelElement node) {
        return List.copyOf(outgoing.getOrDefault(node.getId(), List.of()));
    }

    @Override
    public Set<String> allIds() {
        return Set.copyOf(byId.keySet());
    }

    @Override
    public GModelElement getRoot() {
        return root;
    }

    @Override
    public int getCounter(EClass eClass, Function<Integer, String> idProvider) {
        int counter = types.getOrDefault(eClass, 0);
        while (byId.containsKey(idProvider.apply(counter))) {
            counter++;
        }
        return counter;
    }

    @Override
    public int getTypeCount(EClass eClass) {
        return types.getOrDefault(eClass, 0);
    }

    @Override
    public void clear() {
        byId.clear();
        incoming.clear();
        outgoing.clear();
        types.clear();
    }
}

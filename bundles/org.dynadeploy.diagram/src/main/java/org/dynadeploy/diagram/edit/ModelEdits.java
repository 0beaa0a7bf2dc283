package org.dynadeploy.diagram.edit;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.dynadeploy.diagram.source.DiagramEditException;
import org.dynadeploy.diagram.source.ModelChange;
import org.dynadeploy.diagram.source.SourceSnapshot;
import org.dynadeploy.diagram.source.TextEdit;
import org.dynadeploy.lang.loading.DynaDeployLanguages;
import org.dynadeploy.model.DistributionModel;
import org.dynadeploy.model.Group;
import org.dynadeploy.model.IdAssignment;
import org.dynadeploy.model.ModelPackage;
import org.dynadeploy.model.Named;
import org.dynadeploy.model.Service;
import org.dynadeploy.model.ServiceMapping;
import org.dynadeploy.model.ServicesModel;
import org.dynadeploy.model.Target;
import org.dynadeploy.model.TargetLastAssignments;
import org.dynadeploy.model.TargetMapping;
import org.dynadeploy.model.support.GroupPaths;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Turns a graphical operation into the smallest text edits of the model files that make it,
 * computed from the Xtext node model of one {@link SourceSnapshot}: only the tokens and lines the
 * operation is about change, so comments, blank lines and the layout of everything else survive.
 * New text follows the formatter's layout (one statement per line, four spaces per level, a
 * blank line between blocks), so formatting the file afterwards changes nothing.
 * <p>
 * Every method either returns the change or throws a {@link DiagramEditException} whose message
 * says what was refused and why.
 */
public final class ModelEdits {

    public static final String INDENT = "    ";

    private final SourceSnapshot snapshot;
    private final Map<Path, Lines> lines = new HashMap<>();

    public ModelEdits(SourceSnapshot snapshot) {
        this.snapshot = snapshot;
    }

    /** The model the edits are computed on. */
    public SourceSnapshot snapshot() {
        return snapshot;
    }

    // ------------------------------------------------------------------ look-ups

    public Service service(String name) {
        Service service = snapshot.models().servicesByName().get(name);
        if (service == null) {
            throw new DiagramEditException("There is no service named '" + name + "' (any more).");
        }
        return service;
    }

    public Target target(String name) {
        Target target = snapshot.models().targetsByName().get(name);
        if (target == null) {
            throw new DiagramEditException("There is no target named '" + name + "' (any more).");
        }
        return target;
    }

    /** The groups of a '/' path, in the order of the files; empty if none. */
    public List<Group> groups(String path) {
        List<Group> result = new ArrayList<>();
        for (ServicesModel model : snapshot.models().servicesModels()) {
            for (Iterator<EObject> it = model.eAllContents(); it.hasNext();) {
                if (it.next() instanceof Group group && GroupPaths.of(group).equals(path)) {
                    result.add(group);
                }
            }
        }
        return result;
    }

    /** A service name not taken yet: {@code base1}, {@code base2}, ... */
    public String freshServiceName(String base) {
        Set<String> taken = snapshot.models().servicesByName().keySet();
        for (int i = 1;; i++) {
            if (!taken.contains(base + i)) {
                return base + i;
            }
        }
    }

    // ------------------------------------------------------------------ operations

    /** A new, empty service at the end of a group (or at the top level, {@code groupPath} empty). */
    public ModelChange createService(String groupPath, String requestedName, String type) {
        String name = requestedName == null || requestedName.isBlank() ? freshServiceName("service") : requestedName.strip();
        if (snapshot.models().servicesByName().containsKey(name)) {
            throw new DiagramEditException("A service named '" + name + "' exists already.");
        }
        EObject context = null;
        String path = groupPath == null ? "" : groupPath;
        List<Group> groups = path.isEmpty() ? List.of() : groups(path);
        if (!path.isEmpty() && groups.isEmpty()) {
            throw new DiagramEditException("There is no group '" + path + "' (any more).");
        }
        context = groups.isEmpty() ? firstServicesModel() : groups.get(0);
        String header = "service " + serializeName(context, name)
                + (type == null || type.isBlank() ? "" : ": " + serializeName(context, type.strip())) + " {";
        List<String> block = List.of(header, "}");
        List<TextEdit> edits = new ArrayList<>();
        if (!groups.isEmpty()) {
            edits.add(insertIntoBlock(groups.get(0), block));
        } else if (context != null) {
            edits.add(appendTopLevel(fileOf(context), block));
        } else {
            Path file = newFile("services");
            edits.add(TextEdit.insert(file, 0, String.join("\n", block) + "\n"));
        }
        return new ModelChange("Create service " + name, edits);
    }

    /** Renames a service and every reference to it, in every file (services, distributions, ids). */
    public ModelChange renameService(String oldName, String newName) {
        Service service = service(oldName);
        String name = checkNewName(newName);
        if (name.equals(oldName)) {
            return new ModelChange("Rename service " + oldName, List.of());
        }
        if (snapshot.models().servicesByName().containsKey(name)) {
            throw new DiagramEditException("Cannot rename '" + oldName + "' to '" + name + "': a service of that name exists already.");
        }
        List<TextEdit> edits = rename(service, oldName, name);
        for (EObject object : allObjects(service)) {
            if (object instanceof IdAssignment assignment && oldName.equals(assignment.getService())) {
                edits.add(replaceFeature(assignment, ModelPackage.Literals.ID_ASSIGNMENT__SERVICE, name));
            }
        }
        return new ModelChange("Rename service " + oldName + " to " + name, edits);
    }

    /** Renames a target and every reference to it (distributions, augmentation rules, ids). */
    public ModelChange renameTarget(String oldName, String newName) {
        Target target = target(oldName);
        String name = checkNewName(newName);
        if (name.equals(oldName)) {
            return new ModelChange("Rename target " + oldName, List.of());
        }
        if (snapshot.models().targetsByName().containsKey(name)) {
            throw new DiagramEditException("Cannot rename '" + oldName + "' to '" + name + "': a target of that name exists already.");
        }
        List<TextEdit> edits = rename(target, oldName, name);
        for (EObject object : allObjects(target)) {
            if (object instanceof TargetLastAssignments last && oldName.equals(last.getTarget())) {
                edits.add(replaceFeature(last, ModelPackage.Literals.TARGET_LAST_ASSIGNMENTS__TARGET, name));
            }
        }
        return new ModelChange("Rename target " + oldName + " to " + name, edits);
    }

    /** Adds {@code to} to the {@code dependsOn} (or {@code connectsTo}) list of {@code from}. */
    public ModelChange connect(ReferenceKind kind, String from, String to) {
        Service source = service(from);
        Service target = service(to);
        checkConnectable(kind, source, target, Set.of());
        return new ModelChange("Add " + from + " " + kind.keyword() + " " + to, addReference(source, kind, target));
    }

    /** Removes {@code to} from the {@code dependsOn} (or {@code connectsTo}) list of {@code from}. */
    public ModelChange disconnect(ReferenceKind kind, String from, String to) {
        Service source = service(from);
        Service target = service(to);
        List<TextEdit> edits = removeReference(source, kind, target);
        if (edits.isEmpty()) {
            throw new DiagramEditException("'" + from + "' has no " + kind.keyword() + " " + to + " (any more).");
        }
        return new ModelChange("Remove " + from + " " + kind.keyword() + " " + to, edits);
    }

    /** Moves an edge to other ends: removes the old reference and adds the new one. */
    public ModelChange reconnect(ReferenceKind kind, String oldFrom, String oldTo, String newFrom, String newTo) {
        if (oldFrom.equals(newFrom) && oldTo.equals(newTo)) {
            return new ModelChange("Reconnect", List.of());
        }
        Service oldSource = service(oldFrom);
        Service oldTarget = service(oldTo);
        Service source = service(newFrom);
        Service target = service(newTo);
        List<TextEdit> edits = new ArrayList<>(removeReference(oldSource, kind, oldTarget));
        if (edits.isEmpty()) {
            throw new DiagramEditException("'" + oldFrom + "' has no " + kind.keyword() + " " + oldTo + " (any more).");
        }
        checkConnectable(kind, source, target, Set.of(List.of(oldSource, oldTarget)));
        if (source == oldSource) {
            // one list: rewrite it as a whole, so that the removal and the addition cannot collide
            edits = replaceReference(source, kind, oldTarget, target);
        } else {
            edits.addAll(addReference(source, kind, target));
        }
        return new ModelChange("Reconnect " + kind.keyword() + " " + oldFrom + " -> " + oldTo + " to " + newFrom + " -> " + newTo,
                edits);
    }

    /**
     * Deletes services with every reference to them: the dependsOn/connectsTo entries of other
     * services and their mappings in distributions. (Assigned ids in .ids files are results and
     * stay: id-assign drops the ids of services that are gone.)
     */
    public ModelChange deleteServices(Collection<String> names) {
        Set<Service> deleted = new HashSet<>();
        for (String name : names) {
            deleted.add(service(name));
        }
        List<TextEdit> edits = new ArrayList<>();
        for (Service service : deleted) {
            edits.add(deleteStatement(service));
        }
        for (Service other : snapshot.models().servicesByName().values()) {
            if (deleted.contains(other)) {
                continue;
            }
            for (ReferenceKind kind : ReferenceKind.values()) {
                List<Service> referenced = kind.of(other).stream().filter(deleted::contains).toList();
                if (!referenced.isEmpty()) {
                    edits.addAll(removeReferences(other, kind, new HashSet<>(referenced)));
                }
            }
        }
        for (DistributionModel distribution : snapshot.models().distributions()) {
            for (ServiceMapping mapping : distribution.getMappings()) {
                if (deleted.contains(mapping.getService())) {
                    edits.add(deleteStatement(mapping));
                }
            }
        }
        String label = names.size() == 1 ? "Delete service " + names.iterator().next() : "Delete " + names.size() + " services";
        return new ModelChange(label, edits);
    }

    /** Deletes an empty group; a group that still holds services or groups is refused. */
    public ModelChange deleteGroup(String path) {
        List<Group> groups = groups(path);
        if (groups.isEmpty()) {
            throw new DiagramEditException("There is no group '" + path + "' (any more).");
        }
        List<TextEdit> edits = new ArrayList<>();
        for (Group group : groups) {
            if (!group.getServices().isEmpty() || !group.getGroups().isEmpty()) {
                throw new DiagramEditException("Group '" + path + "' is not empty: move or delete its services and groups first.");
            }
            edits.add(deleteStatement(group));
        }
        return new ModelChange("Delete group " + path, edits);
    }

    /**
     * Moves a service's text into another group (the first group of that path, which may be in
     * another file), or to the top level of its own file ({@code groupPath} empty). The block keeps
     * its inner layout and comments, re-indented for its new depth. Comments above it stay.
     */
    public ModelChange moveService(String name, String groupPath) {
        Service service = service(name);
        String path = groupPath == null ? "" : groupPath;
        if (GroupPaths.of(service).equals(path)) {
            return new ModelChange("Move service " + name, List.of());
        }
        Path file = fileOf(service);
        int[] range = statementLines(service);
        if (range == null) {
            throw new DiagramEditException("Service '" + name + "' shares its lines with other statements; format "
                    + file.getFileName() + " first.");
        }
        List<String> block = blockLines(service, range);
        List<TextEdit> edits = new ArrayList<>();
        edits.add(deleteLines(file, range[0], range[1]));
        if (path.isEmpty()) {
            edits.add(appendTopLevel(file, block));
        } else {
            List<Group> groups = groups(path);
            if (groups.isEmpty()) {
                throw new DiagramEditException("There is no group '" + path + "' (any more).");
            }
            edits.add(insertIntoBlock(groups.get(0), block));
        }
        return new ModelChange("Move service " + name + " to " + (path.isEmpty() ? "the top level" : "group " + path), edits);
    }

    /**
     * Moves a service from one target to another in a distribution and pins the mapping, so that
     * planning again with this distribution as the previous one keeps the choice. The mapping
     * keeps its container if the new target has a container of that name; {@code container}
     * (when given) names the container it was dropped on.
     */
    public ModelChange moveDeployment(DistributionModel distribution, String serviceName, String fromTarget, String toTarget,
            String container) {
        Service service = service(serviceName);
        Target from = target(fromTarget);
        Target to = target(toTarget);
        ServiceMapping mapping = mappingOf(distribution, service);
        TargetMapping moved = null;
        for (TargetMapping candidate : mapping.getTargets()) {
            if (candidate.getTarget() == to && from != to) {
                throw new DiagramEditException("'" + serviceName + "' is deployed to " + toTarget + " already.");
            }
            if (candidate.getTarget() == from) {
                moved = candidate;
            }
        }
        if (moved == null) {
            throw new DiagramEditException("'" + serviceName + "' is not deployed to " + fromTarget + " (any more).");
        }
        String keep = container != null ? container : moved.getContainer();
        String wanted = keep;
        if (keep != null && to.getContainers().stream().noneMatch(c -> wanted.equals(c.getName()))) {
            if (container != null) {
                throw new DiagramEditException("Target " + toTarget + " has no container '" + container + "'.");
            }
            keep = null;
        }
        if (from == to && Objects.equals(keep, moved.getContainer())) {
            return new ModelChange("Move " + serviceName, List.of());
        }
        String text = serializeName(distribution, to.getName()) + (keep == null ? "" : " in " + serializeName(distribution, keep));
        List<TextEdit> edits = new ArrayList<>();
        INode node = Nodes.node(moved);
        edits.add(new TextEdit(fileOf(moved), node.getOffset(), node.getLength(), text));
        if (!mapping.isPinned()) {
            edits.add(TextEdit.insert(fileOf(mapping), Nodes.node(mapping).getOffset(), "pin "));
        }
        return new ModelChange("Deploy " + serviceName + " to " + toTarget + (keep == null ? "" : " in " + keep)
                + " instead of " + fromTarget, edits);
    }

    /** Removes one target from a service's mapping (the whole mapping if it was the only one). */
    public ModelChange undeploy(DistributionModel distribution, String serviceName, String targetName) {
        return undeploy(distribution, serviceName, List.of(targetName));
    }

    /** Removes targets from a service's mapping (the whole mapping if none is left). */
    public ModelChange undeploy(DistributionModel distribution, String serviceName, Collection<String> targetNames) {
        Service service = service(serviceName);
        Set<Target> targets = new HashSet<>();
        for (String name : targetNames) {
            targets.add(target(name));
        }
        ServiceMapping mapping = mappingOf(distribution, service);
        List<TargetMapping> all = mapping.getTargets();
        List<String> kept = new ArrayList<>();
        int removed = 0;
        for (TargetMapping target : all) {
            if (targets.contains(target.getTarget())) {
                removed++;
            } else {
                kept.add(NodeModelUtils.getTokenText(Nodes.node(target)));
            }
        }
        if (removed < targets.size()) {
            throw new DiagramEditException("'" + serviceName + "' is not deployed to " + String.join(", ", targetNames)
                    + " (any more).");
        }
        TextEdit edit;
        if (kept.isEmpty()) {
            edit = deleteStatement(mapping);
        } else {
            int start = Nodes.node(all.get(0)).getOffset();
            int end = Nodes.node(all.get(all.size() - 1)).getEndOffset();
            edit = new TextEdit(fileOf(mapping), start, end - start, String.join(", ", kept));
        }
        return new ModelChange("Remove " + serviceName + " from " + String.join(", ", targetNames), List.of(edit));
    }

    /** Several changes as one (one undo step); edits inside deleted text are dropped. */
    public static ModelChange combine(String label, List<ModelChange> changes) {
        List<TextEdit> edits = new ArrayList<>();
        changes.forEach(c -> edits.addAll(c.edits()));
        try {
            return new ModelChange(label, edits).normalized();
        } catch (IllegalArgumentException e) {
            throw new DiagramEditException(label + ": these edits cannot be made together; make them one at a time.", e);
        }
    }

    // ------------------------------------------------------------------ references

    private void checkConnectable(ReferenceKind kind, Service source, Service target, Set<List<Service>> ignored) {
        if (source == target) {
            throw new DiagramEditException("A service cannot " + (kind == ReferenceKind.DEPENDS_ON ? "depend on" : "connect to")
                    + " itself ('" + source.getName() + "').");
        }
        if (kind.of(source).contains(target) && !ignored.contains(List.of(source, target))) {
            throw new DiagramEditException("'" + source.getName() + "' " + kind.keyword() + " " + target.getName() + " already.");
        }
        if (kind == ReferenceKind.DEPENDS_ON) {
            List<Service> cycle = path(target, source, ignored);
            if (cycle != null) {
                List<String> names = new ArrayList<>();
                names.add(source.getName());
                cycle.forEach(s -> names.add(s.getName()));
                throw new DiagramEditException("'" + source.getName() + "' cannot depend on '" + target.getName()
                        + "': that would make a dependency cycle (" + String.join(" -> ", names) + ").");
            }
        }
    }

    /** A dependsOn path from {@code from} to {@code to} (both included), or null. */
    private static List<Service> path(Service from, Service to, Set<List<Service>> ignored) {
        Map<Service, Service> parent = new LinkedHashMap<>();
        Deque<Service> queue = new ArrayDeque<>();
        parent.put(from, null);
        queue.add(from);
        while (!queue.isEmpty()) {
            Service current = queue.poll();
            if (current == to) {
                List<Service> result = new ArrayList<>();
                for (Service s = current; s != null; s = parent.get(s)) {
                    result.add(0, s);
                }
                return result;
            }
            for (Service next : current.getDependsOn()) {
                if (!next.eIsProxy() && !parent.containsKey(next) && !ignored.contains(List.of(current, next))) {
                    parent.put(next, current);
                    queue.add(next);
                }
            }
        }
        return null;
    }

    /** The reference nodes of one kind in a service, grouped by the clause (keyword) they follow. */
    private List<List<INode>> clauses(Service service, ReferenceKind kind) {
        List<INode> refs = NodeModelUtils.findNodesForFeature(service, kind.feature());
        List<Integer> keywords = new ArrayList<>();
        for (ILeafNode token : Nodes.tokens(service)) {
            if (Nodes.isKeyword(token, kind.keyword()) && token.getSemanticElement() == service) {
                keywords.add(token.getOffset());
            }
        }
        Map<Integer, List<INode>> byKeyword = new LinkedHashMap<>();
        keywords.forEach(k -> byKeyword.put(k, new ArrayList<>()));
        for (INode ref : refs) {
            int owner = -1;
            for (int keyword : keywords) {
                if (keyword < ref.getOffset()) {
                    owner = keyword;
                }
            }
            if (owner >= 0) {
                byKeyword.get(owner).add(ref);
            }
        }
        List<List<INode>> result = new ArrayList<>();
        byKeyword.values().forEach(list -> {
            if (!list.isEmpty()) {
                result.add(list);
            }
        });
        return result;
    }

    private static String refName(INode ref) {
        return Nodes.nameValue(NodeModelUtils.getTokenText(ref));
    }

    private List<TextEdit> addReference(Service source, ReferenceKind kind, Service target) {
        Path file = fileOf(source);
        String name = serializeName(source, target.getName());
        List<List<INode>> clauses = clauses(source, kind);
        if (!clauses.isEmpty()) {
            List<INode> last = clauses.get(clauses.size() - 1);
            return List.of(TextEdit.insert(file, last.get(last.size() - 1).getEndOffset(), ", " + name));
        }
        return List.of(newClause(source, kind, kind.keyword() + " " + name));
    }

    private List<TextEdit> removeReference(Service source, ReferenceKind kind, Service target) {
        return removeReferences(source, kind, Set.of(target));
    }

    private List<TextEdit> removeReferences(Service source, ReferenceKind kind, Set<Service> targets) {
        Set<String> names = new HashSet<>();
        targets.forEach(t -> names.add(t.getName()));
        return rewriteClauses(source, kind, names, null);
    }

    private List<TextEdit> replaceReference(Service source, ReferenceKind kind, Service oldTarget, Service newTarget) {
        return rewriteClauses(source, kind, Set.of(oldTarget.getName()), serializeName(source, newTarget.getName()));
    }

    /**
     * Rewrites the clauses of one kind without the references to {@code names}; with a
     * {@code replacement}, the first removed reference becomes it. A clause left empty goes,
     * with its line if it had one of its own.
     */
    private List<TextEdit> rewriteClauses(Service source, ReferenceKind kind, Set<String> names, String replacement) {
        Path file = fileOf(source);
        Lines text = lines(file);
        List<TextEdit> edits = new ArrayList<>();
        String pending = replacement;
        for (List<INode> clause : clauses(source, kind)) {
            List<String> kept = new ArrayList<>();
            boolean changed = false;
            for (INode ref : clause) {
                if (names.contains(refName(ref))) {
                    changed = true;
                    if (pending != null) {
                        kept.add(pending);
                        pending = null;
                    }
                } else {
                    kept.add(NodeModelUtils.getTokenText(ref));
                }
            }
            if (!changed) {
                continue;
            }
            int first = clause.get(0).getOffset();
            int end = clause.get(clause.size() - 1).getEndOffset();
            if (!kept.isEmpty()) {
                edits.add(new TextEdit(file, first, end - first, String.join(", ", kept)));
                continue;
            }
            ILeafNode keyword = keywordBefore(source, kind, first);
            int start = keyword.getOffset();
            String rest = text.text().substring(end, text.end(end)).trim();
            if (text.onlyWhitespaceBefore(start) && (rest.isEmpty() || rest.startsWith("//"))) {
                edits.add(TextEdit.delete(file, text.start(start), text.next(end) - text.start(start)));
            } else {
                int from = start;
                while (from > 0 && (text.text().charAt(from - 1) == ' ' || text.text().charAt(from - 1) == '\t')) {
                    from--;
                }
                edits.add(TextEdit.delete(file, from, end - from));
            }
        }
        return edits;
    }

    private static ILeafNode keywordBefore(Service service, ReferenceKind kind, int offset) {
        ILeafNode result = null;
        for (ILeafNode token : Nodes.tokens(service)) {
            if (token.getOffset() >= offset) {
                break;
            }
            if (Nodes.isKeyword(token, kind.keyword())) {
                result = token;
            }
        }
        if (result == null) {
            throw new IllegalStateException("no " + kind.keyword() + " keyword before offset " + offset);
        }
        return result;
    }

    /**
     * A new clause line in a service: after its description, stateful and (for connectsTo) dependsOn
     * lines, before ids and properties; right after the opening brace if it has none of them.
     */
    private TextEdit newClause(Service service, ReferenceKind kind, String clause) {
        Path file = fileOf(service);
        Lines text = lines(file);
        int anchor = -1;
        List<INode> candidates = new ArrayList<>();
        candidates.addAll(NodeModelUtils.findNodesForFeature(service, ModelPackage.Literals.SERVICE__DESCRIPTION));
        candidates.addAll(NodeModelUtils.findNodesForFeature(service, ModelPackage.Literals.SERVICE__STATEFUL));
        if (kind == ReferenceKind.CONNECTS_TO) {
            candidates.addAll(NodeModelUtils.findNodesForFeature(service, ModelPackage.Literals.SERVICE__DEPENDS_ON));
        }
        for (INode candidate : candidates) {
            anchor = Math.max(anchor, candidate.getEndOffset());
        }
        if (anchor < 0) {
            anchor = Nodes.openingBrace(service).getEndOffset();
        }
        String serviceIndent = text.indentation(Nodes.node(service).getOffset());
        String indent = serviceIndent + INDENT;
        String nl = text.lineBreak();
        String rest = text.text().substring(anchor, text.end(anchor));
        if (rest.isBlank() || rest.trim().startsWith("//")) {
            int at = text.end(anchor);
            if (at > 0 && text.text().charAt(at - 1) == '\r') {
                at--;
            }
            return TextEdit.insert(file, at, nl + indent + clause);
        }
        ILeafNode next = null;
        for (ILeafNode token : Nodes.tokens(service)) {
            if (token.getOffset() >= anchor) {
                next = token;
                break;
            }
        }
        if (next == null) {
            throw new IllegalStateException("no token after the clause anchor");
        }
        String between = text.text().substring(anchor, next.getOffset());
        if (!between.isBlank()) {
            return TextEdit.insert(file, anchor, nl + indent + clause); // a comment follows: keep it as it is
        }
        boolean closing = next == Nodes.closingBrace(service);
        return new TextEdit(file, anchor, next.getOffset() - anchor, nl + indent + clause + nl + (closing ? serviceIndent : indent));
    }

    // ------------------------------------------------------------------ renaming

    private String checkNewName(String newName) {
        String name = newName == null ? "" : newName.strip();
        if (name.isEmpty()) {
            throw new DiagramEditException("A name must not be empty.");
        }
        if (name.contains("\n") || name.contains("\r")) {
            throw new DiagramEditException("A name must fit on one line.");
        }
        return name;
    }

    /** The name token of an object and every cross-reference to it, in every loaded file. */
    private List<TextEdit> rename(Named named, String oldName, String newName) {
        EObject object = (EObject) named;
        List<TextEdit> edits = new ArrayList<>();
        edits.add(replaceFeature(object, ModelPackage.Literals.NAMED__NAME, newName));
        for (EObject candidate : allObjects(object)) {
            for (EReference reference : candidate.eClass().getEAllReferences()) {
                if (reference.isContainment() || reference.isContainer()) {
                    continue;
                }
                Object value = candidate.eGet(reference, false);
                boolean refers = reference.isMany() ? ((List<?>) value).contains(object) : value == object;
                if (!refers) {
                    continue;
                }
                for (INode node : NodeModelUtils.findNodesForFeature(candidate, reference)) {
                    if (oldName.equals(refName(node))) {
                        edits.add(new TextEdit(fileOf(candidate), node.getOffset(), node.getLength(),
                                serializeName(candidate, newName)));
                    }
                }
            }
        }
        return edits;
    }

    private TextEdit replaceFeature(EObject object, EAttribute feature, String newName) {
        INode node = Nodes.featureNode(object, feature);
        return new TextEdit(fileOf(object), node.getOffset(), node.getLength(), serializeName(object, newName));
    }

    /** Every object of every resource of the object's resource set. */
    private static List<EObject> allObjects(EObject context) {
        List<EObject> result = new ArrayList<>();
        Resource own = context.eResource();
        Collection<Resource> resources = own.getResourceSet() == null ? List.of(own) : own.getResourceSet().getResources();
        for (Resource resource : List.copyOf(resources)) {
            resource.getAllContents().forEachRemaining(result::add);
        }
        return result;
    }

    // ------------------------------------------------------------------ blocks and lines

    /** Deletes a statement: its own lines (and a blank line next to them), or just its text if it shares a line. */
    private TextEdit deleteStatement(EObject object) {
        Path file = fileOf(object);
        int[] range = statementLines(object);
        if (range != null) {
            return deleteLines(file, range[0], range[1]);
        }
        INode node = Nodes.node(object);
        return TextEdit.delete(file, node.getOffset(), node.getLength());
    }

    /**
     * The lines a statement occupies (from the start of its first line to just after its last
     * line break), or null if other statements share them.
     */
    private int[] statementLines(EObject object) {
        Lines text = lines(fileOf(object));
        INode node = Nodes.node(object);
        int start = node.getOffset();
        int end = node.getEndOffset();
        if (!text.onlyWhitespaceBefore(start)) {
            return null;
        }
        String rest = text.text().substring(end, text.end(end)).trim();
        if (!rest.isEmpty() && !rest.startsWith("//")) {
            return null;
        }
        return new int[] {text.start(start), text.next(end)};
    }

    /** Deletes whole lines, then one of two blank lines meeting (or a blank line left before a brace). */
    private TextEdit deleteLines(Path file, int start, int end) {
        Lines text = lines(file);
        int length = text.text().length();
        int previous = start > 0 ? text.start(start - 1) : -1;
        boolean previousBlank = previous >= 0 && text.isBlank(previous);
        boolean nextBlank = end < length && text.isBlank(end);
        boolean nextClosing = end >= length || text.line(end).trim().startsWith("}");
        // a comment line above stays, and the formatter keeps no blank line between it and what follows
        boolean previousOpening = previous < 0 || text.line(previous).trim().endsWith("{") || text.isCommentLine(previous);
        if (previousBlank && nextBlank) {
            end = text.next(end);
        } else if (previousBlank && nextClosing) {
            start = previous;
        } else if (nextBlank && previousOpening) {
            end = text.next(end);
        }
        return TextEdit.delete(file, start, end - start);
    }

    /** The lines of a statement without its indentation (lines inside a multi-line string kept as they are). */
    private List<String> blockLines(EObject object, int[] range) {
        Lines text = lines(fileOf(object));
        String indent = text.indentation(range[0]);
        INode root = Nodes.node(object).getRootNode();
        List<String> result = new ArrayList<>();
        int lineStart = range[0];
        while (lineStart < range[1]) {
            int lineEnd = text.end(lineStart);
            String line = text.text().substring(lineStart, lineEnd);
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(root, lineStart);
            boolean insideToken = leaf != null && !leaf.isHidden() && leaf.getOffset() < lineStart;
            if (insideToken) {
                result.add("\u0000" + line); // marker: never re-indent
            } else if (line.startsWith(indent)) {
                result.add(line.substring(indent.length()));
            } else {
                result.add(line.stripLeading());
            }
            lineStart = lineEnd + 1;
        }
        return result;
    }

    private static String indentBlock(List<String> block, String indent, String nl) {
        StringBuilder result = new StringBuilder();
        for (String line : block) {
            if (line.startsWith("\u0000")) {
                result.append(line.substring(1));
            } else if (!line.isBlank()) {
                result.append(indent).append(line);
            }
            result.append(nl);
        }
        return result.toString();
    }

    /** Inserts a block as the last statement of a block ({@code group}), a blank line before it. */
    private TextEdit insertIntoBlock(EObject container, List<String> block) {
        Path file = fileOf(container);
        Lines text = lines(file);
        String nl = text.lineBreak();
        String outer = text.indentation(Nodes.node(container).getOffset());
        String indent = outer + INDENT;
        ILeafNode brace = Nodes.closingBrace(container);
        int braceOffset = brace.getOffset();
        if (text.onlyWhitespaceBefore(braceOffset)) {
            int at = text.start(braceOffset);
            int previous = at > 0 ? text.start(at - 1) : -1;
            boolean blank = previous >= 0 && !text.isBlank(previous) && !text.line(previous).trim().endsWith("{");
            return TextEdit.insert(file, at, (blank ? nl : "") + indentBlock(block, indent, nl));
        }
        // "group g { }" on one line: open it up
        int from = braceOffset;
        while (from > 0 && (text.text().charAt(from - 1) == ' ' || text.text().charAt(from - 1) == '\t')) {
            from--;
        }
        boolean afterOpening = text.text().substring(0, from).endsWith("{");
        return new TextEdit(file, from, braceOffset - from,
                nl + (afterOpening ? "" : nl) + indentBlock(block, indent, nl) + outer);
    }

    /** Appends a block at the end of a file, a blank line before it. */
    private TextEdit appendTopLevel(Path file, List<String> block) {
        Lines text = lines(file);
        String nl = text.lineBreak();
        String content = text.text();
        String prefix;
        if (content.isBlank()) {
            prefix = "";
        } else if (content.endsWith(nl + nl)) {
            prefix = "";
        } else if (content.endsWith(nl)) {
            prefix = nl;
        } else {
            prefix = nl + nl;
        }
        return TextEdit.insert(file, content.length(), prefix + indentBlock(block, "", nl));
    }

    // ------------------------------------------------------------------ helpers

    private ServiceMapping mappingOf(DistributionModel distribution, Service service) {
        for (ServiceMapping mapping : distribution.getMappings()) {
            if (mapping.getService() == service) {
                return mapping;
            }
        }
        throw new DiagramEditException("'" + service.getName() + "' is not in the distribution "
                + fileOf(distribution).getFileName() + " (any more).");
    }

    private ServicesModel firstServicesModel() {
        ServicesModel result = null;
        for (ServicesModel model : snapshot.models().servicesModels()) {
            if (model.eResource() == null || !model.eResource().getURI().isFile()) {
                continue;
            }
            // prefer the file that already holds top-level services, then the first file
            if (result == null || (!model.getServices().isEmpty() && result.getServices().isEmpty())) {
                result = model;
            }
        }
        return result;
    }

    private Path newFile(String extension) {
        Path file = snapshot.folder().resolve("model." + extension);
        for (int i = 2; snapshot.texts().containsKey(file) || file.toFile().exists(); i++) {
            file = snapshot.folder().resolve("model" + i + "." + extension);
        }
        return file;
    }

    private static Path fileOf(EObject object) {
        return SourceSnapshot.fileOf(object);
    }

    private Lines lines(Path file) {
        return lines.computeIfAbsent(file, f -> {
            String text = snapshot.texts().get(f);
            if (text == null) {
                throw new DiagramEditException("The file " + f.getFileName() + " is not part of the model.");
            }
            return new Lines(text);
        });
    }

    /** A name as the languages write it: plain if it is an identifier, else quoted. */
    static String serializeName(EObject context, String name) {
        IValueConverterService converters = null;
        if (context != null && context.eResource() instanceof XtextResource resource) {
            converters = resource.getResourceServiceProvider().get(IValueConverterService.class);
        }
        if (converters == null) {
            converters = DynaDeployLanguages.injector(DynaDeployLanguages.SERVICES).getInstance(IValueConverterService.class);
        }
        try {
            return converters.toString(name, "Name");
        } catch (RuntimeException e) {
            throw new DiagramEditException("'" + name + "' cannot be written as a name: " + e.getMessage(), e);
        }
    }
}

package org.dynadeploy.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

import org.dynadeploy.lang.validation.QosValidator;
import org.dynadeploy.model.Model;
import org.dynadeploy.model.ModelPackage;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * QoS policies read before, kept in EMF's binary form so that planning from Disnix XML need not
 * set the QoS language up again (half a second of Xtext start-up, for a file of a few lines).
 *
 * <p>An entry is found by the SHA-256 of the policy file's bytes together with the build of the
 * metamodel and of the language (whose rules decided the policy is valid), so an edited file or
 * a new DynaDeploy reads the file again. Only policies the language found no problem in are kept:
 * warnings and errors always come from the language itself. Everything here is an optimisation:
 * an entry that cannot be read or written is ignored. Entries live in
 * {@code $DYNADEPLOY_CACHE_DIR/policies}, else {@code $XDG_CACHE_HOME/dynadeploy/policies},
 * else {@code ~/.cache/dynadeploy/policies}; {@code DYNADEPLOY_CACHE_DIR=off} turns it off.
 */
final class PolicyCache {

    private final Path folder;

    private PolicyCache(Path folder) {
        this.folder = folder;
    }

    /** Set by {@code train-cache}, whose runs must leave the user's cache alone; else the environment decides. */
    static final String FOLDER_PROPERTY = "dynadeploy.cacheDir";

    /** The cache of this user, or one that never finds anything when it is turned off. */
    static PolicyCache forUser() {
        Map<String, String> env = System.getenv();
        String configured = System.getProperty(FOLDER_PROPERTY, env.get("DYNADEPLOY_CACHE_DIR"));
        if ("off".equals(configured)) return new PolicyCache(null);
        Path base;
        if (configured != null && !configured.isBlank()) {
            base = Path.of(configured);
        } else if (env.get("XDG_CACHE_HOME") != null && !env.get("XDG_CACHE_HOME").isBlank()) {
            base = Path.of(env.get("XDG_CACHE_HOME"), "dynadeploy");
        } else {
            base = Path.of(System.getProperty("user.home"), ".cache", "dynadeploy");
        }
        return new PolicyCache(base.resolve("policies"));
    }

    /**
     * The policy file's model as it was kept, in a new resource (in no resource set yet) named like
     * the file; null when there is no usable entry.
     */
    Model load(Path file) {
        Path entry = entry(file);
        if (entry == null || !Files.isRegularFile(entry)) return null;
        Resource resource = new BinaryResourceImpl(uriOf(file));
        try (InputStream in = Files.newInputStream(entry)) {
            resource.load(in, Map.of());
        } catch (IOException | RuntimeException e) {
            return null; // damaged or from an incompatible build: the file is read again
        }
        if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof Model model)) return null;
        return model;
    }

    /** Keeps the model of a policy file the language found no problem in. */
    void store(Path file, Model model) {
        Path entry = entry(file);
        if (entry == null) return;
        Resource resource = new BinaryResourceImpl(uriOf(file));
        resource.getContents().add(EcoreUtil.copy(model));
        try {
            Files.createDirectories(entry.getParent());
            Path temporary = Files.createTempFile(entry.getParent(), entry.getFileName().toString(), ".tmp");
            try {
                try (OutputStream out = Files.newOutputStream(temporary)) {
                    resource.save(out, Map.of());
                }
                move(temporary, entry);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException | RuntimeException e) {
            // a cache that cannot be written only makes the next run slower
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Where the entry of the file's current content would be, or null if there is no cache. */
    private Path entry(Path file) {
        if (folder == null) return null;
        String build = buildOf(ModelPackage.class) + "|" + buildOf(QosValidator.class);
        if (build.contains("?")) return null; // not run from jars: the build cannot be told apart
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(build.getBytes(StandardCharsets.UTF_8));
            digest.update(Files.readAllBytes(file));
            return folder.resolve(HexFormat.of().formatHex(digest.digest()) + ".policy");
        } catch (IOException | NoSuchAlgorithmException e) {
            return null;
        }
    }

    /** The jar a class comes from, with its size and time: a new build changes them. */
    private static String buildOf(Class<?> type) {
        try {
            Path jar = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(jar)) return "?";
            return jar.getFileName() + ":" + Files.size(jar) + ":" + Files.getLastModifiedTime(jar).toMillis();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "?";
        }
    }

    private static URI uriOf(Path file) {
        return URI.createFileURI(file.toAbsolutePath().normalize().toString());
    }
}

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Pattern;

/**
 * Removes the signatures from the jars of a folder: {@code java releng/UnsignJars.java DIR}.
 *
 * <p>The launcher's lib folder gets copies of the Eclipse jars from Maven Central, which are
 * signed. For a signed jar the JVM checks the digest of every class it loads (0.4 s of a planning
 * command's start) and keeps none of its classes in a class cache. The copies lose the signature
 * files and the per-entry digests of their manifest; every other byte stays as it was. A jar is
 * replaced only when it was signed, through a temporary file, so a failed run leaves it intact.
 */
public final class UnsignJars {

    private static final Pattern SIGNATURE = Pattern.compile("META-INF/[^/]+\\.(SF|RSA|DSA|EC)|META-INF/SIG-[^/]+");

    public static void main(String[] args) throws IOException {
        if (args.length != 1 || !Files.isDirectory(Path.of(args[0]))) {
            System.err.println("usage: java releng/UnsignJars.java DIR   (removes the signatures of DIR/*.jar)");
            System.exit(2);
        }
        int unsigned = 0;
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of(args[0]), "*.jar")) {
            for (Path jar : jars) {
                if (unsign(jar)) unsigned++;
            }
        }
        System.out.println("UnsignJars: removed the signatures of " + unsigned + " jars in " + args[0]);
    }

    private static boolean unsign(Path jar) throws IOException {
        Path copy = jar.resolveSibling(jar.getFileName() + ".unsigned.tmp");
        try (JarFile in = new JarFile(jar.toFile(), false)) {
            if (in.stream().noneMatch(entry -> SIGNATURE.matcher(entry.getName()).matches())) return false;
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(copy), withoutDigests(in.getManifest()))) {
                for (Enumeration<JarEntry> entries = in.entries(); entries.hasMoreElements();) {
                    JarEntry entry = entries.nextElement();
                    String name = entry.getName();
                    if (SIGNATURE.matcher(name).matches() || name.equalsIgnoreCase(JarFile.MANIFEST_NAME)) continue;
                    out.putNextEntry(copyOf(entry));
                    try (InputStream data = in.getInputStream(entry)) {
                        data.transferTo(out);
                    }
                    out.closeEntry();
                }
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(copy);
            throw e;
        }
        Files.move(copy, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return true;
    }

    /** The manifest without the per-entry digests the signature covered (sections left empty go too). */
    private static Manifest withoutDigests(Manifest manifest) {
        Manifest result = manifest == null ? new Manifest() : new Manifest(manifest);
        for (Iterator<Map.Entry<String, Attributes>> sections = result.getEntries().entrySet().iterator();
                sections.hasNext();) {
            Attributes attributes = sections.next().getValue();
            attributes.keySet().removeIf(name -> name.toString().endsWith("-Digest"));
            if (attributes.isEmpty()) sections.remove();
        }
        return result;
    }

    /** A new entry with the name, time and comment of the old one; sizes are computed again. */
    private static JarEntry copyOf(JarEntry entry) {
        JarEntry copy = new JarEntry(entry.getName());
        copy.setTime(entry.getTime());
        if (entry.getComment() != null) copy.setComment(entry.getComment());
        if (entry.getExtra() != null) copy.setExtra(entry.getExtra());
        return copy;
    }

    private UnsignJars() {
    }
}

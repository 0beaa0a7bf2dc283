package org.dynadeploy.lang.loading;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.dynadeploy.lang.DistributionStandaloneSetup;
import org.dynadeploy.lang.IdResourcesStandaloneSetup;
import org.dynadeploy.lang.IdsStandaloneSetup;
import org.dynadeploy.lang.InfrastructureStandaloneSetup;
import org.dynadeploy.lang.QosStandaloneSetup;
import org.dynadeploy.lang.ServicesStandaloneSetup;

import com.google.inject.Injector;

/**
 * The DynaDeploy languages and their file extensions, set up once per JVM outside OSGi.
 */
public final class DynaDeployLanguages {

    public static final String SERVICES = "services";
    public static final String INFRASTRUCTURE = "infra";
    public static final String QOS = "qos";
    public static final String ID_RESOURCES = "idres";
    public static final String DISTRIBUTION = "dist";
    public static final String IDS = "ids";

    /** Every model file extension, in the order models depend on each other. */
    public static final Set<String> EXTENSIONS = Set.of(SERVICES, INFRASTRUCTURE, QOS, ID_RESOURCES, DISTRIBUTION, IDS);

    private static Map<String, Injector> injectors;

    private DynaDeployLanguages() {
    }

    /** Registers every language (idempotent) and returns the injector of each extension. */
    public static synchronized Map<String, Injector> setup() {
        if (injectors == null) {
            Map<String, Injector> result = new LinkedHashMap<>();
            result.put(SERVICES, new ServicesStandaloneSetup().createInjectorAndDoEMFRegistration());
            result.put(INFRASTRUCTURE, new InfrastructureStandaloneSetup().createInjectorAndDoEMFRegistration());
            result.put(QOS, new QosStandaloneSetup().createInjectorAndDoEMFRegistration());
            result.put(ID_RESOURCES, new IdResourcesStandaloneSetup().createInjectorAndDoEMFRegistration());
            result.put(DISTRIBUTION, new DistributionStandaloneSetup().createInjectorAndDoEMFRegistration());
            result.put(IDS, new IdsStandaloneSetup().createInjectorAndDoEMFRegistration());
            injectors = Map.copyOf(result);
        }
        return injectors;
    }

    /** The injector of the language of a file extension. */
    public static Injector injector(String extension) {
        Injector injector = setup().get(extension);
        if (injector == null) {
            throw new IllegalArgumentException("not a DynaDeploy model extension: " + extension);
        }
        return injector;
    }

    public static boolean isModelFile(Path file) {
        return EXTENSIONS.contains(extensionOf(file));
    }

    public static String extensionOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }
}

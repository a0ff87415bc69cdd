package tandem.model.io;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

import tandem.model.TandemPackage;

/**
 * Creates resource sets that can read and write .tandem files with or without OSGi. Registration happens on
 * the resource set, not in EMF's global registries, so plain unit tests and the runtime need no plugin.xml.
 */
public final class TandemResources {

    /** File extension of a Tandem project. */
    public static final String EXTENSION = "tandem";

    private TandemResources() {
    }

    public static ResourceSet newResourceSet() {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getPackageRegistry().put(TandemPackage.eNS_URI, TandemPackage.eINSTANCE);
        TandemResourceFactory factory = new TandemResourceFactory();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(EXTENSION, factory);
        // Any other extension (e.g. a backup "x.tandem.bak") is read as a Tandem project too.
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", factory);
        return resourceSet;
    }
}

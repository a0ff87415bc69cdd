package tandem.model.io;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryImpl;

/** Creates {@link TandemResource}s; registered for the extension "tandem" (plugin.xml or {@link TandemResources}). */
public class TandemResourceFactory extends ResourceFactoryImpl {

    @Override
    public Resource createResource(URI uri) {
        return new TandemResource(uri);
    }
}

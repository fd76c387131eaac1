package dev.joinwright.processor.write;

import dev.joinwright.processor.model.BoundSchema;
import dev.joinwright.processor.model.Entity;
import java.util.List;

/**
 * Where the schema class goes: the longest package all entities share, or, when they share none
 * ({@code com.a.User} and {@code org.b.Tag}), the first entity's named package, never the unnamed
 * package (which named packages cannot import) unless every entity is there.
 */
public record BoundSchemaPackages(BoundSchema schema) {

    public String commonPackage() {
        List<String> packages = schema.entities().stream().map(Entity::packageName).distinct().toList();
        if (packages.isEmpty()) {
            return "";
        }
        String[] common = packages.get(0).split("\\.");
        int length = common.length;
        for (String p : packages) {
            String[] parts = p.split("\\.");
            int i = 0;
            while (i < length && i < parts.length && parts[i].equals(common[i])) {
                i++;
            }
            length = i;
        }
        if (length > 0 && !packages.get(0).isEmpty()) {
            return String.join(".", java.util.Arrays.copyOf(common, length));
        }
        // No common package: the first named one (an entity of the unnamed package cannot be imported anyway).
        return packages.stream().filter(p -> !p.isEmpty()).findFirst().orElse("");
    }
}

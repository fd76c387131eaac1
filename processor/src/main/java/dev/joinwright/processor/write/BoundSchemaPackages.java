package dev.joinwright.processor.write;

import dev.joinwright.processor.model.BoundSchema;
import dev.joinwright.processor.model.Entity;
import java.util.List;

/**
 * Where the schema class goes: the longest package all entities share, or, when they share none
 * ({@code com.a.User} and {@code org.b.Tag}), the first entity's package, never the unnamed
 * package (which named packages cannot import).
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
        return length == 0 ? packages.get(0) : String.join(".", java.util.Arrays.copyOf(common, length));
    }
}

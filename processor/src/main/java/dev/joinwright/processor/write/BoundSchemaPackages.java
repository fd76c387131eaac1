package dev.joinwright.processor.write;

import dev.joinwright.processor.model.BoundSchema;
import dev.joinwright.processor.model.Entity;
import java.util.List;

/** The longest package that all entities of a schema share ({@code ""} if none). */
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
        return String.join(".", java.util.Arrays.copyOf(common, length));
    }
}

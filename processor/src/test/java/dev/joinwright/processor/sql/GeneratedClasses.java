package dev.joinwright.processor.sql;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/** Loads the classes a Compile Testing compilation produced in memory. */
public final class GeneratedClasses extends ClassLoader {
    private final Compilation compilation;

    public GeneratedClasses(Compilation compilation, ClassLoader parent) {
        super(parent);
        this.compilation = compilation;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        String path = name.replace('.', '/') + ".class";
        JavaFileObject file = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, path)
                .map(JavaFileObject.class::cast)
                .orElseThrow(() -> new ClassNotFoundException(name));
        try (InputStream in = file.openInputStream()) {
            byte[] bytes = in.readAllBytes();
            return defineClass(name, bytes, 0, bytes.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

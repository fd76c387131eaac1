package dev.joinwright.processor.sql;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.joinwright.processor.testing.Compilations;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Fetch plans are typed (SPEC section 9): a nested plan compiles only where it is the plan of the
 * relationship's target, to any depth, and the flat {@code Fetch} constants still work.
 */
class FetchPlanTypingTest {
    private static Compilation compileWith(String body) {
        List<JavaFileObject> sources = new ArrayList<>(Arrays.asList(CompiledModel.sources("blog")));
        sources.add(JavaFileObjects.forSourceLines("blog.Usage",
                "package blog;",
                "import dev.joinwright.Database;",
                "import java.util.List;",
                "final class Usage {",
                "    static List<UserRecord> use(Database db) {",
                "        UserDao users = new UserDao(db);",
                "        ContentDao contents = new ContentDao(db);",
                "        contents.findAll(ContentDao.Fetch.OWNER, ContentDao.Fetch.TAGS);",
                body,
                "    }",
                "}"));
        return Compilations.compile(CompiledModel.STRICT, sources.toArray(JavaFileObject[]::new));
    }

    @Test
    void plansOfTheRightTargetCompileToAnyDepth() {
        assertThat(compileWith("        return users.findAll(UserDao.plan()"
                + ".content(ContentDao.plan().tags(TagDao.plan().content(ContentDao.plan().owner())).owner()));"))
                .succeededWithoutWarnings();
    }

    @Test
    void aPlanOfAnotherTargetDoesNotCompile() {
        Compilation compilation = compileWith("        return users.findAll(UserDao.plan().content(TagDao.plan()));");
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("TagDao.Plan cannot be converted to blog.ContentDao.Plan");
    }
}

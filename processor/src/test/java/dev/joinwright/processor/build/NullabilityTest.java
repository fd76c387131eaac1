package dev.joinwright.processor.build;

import static com.google.common.truth.Truth.assertThat;

import dev.joinwright.processor.testing.Javac;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code @NullMarked} model (JSpecify) built with Error Prone and NullAway, as a NullAway user
 * builds: the generated code and the user's code against it give no nullness error; and the
 * generated signatures do carry the user's {@code @Nullable} (dereferencing a record's nullable
 * accessor without a check is an error).
 */
class NullabilityTest {
    private static final List<String> ERROR_PRONE_JVM = List.of(
            "--add-exports=jdk.compiler/com.sun.tools.javac.api=ALL-UNNAMED",
            "--add-exports=jdk.compiler/com.sun.tools.javac.file=ALL-UNNAMED",
            "--add-exports=jdk.compiler/com.sun.tools.javac.main=ALL-UNNAMED",
            "--add-exports=jdk.compiler/com.sun.tools.javac.model=ALL-UNNAMED",
            "--add-exports=jdk.compiler/com.sun.tools.javac.parser=ALL-UNNAMED",
            "--add-exports=jdk.compiler/com.sun.tools.javac.processing=ALL-UNNAMED",
            "--add-exports=jdk.compiler/com.sun.tools.javac.tree=ALL-UNNAMED",
            "--add-exports=jdk.compiler/com.sun.tools.javac.util=ALL-UNNAMED",
            "--add-opens=jdk.compiler/com.sun.tools.javac.code=ALL-UNNAMED",
            "--add-opens=jdk.compiler/com.sun.tools.javac.comp=ALL-UNNAMED");

    @TempDir
    Path work;

    @Test
    void aNullMarkedModelBuildsCleanUnderNullAway() throws Exception {
        Result result = nullAway(Javac.javaFiles(Javac.model("nullmarked")));
        assertThat(result.output()).doesNotContain("warning:");
        assertThat(result.output()).doesNotContain("error:");
        assertThat(result.exitCode()).isEqualTo(0);
    }

    @Test
    void theRecordsNullableAccessorIsNullableForNullAway() throws Exception {
        List<Path> sources = new ArrayList<>(Javac.javaFiles(Javac.model("nullmarked")));
        sources.add(Javac.write(work.resolve("bad"), "nullmarked.Careless", "package nullmarked;",
                "final class Careless {", "  static int length(PersonRecord person) {",
                "    return person.nickname().length();", "  }", "}"));
        Result result = nullAway(sources);
        assertThat(result.exitCode()).isNotEqualTo(0);
        assertThat(result.output()).contains("Careless.java:4: error: [NullAway] dereferenced expression 'person.nickname()' is @Nullable");
        assertThat(result.output()).doesNotContain("Record.java");
        assertThat(result.output()).doesNotContain("Dao.java");
    }

    private record Result(int exitCode, String output) {}

    private Result nullAway(List<Path> sources) throws IOException, InterruptedException {
        String classPath = System.getProperty("java.class.path");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "javac").toString());
        ERROR_PRONE_JVM.forEach(flag -> command.add("-J" + flag));
        command.addAll(List.of("-XDcompilePolicy=simple", "--should-stop=ifError=FLOW",
                "-processorpath", classPath, "-processor", "dev.joinwright.processor.JoinwrightProcessor",
                "-classpath", classPath, "-Xlint:all,-processing", "-Werror",
                "-Xplugin:ErrorProne -XepDisableAllChecks -Xep:NullAway:ERROR -XepOpt:NullAway:OnlyNullMarked=true",
                "-d", Files.createDirectories(work.resolve("classes")).toString(),
                "-s", Files.createDirectories(work.resolve("generated")).toString()));
        sources.forEach(source -> command.add(source.toString()));
        Process javac = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(javac.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!javac.waitFor(5, TimeUnit.MINUTES)) {
            javac.destroyForcibly();
            throw new AssertionError("javac with NullAway did not finish: " + output);
        }
        return new Result(javac.exitValue(), output);
    }
}

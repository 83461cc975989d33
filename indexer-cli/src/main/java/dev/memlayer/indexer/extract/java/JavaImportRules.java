package dev.memlayer.indexer.extract.java;

import dev.memlayer.indexer.resolve.ImportRules;
import dev.memlayer.indexer.resolve.PathIndex;
import dev.memlayer.indexer.resolve.ResolveContext;
import dev.memlayer.model.facts.ImportFact;
import dev.memlayer.model.facts.Language;
import java.util.List;
import java.util.Set;

/**
 * Java imports → files. A class import {@code com.acme.Foo} finds {@code …/com/acme/Foo.java} (or a
 * {@code .kt} file of that name, for Kotlin interop); a nested class import falls back to the outer
 * class's file; a static import drops the member first; a wildcard is every file of the package
 * directory. When several source roots hold a candidate (multi-module builds), only those sharing
 * the most leading directories with the importing file are kept: the same module wins.
 * JDK and third-party imports find nothing and resolve to nothing.
 */
public final class JavaImportRules implements ImportRules {

    @Override
    public Set<Language> languages() {
        return Set.of(Language.JAVA);
    }

    @Override
    public List<String> resolve(ImportFact imp, String fromPath, ResolveContext context) {
        PathIndex paths = context.paths();
        String raw = imp.raw();
        boolean wildcard = raw.endsWith(".*");
        String name = wildcard ? raw.substring(0, raw.length() - 2) : raw;
        if ("static".equals(imp.kind()) && !wildcard) {
            int dot = name.lastIndexOf('.');
            name = dot < 0 ? name : name.substring(0, dot);
        }
        if (wildcard && !"static".equals(imp.kind())) {
            List<String> members = JvmSourcePaths.packageFiles(paths, name.replace('.', '/'), fromPath, ".java");
            if (!members.isEmpty()) {
                return members;
            }
        }
        return JvmSourcePaths.classFile(paths, name, fromPath, ".java", ".kt");
    }
}

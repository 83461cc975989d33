package dev.memlayer.indexer.extract.manifest;

import dev.memlayer.indexer.extract.Extractor;
import dev.memlayer.indexer.extract.FactsBuilder;
import dev.memlayer.indexer.extract.SourceFile;
import dev.memlayer.model.facts.FileFacts;
import java.io.ByteArrayInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Maven {@code pom.xml}: {@code project/dependencies} (also inside {@code profiles}) as
 * {@code groupId:artifactId} with the version as written ({@code ${property}} kept verbatim, null
 * when managed elsewhere), and build plugins with scope {@code build}. Scopes: compile/runtime →
 * runtime, test → test, provided/system/import → build, {@code <optional>true} → optional.
 * {@code dependencyManagement} only pins versions and is not a dependency. DTDs and external
 * entities are refused (a pom is untrusted input). Malformed XML yields one parse error.
 */
public final class MavenPomExtractor implements Extractor {

    private final DocumentBuilderFactory factory = newFactory();

    @Override
    public String id() {
        return "maven-pom";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public boolean handles(SourceFile file) {
        return file.fileName().equals("pom.xml");
    }

    @Override
    public FileFacts extract(SourceFile file) {
        FactsBuilder facts = new FactsBuilder();
        Element project;
        try {
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler()); // no stderr noise; errors still throw
            project = builder.parse(new ByteArrayInputStream(file.utf8())).getDocumentElement();
        } catch (Exception malformed) {
            return facts.parseErrors(1).build();
        }
        dependencies(child(project, "dependencies"), facts);
        Element profiles = child(project, "profiles");
        for (Element profile : children(profiles, "profile")) {
            dependencies(child(profile, "dependencies"), facts);
        }
        Element build = child(project, "build");
        for (Element plugin : children(child(build, "plugins"), "plugin")) {
            String group = text(plugin, "groupId");
            String artifact = text(plugin, "artifactId");
            if (artifact != null) {
                facts.dependency("maven", (group == null ? "org.apache.maven.plugins" : group) + ":" + artifact,
                        text(plugin, "version"), "build");
            }
        }
        return facts.build();
    }

    private static void dependencies(Element dependencies, FactsBuilder facts) {
        for (Element dep : children(dependencies, "dependency")) {
            String group = text(dep, "groupId");
            String artifact = text(dep, "artifactId");
            if (artifact == null) {
                continue;
            }
            String scope = "true".equals(text(dep, "optional")) ? "optional" : scope(text(dep, "scope"));
            facts.dependency("maven", (group == null ? "" : group) + ":" + artifact, text(dep, "version"), scope);
        }
    }

    static String scope(String mavenScope) {
        if (mavenScope == null) {
            return "runtime";
        }
        return switch (mavenScope) {
            case "test" -> "test";
            case "provided", "system", "import" -> "build";
            default -> "runtime";
        };
    }

    private static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(localName(e))) {
                return e;
            }
        }
        return null;
    }

    private static java.util.List<Element> children(Element parent, String name) {
        java.util.List<Element> out = new java.util.ArrayList<>();
        if (parent != null) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && name.equals(localName(e))) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    private static String text(Element parent, String name) {
        Element e = child(parent, name);
        if (e == null) {
            return null;
        }
        String t = e.getTextContent().strip();
        return t.isEmpty() ? null : t;
    }

    private static String localName(Element e) {
        return e.getLocalName() != null ? e.getLocalName() : e.getTagName();
    }

    private static DocumentBuilderFactory newFactory() {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setExpandEntityReferences(false);
        f.setXIncludeAware(false);
        try {
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("JDK XML parser cannot be secured", e);
        }
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return f;
    }
}

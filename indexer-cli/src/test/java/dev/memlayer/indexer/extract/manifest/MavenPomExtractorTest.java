package dev.memlayer.indexer.extract.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memlayer.indexer.extract.SourceFile;
import dev.memlayer.model.facts.DependencyFact;
import dev.memlayer.model.facts.FileFacts;
import org.junit.jupiter.api.Test;

class MavenPomExtractorTest {

    private final MavenPomExtractor extractor = new MavenPomExtractor();

    @Test
    void extract_dependencies_withVersionsAsWrittenAndScopes() {
        FileFacts facts = extractor.extract(SourceFile.of("service/pom.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <properties><jackson.version>2.17.1</jackson.version></properties>
                  <dependencyManagement>
                    <dependencies>
                      <dependency><groupId>io.quarkus</groupId><artifactId>quarkus-bom</artifactId>
                        <version>3.33.2</version><type>pom</type><scope>import</scope></dependency>
                    </dependencies>
                  </dependencyManagement>
                  <dependencies>
                    <dependency>
                      <groupId>com.fasterxml.jackson.core</groupId>
                      <artifactId>jackson-databind</artifactId>
                      <version>${jackson.version}</version>
                    </dependency>
                    <dependency><groupId>io.quarkus</groupId><artifactId>quarkus-arc</artifactId></dependency>
                    <dependency><groupId>org.junit.jupiter</groupId><artifactId>junit-jupiter</artifactId>
                      <version>5.10.2</version><scope>test</scope></dependency>
                    <dependency><groupId>jakarta.servlet</groupId><artifactId>jakarta.servlet-api</artifactId>
                      <version>6.0.0</version><scope>provided</scope></dependency>
                    <dependency><groupId>org.postgresql</groupId><artifactId>postgresql</artifactId>
                      <version>42.7.3</version><scope>runtime</scope></dependency>
                    <dependency><groupId>com.h2database</groupId><artifactId>h2</artifactId>
                      <version>2.2.224</version><optional>true</optional></dependency>
                  </dependencies>
                  <build><plugins>
                    <plugin><artifactId>maven-surefire-plugin</artifactId><version>3.5.4</version></plugin>
                  </plugins></build>
                </project>
                """));

        assertThat(facts.dependencies()).containsExactly(
                new DependencyFact("maven", "com.fasterxml.jackson.core:jackson-databind", "${jackson.version}", "runtime"),
                new DependencyFact("maven", "io.quarkus:quarkus-arc", null, "runtime"),
                new DependencyFact("maven", "org.junit.jupiter:junit-jupiter", "5.10.2", "test"),
                new DependencyFact("maven", "jakarta.servlet:jakarta.servlet-api", "6.0.0", "build"),
                new DependencyFact("maven", "org.postgresql:postgresql", "42.7.3", "runtime"),
                new DependencyFact("maven", "com.h2database:h2", "2.2.224", "optional"),
                new DependencyFact("maven", "org.apache.maven.plugins:maven-surefire-plugin", "3.5.4", "build"));
        assertThat(facts.parseErrors()).isZero();
    }

    @Test
    void extract_malformedXml_oneParseErrorNoDependencies() {
        FileFacts facts = extractor.extract(SourceFile.of("pom.xml", "<project><dependencies><dependency>"));

        assertThat(facts.dependencies()).isEmpty();
        assertThat(facts.parseErrors()).isEqualTo(1);
    }

    @Test
    void extract_externalEntity_isRefusedNotResolved() {
        FileFacts facts = extractor.extract(SourceFile.of("pom.xml", """
                <?xml version="1.0"?>
                <!DOCTYPE project [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <project><dependencies><dependency><groupId>&secret;</groupId><artifactId>a</artifactId>
                </dependency></dependencies></project>
                """));

        assertThat(facts.dependencies()).isEmpty();
        assertThat(facts.parseErrors()).isEqualTo(1);
    }

    @Test
    void handles_onlyPomXml() {
        assertThat(extractor.handles(SourceFile.of("a/pom.xml", ""))).isTrue();
        assertThat(extractor.handles(SourceFile.of("a/other.xml", ""))).isFalse();
    }
}

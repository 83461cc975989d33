package dev.memlayer.service.support;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import org.eclipse.jgit.api.errors.GitAPIException;

/**
 * A scripted Java repository whose overview, history and symbols are known, in two commits (each
 * indexed into its own snapshot): version 1 is the initial import, version 2 renames, edits, adds
 * and removes known files.
 *
 * <pre>
 * v1 → v2
 *   geo/Square.java    → shapes/Square.java    renamed, same content
 *   geo/Triangle.java  → shapes/Triangle.java  renamed and edited (only the history pairs them)
 *   net/HttpConnection.java  modified: get(String) → get(String, int), close() removed, head(String) added
 *   net/Retry.java           added
 *   net/HttpClient.java      removed
 * </pre>
 */
public final class AtlasRepo {

    public static final String JAVA = "src/main/java/com/acme/";
    public static final String MAIN = JAVA + "app/Main.java";
    public static final String SHAPE = JAVA + "geo/Shape.java";
    public static final String CIRCLE = JAVA + "geo/Circle.java";
    public static final String SQUARE_V1 = JAVA + "geo/Square.java";
    public static final String SQUARE_V2 = JAVA + "shapes/Square.java";
    public static final String TRIANGLE_V1 = JAVA + "geo/Triangle.java";
    public static final String TRIANGLE_V2 = JAVA + "shapes/Triangle.java";
    public static final String CONNECTION = JAVA + "net/HttpConnection.java";
    public static final String CLIENT = JAVA + "net/HttpClient.java";
    public static final String RETRY = JAVA + "net/Retry.java";
    public static final String CIRCLE_TEST = "src/test/java/com/acme/geo/CircleTest.java";
    public static final String CONNECTION_IT = "src/test/java/com/acme/net/HttpConnectionIT.java";
    public static final Instant FIRST = Instant.parse("2026-01-05T10:00:00Z");
    public static final Instant SECOND = Instant.parse("2026-01-06T10:00:00Z");

    private AtlasRepo() {
    }

    /** Creates the repository at its first commit; returns the commit sha. */
    public static String create(TestRepo repo) throws IOException, GitAPIException {
        repo.write("README.md", "# Atlas\n\nShapes and a tiny HTTP client.\n");
        repo.write("pom.xml", """
                <project>
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>com.acme</groupId>
                  <artifactId>atlas</artifactId>
                  <version>1.0</version>
                  <dependencies>
                    <dependency>
                      <groupId>com.google.guava</groupId>
                      <artifactId>guava</artifactId>
                      <version>33.0.0-jre</version>
                    </dependency>
                    <dependency>
                      <groupId>org.junit.jupiter</groupId>
                      <artifactId>junit-jupiter</artifactId>
                      <version>5.10.0</version>
                      <scope>test</scope>
                    </dependency>
                  </dependencies>
                </project>
                """);
        repo.write(MAIN, """
                package com.acme.app;

                import com.acme.geo.Circle;
                import com.acme.geo.Shape;
                import com.acme.net.HttpConnection;

                public class Main {
                    public static void main(String[] args) {
                        Shape s = new Circle(2.0);
                        System.out.println(s.area());
                        new HttpConnection("http://example.com").get("/");
                    }
                }
                """);
        repo.write(SHAPE, """
                package com.acme.geo;

                /** Anything with an area. */
                public interface Shape {
                    double area();
                }
                """);
        repo.write(CIRCLE, """
                package com.acme.geo;

                public class Circle implements Shape {
                    private final double radius;

                    public Circle(double radius) {
                        this.radius = radius;
                    }

                    @Override
                    public double area() {
                        return Math.PI * radius * radius;
                    }
                }
                """);
        repo.write(SQUARE_V1, """
                package com.acme.geo;

                public class Square implements Shape {
                    private final double side;

                    public Square(double side) {
                        this.side = side;
                    }

                    @Override
                    public double area() {
                        return side * side;
                    }
                }
                """);
        repo.write(TRIANGLE_V1, triangle(""));
        repo.write(CONNECTION, """
                package com.acme.net;

                /** One connection to an HTTP server. */
                public class HttpConnection {
                    private final String url;

                    public HttpConnection(String url) {
                        this.url = url;
                    }

                    public String get(String path) {
                        return url + path;
                    }

                    public void close() {
                    }
                }
                """);
        repo.write(CLIENT, """
                package com.acme.net;

                public class HttpClient {
                    public String fetch(String url) {
                        return new HttpConnection(url).get("/");
                    }
                }
                """);
        repo.write(CIRCLE_TEST, """
                package com.acme.geo;

                import static org.junit.jupiter.api.Assertions.assertEquals;

                import com.acme.geo.Circle;
                import org.junit.jupiter.api.Test;

                class CircleTest {
                    @Test
                    void area_ofUnitCircle_isPi() {
                        assertEquals(Math.PI, new Circle(1).area(), 1e-9);
                    }
                }
                """);
        repo.write(CONNECTION_IT, """
                package com.acme.net;

                import com.acme.net.HttpConnection;

                class HttpConnectionIT {
                    void get_joinsUrlAndPath() {
                        new HttpConnection("http://x").get("/y");
                    }
                }
                """);
        return repo.commitAt("initial import", FIRST);
    }

    /** The second commit: the changes listed in the class comment; returns its sha. */
    public static String evolve(TestRepo repo) throws IOException, GitAPIException {
        String square = java.nio.file.Files.readString(repo.root().resolve(SQUARE_V1));
        repo.delete(SQUARE_V1);
        repo.write(SQUARE_V2, square);
        repo.delete(TRIANGLE_V1);
        repo.write(TRIANGLE_V2, triangle("""

                    public double perimeter() {
                        return 3 * base;
                    }
                """));
        repo.write(CONNECTION, """
                package com.acme.net;

                /** One connection to an HTTP server. */
                public class HttpConnection {
                    private final String url;

                    public HttpConnection(String url) {
                        this.url = url;
                    }

                    public String get(String path, int timeoutMs) {
                        return url + path;
                    }

                    public String head(String path) {
                        return url + path;
                    }
                }
                """);
        repo.write(RETRY, """
                package com.acme.net;

                public final class Retry {
                    public static int attempts() {
                        return 3;
                    }
                }
                """);
        repo.delete(CLIENT);
        return repo.commitAt("move shapes, timeouts, retry", SECOND);
    }

    private static String triangle(String extra) {
        return """
                package com.acme.geo;

                /** A triangle given its base and height; the comment keeps the file long enough for rename detection. */
                public class Triangle implements Shape {
                    private final double base;
                    private final double height;

                    public Triangle(double base, double height) {
                        this.base = base;
                        this.height = height;
                    }

                    @Override
                    public double area() {
                        return base * height / 2;
                    }
                """ + extra + "}\n";
    }

    /** Creates the repository under {@code dir} and indexes both commits into {@code db}: versions 1 and 2. */
    public static TestRepo createIndexed(Path dir, Path db, IndexerProcess indexer) throws IOException,
            GitAPIException {
        TestRepo repo = TestRepo.open(dir);
        create(repo);
        indexer.index(repo.root(), db);
        evolve(repo);
        indexer.index(repo.root(), db);
        return repo;
    }
}

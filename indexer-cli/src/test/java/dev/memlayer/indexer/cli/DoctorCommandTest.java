package dev.memlayer.indexer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.memlayer.indexer.TestRepo;
import dev.memlayer.schema.SchemaVersion;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code memlayer doctor}'s exit codes: 0 all ok, 2 warnings only, 1 any failure; each problem with its fix. */
@QuarkusMainTest
class DoctorCommandTest {

    @TempDir
    Path tmp;

    private HttpServer service;
    private TestRepo repo;
    private Path db;

    @BeforeEach
    void setUp() throws Exception {
        db = tmp.resolve("data").resolve("m.db");
        repo = TestRepo.git(tmp.resolve("proj"));
        repo.write("a.py", "x = 1\n").commitAll("one");
        service = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        service.createContext("/v1/health", exchange -> {
            byte[] body = ("{\"status\":\"ok\",\"schema_version\":" + SchemaVersion.CURRENT + ",\"read_only\":true,"
                    + "\"db\":\"" + db + "\"}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        service.start();
    }

    @AfterEach
    void tearDown() {
        service.stop(0);
        repo.close();
    }

    private String serviceUrl() {
        return "http://127.0.0.1:" + service.getAddress().getPort();
    }

    /** Indexed at HEAD, hooks installed with a launcher that exists. */
    private void healthy(QuarkusMainLauncher launcher) throws Exception {
        Path fake = tmp.resolve("bin/memlayer");
        Files.createDirectories(fake.getParent());
        Files.writeString(fake, "#!/bin/sh\nexit 0\n");
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
        assertThat(launcher.launch("index", repo.root().toString(), "--db", db.toString()).exitCode()).isZero();
        assertThat(launcher.launch("hook", "install", repo.root().toString(), "--db", db.toString(),
                "--launcher", fake.toString()).exitCode()).isZero();
    }

    private LaunchResult doctor(QuarkusMainLauncher launcher, String url) {
        return launcher.launch("doctor", repo.root().toString(), "--db", db.toString(), "--service", url);
    }

    @Test
    void doctor_allHealthy_exitsZero(QuarkusMainLauncher launcher) throws Exception {
        healthy(launcher);

        LaunchResult result = doctor(launcher, serviceUrl());

        assertThat(result.exitCode()).as(result.getOutput()).isZero();
        assertThat(result.getOutputStream()).hasSize(7).allSatisfy(l -> assertThat(l).startsWith("ok "));
        assertThat(result.getOutput()).contains("integrity ok, schema version " + SchemaVersion.CURRENT)
                .contains("is at HEAD").contains("healthy at " + serviceUrl());
    }

    @Test
    void doctor_serviceDownAndHeadMoved_warnsWithTheFixes_andExitsTwo(QuarkusMainLauncher launcher) throws Exception {
        healthy(launcher);
        repo.write("b.py", "y = 2\n").commitAll("two");
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }

        LaunchResult result = doctor(launcher, "http://127.0.0.1:" + closedPort);

        assertThat(result.exitCode()).as(result.getOutput()).isEqualTo(2);
        assertThat(result.getOutput()).contains("warn   snapshot").contains("is behind HEAD")
                .contains("fix: memlayer index " + repo.root().toRealPath() + " --db " + db)
                .contains("warn   service        not reachable at http://127.0.0.1:" + closedPort)
                .contains("fix: MEMLAYER_DB=" + db + " scripts/memlayer-serve")
                .doesNotContain("FAIL");
    }

    @Test
    void doctor_hookNotExecutable_failsWithChmodFix_andExitsOne(QuarkusMainLauncher launcher) throws Exception {
        healthy(launcher);
        Path hook = repo.root().resolve(".git/hooks/post-merge");
        Files.setPosixFilePermissions(hook, PosixFilePermissions.fromString("rw-r--r--"));

        LaunchResult result = doctor(launcher, serviceUrl());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.getOutput()).contains("FAIL   post-merge").contains("fix: chmod +x " + hook.toRealPath());
    }

    @Test
    void doctor_damagedDatabase_andNoHooks_exitsOne(QuarkusMainLauncher launcher) throws Exception {
        Files.createDirectories(db.getParent());
        Files.write(db, "this is not a database, just some bytes pretending".repeat(200).getBytes());

        LaunchResult result = doctor(launcher, serviceUrl());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.getOutput()).contains("FAIL   database").contains("fix: mv " + db + " " + db + ".damaged")
                .contains("warn   post-commit    not installed")
                .contains("fix: memlayer hook install " + repo.root().toRealPath());
    }
}

package dev.memlayer.bench.cli;

import dev.memlayer.bench.process.Memlayer;
import dev.memlayer.bench.runs.Smoke;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code bench smoke}: the whole harness on a tiny repository in a few seconds. */
@Command(name = "smoke", mixinStandardHelpOptions = true, description = "prove the harness works (seconds)")
final class SmokeCommand implements Callable<Integer> {

    @Override
    public Integer call() throws Exception {
        Smoke.Result result = Smoke.run(Memlayer.fromSystem(), System.err);
        JsonOut.print(result);
        return result.query().errors() == 0 ? 0 : 1;
    }
}

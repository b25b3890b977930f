package fr.titrepro.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Lets several load runners start their clocks together (src/tools/failover-run.sh): with
 * {@code -Dtitrepro.bench.start-file=PATH}, a runner set up (accounts, grids) waits until that file exists before it
 * starts its warm-up and measured window; without the property it starts at once.
 */
public final class StartGate {

    private StartGate() {
    }

    public static void await() throws InterruptedException {
        String file = System.getProperty("titrepro.bench.start-file");
        if (file == null || file.isBlank()) {
            return;
        }
        System.out.println("waiting for " + file);
        while (!Files.exists(Path.of(file))) {
            Thread.sleep(200);
        }
    }
}

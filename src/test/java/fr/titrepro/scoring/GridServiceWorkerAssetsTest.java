package fr.titrepro.scoring;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17: the service worker keeps, for a reload offline, the scripts the grid page loads. A module added under
 * js/grid or js/lib but missing from its ASSETS list would be missing offline (the grid would not start): the list
 * must name every one of them, the page's style and the layout's script, and nothing that does not exist.
 */
class GridServiceWorkerAssetsTest {

    private static final Path STATIC = Path.of("src/main/resources/META-INF/resources");

    @Test
    void theServiceWorkerKeepsEveryScriptOfTheGrid() throws IOException {
        String sw = Files.readString(STATIC.resolve("sw.js"));
        Matcher list = Pattern.compile("const ASSETS = \\[(.*?)];", Pattern.DOTALL).matcher(sw);
        assertThat(list.find()).as("sw.js declares its ASSETS").isTrue();
        List<String> assets = new ArrayList<>();
        Matcher item = Pattern.compile("'([^']+)'").matcher(list.group(1));
        while (item.find()) {
            assets.add(item.group(1));
        }
        List<String> expected = new ArrayList<>(List.of("/css/app.css", "/js/page-actions.js"));
        for (String folder : List.of("js/grid", "js/lib")) {
            try (Stream<Path> files = Files.list(STATIC.resolve(folder))) {
                files.filter(p -> p.toString().endsWith(".js"))
                        .forEach(p -> expected.add("/" + STATIC.relativize(p).toString().replace('\\', '/')));
            }
        }
        assertThat(assets).containsExactlyInAnyOrderElementsOf(expected);
    }
}

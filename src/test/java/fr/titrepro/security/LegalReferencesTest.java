package fr.titrepro.security;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The legal references the platform quotes (RGPD statements, docs/security.md): the titre professionnel's
 * articles R. 338-1 et suivants are in the code de l'éducation (../shared/DOMAIN.md; Légifrance, code de
 * l'éducation, partie réglementaire, livre III, titre III, chapitre VIII), never « code du travail ».
 */
class LegalReferencesTest {

    private static final Pattern WRONG_CODE = Pattern.compile("code du travail,?\\s+(?:\"\\s*\\+\\s*\")?(?:art\\.?\\s*)?R\\.?\\s*338",
            Pattern.CASE_INSENSITIVE);

    @Test
    void theTitreProfessionnelsArticlesAreCitedInTheCodeDeLEducation() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Path root : List.of(Path.of("src/main/java"), Path.of("src/main/resources"), Path.of("docs"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile)
                        .filter(f -> f.toString().matches(".*\\.(java|md|html|txt|properties)$")).toList()) {
                    String text = Files.readString(file).replaceAll("\\s+", " ");
                    if (WRONG_CODE.matcher(text).find()) {
                        wrong.add(file.toString());
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }
}

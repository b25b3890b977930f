package fr.titrepro.referential.file;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import fr.titrepro.shared.error.FieldError;
import fr.titrepro.shared.error.ProblemException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** Reads a référentiel file (YAML, or JSON which is YAML too) into a validated {@link ReferentialDocument}. */
public final class ReferentialFileReader {

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final ObjectMapper CANONICAL_JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private ReferentialFileReader() {
    }

    /**
     * @throws ProblemException listing every error (path + French message) when the file is not valid
     */
    public static ReferentialDocument read(byte[] content, ReferentialFileValidator.KnownVersions known) {
        JsonNode tree;
        try {
            tree = YAML.readTree(content);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
            throw ProblemException.invalid("Le fichier n'est pas un YAML ou un JSON lisible.",
                    List.of(new FieldError("", "Syntaxe incorrecte" + (line > 0 ? " ligne " + line : "") + ".")));
        } catch (IOException e) {
            throw ProblemException.invalid("Le fichier est illisible.", List.of(new FieldError("", "Fichier illisible.")));
        }
        List<FieldError> errors = ReferentialFileValidator.validate(tree, known);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("Le référentiel contient " + errors.size() + " erreur(s) ; rien n'a été enregistré.",
                    errors);
        }
        try {
            return YAML.treeToValue(tree, ReferentialDocument.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Référentiel validé mais non convertible", e);
        }
    }

    public static ReferentialDocument read(String content, ReferentialFileValidator.KnownVersions known) {
        return read(content.getBytes(StandardCharsets.UTF_8), known);
    }

    /** SHA-256 of the document's canonical JSON: equal for files that say the same thing. */
    public static String contentHash(ReferentialDocument document) {
        try {
            byte[] canonical = CANONICAL_JSON.writeValueAsBytes(document);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

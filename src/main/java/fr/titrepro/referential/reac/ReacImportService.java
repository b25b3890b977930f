package fr.titrepro.referential.reac;

import fr.titrepro.shared.error.FieldError;
import fr.titrepro.shared.error.ProblemException;
import fr.titrepro.shared.error.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads a REAC sent as PDF or as UTF-8 text into a draft référentiel. Nothing is saved. */
@ApplicationScoped
public class ReacImportService {

    public enum Format { PDF, TEXT }

    @ConfigProperty(name = "titrepro.reac-import.max-megabytes", defaultValue = "8")
    int maxMegabytes;

    public ReacImport read(byte[] body, Format format) {
        if (body == null || body.length == 0) {
            throw refusal("Le fichier est vide : envoyez le REAC en PDF ou en texte.");
        }
        if (body.length > maxBytes()) {
            String reason = "Le fichier est trop volumineux : un REAC ne doit pas dépasser " + maxMegabytes + " Mo.";
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, reason, List.of(new FieldError("file", reason)));
        }
        try {
            String text = format == Format.PDF ? PdfText.extract(body) : utf8(body);
            return ReacParser.parse(text);
        } catch (ReacRefusal e) {
            throw refusal(e.getMessage());
        }
    }

    public long maxBytes() {
        return (long) maxMegabytes * 1024 * 1024;
    }

    private static String utf8(byte[] body) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
            if (text.indexOf('\u0000') >= 0) {
                throw new ReacRefusal("Le fichier contient des données binaires : ce n'est pas un texte. Envoyez un PDF "
                        + "en application/pdf.");
            }
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new ReacRefusal("Le texte n'est pas encodé en UTF-8 : enregistrez-le en UTF-8 ou envoyez le PDF.");
        }
    }

    private static ProblemException refusal(String reason) {
        return new ProblemException(ProblemType.BAD_REQUEST, reason, List.of(new FieldError("file", reason)));
    }
}

package fr.titrepro.session.paperwork;

import fr.titrepro.session.SessionStatus;
import fr.titrepro.shared.error.FieldError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules of the émargement (arrêté du 21 juillet 2016, règlement général des sessions d'examen: the candidate's
 * presence at each épreuve is established by the émargement, kept with the PV): ticked while the session takes
 * place, read-only once the PV is signed; a present candidate signs, an absent one does not.
 */
class EmargementPolicyTest {

    static final String PNG = "data:image/png;base64," + Base64.getEncoder().encodeToString(new byte[]{
            (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13});
    static final String JPEG = "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(new byte[]{1, 2, 3});
    static final String FAKE_PNG = "data:image/png;base64," + Base64.getEncoder().encodeToString("<svg/>".getBytes());

    @ParameterizedTest(name = "{0} → open: {1}")
    @CsvSource({
            "DRAFT, false, n'a pas commencé",
            "SCHEDULED, false, n'a pas commencé",
            "IN_PROGRESS, true, ",
            "DELIBERATION, true, ",
            "CLOSED, false, lecture seule",
            "VALIDATED, false, lecture seule",
            "CANCELLED, false, annulée"})
    void theEmargementIsOpenWhileTheSessionTakesPlaceOnly(SessionStatus status, boolean open, String reason) {
        assertThat(EmargementPolicy.closedBecause(status).isEmpty()).isEqualTo(open);
        if (!open) {
            assertThat(EmargementPolicy.closedBecause(status).orElseThrow()).contains(reason);
        }
    }

    @ParameterizedTest(name = "present={0}, signature={1} → {2}")
    @CsvSource(nullValues = "null", value = {
            "true, png, null",
            "false, null, null",
            "false, '', null",
            "null, null, present",
            "true, null, signature",
            "true, '  ', signature",
            "false, png, signature",
            "true, jpeg, signature",
            "true, fake, signature",
            "true, garbage, signature",
            "true, huge, signature"})
    void aPresentCandidateSignsWithAPngAndAnAbsentOneDoesNot(Boolean present, String signature, String refusedField) {
        String value = switch (signature == null ? "null" : signature) {
            case "png" -> PNG;
            case "jpeg" -> JPEG;
            case "fake" -> FAKE_PNG;
            case "garbage" -> "data:image/png;base64,%%%";
            case "huge" -> PNG + "A".repeat(EmargementPolicy.MAX_SIGNATURE_CHARS);
            case "null" -> null;
            default -> signature;
        };
        var refusals = EmargementPolicy.refusals(present, value);
        if (refusedField == null) {
            assertThat(refusals).isEmpty();
        } else {
            assertThat(refusals).extracting(FieldError::field).contains(refusedField);
            assertThat(refusals).allSatisfy(e -> assertThat(e.message()).isNotBlank());
        }
    }
}

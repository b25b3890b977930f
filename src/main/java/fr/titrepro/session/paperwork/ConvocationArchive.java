package fr.titrepro.session.paperwork;

import fr.titrepro.session.ExamSession;
import fr.titrepro.session.RuleFacts;
import fr.titrepro.session.SessionAccess;
import fr.titrepro.session.SessionStatus;
import fr.titrepro.session.TimetablePlanner;
import fr.titrepro.session.Viewer;
import fr.titrepro.session.enrolment.Enrolment;
import fr.titrepro.session.jury.JuryMember;
import fr.titrepro.shared.error.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * One ZIP of every convocation of a session, for its centre and the administration: « candidats/NOM-Prenom-REF.pdf »
 * for each candidate enrolled, « jury/NOM-Prenom.pdf » for each member of the jury.
 */
@ApplicationScoped
public class ConvocationArchive {

    @Inject
    SessionAccess access;

    @Inject
    RuleFacts facts;

    /** The archive and its file name. */
    public record Archive(String fileName, byte[] content) {
    }

    @Transactional
    public Archive of(long sessionId, Viewer viewer) {
        ExamSession s = access.visible(sessionId, viewer);
        if (!viewer.manages(s)) {
            throw ProblemException.notFound("Aucune session n° " + sessionId + " ne vous est accessible.");
        }
        if (s.status == SessionStatus.CANCELLED) {
            throw ProblemException.conflict("La session est annulée : il n'y a pas de convocation.");
        }
        Map<Long, List<TimetablePlanner.Slot>> timetable = facts.timetable(s);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Set<String> names = new HashSet<>();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (Enrolment e : s.activeEnrolments()) {
                put(zip, names, "candidats/" + slug(e.candidate.fullName() + " " + e.candidate.reference),
                        ConvocationPdf.candidate(e, timetable.get(e.id)));
            }
            for (JuryMember m : s.jury) {
                put(zip, names, "jury/" + slug(m.juror.fullName()), ConvocationPdf.juror(s, m.juror, timetable));
            }
        } catch (IOException ex) {
            throw new UncheckedIOException("Archive des convocations impossible", ex);
        }
        return new Archive("convocations-session-" + s.id + ".zip", out.toByteArray());
    }

    private static void put(ZipOutputStream zip, Set<String> taken, String base, byte[] pdf) throws IOException {
        String name = base + ".pdf";
        for (int i = 2; !taken.add(name); i++) {
            name = base + "-" + i + ".pdf";
        }
        zip.putNextEntry(new ZipEntry(name));
        zip.write(pdf);
        zip.closeEntry();
    }

    /** « DUPONT Élodie T4-ABC » → « DUPONT-Elodie-T4-ABC »: letters, digits and dashes, safe in any archive tool. */
    static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "sans-nom" : slug;
    }
}

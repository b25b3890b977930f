package fr.titrepro.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.HashMap;
import java.util.Map;

/**
 * The records the authorization matrix's checks play on (docs/authorization-matrix.yaml), created once per
 * application start: a session of {@code centre} with {@code jury} and {@code jury2} on its jury, a candidate it
 * follows enrolled, {@code candidat} enrolled too, {@code jury}'s grid, an application of {@code conseiller}; and the
 * same-role non-owners' own records (centre of {@code centre2}, juror {@code jury3}, record of {@code candidat2});
 * a pending link request of {@code centre2} about the person {@code centre} follows; {@code candidat}'s parchemin.
 */
@ApplicationScoped
public class MatrixFixtures {

    @Inject
    ScoringFixtures scoring;

    @Inject
    SessionFixtures sessions;

    @Inject
    CentreFixtures centres;

    @Inject
    ConsentFixtures consent;

    @Inject
    DocumentFixtures documents;

    private Map<String, Long> values;

    /** Placeholder of the matrix ({@code session}, {@code grid}…) → id. */
    public synchronized Map<String, Long> values() {
        if (values != null) {
            return values;
        }
        ScoringFixtures.Scenario s = scoring.scenario().inCentreOf("centre").jurors("jury", "jury2").trainees(1)
                .create();
        Map<String, Long> v = new HashMap<>();
        v.put("session", s.sessionId());
        v.put("enrolment", s.enrolment(0));
        v.put("candidate", s.candidateIds().get(0));
        v.put("juror", s.jurorIds().get("jury"));
        centres.centreOf("centre2");
        scoring.juror("jury3");
        centres.candidateOf("candidat2", "centre2");
        long mine = centres.candidateOf("candidat", "centre");
        sessions.followIfNot(mine, s.centreId());
        v.put("myCandidate", mine);
        v.put("myEnrolment", scoring.enrolAsIs(s.sessionId(), mine));
        v.put("myDocument", documents.lucasWithParchemin().id);
        v.put("grid", ScoringFixtures.gridIds("jury", s, 0).get(0));
        v.put("vae", ScoringFixtures.as("conseiller").body(VaeFixtures.eligibleTri(VaeFixtures.uniqueName()))
                .post("/api/vae/applications").then().statusCode(201).extract().jsonPath().getLong("id"));
        // centre2 asks to follow the person centre follows: a pending request of centre2 about a person without a login
        v.put("linkRequest", ScoringFixtures.as("centre2").body(consent.identityOf(s.candidateIds().get(0)).json())
                .post("/api/candidates?link=true").then().statusCode(202).extract().jsonPath().getLong("linkRequest.id"));
        values = Map.copyOf(v);
        return values;
    }

    /** The template with every placeholder replaced by its fixture's id. */
    public String resolve(String template) {
        String path = template;
        for (Map.Entry<String, Long> v : values().entrySet()) {
            path = path.replace("{" + v.getKey() + "}", String.valueOf(v.getValue()));
        }
        return path;
    }
}

package fr.titrepro.support;

import java.nio.charset.StandardCharsets;

/** A small, valid référentiel file (title TP-09999, 2 CCPs, 2 competencies, 3 criteria) to derive cases from. */
public final class ReferentialFixtures {

    public static final String SAMPLE_TITLE = """
            code: TP-09999
            acronym: TST
            name: Titre de test
            level: 3
            eqfLevel: 3
            nsfCodes: [{code: 326r, label: Informatique}]
            romeCodes: [{code: I1401}]
            version: "01"
            validFrom: 2024-01-01
            validUntil: 2028-12-31
            status: ACTIVE
            finalInterviewMinutes: 20
            ccps:
              - number: 1
                name: Première activité
                assessments: [{kind: MSP, minutes: 120}]
                competencies:
                  - number: 1
                    name: Compétence une
                    criteria: [Critère A, Critère B]
              - number: 2
                name: Seconde activité
                competencies:
                  - number: 2
                    name: Compétence deux
                    criteria: [Critère C]
            transversalCompetencies:
              - name: Transversale
                criteria: [Critère T]
            """;

    private ReferentialFixtures() {
    }

    /** The sample under another code and name. */
    public static String sampleTitle(String code, String name) {
        return SAMPLE_TITLE.replace("TP-09999", code).replace("name: Titre de test", "name: " + name);
    }

    /** The sample as the bytes of an uploaded file (RestAssured sends byte[] under any content type). */
    public static byte[] sampleTitleBytes(String code, String name) {
        return sampleTitle(code, name).getBytes(StandardCharsets.UTF_8);
    }
}

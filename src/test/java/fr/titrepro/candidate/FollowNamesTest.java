package fr.titrepro.candidate;

import fr.titrepro.support.CandidateFixtures;
import fr.titrepro.support.CandidateFixtures.Person;
import fr.titrepro.support.CentreFixtures;
import fr.titrepro.support.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static fr.titrepro.candidate.LinkRequestResourceTest.as;
import static fr.titrepro.candidate.LinkRequestResourceTest.requestOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Issue 14 (V14_6_1): a centre's search by name reads the names its follows carry. Played through the API by two
 * centres and the administration: the copy is made when a centre follows (registration, accepted link request), taken
 * again when the names change, and gone with the follows when the person is erased — a centre never finds a candidate
 * under a name they no longer bear, nor misses one under their new name.
 */
@QuarkusTest
class FollowNamesTest {

    @Inject
    TestDatabase database;

    @Inject
    CentreFixtures centres;

    @BeforeEach
    void centres() {
        centres.centreOf("centre");
        centres.centreOf("centre2");
    }

    @Test
    void theCentresFindTheCandidateUnderTheNamesTheyBearNow() throws SQLException {
        Person p = CandidateFixtures.person();
        int id = as("centre").body(p.json()).post("/api/candidates").then().statusCode(201)
                .extract().path("candidate.id");
        found("centre", p.birthName + " Camille", 1);

        // centre2 asks to follow the same person; the administration accepts: centre2's follow has the names too
        as("centre2").body(p.json()).post("/api/candidates?link=true").then().statusCode(202);
        int request = requestOf("centre2", p.birthName.toUpperCase() + " Camille Marie");
        as("admin").post("/api/candidates/link-requests/" + request + "/accept").then().statusCode(200);
        found("centre2", p.birthName, 1);

        // the centre corrects the names and adds a usage name: both centres find the new names, not the old ones (a
        // word starts a name: « Camille » no longer starts the first names)
        String renamed = CandidateFixtures.uniqueName("Garnier");
        String usage = CandidateFixtures.uniqueName("Lefort");
        Map<String, Object> body = p.json();
        body.put("birthName", renamed);
        body.put("usageName", usage);
        body.put("firstNames", "Louise Camille");
        as("centre").body(body).put("/api/candidates/" + id).then().statusCode(200);
        assertThat(follows(id)).containsExactly(renamed + "|" + usage + "|Louise Camille",
                renamed + "|" + usage + "|Louise Camille");
        for (String centre : List.of("centre", "centre2")) {
            found(centre, p.birthName, 0);
            found(centre, renamed + " Louise", 1);
            found(centre, usage + " Louise", 1);
            found(centre, renamed + " Camille", 0);
        }
        found("admin", renamed + " Louise", 1);

        // erased by the administration: no follow left, no centre finds the person
        as("admin").delete("/api/candidates/" + id).then().statusCode(200);
        assertThat(follows(id)).isEmpty();
        found("centre", renamed, 0);
    }

    private static void found(String user, String query, int total) {
        as(user).queryParam("query", query).get("/api/candidates").then().statusCode(200).body("total", equalTo(total));
    }

    /** The names each follow of the candidate carries, as « birth|usage|first names ». */
    private List<String> follows(long candidateId) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = database.open(); PreparedStatement ps = c.prepareStatement(
                "SELECT birth_name, usage_name, first_names FROM candidate_follow WHERE candidate_id = ?")) {
            ps.setLong(1, candidateId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3));
                }
            }
        }
        return names;
    }
}

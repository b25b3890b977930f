package fr.titrepro.session;

import fr.titrepro.security.Roles;
import fr.titrepro.support.SessionFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class SessionResourceTest {

    static final String STAFF = "t4-centre-a";

    @Inject
    SessionFixtures fixtures;

    @Test
    @TestSecurity(user = STAFF, roles = Roles.CENTRE)
    void centrePlansASessionInDraft() {
        fixtures.centreOfStaff(STAFF);
        LocalDate start = LocalDate.now().plusDays(30);
        int id = given().contentType(ContentType.JSON).body(Map.of("titleCode", "TP-00496", "type", "TITLE",
                        "startDate", start.toString(), "endDate", start.plusDays(1).toString(), "capacity", 8,
                        "managerName", "Marc Lefebvre"))
                .post("/api/sessions").then().statusCode(201)
                .body("session.status", equalTo("DRAFT"))
                .extract().path("session.id");
        given().get("/api/sessions/" + id).then().statusCode(200).body("session.titleVersion", equalTo("05"));
    }
}

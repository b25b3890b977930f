package fr.titrepro.candidate;

import fr.titrepro.centre.Centre;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/**
 * A centre follows a candidate (registers them, enrols them); a candidate can be followed by several centres. The
 * follow carries a copy of its candidate's names (issue 14, V14_6_1): a centre's search by name reads its own
 * candidates from the follow's indexes instead of every namesake of the country. The copy is made when the centre
 * follows ({@link #of}) and each time the names change ({@link Candidate#namesChanged}).
 */
@Entity
@Table(name = "candidate_follow")
public class CandidateFollow {

    @Embeddable
    public record Key(@jakarta.persistence.Column(name = "candidate_id") Long candidateId,
                      @jakarta.persistence.Column(name = "centre_id") Long centreId) implements Serializable {
    }

    @EmbeddedId
    public Key id;

    @ManyToOne(optional = false)
    @MapsId("candidateId")
    @JoinColumn(name = "candidate_id")
    public Candidate candidate;

    @ManyToOne(optional = false)
    @MapsId("centreId")
    @JoinColumn(name = "centre_id")
    public Centre centre;

    public Instant since;

    @jakarta.persistence.Column(name = "birth_name")
    public String birthName;

    @jakarta.persistence.Column(name = "usage_name")
    public String usageName;

    @jakarta.persistence.Column(name = "first_names")
    public String firstNames;

    public static CandidateFollow of(Candidate candidate, Centre centre) {
        CandidateFollow f = new CandidateFollow();
        f.id = new Key(candidate.id, centre.id);
        f.candidate = candidate;
        f.centre = centre;
        f.since = Instant.now();
        f.copyNames(candidate.identity);
        return f;
    }

    /** The candidate's names as they are now. */
    void copyNames(PersonIdentity identity) {
        birthName = identity.birthName;
        usageName = identity.usageName;
        firstNames = identity.firstNames;
    }
}

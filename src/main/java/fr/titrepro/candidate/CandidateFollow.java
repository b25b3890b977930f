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

/** A centre follows a candidate (registers them, enrols them); a candidate can be followed by several centres. */
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

    public static CandidateFollow of(Candidate candidate, Centre centre) {
        CandidateFollow f = new CandidateFollow();
        f.id = new Key(candidate.id, centre.id);
        f.candidate = candidate;
        f.centre = centre;
        f.since = Instant.now();
        return f;
    }
}

package fr.titrepro.support;

import fr.titrepro.candidate.Candidate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Link requests (issue 12): a person as a centre that does not follow them would type them. */
@ApplicationScoped
public class ConsentFixtures {

    @Inject
    EntityManager em;

    /**
     * The centre no longer follows the person and has no request about them (so that a test can play the request
     * again); returns the person's identity as a registration body would carry it.
     */
    @Transactional
    public CandidateFixtures.Person notFollowedBy(long candidateId, long centreId) {
        Candidate c = em.find(Candidate.class, candidateId);
        c.follows.removeIf(f -> f.centre.id == centreId);
        em.createQuery("delete from LinkRequest r where r.candidate.id = :c and r.centre.id = :centre")
                .setParameter("c", candidateId).setParameter("centre", centreId).executeUpdate();
        return identityOf(c);
    }

    /** The person's identity (name, first names, sex, birth) on a valid registration body. */
    @Transactional
    public CandidateFixtures.Person identityOf(long candidateId) {
        return identityOf(em.find(Candidate.class, candidateId));
    }

    private static CandidateFixtures.Person identityOf(Candidate c) {
        CandidateFixtures.Person p = CandidateFixtures.person();
        p.birthName = c.identity.birthName;
        p.firstNames = c.identity.firstNames;
        p.sex = c.identity.sex;
        p.birthDate = c.identity.birthDate;
        p.birthCommune = c.identity.birthCommune;
        p.birthDepartment = c.identity.birthDepartment;
        p.birthCountry = c.identity.birthCountry;
        p.phone = "07 11 22 33 44";
        return p;
    }
}

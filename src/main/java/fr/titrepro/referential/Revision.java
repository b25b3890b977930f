package fr.titrepro.referential;

import fr.titrepro.shared.persistence.IdEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

import java.util.ArrayList;
import java.util.List;

/** "Version X replaces version Y": CCPs held under Y count for X through the correspondence table. */
@Entity
@Table(name = "revision")
public class Revision extends IdEntity {

    @OneToOne(optional = false)
    @JoinColumn(name = "new_version_id")
    public TitleVersion newVersion;

    @ManyToOne(optional = false)
    @JoinColumn(name = "old_version_id")
    public TitleVersion oldVersion;

    /**
     * True only when the table is the one set by the arrêté de spécialité. A table that is not official is shown as
     * information and never applied to a candidate's rights (enrolment, deliberation, documents).
     */
    public boolean official;
    public String note;
    /** The arrêté de spécialité that fixes the table, as the administration cited it; required for an official table saved from the comparison page. */
    public String decree;

    @OneToMany(mappedBy = "revision", cascade = CascadeType.ALL, orphanRemoval = true)
    public List<CcpCorrespondence> correspondences = new ArrayList<>();

    /** The lines of the table, in CCP numbers (many-to-one lines grouped). */
    public List<Correspondences.Line> lines() {
        java.util.Map<Integer, java.util.Set<Integer>> from = new java.util.TreeMap<>();
        java.util.Map<Integer, java.util.Set<Integer>> to = new java.util.TreeMap<>();
        for (CcpCorrespondence c : correspondences) {
            from.computeIfAbsent(c.lineNo, k -> new java.util.TreeSet<>()).add(c.oldCcp.number);
            to.computeIfAbsent(c.lineNo, k -> new java.util.TreeSet<>()).add(c.newCcp.number);
        }
        return Correspondences.lines(from, to);
    }
}

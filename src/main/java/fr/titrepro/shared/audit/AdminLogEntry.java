package fr.titrepro.shared.audit;

import fr.titrepro.shared.persistence.IdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One sensitive action: who (login), when, what, on which subject (type and id). No personal data beyond ids: the
 * detail is a fixed, non-identifying phrase (a status, a version). Never updated.
 */
@Entity
@Table(name = "admin_log_entry")
public class AdminLogEntry extends IdEntity {

    public Instant at;
    public String actor;
    @Enumerated(EnumType.STRING)
    public AdminAction action;
    @Column(name = "subject_type")
    public String subjectType;
    @Column(name = "subject_id")
    public Long subjectId;
    public String detail;
}

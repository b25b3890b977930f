package fr.titrepro.notification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A person's choice about reminders (no row: reminders on). */
@Entity
@Table(name = "notification_preference")
public class NotificationPreference extends PanacheEntityBase {

    @Id
    public String username;

    public boolean reminders;

    @Column(name = "updated_at")
    public Instant updatedAt;
}

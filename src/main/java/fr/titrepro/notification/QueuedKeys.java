package fr.titrepro.notification;

import jakarta.transaction.TransactionScoped;

import java.io.Serializable;
import java.util.HashSet;
import java.util.Set;

/** The message keys queued by the current transaction (not flushed yet, so not visible to a query that does not flush). */
@TransactionScoped
public class QueuedKeys implements Serializable {

    private final Set<String> keys = new HashSet<>();

    /** False when the key was already queued by this transaction. */
    public boolean add(String key) {
        return keys.add(key);
    }
}

package fr.titrepro.shared.error;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Looks for a mark anywhere in a failure: the failure itself, its causes, its suppressed exceptions and a
 * {@link SQLException}'s next ones, each visited once. Hibernate, JPA, Arc and Narayana wrap the driver's exception
 * in any of these ways, so the classifications of a failure (a lost connection, a conflict to retry) walk it alike.
 */
public final class Causes {

    private Causes() {
    }

    /** Whether {@code failure} (null: no) or anything it carries matches {@code mark}. */
    public static boolean anyMatch(Throwable failure, Predicate<Throwable> mark) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> todo = new ArrayDeque<>();
        if (failure != null) {
            todo.add(failure);
        }
        while (!todo.isEmpty()) {
            Throwable t = todo.poll();
            if (!seen.add(t)) {
                continue;
            }
            if (mark.test(t)) {
                return true;
            }
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
            if (t instanceof SQLException sql && sql.getNextException() != null) {
                todo.add(sql.getNextException());
            }
            Collections.addAll(todo, t.getSuppressed());
        }
        return false;
    }
}

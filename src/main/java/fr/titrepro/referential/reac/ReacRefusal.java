package fr.titrepro.referential.reac;

/** The document cannot be imported as a REAC (not a REAC, unknown layout, nothing readable): French reason. */
public class ReacRefusal extends RuntimeException {

    public ReacRefusal(String reason) {
        super(reason);
    }
}

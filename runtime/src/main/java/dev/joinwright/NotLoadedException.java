package dev.joinwright;

/**
 * Thrown by a generated record's relationship accessor when the relationship was not loaded
 * eagerly. The message names the DAO method that loads it.
 */
public class NotLoadedException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    /** @param message what was not loaded and which DAO method to call instead */
    public NotLoadedException(String message) {
        super(message);
    }
}

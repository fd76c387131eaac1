package constraints;

/** A member's role: VARCHAR(13) (ADMINISTRATOR) with a CHECK of the three names. */
public enum Role {
    READER,
    EDITOR,
    ADMINISTRATOR
}

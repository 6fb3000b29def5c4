package org.newspipeline.cli;

/** An input that cannot be annotated; the message is the reason, short enough for one line after the name. */
final class InputException extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param reason why the input was skipped: "binary file (contains NUL bytes)" */
    InputException(String reason) {
        super(reason);
    }
}

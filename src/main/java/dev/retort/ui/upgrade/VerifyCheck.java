package dev.retort.ui.upgrade;

import java.util.Objects;

/**
 * One thing the Verify step checked, with what it saw.
 *
 * @param id a stable name (tests and node ids): exit, steps, database, plan, oneHead, atHead, merge
 * @param title what was checked, e.g. "Database at head"
 * @param status passed, failed, or shown for information
 * @param evidence what was seen, e.g. "current = cef530e273d4 = heads"
 */
public record VerifyCheck(String id, String title, Status status, String evidence) {

    /** The outcome of a check. */
    public enum Status {
        PASS("✔"), FAIL("✘"), INFO("ℹ");

        private final String symbol;

        Status(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }

    public VerifyCheck {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(evidence, "evidence");
    }

    static VerifyCheck pass(String id, String title, String evidence) {
        return new VerifyCheck(id, title, Status.PASS, evidence);
    }

    static VerifyCheck fail(String id, String title, String evidence) {
        return new VerifyCheck(id, title, Status.FAIL, evidence);
    }

    static VerifyCheck info(String id, String title, String evidence) {
        return new VerifyCheck(id, title, Status.INFO, evidence);
    }
}
